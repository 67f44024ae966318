// Referential and logical checks the engine makes on any caseload, however it was read. Every input row
// is either used or reported: rows that cannot be used get an error, doubtful rows that are used get a
// warning. The rules themselves live in rowRules.ts; this file applies them table by table and resolves
// each row's citizen once, for the engine and the signals.
import type { DataIssue } from './issues';
import type { Caseload, Citizen, HoursEntry, Placement } from './model';
import {
  CitizenRegistry,
  duplicateHoursFinding,
  exitReasonFinding,
  hoursPerWeekFinding,
  periodFinding,
  placementPeriodFinding,
  type Finding,
} from './rowRules';
import { staffIssues } from './staff';

export interface ValidatedCaseload {
  citizens: Citizen[];
  placements: Placement[];
  hours: HoursEntry[];
  /** Index into `citizens` of each placement's and each hours row's citizen (resolved once, here). */
  placementOwner: Int32Array;
  hoursOwner: Int32Array;
  issues: DataIssue[];
}

export function validateCaseload(caseload: Caseload): ValidatedCaseload {
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
    citizens.push(c);
  }

  const placements: Placement[] = [];
  const placementOwner = new Int32Array(caseload.placements.length);
  for (const p of caseload.placements) {
    const owner = registry.indexOf(p.citizenId);
    if (owner === undefined) {
      report('Forløb', p.row, registry.reference(p.citizenId));
      continue;
    }
    if (report('Forløb', p.row, periodFinding(p.startDate, p.endDate))) continue;
    report('Forløb', p.row, placementPeriodFinding(p, citizens[owner]));
    report('Forløb', p.row, hoursPerWeekFinding(p.hoursPerWeek));
    placementOwner[placements.length] = owner;
    placements.push(p);
  }

  const hours: HoursEntry[] = [];
  const hoursOwner = new Int32Array(caseload.hours.length);
  // One row per citizen and month (rowRules.duplicateHoursFinding), keyed by the resolved citizen: fast
  // for the 60,000 hours rows of a large municipality.
  const firstRowOf = new Map<number, number>();
  for (const h of caseload.hours) {
    const owner = registry.indexOf(h.citizenId);
    if (owner === undefined) {
      report('Timer', h.row, registry.reference(h.citizenId));
      continue;
    }
    // A small integer key (a Smi: fast to hash): months up to year 2499 fit below 30,000.
    const key = owner * 30_000 + Number(h.month.slice(0, 4)) * 12 + Number(h.month.slice(5, 7));
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, h.row);
    else report('Timer', h.row, duplicateHoursFinding(h.citizenId, h.month, first));
    hoursOwner[hours.length] = owner;
    hours.push(h);
  }
  issues.push(...starMonthIssues(caseload));
  issues.push(...staffIssues(caseload));
  return {
    citizens,
    placements,
    hours,
    issues,
    placementOwner: placementOwner.subarray(0, placements.length),
    hoursOwner: hoursOwner.subarray(0, hours.length),
  };
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
