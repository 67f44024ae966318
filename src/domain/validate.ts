// Referential and logical checks the engine makes on any caseload, however it was read. Every input row
// is either used or reported: rows that cannot be used get an error, doubtful rows that are used get a
// warning. The rules themselves live in rowRules.ts; this file applies them table by table and resolves
// each row's citizen once, for the engine and the signals.
import { lastDay, monthNumber } from './dates';
import type { DataIssue } from './issues';
import type { Caseload, Citizen, HoursEntry, Placement } from './model';
import {
  CitizenRegistry,
  duplicateHoursFinding,
  exitReasonFinding,
  hoursPerWeekFinding,
  periodFinding,
  placementPeriodFinding,
  startAfterAsOfFinding,
  type Finding,
} from './rowRules';
import { staffIssues } from './staff';

export interface ValidatedCaseload {
  citizens: Citizen[];
  /** The usable rows; the input's own array when every row is usable (read-only, like the input). */
  placements: Placement[];
  hours: HoursEntry[];
  /** Index into `citizens` of each placement's and each hours row's citizen (resolved once, here). */
  placementOwner: Int32Array;
  hoursOwner: Int32Array;
  issues: DataIssue[];
}

/** `asOf`, when given, also flags citizens whose Startdato lies after it (they count from that month only). */
export function validateCaseload(caseload: Caseload, asOf?: string): ValidatedCaseload {
  const issues: DataIssue[] = [];
  const report = (table: string, row: number, f: Finding | null): boolean => {
    if (f)
      issues.push({
        severity: f.severity,
        table,
        row,
        column: f.column,
        code: f.code,
        params: f.params,
        consequence: f.consequence,
      } as DataIssue);
    return f !== null && f.severity === 'error';
  };

  const registry = new CitizenRegistry();
  for (const refused of caseload.refusedCitizens ?? []) registry.refuse(refused.id, refused.row);
  const citizens: Citizen[] = [];
  for (const c of caseload.citizens) {
    if (report('Borgere', c.row, periodFinding(c.startDate, c.endDate))) {
      registry.refuse(c.id, c.row);
      continue;
    }
    if (report('Borgere', c.row, registry.register(c.id, c.row))) continue;
    report('Borgere', c.row, exitReasonFinding(c.exitReason, c.endDate));
    if (asOf !== undefined) report('Borgere', c.row, startAfterAsOfFinding(c.startDate, asOf));
    citizens.push(c);
  }

  const ownerOf = ownerLookup(registry);
  const placements = new UsableRows(caseload.placements);
  const placementOwner = new Int32Array(caseload.placements.length);
  caseload.placements.forEach((p, j) => {
    const owner = ownerOf(p.citizenId);
    if (owner < 0) {
      report('Forløb', p.row, registry.reference(p.citizenId));
      return placements.skip(j);
    }
    if (report('Forløb', p.row, periodFinding(p.startDate, p.endDate))) return placements.skip(j);
    report('Forløb', p.row, placementPeriodFinding(p, citizens[owner]));
    report('Forløb', p.row, hoursPerWeekFinding(p.hoursPerWeek));
    placementOwner[placements.length] = owner;
    placements.keep(p);
  });

  const hours = new UsableRows(caseload.hours);
  const hoursOwner = new Int32Array(caseload.hours.length);
  const ownerOfRow = new Int32Array(caseload.hours.length);
  caseload.hours.forEach((h, j) => (ownerOfRow[j] = ownerOf(h.citizenId)));
  const duplicateOf = duplicateHoursRows(caseload.hours, ownerOfRow, citizens.length);
  caseload.hours.forEach((h, j) => {
    const owner = ownerOfRow[j];
    if (owner < 0) {
      report('Timer', h.row, registry.reference(h.citizenId));
      return hours.skip(j);
    }
    if (duplicateOf[j] >= 0) report('Timer', h.row, duplicateHoursFinding(h.citizenId, h.month, duplicateOf[j]));
    hoursOwner[hours.length] = owner;
    hours.keep(h);
  });
  for (const issue of starMonthIssues(caseload)) issues.push(issue);
  for (const issue of staffIssues(caseload)) issues.push(issue);
  return {
    citizens,
    placements: placements.rows(),
    hours: hours.rows(),
    issues,
    placementOwner: placementOwner.subarray(0, placements.length),
    hoursOwner: hoursOwner.subarray(0, hours.length),
  };
}

