// IndicatorResults for the renderers' tests, built from (numerator, denominator) pairs with the definitions of
// issue 24 in exact integer arithmetic: share null and passes null at denominator 0, the streak, the gap in
// people, the small-number flag. The renderers are tested against these; the engine has its own tests.
import type { IndicatorGoal, IndicatorMonth, IndicatorResult } from '../../src/domain/indicators/types';
import type { MilestoneStatus } from '../../src/domain/report';

export const goalOf = (over: Partial<IndicatorGoal> = {}): IndicatorGoal => ({
  id: 'js2-selvbooking-jobparate',
  indicator: 'Selvbooking af samtaler',
  population: 'jobparate kontanthjælpsmodtagere',
  source: 'table',
  direction: 'atLeast',
  target: 40,
  monthsInARow: 1,
  deadline: null,
  baseMonth: null,
  smallNumberBelow: 20,
  ...over,
});

const passes = (g: IndicatorGoal, n: number, d: number) =>
  g.direction === 'atLeast' ? n * 100 >= g.target * d : n * 100 <= g.target * d;

function gap(g: IndicatorGoal, n: number, d: number): number {
  let x = 0;
  if (g.direction === 'atLeast') while ((n + x) * 100 < g.target * d) x++;
  else while (n - x >= 0 && (n - x) * 100 > g.target * d) x++;
  return x;
}

/** Consecutive months from `from`, one per [numerator, denominator] pair; statuses optional per month. */
export function resultOf(
  goal: IndicatorGoal,
  from: string,
  figures: readonly (readonly [number, number])[],
  extra: { level?: IndicatorResult['level']; name?: string; statuses?: (MilestoneStatus | null)[] } = {},
): IndicatorResult {
  let streak = 0;
  let metInMonth: string | null = null;
  const [y0, m0] = from.split('-').map(Number);
  const months: IndicatorMonth[] = figures.map(([n, d], i) => {
    const total = y0 * 12 + (m0 - 1) + i;
    const month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    const p = d > 0 ? passes(goal, n, d) : null;
    streak = p ? streak + 1 : 0;
    if (metInMonth === null && streak >= goal.monthsInARow) metInMonth = month;
    const status = extra.statuses?.[i];
    return {
      month,
      numerator: n,
      denominator: d,
      share: d > 0 ? n / d : null,
      passes: p,
      streak,
      gap: d > 0 ? gap(goal, n, d) : null,
      smallNumber: d > 0 && d < goal.smallNumberBelow,
      milestone: status === undefined ? null : { share: goal.target / 100, status },
    };
  });
  return {
    goal,
    level: extra.level ?? 'Alle',
    name: extra.name ?? '',
    months,
    currentStreak: streak,
    met: metInMonth !== null,
    metInMonth,
    onTrack: goal.deadline ? metInMonth !== null : null,
  };
}
