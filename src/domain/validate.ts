// Referential and logical checks the engine makes on any caseload, however it was read. Every input row
// is either used or reported: rows that cannot be used get an error, doubtful rows that are used get a
// warning. (The workbook reader makes the same checks while reading; on its output these find nothing.)
import { formatDanishDate } from './dates';
import type { Caseload, Citizen, DataIssue, HoursEntry, Placement } from './model';

export interface ValidatedCaseload {
  citizens: Citizen[];
  placements: Placement[];
  hours: HoursEntry[];
  /** Index into `citizens` of each placement's and each hours row's citizen (resolved once, here). */
  placementOwner: Int32Array;
  hoursOwner: Int32Array;
  issues: DataIssue[];
}

const MAX_HOURS_PER_MONTH = 744; // 31 days x 24 hours
const MAX_HOURS_PER_WEEK = 80;

function endBeforeStart(start: string, end: string | undefined): string | null {
  return end !== undefined && end < start
    ? `Slutdato ${formatDanishDate(end)} ligger før Startdato ${formatDanishDate(start)}; rækken er ikke talt med`
    : null;
}

export function validateCaseload(caseload: Caseload): ValidatedCaseload {
  const issues: DataIssue[] = [];
  const byId = new Map<string, number>();
  const citizens: Citizen[] = [];
  for (const c of caseload.citizens) {
    const first = byId.get(c.id);
    if (first !== undefined) {
      issues.push({ severity: 'error', table: 'Borgere', row: c.row, column: 'Borger-ID', message: `Borger-ID "${c.id}" findes allerede i række ${citizens[first].row}; rækken er ikke talt med` });
      continue;
    }
    const bad = endBeforeStart(c.startDate, c.endDate);
    if (bad) {
      issues.push({ severity: 'error', table: 'Borgere', row: c.row, column: 'Slutdato', message: bad });
      continue;
    }
    if (c.exitReason && !c.endDate) {
      issues.push({ severity: 'warning', table: 'Borgere', row: c.row, column: 'Afgangsårsag', message: `Afgangsårsag "${c.exitReason}" er udfyldt, men Slutdato mangler; borgeren tælles stadig med i målgruppen` });
    }
    byId.set(c.id, citizens.length);
    citizens.push(c);
  }

  const placements: Placement[] = [];
  const placementOwner = new Int32Array(caseload.placements.length);
  for (const p of caseload.placements) {
    const owner = byId.get(p.citizenId);
    if (owner === undefined) {
      issues.push({ severity: 'error', table: 'Forløb', row: p.row, column: 'Borger-ID', message: `Borger-ID "${p.citizenId}" findes ikke i Borgere; rækken er ikke talt med` });
      continue;
    }
    const bad = endBeforeStart(p.startDate, p.endDate);
    if (bad) {
      issues.push({ severity: 'error', table: 'Forløb', row: p.row, column: 'Slutdato', message: bad });
      continue;
    }
    const citizen = citizens[owner];
    const afterExit = citizen.endDate !== undefined && p.startDate > citizen.endDate;
    const beforeEntry = p.endDate !== undefined && p.endDate < citizen.startDate;
    if (afterExit || beforeEntry) {
      issues.push({ severity: 'warning', table: 'Forløb', row: p.row, column: 'Startdato', message: `Forløbet ligger uden for borgerens periode i målgruppen (${formatDanishDate(citizen.startDate)} til ${citizen.endDate ? formatDanishDate(citizen.endDate) : 'nu'}); det tæller ikke med` });
    }
    if (p.hoursPerWeek !== undefined && p.hoursPerWeek > MAX_HOURS_PER_WEEK) {
      issues.push({ severity: 'warning', table: 'Forløb', row: p.row, column: 'Timer pr. uge', message: `${p.hoursPerWeek} timer pr. uge er usandsynligt mange; tjek tallet` });
    }
    placementOwner[placements.length] = owner;
    placements.push(p);
  }

  const hours: HoursEntry[] = [];
  const hoursOwner = new Int32Array(caseload.hours.length);
  for (const h of caseload.hours) {
    const owner = byId.get(h.citizenId);
    if (owner === undefined) {
      issues.push({ severity: 'error', table: 'Timer', row: h.row, column: 'Borger-ID', message: `Borger-ID "${h.citizenId}" findes ikke i Borgere; rækken er ikke talt med` });
      continue;
    }
    if (h.hours > MAX_HOURS_PER_MONTH) {
      issues.push({ severity: 'warning', table: 'Timer', row: h.row, column: 'Ordinære timer', message: `${h.hours} timer på en måned er flere end månedens timer; tjek tallet` });
    }
    hoursOwner[hours.length] = owner;
    hours.push(h);
  }
  return {
    citizens, placements, hours, issues,
    placementOwner: placementOwner.subarray(0, placements.length),
    hoursOwner: hoursOwner.subarray(0, hours.length),
  };
}
