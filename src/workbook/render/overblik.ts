// Overblik, the project leader's dashboard (issue 14): the headline first (status against the goal, gap
// to the goal in citizens, streak, earliest month against the deadline, tranche amount), one chart of the
// whole's share against the goal and the milestones (planned months included), the teams side by side
// each with its own small trend, the Målgruppe comparison, the indicators (overblikIndikatorer.ts, issue 24),
// then the detail tables the charts read from.
import type { MonthStats, PlanMonth, Report, SliceSeries } from '../../domain/report';
import { formatCount, formatMonth, plural, truncateShare } from '../../text/format';
import { headline } from '../../text/headline';
import { ruleName } from '../../text/rules';
import { statusText, statusWithGap } from '../../text/status';
import type { CellValue, ChartSeriesStyle, ChartSpec, SheetModel } from '../port';
import {
  COLORS,
  FORMATS,
  SheetBuilder,
  columnsPx,
  placed,
  rightAlignNumberHeaders,
  rowsForPx,
  statusFill,
  type RenderContext,
} from './builder';
import { targetGroupTable } from './maalgrupper';
import { indicatorBlock } from './overblikIndikatorer';
import type { IndicatorResult } from '../../domain/indicators/types';

/** The month tables' columns; the first four (month, share, goal, milestone) are the charts' data. */
export const MONTH_TABLE_HEADERS = [
  'Måned',
  'Andel',
  'Mål',
  'Milepæl',
  'I indsats',
  'Brutto',
  'Mangler til målet',
  'Status',
  'Milepæl antal',
  'Mangler til milepælen',
  'Bestået',
  'I træk',
  'Ord. timer',
  'Timer pr. uge',
  'Visiteret',
  'Starter',
  'Afslutter',
];

/** Column widths in characters: A holds labels and months, the rest are number columns. */
export const OVERBLIK_WIDTHS = [20, ...MONTH_TABLE_HEADERS.slice(1).map(() => 11)];

/** Teams per line of side-by-side blocks, and the columns each block takes. */
const TEAMS_PER_LINE = 3;
const TEAM_BLOCK_COLS = 5;

const PLANNED = 'Planlagt';

const MONTH_TABLE_NOTE =
  'Andel og milepæl: borgere i indsats af brutto, afkortet til én decimal. Mangler til målet: borgere der mangler for at nå målet. ' +
  'Mangler til milepælen: borgere der mangler for at nå månedens milepæl. Ord. timer: borgere med ordinære timer. ' +
  'Timer pr. uge: ordinære timer pr. uge i gennemsnit. Planlagte måneder har kun mål og milepæl.';

/**
 * Writes a month series table: the measured months, then the planned months after them (milestone
 * only, status "Planlagt"). Returns the header row and the number of rows. Shares are written truncated
 * (shown with 0.0%), so a failing month never reads as the threshold; the counts stand beside them.
 */
export function monthTable(
  b: SheetBuilder,
  months: readonly MonthStats[],
  plan: readonly PlanMonth[],
  threshold: number,
): { header: number; rows: number } {
  const header = b.headerRow(MONTH_TABLE_HEADERS);
  rightAlignNumberHeaders(b, header, MONTH_TABLE_HEADERS, ['Måned', 'Status', 'Bestået']);
  for (const m of months) {
    b.row([
      m.month,
      truncateShare(m.share),
      threshold / 100,
      truncateShare(m.milestone?.share ?? null),
      m.active,
      m.gross,
      m.gapToGoal,
      statusText(m.milestone?.status ?? null, 'da') || null,
      m.milestone?.count ?? null,
      m.milestone?.gap ?? null,
      m.passes ? 'Ja' : 'Nej',
      m.streak,
      m.withOrdinaryHours,
      m.ordinaryHoursPerWeek,
      m.visited,
      m.starts,
      m.ends,
    ]);
  }
  const lastMeasured = months.at(-1)?.month ?? '';
  const planned = plan.filter((p) => p.month > lastMeasured);
  for (const p of planned) {
    const r = b.row([
      p.month,
      null,
      threshold / 100,
      truncateShare(p.milestoneShare),
      null,
      p.gross,
      null,
      PLANNED,
      p.milestoneCount,
    ]);
    b.format({ row: r, col: 0, cols: MONTH_TABLE_HEADERS.length, italic: true, fontColor: COLORS.muted });
  }
  const rows = months.length + planned.length;
  if (rows > 0) {
    b.format({ row: header + 1, col: 1, rows, cols: 3, numberFormat: FORMATS.percent });
    b.format({ row: header + 1, col: 13, rows, numberFormat: FORMATS.hours });
    statusFill(b, header + 1, 7, rows);
    b.conditionalFills.push(
      { row: header + 1, col: 10, rows, equals: 'Ja', fill: COLORS.good, fontColor: COLORS.goodText },
      { row: header + 1, col: 10, rows, equals: 'Nej', fill: COLORS.bad, fontColor: COLORS.badText },
    );
  }
  return { header, rows };
}

