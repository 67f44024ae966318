// The milestone plan of one slice: Basismåned to Deadline + (k - 1) months, measured months with
// actual, status and gap, future months with the starts needed to stay on the line.
import { addMonths, monthIndex, monthRange } from './dates';
import type { MonthKey, Settings } from './model';
import { ceilCount, endRate, milestoneLine, milestoneShare, milestoneStatus, neededStarts } from './milestones';
import type { MonthStats, PlanMonth, RuleSummary } from './report';

export interface SliceCounts {
  readonly months: number;
  gross: Int32Array;
  active: Int32Array;
  ends: Int32Array;
}

export function buildPlan(f: SliceCounts, key: number, months: MonthKey[], rule: RuleSummary, settings: Settings): PlanMonth[] {
  const line = milestoneLine(settings.baseMonth, settings.deadline, rule.threshold);
  const M = months.length;
  if (!line || M === 0) return [];
  const at = (array: Int32Array, m: number) => array[key * M + m];
  const pos = (month: MonthKey) => monthIndex(month) - monthIndex(months[0]);

  // Baseline share s0: the slice's actual share at Basismåned (clamped into the measured months).
  const b = Math.min(M - 1, Math.max(0, pos(settings.baseMonth!)));
  const s0 = at(f.gross, b) > 0 ? at(f.active, b) / at(f.gross, b) : 0;

  const first = settings.baseMonth! < months[0] ? months[0] : settings.baseMonth!;
  const last = addMonths(settings.deadline! > settings.baseMonth! ? settings.deadline! : settings.baseMonth!, rule.monthsInARow - 1);
  const activeRow = Array.from(f.active.subarray(key * M, (key + 1) * M));
  const endsRow = Array.from(f.ends.subarray(key * M, (key + 1) * M));
  const rate = endRate(activeRow, endsRow);
  const latestGross = at(f.gross, M - 1);

  const plan: PlanMonth[] = [];
  for (const month of monthRange(first, last)) {
    const share = milestoneShare(line, s0, monthIndex(month)) ?? s0;
    const m = pos(month);
    const measured = m >= 0 && m < M;
    const gross = measured ? at(f.gross, m) : latestGross;
    const count = ceilCount(share * gross);
    const entry: PlanMonth = {
      month, milestoneShare: share, milestoneCount: count, gross,
      actual: null, status: null, gap: null, neededStarts: null, expectedEnds: null,
    };
    if (measured) {
      const actual = at(f.active, m);
      entry.actual = actual;
      entry.status = milestoneStatus(actual, count);
      entry.gap = Math.max(0, count - actual);
    } else {
      const previous = plan[plan.length - 1];
      const prevActive = m - 1 >= 0 && m - 1 < M ? at(f.active, m - 1) : previous ? previous.milestoneCount : 0;
      entry.expectedEnds = Math.round(rate * prevActive);
      entry.neededStarts = neededStarts(count, prevActive, entry.expectedEnds);
    }
    plan.push(entry);
  }
  return plan;
}

/** Copies the plan's measured months into the series' `milestone` cells. */
export function milestoneCells(series: MonthStats[], plan: PlanMonth[]): void {
  const byMonth = new Map(plan.map((p) => [p.month, p]));
  for (const s of series) {
    const p = byMonth.get(s.month);
    s.milestone = p ? { share: p.milestoneShare, count: p.milestoneCount, status: p.status, gap: p.gap } : null;
  }
}
