// Månedsdialog's indicators (issue 24): the indicators with a level for this caseworker or their team, each once
// (the caseworker's own level, else the team's), for the dialogue's month or the latest month before it with
// figures. They stand beside the status block, in its empty right-hand columns, two lines each (name; value with
// counts, target and pass/fail, gap, small-number warning), so a full caseload still prints on one page (the
// demo's biggest fills its page to the last row). Those that do not fit are counted on the last line.
import { hasFigure, latestFigure, monthsUpTo, nearestIndicators } from '../../domain/indicators/latestFigure';
import type { IndicatorResult } from '../../domain/indicators/types';
import { formatShortMonth, plural } from '../../text/format';
import { indicatorPassText, indicatorTargetText, indicatorValueText } from '../../text/indicators';
import type { CellValue } from '../port';
import { COLORS, type SheetBuilder } from './builder';

/** The column the lines start in; its text runs on over the last column (both left empty by the status block). */
export const INDICATOR_COL = 9;
const LAST_COL = 10;

/** "5 mangler" / "3 for mange" / "når målet"; "" without a figure. */
function shortGap(r: IndicatorResult, gap: number | null): string {
  if (gap === null) return '';
  if (gap === 0) return 'når målet';
  return r.goal.direction === 'atLeast' ? `${gap} mangler` : `${gap} for mange`;
}

/** The name line: the indicator, the team for a team level, and the month when it is not the dialogue's. */
export function indicatorNameLine(r: IndicatorResult, month: string): string {
  const m = latestFigure({ months: monthsUpTo(r, month, 12) });
  const name = r.level === 'Team' ? `${r.goal.indicator} (${r.name})` : r.goal.indicator;
  return hasFigure(m) && m.month !== month ? `${name} · ${formatShortMonth(m.month)}` : name;
}

/** The figures line of one indicator (under 50 characters for counts up to 999). */
export function indicatorFiguresLine(r: IndicatorResult, month: string): string {
  const m = latestFigure({ months: monthsUpTo(r, month, 12) });
  if (!hasFigure(m)) return `Ingen tal endnu · mål ${indicatorTargetText(r.goal)}`;
  const parts = [
    indicatorValueText(m),
    `${indicatorTargetText(r.goal)}: ${indicatorPassText(m.passes)}`,
    shortGap(r, m.gap),
  ];
  if (m.smallNumber) parts.push('få tal');
  return parts.filter(Boolean).join(' · ');
}

const isFree = (row: CellValue[]) =>
  [INDICATOR_COL - 1, INDICATOR_COL, LAST_COL].every((c) => (row[c] ?? null) === null);

function put(b: SheetBuilder, row: number, value: string): void {
  const cells = b.values[row];
  while (cells.length <= INDICATOR_COL) cells.push(null);
  cells[INDICATOR_COL] = value;
}

/**
 * Writes the indicators into the free right-hand cells of the rows from `fromRow` to the last row written
 * (the status block and the blank line under it). Does nothing without indicators.
 */
export function dialogueIndicatorsBeside(
  b: SheetBuilder,
  fromRow: number,
  results: readonly IndicatorResult[],
  person: string,
  team: string,
  month: string,
): void {
  const mine = nearestIndicators(results, person, team);
  if (mine.length === 0) return;
  const free: number[] = [];
  for (let r = fromRow; r < b.nextRow; r++) if (isFree(b.values[r])) free.push(r);
  if (free.length < 3) return;
  put(b, free[0], 'Indikatorer');
  b.format({ row: free[0], col: INDICATOR_COL, bold: true, fontColor: COLORS.title });
  const fit = Math.min(mine.length, Math.floor((free.length - 1) / 2));
  const shown = fit < mine.length ? Math.max(0, Math.floor((free.length - 2) / 2)) : fit;
  mine.slice(0, shown).forEach((r, i) => {
    const [nameRow, figuresRow] = [free[1 + 2 * i], free[2 + 2 * i]];
    put(b, nameRow, indicatorNameLine(r, month));
    b.format({ row: nameRow, col: INDICATOR_COL, bold: true });
    put(b, figuresRow, indicatorFiguresLine(r, month));
    const m = latestFigure({ months: monthsUpTo(r, month, 12) });
    if (m?.smallNumber) b.format({ row: figuresRow, col: INDICATOR_COL, fontColor: COLORS.nearText });
  });
  if (shown < mine.length) {
    const rest = mine.length - shown;
    put(b, free[1 + 2 * shown], `+ ${plural(rest, { one: 'indikator', other: 'indikatorer' })} i Mål og milepæle`);
    b.format({ row: free[1 + 2 * shown], col: INDICATOR_COL, italic: true, fontColor: COLORS.muted });
  }
}
