// Månedsdialog's indicator lines (issue 24): the indicators with a level for this caseworker or their team,
// one row each for the dialogue's month (or the latest month before it with figures): name, value with counts,
// target and pass/fail, the gap in people, the streak and the small-number warning. Nothing without any, so a
// page without indicators is as it was.
import { hasFigure, latestFigure, monthsUpTo, personIndicators } from '../../domain/indicators/latestFigure';
import type { IndicatorResult } from '../../domain/indicators/types';
import { formatMonth } from '../../text/format';
import {
  indicatorGapText,
  indicatorPassText,
  indicatorStreakText,
  indicatorTargetText,
  indicatorValueText,
  smallNumberText,
} from '../../text/indicators';
import { COLORS, placed, SheetBuilder } from './builder';

export function dialogueIndicatorBlock(
  b: SheetBuilder,
  results: readonly IndicatorResult[],
  person: string,
  team: string,
  month: string,
): void {
  const mine = personIndicators(results, person, team);
  if (mine.length === 0) return;
  b.heading('Indikatorer');
  for (const r of mine) {
    const m = latestFigure({ months: monthsUpTo(r, month, 12) });
    const judged = hasFigure(m);
    const name = r.level === 'Team' ? `${r.goal.indicator} (${r.name})` : r.goal.indicator;
    const row = b.row(
      placed([
        [0, name],
        [
          4,
          judged
            ? `${indicatorValueText(m)}${m.month === month ? '' : `, ${formatMonth(m.month)}`}`
            : 'Ingen tal endnu',
        ],
        [6, `Mål ${indicatorTargetText(r.goal)}: ${indicatorPassText(judged ? m.passes : null)}`],
        [8, indicatorGapText(judged ? m.gap : null, r.goal.direction)],
        [
          10,
          [
            `I træk: ${indicatorStreakText(m?.streak ?? 0, r.goal.monthsInARow)}`,
            smallNumberText(m, r.goal.smallNumberBelow),
          ]
            .filter(Boolean)
            .join(' · '),
        ],
      ]),
    );
    b.format({ row, col: 0, bold: true });
    if (m?.smallNumber) b.format({ row, col: 10, fontColor: COLORS.nearText });
  }
  b.blank();
}
