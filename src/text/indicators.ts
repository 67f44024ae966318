// An indicator's figures in words (issue 24), the same in Overblik, the task pane and the dialogue: the value
// with its counts ("55,7 % (34 af 61)"), the target with its direction ("≥ 40 %"), pass/fail, the streak,
// the gap in people and the small-number warning ("få tal (n < 20)"). Shares are truncated like the goal's.
import type { IndicatorDirection, IndicatorGoal, IndicatorMonth } from '../domain/indicators/types';
import { formatCount, formatShare, plural } from './format';
import type { Locale } from './locale';
import { gapToGoalText } from './status';

/** "55,7 % (34 af 61)" / "55.7% (34 of 61)"; "–" when the month has no denominator (share null, never 0). */
export function indicatorValueText(m: IndicatorMonth | null, locale: Locale = 'da'): string {
  if (!m || m.share === null) return '–';
  return `${formatShare(m.share, locale)} (${formatCount(m.numerator, m.denominator, locale)})`;
}

/** "≥ 40 %" (higher is better) or "≤ 10 %" (lower is better). */
export function indicatorTargetText(goal: Pick<IndicatorGoal, 'direction' | 'target'>, locale: Locale = 'da'): string {
  const sign = goal.direction === 'atLeast' ? '≥' : '≤';
  return locale === 'da' ? `${sign} ${goal.target} %` : `${sign} ${goal.target}%`;
}

/** "Ja" / "Nej"; "–" for a month with nothing to judge. */
export function indicatorPassText(passes: boolean | null, locale: Locale = 'da'): string {
  if (passes === null) return '–';
  if (locale === 'da') return passes ? 'Ja' : 'Nej';
  return passes ? 'Yes' : 'No';
}

/** "2 af 3 måneder" / "2 of 3 months". */
export function indicatorStreakText(streak: number, monthsInARow: number, locale: Locale = 'da'): string {
  const months = plural(
    monthsInARow,
    locale === 'da' ? { one: 'måned', other: 'måneder' } : { one: 'month', other: 'months' },
    locale,
  );
  return locale === 'da' ? `${streak} af ${months}` : `${streak} of ${months}`;
}

/**
 * The gap in people: "4 borgere mangler til målet" for a target to reach, "3 borgere over grænsen" for a
 * limit to stay under (≤); "Når målet" at 0; "–" when the month has no denominator.
 */
export function indicatorGapText(gap: number | null, direction: IndicatorDirection, locale: Locale = 'da'): string {
  if (direction === 'atLeast' || gap === null || gap === 0) return gapToGoalText(gap, locale);
  return locale === 'da'
    ? `${plural(gap, { one: 'borger', other: 'borgere' }, 'da')} over grænsen`
    : `${plural(gap, { one: 'citizen', other: 'citizens' }, 'en')} over the limit`;
}

/** "få tal (n < 20)" / "few figures (n < 20)" when the month carries the warning; "" otherwise. */
export function smallNumberText(m: IndicatorMonth | null, below: number, locale: Locale = 'da'): string {
  if (!m?.smallNumber) return '';
  return locale === 'da' ? `få tal (n < ${below})` : `few figures (n < ${below})`;
}

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A sparkline in text for a sheet cell (LibreOffice and Excel draw block characters in their default
 * fonts): one bar per month scaled from 0 % to 100 %, so bars of different indicators compare; "·" for a
 * month without figures.
 */
export function textSparkline(months: readonly Pick<IndicatorMonth, 'share'>[]): string {
  return months
    .map((m) => (m.share === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor(m.share * BARS.length))]))
    .join('');
}
