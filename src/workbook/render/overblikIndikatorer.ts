// Overblik's indicator block (issue 24): one compact row per indicator for the whole target group, its latest
// month with figures: value with counts, target with direction, pass/fail, streak, people from the target,
// the milestone status, a 12-month text sparkline and the small-number warning. Long names run over the empty
// cells beside them (no merged cells), and the headers fit the sheet's existing column widths.
import { hasFigure, latestFigure, monthsUpTo } from '../../domain/indicators/latestFigure';
import type { IndicatorResult } from '../../domain/indicators/types';
import { formatCount, truncateShare } from '../../text/format';
import { indicatorPassText, indicatorTargetText, smallNumberText, textSparkline } from '../../text/indicators';
import { statusText } from '../../text/status';
import type { CellValue } from '../port';
import { COLORS, FORMATS, type SheetBuilder, placed, statusFill } from './builder';

/** Column of each field: the name spans A–C and the Målgruppe D–E, over cells left empty. */
export const INDICATOR_COLUMNS = {
  Indikator: 0,
  Målgruppe: 3,
  Måned: 5,
  Værdi: 6,
  Antal: 7,
  Mål: 8,
  'Seneste 12 mdr.': 9,
  Bestået: 10,
  'I træk': 11,
  'Fra målet': 12,
  Milepæl: 13,
  'Få tal': 14,
} as const;

const NOTE =
  'Én række pr. indikator for hele målgruppen, i seneste måned med tal. Værdi: tæller af nævner, afkortet til én decimal. ' +
  'Mål: ≥ skal nås, ≤ må ikke overstiges. Fra målet: borgere der mangler (≥) eller er for mange (≤). ' +
  'Seneste 12 mdr.: én søjle pr. måned fra 0 % til 100 %, · = ingen tal. Få tal: nævneren er under grænsen, så andelen svinger meget.';

const at = (cells: Partial<Record<keyof typeof INDICATOR_COLUMNS, CellValue>>): CellValue[] =>
  placed(
    (Object.keys(INDICATOR_COLUMNS) as (keyof typeof INDICATOR_COLUMNS)[]).map(
      (k) => [INDICATOR_COLUMNS[k], cells[k] ?? null] as const,
    ),
  );

/** The indicator rows' cells for one result (exported for the tests). */
export function indicatorRow(result: IndicatorResult): CellValue[] {
  const { goal } = result;
  const m = latestFigure(result);
  const judged = hasFigure(m);
  return at({
    Indikator: goal.indicator,
    Målgruppe: goal.population || 'Alle',
    Måned: m?.month ?? null,
    Værdi: judged ? truncateShare(m.share) : null,
    Antal: judged ? formatCount(m.numerator, m.denominator, 'da') : null,
    Mål: indicatorTargetText(goal, 'da'),
    'Seneste 12 mdr.': m ? textSparkline(monthsUpTo(result, m.month, 12)) : null,
    Bestået: judged ? indicatorPassText(m.passes, 'da') : null,
    'I træk': `${m?.streak ?? 0} af ${goal.monthsInARow}`,
    'Fra målet': judged ? m.gap : null,
    Milepæl: statusText(m?.milestone?.status ?? null, 'da') || null,
    'Få tal': smallNumberText(m, goal.smallNumberBelow, 'da') || null,
  });
}

/**
 * Writes the block when there are indicators (the sheet is unchanged without): heading, note, header row and
 * one row per indicator at the level Alle. Returns the header row, or null when nothing was written.
 */
export function indicatorBlock(b: SheetBuilder, results: readonly IndicatorResult[]): number | null {
  const whole = results.filter((r) => r.level === 'Alle');
  if (whole.length === 0) return null;
  b.heading('Indikatorer');
  b.note(NOTE);
  const header = b.headerRow(at(Object.fromEntries(Object.keys(INDICATOR_COLUMNS).map((k) => [k, k]))) as string[]);
  const c = INDICATOR_COLUMNS;
  for (const k of ['Måned', 'Værdi', 'Fra målet'] as const) b.format({ row: header, col: c[k], hAlign: 'right' });
  for (const r of whole) b.row(indicatorRow(r));
  const first = header + 1;
  const rows = whole.length;
  b.format({ row: first, col: c.Indikator, rows, bold: true });
  b.format({ row: first, col: c.Værdi, rows, numberFormat: FORMATS.percent });
  b.format({ row: first, col: c['Få tal'], rows, italic: true, fontColor: COLORS.nearText });
  b.conditionalFills.push(
    { row: first, col: c.Bestået, rows, equals: 'Ja', fill: COLORS.good, fontColor: COLORS.goodText },
    { row: first, col: c.Bestået, rows, equals: 'Nej', fill: COLORS.bad, fontColor: COLORS.badText },
  );
  statusFill(b, first, c.Milepæl, rows);
  b.blank();
  return header;
}
