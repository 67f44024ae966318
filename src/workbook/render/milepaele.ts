// Milepæle: the milestone plan from Basismåned to Deadline (and the months the streak must be held),
// for the whole target group, each team and each caseworker, in one filterable table.
import type { PlanMonth, Report } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import { statusText } from '../../text/status';
import type { SheetModel } from '../port';
import { FORMATS, SheetBuilder, statusFill, type RenderContext } from './builder';

export const PLAN_HEADERS = [
  'Niveau', 'Navn', 'Team', 'Måned', 'Milepæl andel', 'Milepæl antal', 'Brutto', 'Faktisk', 'Faktisk andel',
  'Status', 'Gab', 'Nødvendige starter', 'Forventede afslutninger',
];

function planRow(level: string, name: string, team: string | null, p: PlanMonth) {
  // Truncated, never rounded up to the milestone (DOMAIN.md section 4).
  const actualShare = p.actual !== null && p.gross > 0 ? truncateShare(p.actual / p.gross) : null;
  return [level, name, team, p.month, p.milestoneShare, p.milestoneCount, p.gross, p.actual, actualShare, statusText(p.status, 'da') || null, p.gap, p.neededStarts, p.expectedEnds];
}

export function renderMilepaele(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Milepæle');
  b.titleBlock('Milepæle', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  if (report.plan.length === 0) {
    b.row(['Ingen milepæle: sæt Basismåned og Deadline i tabellen Indstillinger.']);
    return b.build({ columnWidths: [70] });
  }
  const header = b.headerRow(PLAN_HEADERS);
  for (const p of report.plan) b.row(planRow('Samlet', 'Hele målgruppen', null, p));
  const teams = Object.keys(report.byTeam).sort((a, c) => a.localeCompare(c, 'da'));
  for (const team of teams) for (const p of report.byTeam[team].plan) b.row(planRow('Team', team, team, p));
  const caseworkers = Object.entries(report.byCaseworker).sort(
    ([a, x], [c, y]) => x.team.localeCompare(y.team, 'da') || a.localeCompare(c, 'da'),
  );
  for (const [name, slice] of caseworkers) for (const p of slice.plan) b.row(planRow('Sagsbehandler', name, slice.team, p));
  const rows = b.nextRow - header - 1;
  b.format({ row: header + 1, col: 4, rows, numberFormat: FORMATS.percent });
  b.format({ row: header + 1, col: 8, rows, numberFormat: FORMATS.percent });
  statusFill(b, header + 1, 9, rows);
  return b.build({
    columnWidths: [14, 24, 14, 10, 12, 12, 10, 10, 12, 12, 8, 14, 14],
    freeze: { rows: header + 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#548235',
  });
}
