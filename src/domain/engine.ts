// The measurement engine: DOMAIN.md section 4, for the whole target group and every slice (team,
// caseworker, Målgruppe). Designed for size: citizens are indexed once, each placement marks only the
// months it touches, and one pass over citizens x months fills every slice, so the cost grows with
// rows + citizens x months, never rows x citizens x months.
import { addMonths, daysInMonth, monthIndex, monthOf, monthRange } from './dates';
import { endRate, largestRemainder, milestoneStatus, neededStarts } from './milestones';
import type { Caseload, Citizen, MonthKey, Settings } from './model';
import { buildPlan, milestoneCells, type SliceCounts } from './plan';
import type {
  DrillQuery, GoalStatus, Measurement, MeasureOptions, MonthStats, PlanMonth, Report, RuleSummary, SliceSeries,
} from './report';
import { resolveRule } from './rules';
import { caseloadSizes, dialogueSignals } from './signals';
import { validateCaseload } from './validate';

/** A family of slices (e.g. all teams): per key and month, the counts behind MonthStats. */
class SliceFamily implements SliceCounts {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  gross!: Int32Array;
  active!: Int32Array;
  withHours!: Int32Array;
  visited!: Int32Array;
  starts!: Int32Array;
  ends!: Int32Array;
  hoursSum!: Float64Array;
  constructor(readonly months: number) {}

  keyOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(name);
      this.index.set(name, i);
    }
    return i;
  }

  allocate(): void {
    const size = this.keys.length * this.months;
    this.gross = new Int32Array(size);
    this.active = new Int32Array(size);
    this.withHours = new Int32Array(size);
    this.visited = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.hoursSum = new Float64Array(size);
  }

  /** Counts one citizen in the gross target group at flat index i. */
  addCell(i: number, active: number, withHours: number, visited: number, hours: number): void {
    this.gross[i]++;
    this.active[i] += active;
    this.withHours[i] += withHours;
    this.visited[i] += visited;
    this.hoursSum[i] += hours;
  }

  /** Adds another family's row `from` into this family's row `to`. */
  addFrom(other: SliceFamily, from: number, to: number): void {
    const M = this.months;
    for (let m = 0; m < M; m++) {
      const a = to * M + m;
      const b = from * M + m;
      this.gross[a] += other.gross[b];
      this.active[a] += other.active[b];
      this.withHours[a] += other.withHours[b];
      this.visited[a] += other.visited[b];
      this.starts[a] += other.starts[b];
      this.ends[a] += other.ends[b];
      this.hoursSum[a] += other.hoursSum[b];
    }
  }

  row(array: Int32Array | Float64Array, key: number): number[] {
    return Array.from(array.subarray(key * this.months, (key + 1) * this.months));
  }
}

/** Months of the report: Periode fra (default: earliest Startdato) to the as-of month, capped by Periode til. */
export function reportMonths(citizens: readonly Citizen[], settings: Settings, asOf: string): MonthKey[] {
  let from = settings.periodFrom;
  if (!from) {
    let earliest: string | undefined;
    for (const c of citizens) if (earliest === undefined || c.startDate < earliest) earliest = c.startDate;
    from = earliest ? monthOf(earliest) : monthOf(asOf);
  }
  let to = monthOf(asOf);
  if (settings.periodTo && settings.periodTo < to) to = settings.periodTo;
  return monthRange(from, to);
}

function passesRule(active: number, gross: number, threshold: number): boolean {
  return gross > 0 && active * 100 >= threshold * gross;
}

function monthSeries(f: SliceFamily, key: number, months: MonthKey[], rule: RuleSummary): MonthStats[] {
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
      withOrdinaryHours: f.withHours[i],
      ordinaryHoursPerWeek: gross > 0 ? f.hoursSum[i] / gross / (daysInMonth(months[m]) / 7) : null,
      visited: f.visited[i],
      starts: f.starts[i],
      ends: f.ends[i],
      milestone: null,
    });
  }
  return out;
}

function goalStatus(months: MonthStats[], k: number): GoalStatus {
  const metAt = months.find((m) => m.streak >= k);
  const currentStreak = months.length ? months[months.length - 1].streak : 0;
  return {
    met: !!metAt,
    metInMonth: metAt ? metAt.month : null,
    currentStreak,
    monthsLeft: metAt ? 0 : Math.max(0, k - currentStreak),
  };
}

