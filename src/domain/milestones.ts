// The arithmetic of goals and milestones (DOMAIN.md section 4), as small pure functions: passing a month,
// the gap to the goal, the milestone line aimed at T = Deadline - (k - 1), whole-citizen counts, the
// largest-remainder split that makes parts add up, the status against a milestone, needed starts.
import { monthIndex } from './dates';
import type { MonthKey } from './model';
import type { MilestoneStatus } from './report';

/** Passes in exact arithmetic: active * 100 >= threshold * gross (2 of 5 is 40 % and passes); never with gross 0. */
export function passesRule(active: number, gross: number, threshold: number): boolean {
  return gross > 0 && active * 100 >= threshold * gross;
}

/** Smallest x >= 0 with (active + x) * 100 >= threshold * gross; null when gross is 0. Agrees with passesRule. */
export function gapToGoal(active: number, gross: number, threshold: number): number | null {
  if (gross <= 0) return null;
  // Exact without correction loops: with P = threshold * gross (the product passesRule compares), P / 100
  // is correctly rounded and monotonic, and 100 < 128 means it cannot round onto or past a whole number
  // that P / 100 lies beyond; subtracting the whole number `active` is exact. So (active + x) * 100 >= P
  // holds for x and fails for x - 1, as the property test checks on random caseloads.
  return Math.max(0, Math.ceil((threshold * gross) / 100 - active));
}

/** ceil that forgives floating-point noise: 0.4 * 5 must give 2, not 3. */
export function ceilCount(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9));
}

/** actual >= milestone: onTrack; actual >= 90 % of it: close; else behind. */
export function milestoneStatus(actual: number, count: number): MilestoneStatus {
  if (actual >= count) return 'onTrack';
  if (actual * 10 >= count * 9) return 'close';
  return 'behind';
}

export interface MilestoneLine {
  /** Basismåned B, as a month index. */
  baseIndex: number;
  /** Target month T = Deadline - (k - 1): the first month of the streak that ends at Deadline. */
  targetIndex: number;
  /** Deadline D, the last month of the plan. */
  deadlineIndex: number;
  /** Goal share G in [0, 1]. */
  goal: number;
}

/** The line, or null when Basismåned or Deadline is missing, or Basismåned is not before Deadline. */
export function milestoneLine(
  baseMonth: MonthKey | undefined,
  deadline: MonthKey | undefined,
  threshold: number,
  monthsInARow: number,
): MilestoneLine | null {
  if (!baseMonth || !deadline || baseMonth >= deadline) return null;
  const deadlineIndex = monthIndex(deadline);
  return {
    baseIndex: monthIndex(baseMonth),
    targetIndex: deadlineIndex - (monthsInARow - 1),
    deadlineIndex,
    goal: threshold / 100,
  };
}

/** Milestone share in month `index` (> B) from the whole's base share `s0`: linear to G at T, then G. */
export function milestoneShare(line: MilestoneLine, s0: number, index: number): number {
  const { baseIndex: b, targetIndex: t, goal } = line;
  // index > b, so index < t implies t > b: the line never divides by t - b <= 0.
  if (index >= t) return goal;
  return s0 + ((goal - s0) * (index - b)) / (t - b);
}

const danish = new Intl.Collator('da');

/**
 * Splits `total` over parts in proportion to `weights` by largest remainder, in exact integer
 * arithmetic; ties go to the name first in Danish collation. Parts sum to `total` (all 0 when the
 * weights sum to 0).
 */
export function largestRemainder(total: number, weights: readonly number[], names: readonly string[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map(() => 0);
  if (sum <= 0 || total <= 0) return parts;
  const remainders: { i: number; r: number }[] = [];
  let given = 0;
  weights.forEach((w, i) => {
    parts[i] = Math.floor((total * w) / sum);
    given += parts[i];
    remainders.push({ i, r: (total * w) % sum });
  });
  remainders.sort((a, b) => b.r - a.r || danish.compare(names[a.i], names[b.i]));
  for (let k = 0; given < total; k++, given++) parts[remainders[k].i] += 1;
  return parts;
}

/** Observed end rate: placement ends per active citizen over the last six measured months. */
export function endRate(active: ArrayLike<number>, ends: ArrayLike<number>): number {
  let sumEnds = 0;
  let sumPrev = 0;
  for (let m = Math.max(1, active.length - 6); m < active.length; m++) {
    sumEnds += ends[m];
    sumPrev += active[m - 1];
  }
  return sumPrev > 0 ? sumEnds / sumPrev : 0;
}

/** Starts needed in a future month: max(0, milestone - (active last month - expected ends)). */
export function neededStarts(milestoneCount: number, previousActive: number, expectedEnds: number): number {
  return Math.max(0, milestoneCount - (previousActive - expectedEnds));
}
