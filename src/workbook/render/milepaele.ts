// Milepæle: the milestone plan from the month after Basismåned to Deadline, for the whole target group,
// each team and each caseworker, in one filterable table; the status stands beside the gap to the goal.
import type { MonthStats, PlanMonth, Report, SliceSeries } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import { statusText } from '../../text/status';
import type { SheetModel } from '../port';
import { FORMATS, SheetBuilder, rightAlignNumberHeaders, statusFill, type RenderContext } from './builder';

export const PLAN_HEADERS = [
  'Niveau',
  'Navn',
  'Team',
  'Måned',
  'Milepæl andel',
  'Milepæl antal',
  'Brutto',
  'Faktisk',
  'Faktisk andel',
  'Status',
  'Mangler til milepælen',
  'Mangler til målet',
  'Nødvendige starter',
  'Forventede afslutninger',
];

function planRow(level: string, name: string, team: string | null, p: PlanMonth, months: readonly MonthStats[]) {
  const gapToGoal = months.find((m) => m.month === p.month)?.gapToGoal ?? null;
  // Truncated, never rounded (DOMAIN.md section 4): the same 30,3 % the pane shows, for the milestone too.
  const actualShare = p.actual !== null && p.gross > 0 ? truncateShare(p.actual / p.gross) : null;
  return [
    level,
    name,
    team,
    p.month,
    truncateShare(p.milestoneShare),
    p.milestoneCount,
    p.gross,
    p.actual,
    actualShare,
    statusText(p.status, 'da') || null,
    p.gap,
    gapToGoal,
    p.neededStarts,
    p.expectedEnds,
  ];
}

export function renderMilepaele(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Milepæle');
  b.titleBlock('Milepæle', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  if (report.plan.length === 0) {
    b.row(['Ingen milepæle: sæt Basismåned og Deadline i tabellen Indstillinger.']);
    return b.build({ columnWidths: [70] });
  }
  b.note(
    'Andele er afkortet til én decimal. Mangler til milepælen: borgere der mangler for at nå månedens milepæl. ' +
      'Mangler til målet: borgere der mangler for at nå målet; ' +
      'status og afstand til målet står altid sammen. Nødvendige starter: nye forløb der skal til i måneden, når de forventede afslutninger er regnet med.',
    120,
  );
  const header = b.headerRow(PLAN_HEADERS);
  rightAlignNumberHeaders(b, header, PLAN_HEADERS, ['Niveau', 'Navn', 'Team', 'Måned', 'Status']);
  const rows = (level: string, name: string, team: string | null, slice: SliceSeries) => {
    for (const p of slice.plan) b.row(planRow(level, name, team, p, slice.months));
  };
  rows('Samlet', 'Hele målgruppen', null, { months: report.months, plan: report.plan });
  const teams = Object.keys(report.byTeam).sort((a, c) => a.localeCompare(c, 'da'));
  for (const team of teams) rows('Team', team, team, report.byTeam[team]);
  const caseworkers = Object.entries(report.byCaseworker).sort(
    ([a, x], [c, y]) => x.team.localeCompare(y.team, 'da') || a.localeCompare(c, 'da'),
  );
  for (const [name, slice] of caseworkers) rows('Sagsbehandler', name, slice.team, slice);
  const count = b.nextRow - header - 1;
  b.format({ row: header + 1, col: 4, rows: count, numberFormat: FORMATS.percent });
  b.format({ row: header + 1, col: 8, rows: count, numberFormat: FORMATS.percent });
  statusFill(b, header + 1, 9, count);
  return b.build({
    // Wide enough for every header on one line: a wrapped header would spill over the first row.
    columnWidths: b.fitHeaders([14, 24, 14, 10, 12, 12, 10, 10, 12, 12, 8, 10, 14, 14], b.headerRows),
    freeze: { rows: header + 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#548235',
  });
}