export function measure(caseload: Caseload, options: MeasureOptions): Measurement {
  const rule = resolveRule(caseload.settings, options.ruleId);
  const valid = validateCaseload(caseload);
  const citizens = valid.citizens;
  const months = reportMonths(citizens, caseload.settings, options.asOf);
  const M = months.length;
  const fromIdx = M ? monthIndex(months[0]) : 0;
  const N = citizens.length;
  // Month position of an ISO date or month key, read from the digits directly (hot path).
  const digit = (t: string, i: number) => t.charCodeAt(i) - 48;
  const monthPos = (t: string) =>
    (digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3)) * 12 + digit(t, 5) * 10 + digit(t, 6) - 1 - fromIdx;

  // Slice families and each citizen's key in them.
  const all = new SliceFamily(M);
  const teams = new SliceFamily(M);
  const caseworkers = new SliceFamily(M);
  const groups = new SliceFamily(M);
  const pairs = new SliceFamily(M); // team x caseworker, for the largest-remainder split
  all.keyOf('Alle');
  const teamOf = new Int32Array(N);
  const workerOf = new Int32Array(N);
  const groupOf = new Int32Array(N);
  const pairOf = new Int32Array(N);
  const pairTeam: number[] = [];
  const pairWorker: number[] = [];
  const grossFrom = new Int32Array(N);
  const grossTo = new Int32Array(N);
  const visitedFrom = new Int32Array(N);
  const included = rule.targetGroups ? new Set<string>(rule.targetGroups) : null;

  citizens.forEach((c, i) => {
    teamOf[i] = teams.keyOf(c.team);
    workerOf[i] = caseworkers.keyOf(c.caseworker);
    groupOf[i] = groups.keyOf(c.targetGroup);
    const pairKey = `${c.team}\u0000${c.caseworker}`;
    const before = pairs.keys.length;
    pairOf[i] = pairs.keyOf(pairKey);
    if (pairs.keys.length > before) {
      pairTeam.push(teamOf[i]);
      pairWorker.push(workerOf[i]);
    }
    if (included && !included.has(c.targetGroup)) {
      grossFrom[i] = 0;
      grossTo[i] = -1;
    } else {
      grossFrom[i] = Math.max(0, monthPos(c.startDate));
      grossTo[i] = c.endDate ? Math.min(M - 1, monthPos(c.endDate)) : M - 1;
    }
    visitedFrom[i] = c.visitedDate ? Math.max(0, monthPos(c.visitedDate)) : M;
  });
  for (const f of [all, teams, caseworkers, groups, pairs]) f.allocate();

  const inGross = (c: number, m: number) => m >= grossFrom[c] && m <= grossTo[c];
  const active = new Uint8Array(N * M);
  const withHours = new Uint8Array(N * M);
  const hoursSum = new Float64Array(N * M);
  const counted = new Set<string>(rule.counts);

  // Placements: mark the months each counted placement touches; count starts and ends.
  const startsAt: number[] = []; // per counted placement: month position of its start (or -1)
  const endsAt: number[] = [];
  const countedPlacements: number[] = [];
  valid.placements.forEach((p, pi) => {
    const c = valid.placementOwner[pi];
    if (!counted.has(p.type) || grossTo[c] < grossFrom[c]) return;
    const s = monthPos(p.startDate);
    const e = p.endDate ? monthPos(p.endDate) : M - 1;
    countedPlacements.push(pi);
    startsAt.push(s >= 0 && s < M && inGross(c, s) ? s : -1);
    endsAt.push(p.endDate && e >= 0 && e < M && inGross(c, e) ? e : -1);
    if (rule.basis !== 'active') return;
    const a = Math.max(s, grossFrom[c]);
    const b = Math.min(e, grossTo[c]);
    for (let m = a; m <= b; m++) active[c * M + m] = 1;
  });

  valid.hours.forEach((h, j) => {
    const c = valid.hoursOwner[j];
    const m = monthPos(h.month);
    if (m < 0 || m >= M) return;
    hoursSum[c * M + m] += h.hours;
    if (h.hours > 0) {
      withHours[c * M + m] = 1;
      if (rule.basis === 'active' && rule.countsOrdinaryHours) active[c * M + m] = 1;
    }
  });
  if (rule.basis === 'visited') {
    for (let c = 0; c < N; c++) for (let m = visitedFrom[c]; m < M; m++) active[c * M + m] = 1;
  }

  // One pass over citizens x months fills the finest slices (team x caseworker pairs, and target
  // groups); teams, caseworkers and the whole are sums of pairs, so the parts add up by construction.
  for (let c = 0; c < N; c++) {
    const pairBase = pairOf[c] * M;
    const groupBase = groupOf[c] * M;
    for (let m = grossFrom[c]; m <= grossTo[c]; m++) {
      const cm = c * M + m;
      const isVisited = m >= visitedFrom[c] ? 1 : 0;
      pairs.addCell(pairBase + m, active[cm], withHours[cm], isVisited, hoursSum[cm]);
      groups.addCell(groupBase + m, active[cm], withHours[cm], isVisited, hoursSum[cm]);
    }
  }
  countedPlacements.forEach((pi, j) => {
    const c = valid.placementOwner[pi];
    for (const [f, base] of [[pairs, pairOf[c] * M], [groups, groupOf[c] * M]] as const) {
      if (startsAt[j] >= 0) f.starts[base + startsAt[j]]++;
      if (endsAt[j] >= 0) f.ends[base + endsAt[j]]++;
    }
  });
  pairs.keys.forEach((_, p) => {
    all.addFrom(pairs, p, 0);
    teams.addFrom(pairs, p, pairTeam[p]);
    caseworkers.addFrom(pairs, p, pairWorker[p]);
  });

  // Series, milestones and plans.
  const settings = caseload.settings;
  const allMonths = monthSeries(all, 0, months, rule);
  const allPlan = buildPlan(all, 0, months, rule, settings);
  milestoneCells(allMonths, allPlan);
  const byTeam: Record<string, SliceSeries> = {};
  const teamPlans: PlanMonth[][] = [];
  teams.keys.forEach((team, t) => {
    const series = monthSeries(teams, t, months, rule);
    const plan = buildPlan(teams, t, months, rule, settings);
    milestoneCells(series, plan);
    teamPlans[t] = plan;
    byTeam[team] = { months: series, plan };
  });
  const workerPlans = splitTeamPlans(teamPlans, pairs, pairTeam, pairWorker, caseworkers, months);
  const byCaseworker: Record<string, SliceSeries & { team: string }> = {};
  caseworkers.keys.forEach((name, w) => {
    const series = monthSeries(caseworkers, w, months, rule);
    const plan = workerPlans[w] ?? [];
    milestoneCells(series, plan);
    byCaseworker[name] = { team: primaryTeam(w, pairs, pairTeam, pairWorker, teams), months: series, plan };
  });
  const byTargetGroup: Record<string, SliceSeries> = {};
  groups.keys.forEach((g, k) => {
    byTargetGroup[g] = { months: monthSeries(groups, k, months, rule), plan: [] };
  });

  const caseloads = caseloadSizes(citizens, options.asOf, included);
  const report: Report = {
    rule,
    asOf: options.asOf,
    months: allMonths,
    goal: goalStatus(allMonths, rule.monthsInARow),
    plan: allPlan,
    byTeam,
    byCaseworker,
    byTargetGroup,
    signals: dialogueSignals(valid, options.asOf, included, caseloads),
    caseloads,
    issues: [...caseload.issues, ...valid.issues],
  };

  function drill(query: DrillQuery): string[] {
    const m = months.indexOf(query.month);
    if (m < 0) return [];
    const scope = query.scope;
    const keyMatch: (c: number) => boolean =
      scope.kind === 'all' ? () => true
        : scope.kind === 'team' ? (c) => teams.keys[teamOf[c]] === scope.team
          : scope.kind === 'caseworker' ? (c) => caseworkers.keys[workerOf[c]] === scope.caseworker
            : (c) => groups.keys[groupOf[c]] === scope.targetGroup;
    const ids = new Set<string>();
    if (query.measure === 'starts' || query.measure === 'ends') {
      const at = query.measure === 'starts' ? startsAt : endsAt;
      countedPlacements.forEach((pi, j) => {
        const c = valid.placementOwner[pi];
        if (at[j] === m && keyMatch(c)) ids.add(citizens[c].id);
      });
    } else {
      for (let c = 0; c < N; c++) {
        if (!inGross(c, m) || !keyMatch(c)) continue;
        const cm = c * M + m;
        const hit =
          query.measure === 'gross' ? true
            : query.measure === 'active' ? active[cm] === 1
              : query.measure === 'notActive' ? active[cm] === 0
                : query.measure === 'withOrdinaryHours' ? withHours[cm] === 1
                  : m >= visitedFrom[c];
        if (hit) ids.add(citizens[c].id);
      }
    }
    return [...ids].sort((a, b) => a.localeCompare(b, 'da'));
  }

  const usedRows = {
    Borgere: citizens.map((c) => c.row),
    Forløb: valid.placements.map((p) => p.row),
    Timer: valid.hours.map((h) => h.row),
  };
  return { report, drill, usedRows };
}