const STATUS_FILLS = {
  onTrack: [COLORS.good, COLORS.goodText],
  close: [COLORS.near, COLORS.nearText],
  behind: [COLORS.bad, COLORS.badText],
} as const;

/** The headline block: the same lines as the task pane and the CLI, then the rule they are measured by. */
function headlineBlock(b: SheetBuilder, report: Report): void {
  b.heading('Målet og tranchen');
  const rows: [string, CellValue][] = [
    ...headline(report, 'da').map((h): [string, string] => [h.label, h.value]),
    ['Målregel', ruleName(report.rule.id, 'da')],
  ];
  for (const [label, value] of rows) {
    const r = b.row([label, value]);
    b.format({ row: r, col: 0, bold: true });
  }
  // The status line is what the grant depends on: coloured by whether the goal is met or within reach.
  const first = b.nextRow - rows.length;
  const { goal } = report;
  const [fill, fontColor] = goal.met
    ? STATUS_FILLS.onTrack
    : goal.onTrack === false
      ? STATUS_FILLS.behind
      : STATUS_FILLS.close;
  b.format({ row: first, col: 1, cols: 8, bold: true, fill, fontColor });
  b.blank();
}

interface TeamPlacement {
  team: string;
  col: number;
  chartRow: number;
}

type TeamCell = { team: string; col: number; last: MonthStats | undefined };

/** One labelled line across the team blocks: the label, then each block's values in the next columns. */
function teamLine(b: SheetBuilder, line: TeamCell[], label: string, values: (t: TeamCell) => CellValue[]): number {
  return b.row(
    placed(line.flatMap((t) => [[t.col, label] as const, ...values(t).map((v, i) => [t.col + 1 + i, v] as const)])),
  );
}

/** One block per team (name, share with count, milestone, status with the gap, streak), three to a line, a small chart under each. */
function teamBlocks(b: SheetBuilder, report: Report, teams: string[]): TeamPlacement[] {
  b.heading('Teams i seneste måned');
  const placements: TeamPlacement[] = [];
  const k = report.rule.monthsInARow;
  for (let start = 0; start < teams.length; start += TEAMS_PER_LINE) {
    const line = teams
      .slice(start, start + TEAMS_PER_LINE)
      .map((team, i) => ({ team, col: i * TEAM_BLOCK_COLS, last: report.byTeam[team].months.at(-1) }));
    const nameRow = b.row(placed(line.map((t) => [t.col, t.team] as const)));
    for (const t of line)
      b.format({
        row: nameRow,
        col: t.col,
        cols: TEAM_BLOCK_COLS - 1,
        bold: true,
        fill: COLORS.header,
        borderBottom: true,
      });
    const shareRow = teamLine(b, line, 'Andel', (t) => [
      truncateShare(t.last?.share ?? null),
      t.last ? formatCount(t.last.active, t.last.gross, 'da') : null,
    ]);
    const msRow = teamLine(b, line, 'Milepæl', (t) => [
      truncateShare(t.last?.milestone?.share ?? null),
      t.last?.milestone ? `${t.last.milestone.count} borgere` : null,
    ]);
    const statusRow = teamLine(b, line, 'Status', (t) => [
      t.last ? statusWithGap(t.last.milestone?.status ?? null, t.last.gapToGoal, 'da') : null,
    ]);
    const streakRow = teamLine(b, line, 'I træk', (t) => [
      `${t.last?.streak ?? 0} af ${plural(k, { one: 'måned', other: 'måneder' }, 'da')}`,
    ]);
    for (const t of line) {
      for (const r of [shareRow, msRow, statusRow, streakRow]) b.format({ row: r, col: t.col, bold: true });
      b.format({ row: shareRow, col: t.col + 1, rows: 2, numberFormat: FORMATS.percent, hAlign: 'left' });
      const status = t.last?.milestone?.status;
      if (status)
        b.format({
          row: statusRow,
          col: t.col + 1,
          cols: TEAM_BLOCK_COLS - 2,
          fill: STATUS_FILLS[status][0],
          fontColor: STATUS_FILLS[status][1],
        });
    }
    const chartRow = b.nextRow;
    for (const t of line) placements.push({ team: t.team, col: t.col, chartRow });
    for (let i = 0; i < rowsForPx(TEAM_CHART_PX.height); i++) b.blank();
  }
  return placements;
}

const MAIN_CHART_PX = { width: columnsPx(OVERBLIK_WIDTHS, 0, OVERBLIK_WIDTHS.length) - 10, height: 360 };
const TEAM_CHART_PX = { width: columnsPx(OVERBLIK_WIDTHS, 1, TEAM_BLOCK_COLS) - 24, height: 280 };

