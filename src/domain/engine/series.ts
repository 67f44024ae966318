// A slice's month series (share, passes, streak, gap to the goal, hours) and the goal status of the
// whole: met, streak, the gap to the goal, the earliest month the rule can be met against the deadline.
import { addMonths, daysInMonth } from '../dates';
import { gapToGoal, passesRule } from '../milestones';
import type { MonthKey, Settings } from '../model';
import type { GoalStatus, MonthStats, RuleSummary } from '../report';
import type { SliceFamily } from './sliceFamily';

export function monthSeries(f: SliceFamily, key: number, months: readonly MonthKey[], rule: RuleSummary): MonthStats[] {
  const out: MonthStats[] = [];
  let streak = 0;
  for (let m = 0; m < months.length; m++) {
    const i = key * months.length + m;
    const gross = f.gross[i];
    const active = f.active[i];
    const passes = passesRule(active, gross, rule.threshold);
    streak = passes ? streak + 1 : 0;
    out.push({
      month: months[m],
      gross,
      active,
      share: gross > 0 ? active / gross : null,
      passes,
      streak,
      gapToGoal: gapToGoal(active, gross, rule.threshold),
      withOrdinaryHours: f.withHours[i],
      ordinaryHoursPerWeek: gross > 0 ? f.hoursSum[i] / gross / (daysInMonth(months[m]) / 7) : null,
      visited: f.visited[i],
      starts: f.starts[i],
      ends: f.ends[i],
      plannedEnds: f.plannedEnds[i],
      milestone: null,
    });
  }
  return out;
}

export function goalStatus(months: readonly MonthStats[], rule: RuleSummary, settings: Settings): GoalStatus {
  const k = rule.monthsInARow;
  const metAt = months.find((m) => m.streak >= k);
  const last = months.at(-1);
  const currentStreak = last ? last.streak : 0;
  const earliestMetMonth = metAt ? metAt.month : last ? addMonths(last.month, k - currentStreak) : null;
  const deadline = settings.deadline ?? null;
  return {
    met: !!metAt,
    metInMonth: metAt ? metAt.month : null,
    currentStreak,
    gapToGoal: last ? last.gapToGoal : null,
    earliestMetMonth,
    deadline,
    onTrack: deadline && earliestMetMonth ? earliestMetMonth <= deadline : null,
    trancheAmount: settings.trancheAmount ?? null,
  };
}
