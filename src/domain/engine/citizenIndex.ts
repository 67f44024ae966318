// Indexing, done once per measurement: the report's months, each citizen's key in every slice family,
// and the month positions where each citizen is in the gross target group and visited.
import { monthFromIndex, monthIndex, monthOf, monthRange } from '../dates';
import type { Citizen, MonthKey, Settings } from '../model';
import type { RuleSummary } from '../report';
import { SliceFamily } from './sliceFamily';

/** The longest report: ten years (issue 27). A longer period is a typing error and is cut to its last ten years. */
export const MAX_REPORT_MONTHS = 120;

/** Where the report's period starts: Periode fra, else the earliest Startdato (with that citizen's row). */
function periodStart(citizens: readonly Citizen[], settings: Settings, asOf: string) {
  if (settings.periodFrom) return { from: settings.periodFrom, citizenRow: null };
  let earliest: Citizen | undefined;
  for (const c of citizens) if (earliest === undefined || c.startDate < earliest.startDate) earliest = c;
  return { from: earliest ? monthOf(earliest.startDate) : monthOf(asOf), citizenRow: earliest?.row ?? null };
}

/**
 * Months of the report: Periode fra (default: earliest Startdato) to the as-of month, capped by Periode
 * til, and at most the last MAX_REPORT_MONTHS of them; `cut` says where a longer period came from.
 */
export function reportPeriod(citizens: readonly Citizen[], settings: Settings, asOf: string) {
  const { from, citizenRow } = periodStart(citizens, settings, asOf);
  let to = monthOf(asOf);
  if (settings.periodTo && settings.periodTo < to) to = settings.periodTo;
  const tooLong = monthIndex(to) - monthIndex(from) + 1 > MAX_REPORT_MONTHS;
  const first = tooLong ? monthFromIndex(monthIndex(to) - MAX_REPORT_MONTHS + 1) : from;
  return { months: monthRange(first, to), cut: tooLong ? { from, to, citizenRow } : null };
}

/** Months of the report (reportPeriod without the cut). */
export function reportMonths(citizens: readonly Citizen[], settings: Settings, asOf: string): MonthKey[] {
  return reportPeriod(citizens, settings, asOf).months;
}

/** Month position (0 = first report month) of an ISO date or month key, read from the digits (hot path). */
export function monthPosition(months: readonly MonthKey[]): (text: string) => number {
  const fromIdx = months.length ? monthIndex(months[0]) : 0;
  const digit = (t: string, i: number) => t.charCodeAt(i) - 48;
  return (t) =>
    (digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3)) * 12 +
    digit(t, 5) * 10 +
    digit(t, 6) -
    1 -
    fromIdx;
}

export interface CitizenIndex {
  months: MonthKey[];
  monthPos: (text: string) => number;
  all: SliceFamily;
  teams: SliceFamily;
  caseworkers: SliceFamily;
  groups: SliceFamily;
  /** Team x caseworker: the finest slice; teams, caseworkers and the whole are sums of pairs. */
  pairs: SliceFamily;
  teamOf: Int32Array;
  workerOf: Int32Array;
  groupOf: Int32Array;
  pairOf: Int32Array;
  pairTeam: number[];
  pairWorker: number[];
  /** Month positions of each citizen's gross membership (from > to when never in it). */
  grossFrom: Int32Array;
  grossTo: Int32Array;
  /** First month position the citizen is visited (months.length when never). */
  visitedFrom: Int32Array;
}

export function indexCitizens(citizens: readonly Citizen[], months: MonthKey[], rule: RuleSummary): CitizenIndex {
  const M = months.length;
  const N = citizens.length;
  const monthPos = monthPosition(months);
  const index: CitizenIndex = {
    months,
    monthPos,
    all: new SliceFamily(M),
    teams: new SliceFamily(M),
    caseworkers: new SliceFamily(M),
    groups: new SliceFamily(M),
    pairs: new SliceFamily(M),
    teamOf: new Int32Array(N),
    workerOf: new Int32Array(N),
    groupOf: new Int32Array(N),
    pairOf: new Int32Array(N),
    pairTeam: [],
    pairWorker: [],
    grossFrom: new Int32Array(N),
    grossTo: new Int32Array(N),
    visitedFrom: new Int32Array(N),
  };
  const { teams, caseworkers, groups, pairs, pairTeam, pairWorker } = index;
  index.all.keyOf('Alle');
  const included = rule.targetGroups ? new Set<string>(rule.targetGroups) : null;
  citizens.forEach((c, i) => {
    index.teamOf[i] = teams.keyOf(c.team);
    index.workerOf[i] = caseworkers.keyOf(c.caseworker);
    index.groupOf[i] = groups.keyOf(c.targetGroup);
    const before = pairs.keys.length;
    index.pairOf[i] = pairs.keyOf(`${c.team}\u0000${c.caseworker}`);
    if (pairs.keys.length > before) {
      pairTeam.push(index.teamOf[i]);
      pairWorker.push(index.workerOf[i]);
    }
    if (included && !included.has(c.targetGroup)) {
      index.grossFrom[i] = 0;
      index.grossTo[i] = -1;
    } else {
      index.grossFrom[i] = Math.max(0, monthPos(c.startDate));
      index.grossTo[i] = c.endDate ? Math.min(M - 1, monthPos(c.endDate)) : M - 1;
    }
    index.visitedFrom[i] = c.visitedDate ? Math.max(0, monthPos(c.visitedDate)) : M;
  });
  for (const f of [index.all, teams, caseworkers, groups, pairs]) f.allocate();
  return index;
}

/** The team where a caseworker has the most citizen-months (ties: name first in Danish collation). */
export function primaryTeam(index: CitizenIndex, worker: number): string {
  const { pairs, pairTeam, pairWorker, teams } = index;
  let best = -1;
  let bestSize = -1;
  pairTeam.forEach((t, p) => {
    if (pairWorker[p] !== worker) return;
    const size = pairs.row(pairs.gross, p).reduce((a, b) => a + b, 0);
    if (size > bestSize || (size === bestSize && teams.keys[t].localeCompare(teams.keys[best], 'da') < 0)) {
      best = t;
      bestSize = size;
    }
  });
  // Every caseworker has at least one team x caseworker pair, so best is always set.
  return teams.keys[best];
}