/** Share solid with markers; the goal and the milestones dashed, as lines to reach rather than measurements. */
const SERIES: ChartSeriesStyle[] = [
  { color: '#2F5597' },
  { color: '#C00000', dashed: true, markers: false },
  { color: '#548235', dashed: true, markers: false },
];

function lineChart(
  title: string,
  table: { header: number; rows: number },
  anchor: { row: number; col: number },
  px: { width: number; height: number },
): ChartSpec {
  return {
    type: 'line',
    title,
    data: { row: table.header, col: 0, rows: table.rows + 1, cols: 4 },
    anchor,
    widthPx: px.width,
    heightPx: px.height,
    series: SERIES,
    valueFormat: '0%',
  };
}

function caseworkerTable(b: SheetBuilder, report: Report): void {
  b.heading('Sagsbehandlere i seneste måned');
  const headers = [
    'Sagsbehandler',
    'Andel',
    'I indsats',
    'Brutto',
    'Mangler til målet',
    'Status',
    'Milepæl antal',
    'Team',
  ];
  const header = b.headerRow(headers);
  rightAlignNumberHeaders(b, header, headers, ['Sagsbehandler', 'Status', 'Team']);
  const caseworkers = Object.entries(report.byCaseworker).sort(
    ([a, x], [c, y]) => x.team.localeCompare(y.team, 'da') || a.localeCompare(c, 'da'),
  );
  for (const [name, slice] of caseworkers) {
    const last = slice.months.at(-1);
    b.row([
      name,
      truncateShare(last?.share ?? null),
      last?.active ?? 0,
      last?.gross ?? 0,
      last?.gapToGoal ?? null,
      statusText(last?.milestone?.status ?? null, 'da') || null,
      last?.milestone?.count ?? null,
      slice.team,
    ]);
  }
  if (caseworkers.length > 0) {
    b.format({ row: header + 1, col: 1, rows: caseworkers.length, numberFormat: FORMATS.percent });
    statusFill(b, header + 1, 5, caseworkers.length);
  }
  b.blank();
}

export function renderOverblik(
  report: Report,
  ctx: RenderContext,
  indicators: readonly IndicatorResult[] = report.indicators ?? [],
): SheetModel {
  const b = new SheetBuilder('Overblik');
  const { rule, goal } = report;
  b.titleBlock('Overblik', ctx, ruleName(rule.id, 'da'), rule.id, report.asOf);
  headlineBlock(b, report);

  b.heading('Andel i indsats mod mål og milepæl');
  const through = goal.deadline ? ` til deadline ${formatMonth(goal.deadline, 'da')}` : '';
  b.note(
    `Målgruppens andel i indsats pr. måned (afkortet), målet på ${rule.threshold} % og milepælene${through}. Tallene står i tabellen "Hele målgruppen pr. måned" nedenfor.`,
  );
  const mainAnchor = { row: b.nextRow, col: 0 };
  const hasMonths = report.months.length > 0 || report.plan.length > 0;
  if (hasMonths) for (let i = 0; i < rowsForPx(MAIN_CHART_PX.height); i++) b.blank();
  else {
    b.row(['Ingen måneder at vise endnu.']);
    b.blank();
  }

  const teams = Object.keys(report.byTeam).sort((a, c) => a.localeCompare(c, 'da'));
  const teamPlacements = teams.length > 0 ? teamBlocks(b, report, teams) : [];

  const groups = report.byTargetGroup && Object.keys(report.byTargetGroup).length > 0;
  if (groups) {
    b.heading('Målgrupper');
    targetGroupTable(b, report);
    b.blank();
  }
  indicatorBlock(b, indicators);

  // The detail tables start on a new printed page; the charts read their data from them.
  b.rowBreaksBefore.push(b.nextRow);
  b.heading('Hele målgruppen pr. måned');
  b.note(MONTH_TABLE_NOTE);
  const main = monthTable(b, report.months, report.plan, rule.threshold);
  if (hasMonths && main.rows > 0)
    b.charts.push(lineChart('Andel i indsats, mål og milepæl', main, mainAnchor, MAIN_CHART_PX));
  b.blank();

  caseworkerTable(b, report);

  for (const team of teams) {
    b.heading(team);
    const slice: SliceSeries = report.byTeam[team];
    const table = monthTable(b, slice.months, slice.plan, rule.threshold);
    const at = teamPlacements.find((p) => p.team === team);
    if (at && table.rows > 0) b.charts.push(lineChart(team, table, { row: at.chartRow, col: at.col }, TEAM_CHART_PX));
    b.blank();
  }

  return b.build({
    columnWidths: b.fitHeaders(OVERBLIK_WIDTHS, b.headerRows),
    freeze: { rows: 2, columns: 0 },
    print: { landscape: true, fitToWidth: true },
    tabColor: '#2F5597',
  });
}