/**
 * The usable rows of a table in order, without copying them while every row so far is usable: the copy
 * starts at the first skipped row (a large clean table is not copied at all).
 */
class UsableRows<T> {
  private copy: T[] | null = null;
  length = 0;
  constructor(private readonly all: readonly T[]) {}

  keep(row: T): void {
    if (this.copy) this.copy.push(row);
    this.length++;
  }

  /** Row j (its index in the input) is not usable. */
  skip(j: number): void {
    this.copy ??= this.all.slice(0, j);
  }

  rows(): T[] {
    return this.copy ?? (this.all as T[]);
  }
}

/**
 * A row's citizen (index into the usable citizens), -1 when unknown: each ID spelling is looked up once
 * (one hash lookup a row instead of the registry's two); the registry is complete before the first call.
 */
function ownerLookup(registry: CitizenRegistry): (id: string) => number {
  const seen = new Map<string, number>();
  return (id) => {
    let owner = seen.get(id);
    if (owner === undefined) seen.set(id, (owner = registry.indexOf(id) ?? -1));
    return owner;
  };
}

/**
 * One row per citizen and month (rowRules.duplicateHoursFinding): per Timer row, the row of the first row
 * with the same citizen and month when it is a later one, else -1. The rows are grouped by citizen (a
 * counting sort, table order kept) and each group is checked against one month stamp array: no hashing,
 * linear in rows however many citizens (an integer key citizen x month outgrows a small integer at 10x).
 */
function duplicateHoursRows(rows: readonly HoursEntry[], ownerOf: Int32Array, citizens: number): Int32Array {
  const out = new Int32Array(rows.length).fill(-1);
  const month = new Int32Array(rows.length);
  const rowNumber = new Int32Array(rows.length);
  let low = Infinity;
  let high = -Infinity;
  const start = new Int32Array(citizens + 1);
  rows.forEach((h, j) => {
    if (ownerOf[j] < 0) return;
    const m = monthNumber(h.month);
    month[j] = m;
    rowNumber[j] = h.row;
    if (m < low) low = m;
    if (m > high) high = m;
    start[ownerOf[j] + 1]++;
  });
  if (low > high) return out;
  for (let c = 0; c < citizens; c++) start[c + 1] += start[c];
  const order = new Int32Array(start[citizens]);
  const fill = start.slice(0, citizens);
  rows.forEach((_, j) => {
    if (ownerOf[j] >= 0) order[fill[ownerOf[j]]++] = j;
  });
  const stamp = new Int32Array(high - low + 1).fill(-1);
  const firstRow = new Int32Array(high - low + 1);
  for (let c = 0; c < citizens; c++) {
    for (let k = start[c]; k < start[c + 1]; k++) {
      const j = order[k];
      const m = month[j] - low;
      if (stamp[m] === c) out[j] = firstRow[m];
      else {
        stamp[m] = c;
        firstRow[m] = rowNumber[j];
      }
    }
  }
  return out;
}

/** STAR's figures: one row a month (a second would make the reconciliation ambiguous; the first is kept). */
function starMonthIssues(caseload: Caseload): DataIssue[] {
  const issues: DataIssue[] = [];
  const starMonths = new Map<string, number>();
  for (const f of caseload.starFigures ?? []) {
    const first = starMonths.get(f.month);
    if (first === undefined) starMonths.set(f.month, f.row);
    else
      issues.push({
        severity: 'error',
        table: 'STAR_tal',
        row: f.row,
        column: 'Måned',
        code: 'duplicateMonth',
        params: { month: f.month, firstRow: first },
        consequence: 'rowSkipped',
      });
  }
  return issues;
}

/**
 * The latest date the caseload's own rows hold (dates, and the last day of Timer and STAR-tal months),
 * or null when there is none: what `--as-of` is checked against (at most a year after it).
 */
export function latestDataDate(caseload: Caseload): string | null {
  let latest: string | null = null;
  const see = (date: string | undefined) => {
    if (date !== undefined && (latest === null || date > latest)) latest = date;
  };
  for (const c of caseload.citizens) [c.startDate, c.endDate, c.visitedDate, c.updated].forEach(see);
  for (const p of caseload.placements) [p.startDate, p.endDate, p.followUp].forEach(see);
  for (const h of caseload.hours) see(lastDay(h.month));
  for (const a of caseload.agreements ?? []) [a.date, a.due].forEach(see);
  for (const f of caseload.starFigures ?? []) see(lastDay(f.month));
  return latest;
}
