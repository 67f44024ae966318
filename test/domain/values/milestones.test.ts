// The goal and milestone arithmetic by value, at each boundary: passing exactly at the threshold, the gap
// to the goal, whole-citizen counts, status bands, the milestone line, largest remainder ties, end rates.
import {
  ceilCount,
  endRate,
  gapToGoal,
  largestRemainder,
  milestoneLine,
  milestoneShare,
  milestoneStatus,
  neededStarts,
  passesRule,
} from '../../../src/domain/milestones';
import { monthIndex } from '../../../src/domain/dates';

describe('passesRule', () => {
  it('passes at the threshold exactly and not one below, never with gross 0', () => {
    expect(passesRule(2, 5, 40)).toBe(true);
    expect(passesRule(1, 5, 40)).toBe(false);
    expect(passesRule(39, 100, 40)).toBe(false);
    expect(passesRule(0, 0, 0)).toBe(false);
    expect(passesRule(0, 1, 0)).toBe(true);
    expect(passesRule(5, 5, 100)).toBe(true);
  });
});

describe('gapToGoal', () => {
  it('is the smallest number of citizens more that makes the month pass', () => {
    expect(gapToGoal(0, 0, 40)).toBeNull();
    expect(gapToGoal(0, -1, 40)).toBeNull();
    expect(gapToGoal(2, 5, 40)).toBe(0);
    expect(gapToGoal(5, 5, 40)).toBe(0);
    expect(gapToGoal(1, 5, 40)).toBe(1);
    expect(gapToGoal(0, 5, 40)).toBe(2);
    expect(gapToGoal(1, 4, 40)).toBe(1);
    expect(gapToGoal(0, 10, 100)).toBe(10);
    expect(gapToGoal(0, 3, 30)).toBe(1);
    expect(gapToGoal(0, 7, 40)).toBe(3);
    expect(gapToGoal(3, 7, 40)).toBe(0);
  });

  it('forgives floating-point noise in the division (0.07 x 100 and 0.29 x 100)', () => {
    // 7 * 100 / 100 - 0 = 7.000000000000001 would ceil to 8 without the guard loops.
    expect(gapToGoal(0, 100, 7)).toBe(7);
    expect(gapToGoal(0, 100, 29)).toBe(29);
    expect(gapToGoal(0, 100, 57)).toBe(57);
    expect(gapToGoal(0, 3, 33.34)).toBe(2);
  });
});

describe('ceilCount', () => {
  it('rounds up whole citizens, forgiving noise, never below 0', () => {
    expect(ceilCount(0.4 * 5)).toBe(2);
    expect(ceilCount(2.000001)).toBe(3);
    expect(ceilCount(2)).toBe(2);
    expect(ceilCount(0)).toBe(0);
    expect(ceilCount(-3)).toBe(0);
    expect(ceilCount(1 + 1e-12)).toBe(1);
    expect(ceilCount(1 + 1e-8)).toBe(2);
  });
});

describe('milestoneStatus', () => {
  it('is onTrack at the milestone, close from 90 % of it, else behind', () => {
    expect(milestoneStatus(10, 10)).toBe('onTrack');
    expect(milestoneStatus(11, 10)).toBe('onTrack');
    expect(milestoneStatus(9, 10)).toBe('close');
    expect(milestoneStatus(8, 10)).toBe('behind');
    expect(milestoneStatus(0, 0)).toBe('onTrack');
    expect(milestoneStatus(17, 19)).toBe('behind');
    expect(milestoneStatus(18, 20)).toBe('close');
  });
});

