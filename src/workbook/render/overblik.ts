// Overblik: the month series against the goal and the milestones, the tranche status, one summary
// row per team, a block per team, and data blocks (with ChartSpecs) for a line and a column chart.
import type { MonthStats, Report } from '../../domain/report';
import { headline } from '../../text/headline';
import { truncateShare } from '../../text/format';
import { ruleName, ruleRequirement } from '../../text/rules';
import { statusText } from '../../text/status';
import type { SheetModel } from '../port';
import { COLORS, FORMATS, SheetBuilder, statusFill, type RenderContext } from './builder';

export const MONTH_TABLE_HEADERS = [
  'Måned', 'Andel', 'Mål', 'Milepæl', 'Brutto', 'I indsats', 'Bestået', 'I træk', 'Milepæl antal', 'Status',
  'Gab', 'Fra målet', 'Med ordinære timer', 'Ordinære timer pr. uge', 'Visiteret', 'Starter', 'Afslutter',
];

/**
 * Writes a month series table; returns its header row. The first four columns feed the line chart.
 * Shares are written truncated to one decimal of a percent (shown with 0.0%), so a failing month never
 * reads as the threshold; 'Fra målet' (the gap to the goal) stands beside the milestone status.
 */
export function monthTable(b: SheetBuilder, months: MonthStats[], threshold: number): number {
  const header = b.headerRow(MONTH_TABLE_HEADERS);
  for (const m of months) {
    b.row([
      m.month, truncateShare(m.share), threshold / 100, m.milestone?.share ?? null, m.gross, m.active, m.passes ? 'Ja' : 'Nej',
      m.streak, m.milestone?.count ?? null, statusText(m.milestone?.status ?? null, 'da') || null, m.milestone?.gap ?? null, m.gapToGoal,
      m.withOrdinaryHours, m.ordinaryHoursPerWeek, m.visited, m.starts, m.ends,
    ]);
  }
  const rows = months.length;
  if (rows > 0) {
    b.format({ row: header + 1, col: 1, rows, cols: 3, numberFormat: FORMATS.percent });
    b.format({ row: header + 1, col: 13, rows, numberFormat: FORMATS.hours });
    statusFill(b, header + 1, 9, rows);
    b.conditionalFills.push(
      { row: header + 1, col: 6, rows, equals: 'Ja', fill: COLORS.good, fontColor: COLORS.goodText },
      { row: header + 1, col: 6, rows, equals: 'Nej', fill: COLORS.bad, fontColor: COLORS.badText },
    );
  }
  return header;
}

export function renderOverblik(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Overblik');
  const { rule, goal } = report;
  b.titleBlock('Overblik', ctx, ruleName(rule.id, 'da'), rule.id, report.asOf);

  b.heading('Status for målet');
  const goalRows: [string, string | number | null][] = [
    ...headline(report, 'da').map((h): [string, string] => [h.label, h.value]),
    ['Målregel', ruleName(rule.id, 'da')],
    ['Krav', ruleRequirement(rule, 'da')],
    ['Tærskel', rule.threshold / 100],
    ['Måneder i træk der kræves', rule.monthsInARow],
    ['Nuværende antal måneder i træk', goal.currentStreak],
    ['Mål nået', goal.met ? 'Ja' : 'Nej'],
    ['Nået i måned', goal.metInMonth],
    ['Gab til målet (antal borgere)', goal.gapToGoal],
    ['Deadline', goal.deadline],
  ];
  for (const [label, value] of goalRows) {
    const r = b.row([label, value]);
    b.format({ row: r, col: 0, bold: true });
    if (label === 'Tærskel') b.format({ row: r, col: 1, numberFormat: '0%' });
  }
  b.blank();

  b.heading('Hele målgruppen pr. måned');
  const mainHeader = monthTable(b, report.months, rule.threshold);
  if (report.months.length > 0) {
    b.charts.push({
      type: 'line',
      title: 'Andel i indsats, mål og milepæl',
      data: { row: mainHeader, col: 0, rows: report.months.length + 1, cols: 4 },
      // Right of the 16-column month table, so the chart covers no values.
      anchor: { row: mainHeader, col: MONTH_TABLE_HEADERS.length + 1 },
      widthPx: 640,
      heightPx: 300,
    });
  }
  b.blank();

  const teams = Object.keys(report.byTeam).sort((a, c) => a.localeCompare(c, 'da'));
  b.heading('Teams i seneste måned');
  const teamHeader = b.headerRow(['Team', 'Måned', 'Brutto', 'I indsats', 'Andel', 'Milepæl', 'Milepæl antal', 'Status', 'Gab', 'I træk', 'Fra målet']);
  for (const team of teams) {
    const last = report.byTeam[team].months.at(-1);
    b.row([team, last?.month ?? null, last?.gross ?? 0, last?.active ?? 0, truncateShare(last?.share ?? null), last?.milestone?.share ?? null,
      last?.milestone?.count ?? null, statusText(last?.milestone?.status ?? null, 'da') || null, last?.milestone?.gap ?? null, last?.streak ?? 0,
      last?.gapToGoal ?? null]);
  }
  if (teams.length > 0) {
    b.format({ row: teamHeader + 1, col: 4, rows: teams.length, cols: 2, numberFormat: FORMATS.percent });
    statusFill(b, teamHeader + 1, 7, teams.length);
  }
  b.blank();

  b.heading('Aktive borgere pr. sagsbehandler i seneste måned');
  const cwHeader = b.headerRow(['Sagsbehandler', 'I indsats', 'Brutto', 'Team', 'Andel']);
  const caseworkers = Object.entries(report.byCaseworker).sort(
    ([a, x], [c, y]) => x.team.localeCompare(y.team, 'da') || a.localeCompare(c, 'da'),
  );
  for (const [name, slice] of caseworkers) {
    const last = slice.months.at(-1);
    b.row([name, last?.active ?? 0, last?.gross ?? 0, slice.team, truncateShare(last?.share ?? null)]);
  }
  if (caseworkers.length > 0) {
    b.format({ row: cwHeader + 1, col: 4, rows: caseworkers.length, numberFormat: FORMATS.percent });
    b.charts.push({
      type: 'column',
      title: 'Borgere i indsats pr. sagsbehandler',
      data: { row: cwHeader, col: 0, rows: caseworkers.length + 1, cols: 2 },
      anchor: { row: cwHeader, col: MONTH_TABLE_HEADERS.length + 1 },
      widthPx: 640,
      heightPx: 300,
    });
  }
  b.blank();

  for (const team of teams) {
    b.heading(team);
    monthTable(b, report.byTeam[team].months, rule.threshold);
    b.blank();
  }

  return b.build({
    columnWidths: [30, 12, 10, 10, 10, 10, 10, 10, 12, 12, 8, 10, 12, 12, 10, 10, 10],
    freeze: { rows: 3, columns: 1 },
    print: { landscape: true, fitToWidth: true },
    tabColor: '#2F5597',
  });
}
