// Overblik's Målgruppe comparison, laid out like Jobindsats: one row per target group, the last month's
// gross, active, share and gap to the goal, then the change against three months earlier, and a total
// row whose gross and active are the sums of the rows above.
import { gapToGoal } from '../../domain/milestones';
import type { MonthStats, Report } from '../../domain/report';
import { formatMonth, truncateShare } from '../../text/format';
import { FORMATS, type SheetBuilder } from './builder';

/** The name takes two columns (the second left empty) so long names such as "Selvforsørgelses- og hjemrejseydelse" show whole. */
export const TARGET_GROUP_HEADERS = [
  'Målgruppe',
  '',
  'Brutto',
  'I indsats',
  'Andel',
  'Mangler til målet',
  'Brutto ±',
  'I indsats ±',
  'Andel ±',
  'Mangler til målet ±',
];
/** How many months back the change is measured against. */
export const COMPARE_MONTHS_BACK = 3;

const delta = (now: number | null | undefined, then: number | null | undefined): number | null =>
  now === null || now === undefined || then === null || then === undefined ? null : now - then;

/** Percentage points between two truncated shares, to one decimal (0.369 - 0.352 -> 1.7). */
const pointDelta = (now: number | null, then: number | null): number | null =>
  now === null || then === null ? null : Math.round((truncateShare(now) - truncateShare(then)) * 1000) / 10;

function cells(label: string, now: MonthStats | undefined, then: MonthStats | undefined) {
  return [
    label,
    null,
    now?.gross ?? null,
    now?.active ?? null,
    truncateShare(now?.share ?? null),
    now?.gapToGoal ?? null,
    delta(now?.gross, then?.gross),
    delta(now?.active, then?.active),
    pointDelta(now?.share ?? null, then?.share ?? null),
    delta(now?.gapToGoal, then?.gapToGoal),
  ];
}

/** Writes the table; returns the header row and the number of target-group rows (the total row follows them). */
export function targetGroupTable(b: SheetBuilder, report: Report): { header: number; rows: number } | null {
  const last = report.months.at(-1);
  const groups = Object.entries(report.byTargetGroup);
  if (!last || groups.length === 0) return null;
  const before = report.months.at(-1 - COMPARE_MONTHS_BACK);
  const month = last.month;
  const then = before?.month ?? null;
  b.note(
    `Seneste måned ${formatMonth(month, 'da')}; kolonnerne med ± er ændringen siden ${then ? formatMonth(then, 'da') : '(ingen måned at sammenligne med)'}. ` +
      `Andel ± er i procentpoint. Mangler til målet: borgere der mangler, før gruppen alene ville nå ${report.rule.threshold} %.`,
  );
  const header = b.headerRow(TARGET_GROUP_HEADERS);
  TARGET_GROUP_HEADERS.forEach((h, c) => c > 1 && b.format({ row: header, col: c, hAlign: 'right' }));
  const at = (slice: { months: MonthStats[] }, m: string | null) =>
    m ? slice.months.find((x) => x.month === m) : undefined;
  // Largest group first, as Jobindsats lists them.
  groups.sort(([a, x], [c, y]) => (at(y, month)?.gross ?? 0) - (at(x, month)?.gross ?? 0) || a.localeCompare(c, 'da'));
  for (const [name, slice] of groups) b.row(cells(name, at(slice, month), at(slice, then)));
  const sum = (m: string | null) => {
    if (!m) return undefined;
    const parts = groups.map(([, s]) => at(s, m)).filter((x): x is MonthStats => x !== undefined);
    const gross = parts.reduce((n, x) => n + x.gross, 0);
    const active = parts.reduce((n, x) => n + x.active, 0);
    const total: Pick<MonthStats, 'gross' | 'active' | 'share' | 'gapToGoal'> = {
      gross,
      active,
      share: gross > 0 ? active / gross : null,
      gapToGoal: gapToGoal(active, gross, report.rule.threshold),
    };
    return total as MonthStats;
  };
  const totalRow = b.row(cells('I alt', sum(month), sum(then)));
  b.format({ row: totalRow, col: 0, cols: TARGET_GROUP_HEADERS.length, bold: true });
  const rows = groups.length + 1;
  b.format({ row: header + 1, col: 4, rows, numberFormat: FORMATS.percent });
  b.format({ row: header + 1, col: 6, rows, cols: 2, numberFormat: FORMATS.signedInteger });
  b.format({ row: header + 1, col: 8, rows, numberFormat: FORMATS.signedPoints });
  b.format({ row: header + 1, col: 9, rows, numberFormat: FORMATS.signedInteger });
  return { header, rows: groups.length };
}
