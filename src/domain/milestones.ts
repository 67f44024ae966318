// Monthly milestones (DOMAIN.md section 4): a straight line from the baseline share at Basismåned to the
// goal at Deadline, held for k months after it; counts in whole citizens; largest-remainder split of a
// team's count over its caseworkers; needed starts for future months from the observed end rate.
import { monthIndex } from './dates';
import type { MonthKey } from './model';
import type { MilestoneStatus } from './report';

/** ceil that forgives floating-point noise: 0.4 * 5 must give 2, not 3. */
export function ceilCount(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9));
}

export function milestoneStatus(active: number, count: number): MilestoneStatus {
  if (active >= count) return 'På sporet';
  if (active * 10 >= count * 9) return 'Tæt på';
  return 'Bagud';
}

export interface MilestoneLine {
  baseIndex: number;
  deadlineIndex: number;
  /** Goal share G in [0, 1]. */
  goal: number;
}

export function milestoneLine(baseMonth: MonthKey | undefined, deadline: MonthKey | undefined, threshold: number): MilestoneLine | null {
  if (!baseMonth || !deadline) return null;
  return { baseIndex: monthIndex(baseMonth), deadlineIndex: monthIndex(deadline), goal: threshold / 100 };
}

/** Milestone share in month `index` for a slice whose baseline share is `s0`; null before Basismåned. */
export function milestoneShare(line: MilestoneLine, s0: number, index: number): number | null {
  if (index < line.baseIndex) return null;
  if (index >= line.deadlineIndex) return line.goal;
  return s0 + ((line.goal - s0) * (index - line.baseIndex)) / (line.deadlineIndex - line.baseIndex);
}

/**
 * Splits `total` over parts in proportion to `weights` by largest remainder, in exact integer
 * arithmetic; ties go to the earlier key in `names` order. Parts sum to `total` (0 when weights sum to 0).
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
  remainders.sort((a, b) => b.r - a.r || names[a.i].localeCompare(names[b.i], 'da'));
  for (let k = 0; given < total; k++, given++) parts[remainders[k].i] += 1;
  return parts;
}

/** Observed end rate: placement ends per active citizen over the last six measured months. */
export function endRate(active: readonly number[], ends: readonly number[]): number {
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
