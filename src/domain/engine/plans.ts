// Milestone plans (DOMAIN.md section 4): the whole's line from its share at Basismåned to the goal at
// T = Deadline - (k - 1), counted in whole citizens, then split whole -> teams -> team x caseworker by
// largest remainder on gross, so the parts add up to their parent at every level in every month.
// Plan months run from the month after Basismåned to Deadline; future months use the latest actual gross.
import { monthFromIndex, monthIndex } from '../dates';
import {
  ceilCount,
  endRate,
  largestRemainder,
  milestoneLine,
  milestoneShare,
  milestoneStatus,
  neededStarts,
} from '../milestones';
import type { MonthKey, Settings } from '../model';
import type { MonthStats, PlanMonth, RuleSummary } from '../report';
import type { CitizenIndex } from './citizenIndex';
import type { SliceFamily } from './sliceFamily';

export interface PlanFrame {
  months: MonthKey[];
  /** Position of each plan month among the report's months; >= months.length for future months. */
  pos: number[];
  /** The whole's milestone share per plan month. */
  shares: number[];
  /** Position of the as-of month among the report's months (the running month); -1 when the report ends earlier. */
  currentPos: number;
}

/** The plan months and the whole's line, or null without a valid Basismåned and Deadline. */
export function planFrame(
  index: CitizenIndex,
  rule: RuleSummary,
  settings: Settings,
  asOfMonth: MonthKey,
): PlanFrame | null {
  const line = milestoneLine(settings.baseMonth, settings.deadline, rule.threshold, rule.monthsInARow);
  const M = index.months.length;
  if (!line || M === 0) return null;
  const firstIndex = monthIndex(index.months[0]);
  // s0: the whole's actual share at Basismåned (clamped into the measured months).
  const b = Math.min(M - 1, Math.max(0, line.baseIndex - firstIndex));
  const { gross, active } = index.all;
  const s0 = gross[b] > 0 ? active[b] / gross[b] : 0;
  const frame: PlanFrame = { months: [], pos: [], shares: [], currentPos: index.months.indexOf(asOfMonth) };
  for (let i = Math.max(line.baseIndex + 1, firstIndex); i <= line.deadlineIndex; i++) {
    frame.months.push(monthFromIndex(i));
    frame.pos.push(i - firstIndex);
    frame.shares.push(milestoneShare(line, s0, i));
  }
  return frame;
}

/** Gross of a slice at a plan position: actual when measured, else the latest actual gross. */
function grossAt(f: SliceFamily, key: number, pos: number): number {
  return f.gross[key * f.months + Math.min(pos, f.months - 1)];
}

export interface PlanCounts {
  whole: number[];
  /** [team][plan month] */
  teams: number[][];
  /** [caseworker][plan month]: the sum of the caseworker's parts in each of their teams. */
  caseworkers: number[][];
}

export function planCounts(frame: PlanFrame, index: CitizenIndex): PlanCounts {
  const { all, teams, caseworkers, pairs, pairTeam, pairWorker } = index;
  const J = frame.months.length;
  const whole = frame.pos.map((pos, j) => ceilCount(frame.shares[j] * grossAt(all, 0, pos)));
  const teamCounts = teams.keys.map(() => new Array<number>(J).fill(0));
  const workerCounts = caseworkers.keys.map(() => new Array<number>(J).fill(0));
  const teamIds = teams.keys.map((_, t) => t);
  const members = teamIds.map((t) => pairTeam.flatMap((pt, p) => (pt === t ? [p] : [])));
  const memberNames = members.map((ps) => ps.map((p) => caseworkers.keys[pairWorker[p]]));
  frame.pos.forEach((pos, j) => {
    const teamParts = largestRemainder(
      whole[j],
      teamIds.map((t) => grossAt(teams, t, pos)),
      teams.keys,
    );
    teamIds.forEach((t) => {
      teamCounts[t][j] = teamParts[t];
      const parts = largestRemainder(
        teamParts[t],
        members[t].map((p) => grossAt(pairs, p, pos)),
        memberNames[t],
      );
      members[t].forEach((p, i) => (workerCounts[pairWorker[p]][j] += parts[i]));
    });
  });
  return { whole, teams: teamCounts, caseworkers: workerCounts };
}

/**
 * One slice's plan from its counts: measured months get actual, status and gap; future months the
 * expected ends (observed end rate of the last six months) and the starts needed. The running (as-of)
 * month gets both too: its expected ends are the month's ends so far (Slutdato <= as-of date; planned
 * ends later in the month are not ends). `lineShares` gives the whole's line; parts show their count /
 * gross as their milestone share.
 */
export function slicePlan(
  frame: PlanFrame,
  counts: number[],
  f: SliceFamily,
  key: number,
  lineShares?: number[],
): PlanMonth[] {
  const M = f.months;
  const activeRow = f.row(f.active, key);
  const rate = endRate(activeRow, f.row(f.ends, key));
  const plan: PlanMonth[] = [];
  frame.pos.forEach((pos, j) => {
    const count = counts[j];
    const gross = grossAt(f, key, pos);
    const entry: PlanMonth = {
      month: frame.months[j],
      milestoneShare: lineShares ? lineShares[j] : gross > 0 ? count / gross : 0,
      milestoneCount: count,
      gross,
      actual: null,
      status: null,
      gap: null,
      neededStarts: null,
      expectedEnds: null,
    };
    if (pos < M) {
      const actual = activeRow[pos];
      entry.actual = actual;
      entry.status = milestoneStatus(actual, count);
      entry.gap = Math.max(0, count - actual);
      if (pos === frame.currentPos && pos > 0) {
        entry.expectedEnds = f.ends[key * M + pos];
        entry.neededStarts = neededStarts(count, activeRow[pos - 1], entry.expectedEnds);
      }
    } else {
      // Last month's active: measured when it was, else the previous plan month's milestone (on the line).
      const previous = plan.at(-1);
      const prevActive = pos - 1 < M ? activeRow[pos - 1] : previous ? previous.milestoneCount : 0;
      entry.expectedEnds = Math.round(rate * prevActive);
      entry.neededStarts = neededStarts(count, prevActive, entry.expectedEnds);
    }
    plan.push(entry);
  });
  return plan;
}

/** Copies the plan's measured months into the series' `milestone` cells (null outside the plan). */
export function milestoneCells(series: MonthStats[], plan: readonly PlanMonth[]): void {
  const byMonth = new Map(plan.map((p) => [p.month, p]));
  for (const s of series) {
    const p = byMonth.get(s.month);
    s.milestone = p ? { share: p.milestoneShare, count: p.milestoneCount, status: p.status, gap: p.gap } : null;
  }
}
