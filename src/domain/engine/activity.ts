// Marking months, per citizen: each counted placement marks only the months it touches (and its start
// and end month), each Timer row its month, each visitation the months from it; so the cost grows with
// rows + citizens x months, never rows x citizens x months.
import type { IsoDate } from '../model';
import type { RuleSummary } from '../report';
import type { ValidatedCaseload } from '../validate';
import type { CitizenIndex } from './citizenIndex';

export interface Activity {
  /** Per citizen x month (flat, citizen-major): 1 when in activity (visited for fsm-rate2). */
  active: Uint8Array;
  /** Per citizen x month: 1 when the citizen has a Timer row with hours > 0. */
  withHours: Uint8Array;
  /** Per citizen x month: sum of ordinary hours. */
  hoursSum: Float64Array;
  /** Indexes into valid.placements of the placements the rule counts (for citizens ever in the gross group). */
  countedPlacements: Int32Array;
  /**
   * Per counted placement: month position of its start / end when within the months, in gross and on or
   * before the as-of date, else -1 (a Slutdato later in the running month has not happened yet).
   */
  startsAt: Int32Array;
  endsAt: Int32Array;
  /** Per counted placement: month position of a Slutdato after the as-of date ("planlagt afsluttet"), else -1. */
  plannedEndsAt: Int32Array;
}

export function markActivity(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  rule: RuleSummary,
  asOf: IsoDate,
): Activity {
  const M = index.months.length;
  const N = valid.citizens.length;
  const { grossFrom, grossTo, visitedFrom, monthPos } = index;
  const inGross = (c: number, m: number) => m >= grossFrom[c] && m <= grossTo[c];
  const { active, withHours, hoursSum } = {
    active: new Uint8Array(N * M),
    withHours: new Uint8Array(N * M),
    hoursSum: new Float64Array(N * M),
  };
  // Filled up to `n`, then cut to it (typed arrays: no growing lists of boxed numbers).
  const P = valid.placements.length;
  const countedPlacements = new Int32Array(P);
  const startsAt = new Int32Array(P);
  const endsAt = new Int32Array(P);
  const plannedEndsAt = new Int32Array(P);
  let n = 0;
  const counted = new Set<string>(rule.counts);
  const byActivity = rule.basis === 'active';

  valid.placements.forEach((p, pi) => {
    const c = valid.placementOwner[pi];
    // Never in gross: a shortcut only (inGross and the marking loop below would find no month either).
    if (!counted.has(p.type) || grossTo[c] < grossFrom[c]) return;
    const s = monthPos(p.startDate);
    const e = p.endDate ? monthPos(p.endDate) : grossTo[c];
    countedPlacements[n] = pi;
    // inGross implies 0 <= month < M (grossFrom >= 0, grossTo <= M - 1), so no separate range check.
    // Ends are ends: only a date that has come counts as a start or an end; a Slutdato after the as-of
    // date (it can only fall in the as-of month, the last one measured) is a planned end, shown apart.
    startsAt[n] = inGross(c, s) && p.startDate <= asOf ? s : -1;
    const endsInGross = !!p.endDate && inGross(c, e);
    endsAt[n] = endsInGross && p.endDate! <= asOf ? e : -1;
    plannedEndsAt[n] = endsInGross && p.endDate! > asOf ? e : -1;
    n++;
    if (!byActivity) return; // fsm-rate2 (the only visited basis) counts no placement types: unreachable today
    const to = Math.min(e, grossTo[c]);
    for (let m = Math.max(s, grossFrom[c]); m <= to; m++) active[c * M + m] = 1;
  });

  valid.hours.forEach((h, j) => {
    const c = valid.hoursOwner[j];
    const m = monthPos(h.month);
    if (m < 0 || m >= M) return;
    hoursSum[c * M + m] += h.hours;
    if (h.hours > 0) {
      withHours[c * M + m] = 1;
      if (byActivity && rule.countsOrdinaryHours) active[c * M + m] = 1;
    }
  });

  if (!byActivity) {
    for (let c = 0; c < N; c++) for (let m = visitedFrom[c]; m < M; m++) active[c * M + m] = 1;
  }
  return {
    active,
    withHours,
    hoursSum,
    countedPlacements: countedPlacements.subarray(0, n),
    startsAt: startsAt.subarray(0, n),
    endsAt: endsAt.subarray(0, n),
    plannedEndsAt: plannedEndsAt.subarray(0, n),
  };
}