describe('milestone line', () => {
  it('is null without both months or when Basismåned is not before Deadline', () => {
    expect(milestoneLine(undefined, '2025-06', 40, 3)).toBeNull();
    expect(milestoneLine('2025-01', undefined, 40, 3)).toBeNull();
    expect(milestoneLine('2025-06', '2025-06', 40, 3)).toBeNull();
    expect(milestoneLine('2025-07', '2025-06', 40, 3)).toBeNull();
  });

  it('aims at T = Deadline - (k - 1), across a year end', () => {
    expect(milestoneLine('2025-11', '2026-03', 40, 3)).toEqual({
      baseIndex: monthIndex('2025-11'),
      targetIndex: monthIndex('2026-01'),
      deadlineIndex: monthIndex('2026-03'),
      goal: 0.4,
    });
    expect(milestoneLine('2025-11', '2026-03', 100, 1)!.targetIndex).toBe(monthIndex('2026-03'));
  });

  it('rises linearly from the base share to the goal at T, then stays at the goal', () => {
    const line = milestoneLine('2025-01', '2025-06', 40, 3)!; // T = 2025-04
    const at = (m: string) => milestoneShare(line, 0.1, monthIndex(m));
    expect(at('2025-02')).toBeCloseTo(0.2, 12);
    expect(at('2025-03')).toBeCloseTo(0.3, 12);
    expect(at('2025-04')).toBe(0.4);
    expect(at('2025-06')).toBe(0.4);
    // T not after B: the goal at once.
    expect(milestoneShare(milestoneLine('2025-03', '2025-04', 40, 3)!, 0.1, monthIndex('2025-04'))).toBe(0.4);
    expect(milestoneShare(milestoneLine('2025-03', '2025-05', 40, 3)!, 0.1, monthIndex('2025-04'))).toBe(0.4);
  });
});

describe('largestRemainder', () => {
  it('gives all zeros when there is nothing to split or no weight', () => {
    expect(largestRemainder(0, [1, 2], ['a', 'b'])).toEqual([0, 0]);
    expect(largestRemainder(5, [0, 0], ['a', 'b'])).toEqual([0, 0]);
    expect(largestRemainder(-2, [1, 1], ['a', 'b'])).toEqual([0, 0]);
  });

  it('floors each share and gives the rest to the largest remainders', () => {
    expect(largestRemainder(4, [6, 4], ['Anne', 'Bo'])).toEqual([2, 2]);
    expect(largestRemainder(7, [5, 3, 2], ['a', 'b', 'c'])).toEqual([4, 2, 1]);
    expect(largestRemainder(3, [1, 1, 1], ['a', 'b', 'c'])).toEqual([1, 1, 1]);
    expect(largestRemainder(5, [10], ['x'])).toEqual([5]);
    expect(largestRemainder(2, [1, 0, 1], ['a', 'b', 'c'])).toEqual([1, 0, 1]);
  });

  it('breaks ties in Danish collation (æ, ø, å after z), not by position', () => {
    expect(largestRemainder(1, [1, 1], ['Åse', 'Ørn'])).toEqual([0, 1]);
    expect(largestRemainder(1, [1, 1], ['Ørn', 'Æble'])).toEqual([0, 1]);
    expect(largestRemainder(1, [1, 1], ['Åse', 'Zebra'])).toEqual([0, 1]);
    expect(largestRemainder(2, [1, 1, 1], ['c', 'b', 'a'])).toEqual([0, 1, 1]);
  });
});

describe('endRate and neededStarts', () => {
  it("divides the ends by the previous months' active over the last six months", () => {
    // Months 0..7: the window is months 2..7 (ends) against months 1..6 (active).
    const active = [100, 1, 1, 1, 1, 1, 1, 50];
    const ends = [9, 9, 1, 0, 1, 0, 1, 0];
    expect(endRate(active, ends)).toBeCloseTo(3 / 6, 12);
    expect(endRate([4], [2])).toBe(0);
    expect(endRate([0, 0], [0, 3])).toBe(0);
    expect(endRate([2, 0], [0, 1])).toBe(0.5);
  });

  it("needs the milestone minus what is left of last month's active after the expected ends, never below 0", () => {
    expect(neededStarts(5, 4, 1)).toBe(2);
    expect(neededStarts(3, 4, 0)).toBe(0);
    expect(neededStarts(4, 4, 0)).toBe(0);
  });
});
