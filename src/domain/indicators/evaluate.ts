// The answers for one indicator at one level (issue 24), with the main goal's machinery (DOMAIN.md
// section 4): share with counts, pass/fail in exact integer arithmetic for ≥ and ≤ targets, streak,
// gap in people, the small-number warning, and milestones on the line from Basismåned to Deadline.
import { addMonths, monthIndex } from '../dates';
import type { MonthKey } from '../model';
import {
  ceilCount,
  gapToGoal,
  milestoneLine,
  milestoneShare,
  milestoneStatus,
  type MilestoneLine,
} from '../milestones';
import type { MilestoneStatus } from '../milestoneStatus';
import type { IndicatorDirection, IndicatorGoal, IndicatorMonth, IndicatorResult } from './types';

/** One month's counts of an indicator at one level, before evaluation. */
export interface MonthCount {
  month: MonthKey;
  numerator: number;
  denominator: number;
  /** The figure is not final yet (conversion's three-month window is still open). */
  notYetKnown?: boolean;
  /** The figure as first imported (table indicators), when the row carries it. */
  imported?: { numerator: number; denominator: number; importedOn: string | null };
}

/** atLeast: n * 100 >= t * d; atMost: n * 100 <= t * d; null when d is 0 (nothing to judge). */
export function indicatorPasses(n: number, d: number, target: number, direction: IndicatorDirection): boolean | null {
  if (d <= 0) return null;
  return direction === 'atLeast' ? n * 100 >= target * d : n * 100 <= target * d;
}

/**
 * People short of the target: atLeast, the smallest x >= 0 with (n + x) * 100 >= t * d; atMost, the
 * smallest x >= 0 with (n - x) * 100 <= t * d. null when d is 0.
 */
export function indicatorGap(n: number, d: number, target: number, direction: IndicatorDirection): number | null {
  if (d <= 0) return null;
  if (direction === 'atLeast') return gapToGoal(n, d, target);
  // floor(t * d / 100) is the most the numerator may be; the quotient of an integer by 100 rounds exactly
  // onto a whole number only when it is one (the same argument as gapToGoal's).
  return Math.max(0, n - Math.floor((target * d) / 100));
}

/** The status against a milestone share: ≥ compares with ceil(share * d), ≤ with floor(share * d). */
export function indicatorMilestoneStatus(
  n: number,
  d: number,
  share: number,
  direction: IndicatorDirection,
): MilestoneStatus {
  if (direction === 'atLeast') return milestoneStatus(n, ceilCount(share * d));
  const allowed = Math.max(0, Math.floor(share * d + 1e-9));
  if (n <= allowed) return 'onTrack';
  // Within a ninth over the allowed number: Tæt på (the mirror of ≥'s 90 %).
  if (n * 9 <= allowed * 10) return 'close';
  return 'behind';
}

/** The milestone line of a goal, or null without Basismåned and Deadline. */
export function goalLine(goal: IndicatorGoal): MilestoneLine | null {
  return milestoneLine(goal.baseMonth ?? undefined, goal.deadline ?? undefined, goal.target, goal.monthsInARow);
}

/** The whole's share in the base month: where the milestone line starts; null when it is not known. */
export function baseShareOf(goal: IndicatorGoal, whole: readonly MonthCount[]): number | null {
  const base = whole.find((m) => m.month === goal.baseMonth);
  return base && base.denominator > 0 && !base.notYetKnown ? base.numerator / base.denominator : null;
}

/**
 * Evaluates consecutive months of one indicator at one level. `baseShare` is the whole's share in the
 * base month (baseShareOf on the Alle level), so every level is measured against the same line.
 */
export function evaluateLevel(
  goal: IndicatorGoal,
  level: IndicatorResult['level'],
  name: string,
  counts: readonly MonthCount[],
  baseShare: number | null,
): IndicatorResult {
  const line = baseShare === null ? null : goalLine(goal);
  const months: IndicatorMonth[] = [];
  let streak = 0;
  for (const c of counts) {
    const known = !c.notYetKnown;
    const passes = known ? indicatorPasses(c.numerator, c.denominator, goal.target, goal.direction) : null;
    streak = passes ? streak + 1 : 0;
    const idx = monthIndex(c.month);
    let milestone: IndicatorMonth['milestone'] = null;
    if (line && baseShare !== null && idx > line.baseIndex) {
      const share = milestoneShare(line, baseShare, idx);
      const status =
        passes === null ? null : indicatorMilestoneStatus(c.numerator, c.denominator, share, goal.direction);
      milestone = { share, status };
    }
    months.push({
      month: c.month,
      numerator: c.numerator,
      denominator: c.denominator,
      share: known && c.denominator > 0 ? c.numerator / c.denominator : null,
      passes,
      streak,
      gap: known ? indicatorGap(c.numerator, c.denominator, goal.target, goal.direction) : null,
      smallNumber: c.denominator > 0 && c.denominator < goal.smallNumberBelow,
      milestone,
      ...(c.notYetKnown ? { notYetKnown: true } : {}),
      ...(c.imported
        ? {
            imported: {
              ...c.imported,
              changed: c.imported.numerator !== c.numerator || c.imported.denominator !== c.denominator,
            },
          }
        : {}),
    });
  }
  return { goal, level, name, months, ...goalAnswers(goal, months) };
}

/** Met, streak, earliest month and on track, read from the last month with a known figure. */
function goalAnswers(
  goal: IndicatorGoal,
  months: readonly IndicatorMonth[],
): Pick<IndicatorResult, 'currentStreak' | 'met' | 'metInMonth' | 'onTrack' | 'earliestMetMonth' | 'currentGap'> {
  const k = goal.monthsInARow;
  const metAt = months.find((m) => m.streak >= k);
  let last: IndicatorMonth | undefined;
  for (const m of months) if (m.passes !== null) last = m;
  const currentStreak = last ? last.streak : 0;
  const earliestMetMonth = metAt ? metAt.month : last ? addMonths(last.month, k - currentStreak) : null;
  return {
    currentStreak,
    met: metAt !== undefined,
    metInMonth: metAt ? metAt.month : null,
    onTrack: goal.deadline && earliestMetMonth ? earliestMetMonth <= goal.deadline : null,
    earliestMetMonth,
    currentGap: last ? last.gap : null,
  };
}
