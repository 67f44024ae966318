// Which month an indicator's compact views (Overblik's row, the pane's section, the dialogue's line) show:
// the latest month that has figures. Registers and surveys report late, so the running month often has no
// denominator yet; showing it as "–" would hide the last real figure. And which indicators a person's
// dialogue shows: those with a level for the caseworker or their team.
import type { IndicatorMonth, IndicatorResult } from './types';

type Series = { readonly months: readonly IndicatorMonth[] };

/** A month with a figure to judge: a denominator above 0 and not still open (conversion's window). */
export const hasFigure = (m: IndicatorMonth | null): m is IndicatorMonth =>
  m !== null && m.denominator > 0 && m.share !== null && !m.notYetKnown;

/** The latest month with a figure, else the latest month, else null (no months at all). */
export function latestFigure(result: Series): IndicatorMonth | null {
  for (let i = result.months.length - 1; i >= 0; i--) if (hasFigure(result.months[i])) return result.months[i];
  return result.months.at(-1) ?? null;
}

/** The last `n` months up to and including `month` (all months when it is not in the series). */
export function monthsUpTo(result: Series, month: string, n: number): readonly IndicatorMonth[] {
  const end = result.months.findIndex((m) => m.month === month);
  const upTo = end < 0 ? result.months : result.months.slice(0, end + 1);
  return upTo.slice(-n);
}

/** The results for a person's dialogue: their own caseworker level first, then their team's. */
export function personIndicators(
  results: readonly IndicatorResult[],
  person: string,
  team: string | undefined,
): IndicatorResult[] {
  return results
    .filter((r) => r.level === 'Sagsbehandler' && r.name === person)
    .concat(results.filter((r) => r.level === 'Team' && team !== undefined && r.name === team));
}

/** One result per indicator for a person: their own caseworker level, else their team's (for a printed page). */
export function nearestIndicators(
  results: readonly IndicatorResult[],
  person: string,
  team: string | undefined,
): IndicatorResult[] {
  const all = personIndicators(results, person, team);
  const own = new Set(all.filter((r) => r.level === 'Sagsbehandler').map((r) => r.goal.id));
  return all.filter((r) => r.level === 'Sagsbehandler' || !own.has(r.goal.id));
}