function primaryTeam(w: number, pairs: SliceFamily, pairTeam: number[], pairWorker: number[], teams: SliceFamily): string {
  let best = -1;
  let bestSize = -1;
  pairTeam.forEach((t, p) => {
    if (pairWorker[p] !== w) return;
    const size = pairs.gross.subarray(p * pairs.months, (p + 1) * pairs.months).reduce((a, b) => a + b, 0);
    if (size > bestSize || (size === bestSize && teams.keys[t].localeCompare(teams.keys[best], 'da') < 0)) {
      best = t;
      bestSize = size;
    }
  });
  return best >= 0 ? teams.keys[best] : '';
}

/**
 * Caseworker plans: each team's milestone count split over the team's caseworkers in proportion to
 * their gross (latest actual gross for future months) by largest remainder, summed over a
 * caseworker's teams.
 */
function splitTeamPlans(
  teamPlans: PlanMonth[][],
  pairs: SliceFamily,
  pairTeam: number[],
  pairWorker: number[],
  workers: SliceFamily,
  months: MonthKey[],
): PlanMonth[][] {
  const M = months.length;
  const out: PlanMonth[][] = [];
  const latest = M - 1;
  teamPlans.forEach((plan, t) => {
    const members = pairTeam.map((pt, p) => (pt === t ? p : -1)).filter((p) => p >= 0);
    const names = members.map((p) => workers.keys[pairWorker[p]]);
    plan.forEach((pm, k) => {
      const m = months.indexOf(pm.month);
      const measured = m >= 0;
      const weights = members.map((p) => (latest < 0 ? 0 : pairs.gross[p * M + (measured ? m : latest)]));
      const parts = largestRemainder(pm.milestoneCount, weights, names);
      members.forEach((p, j) => {
        const w = pairWorker[p];
        const list = (out[w] ??= []);
        const existing = list[k];
        const gross = weights[j];
        const actual = measured ? pairs.active[p * M + m] : null;
        if (existing && existing.month === pm.month) {
          existing.milestoneCount += parts[j];
          existing.gross += gross;
          if (actual !== null) existing.actual = (existing.actual ?? 0) + actual;
        } else {
          list[k] = {
            month: pm.month, milestoneShare: 0, milestoneCount: parts[j], gross, actual,
            status: null, gap: null, neededStarts: null, expectedEnds: null,
          };
        }
      });
    });
  });
  // Finish each caseworker's plan: share, status, gap and needed starts from their own history.
  out.forEach((list, w) => {
    const compact = list.filter(Boolean);
    out[w] = finishWorkerPlan(compact, workers, w, months);
  });
  return out;
}

function finishWorkerPlan(list: PlanMonth[], workers: SliceFamily, w: number, months: MonthKey[]): PlanMonth[] {
  const activeRow = workers.row(workers.active, w);
  const endsRow = workers.row(workers.ends, w);
  const rate = endRate(activeRow, endsRow);
  let previous: PlanMonth | null = null;
  for (const pm of list) {
    pm.milestoneShare = pm.gross > 0 ? pm.milestoneCount / pm.gross : 0;
    if (pm.actual !== null) {
      pm.status = milestoneStatus(pm.actual, pm.milestoneCount);
      pm.gap = Math.max(0, pm.milestoneCount - pm.actual);
    } else {
      const m = months.indexOf(addMonths(pm.month, -1));
      const prevActive = m >= 0 ? activeRow[m] : previous ? previous.milestoneCount : 0;
      pm.expectedEnds = Math.round(rate * prevActive);
      pm.neededStarts = neededStarts(pm.milestoneCount, prevActive, pm.expectedEnds);
    }
    previous = pm;
  }
  return list;
}

