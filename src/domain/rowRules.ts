// Each business rule about a row, written once. Reading a workbook, typed entry in the task pane and the
// import preview all ask these functions, so "Slutdato before Startdato" or "Borger-ID unknown" cannot
// mean one thing in one place and another elsewhere. Findings are codes with parameters (issues.ts).
import type { IssueCode, IssueConsequence, IssueParams } from './issues';
import type { IsoDate, MonthKey } from './model';

/** The largest possible hours: a month has at most 31 x 24 hours, a week 7 x 24. More is a typing error. */
export const MAX_HOURS_PER_MONTH = 744;
export const MAX_HOURS_PER_WEEK = 168;
/** Above this a week's hours are possible but doubtful: a warning, still counted. */
export const PLAUSIBLE_HOURS_PER_WEEK = 80;

/** A rule's verdict on one row: which column, what is wrong, how serious. */
export interface Finding<C extends IssueCode = IssueCode> {
  severity: 'error' | 'warning';
  column: string;
  code: C;
  params: IssueParams[C];
  consequence: IssueConsequence;
}

function finding<C extends IssueCode>(
  severity: Finding['severity'],
  column: string,
  code: C,
  params: IssueParams[C],
  consequence: IssueConsequence,
): Finding<C> {
  return { severity, column, code, params, consequence };
}

/** How Borger-IDs compare everywhere: case, surrounding and repeated spaces do not matter. */
export function idKey(id: string): string {
  // Danish letters lower-case the same way in every locale, so the fast toLowerCase is enough.
  return /\s/.test(id) ? id.replace(/\s+/g, ' ').trim().toLowerCase() : id.toLowerCase();
}

/** A period must not end before it starts (Borgere, Forløb). */
export function periodFinding(start: IsoDate | undefined, end: IsoDate | undefined): Finding<'endBeforeStart'> | null {
  if (start === undefined || end === undefined || end >= start) return null;
  return finding('error', 'Slutdato', 'endBeforeStart', { start, end }, 'rowSkipped');
}

/** An exit reason says the citizen left; without an end date they still count. */
export function exitReasonFinding(reason: string | undefined, end: IsoDate | undefined): Finding | null {
  if (!reason || end) return null;
  return finding('warning', 'Afgangsårsag', 'exitReasonWithoutEnd', { reason }, 'counted');
}

/** A placement wholly outside the citizen's time in the target group counts for nothing. */
export function placementPeriodFinding(
  placement: { startDate: IsoDate; endDate?: IsoDate },
  citizen: { startDate: IsoDate; endDate?: IsoDate },
): Finding | null {
  const afterExit = citizen.endDate !== undefined && placement.startDate > citizen.endDate;
  const beforeEntry = placement.endDate !== undefined && placement.endDate < citizen.startDate;
  if (!afterExit && !beforeEntry) return null;
  return finding(
    'warning',
    'Startdato',
    'placementOutsidePeriod',
    { start: citizen.startDate, end: citizen.endDate ?? null },
    'notCounted',
  );
}

export function hoursPerWeekFinding(hours: number | undefined): Finding | null {
  if (hours === undefined || hours <= PLAUSIBLE_HOURS_PER_WEEK) return null;
  return finding('warning', 'Timer pr. uge', 'hoursPerWeekHigh', { hours }, 'counted');
}

/** A citizen whose Startdato lies after the as-of date is not in the target group yet (e.g. a mistyped 2099). */
export function startAfterAsOfFinding(start: IsoDate, asOf: IsoDate): Finding | null {
  if (start <= asOf) return null;
  return finding('warning', 'Startdato', 'startAfterAsOf', { start, asOf }, 'notCounted');
}

/** A follow-up cannot come before the placement started, nor after today. */
export function followUpFinding(followUp: IsoDate | undefined, start: IsoDate, asOf: IsoDate): Finding | null {
  if (followUp === undefined) return null;
  if (followUp < start)
    return finding('error', 'Opfølgning', 'followUpBeforeStart', { followUp, start }, 'valueIgnored');
  if (followUp > asOf) return finding('error', 'Opfølgning', 'dateInFuture', { date: followUp, asOf }, 'valueIgnored');
  return null;
}

/**
 * The Borger-IDs of table Borgere: which are taken (first row wins), which rows were refused, and what
 * a row in another table that names a citizen is told when the citizen cannot be used.
 */
export class CitizenRegistry {
  private readonly used = new Map<string, { row: number; index: number }>();
  private readonly refused = new Map<string, number>();
  /** IDs repeat on every Forløb and Timer row: each spelling is folded once. */
  private readonly keys = new Map<string, string>();

  private key(id: string): string {
    let k = this.keys.get(id);
    if (k === undefined) this.keys.set(id, (k = idKey(id)));
    return k;
  }

  /** Registers a usable citizen row; a finding when the ID is already taken. */
  register(id: string, row: number): Finding<'duplicateId'> | null {
    const key = this.key(id);
    const first = this.used.get(key);
    if (first) return finding('error', 'Borger-ID', 'duplicateId', { id, firstRow: first.row }, 'rowSkipped');
    this.used.set(key, { row, index: this.used.size });
    return null;
  }

  /** Notes a citizen row that could not be used, so rows naming it are told why. */
  refuse(id: string, row: number): void {
    const key = this.key(id);
    if (!this.used.has(key) && !this.refused.has(key)) this.refused.set(key, row);
  }

  /** Position (0-based, in registration order) of a usable citizen, or undefined. */
  indexOf(id: string): number | undefined {
    return this.used.get(this.key(id))?.index;
  }

  has(id: string): boolean {
    return this.used.has(this.key(id));
  }

  /** Row (1-based) of a usable citizen, or undefined. */
  rowOf(id: string): number | undefined {
    return this.used.get(this.key(id))?.row;
  }

  /** A row elsewhere names this citizen: null when usable, else why not. */
  reference(id: string, consequence: IssueConsequence = 'rowSkipped'): Finding | null {
    if (this.used.has(this.key(id))) return null;
    const refusedRow = this.refused.get(this.key(id));
    if (refusedRow !== undefined) {
      return finding('error', 'Borger-ID', 'citizenRowRejected', { id, citizenRow: refusedRow }, consequence);
    }
    return finding('error', 'Borger-ID', 'unknownCitizen', { id }, consequence);
  }
}

/** One Timer row per citizen and month: a second row is a warning (both count). */
export function duplicateHoursFinding(id: string, month: MonthKey, firstRow: number): Finding {
  return finding('warning', 'Måned', 'duplicateHoursMonth', { id, month, firstRow }, 'counted');
}

/** The same rule for rows named by Borger-ID (typed entry, import), before citizens are resolved. */
export class MonthlyHoursRegistry {
  private readonly seen = new Map<string, number>();
  private readonly keys = new Map<string, string>();

  check(id: string, month: MonthKey, row: number): Finding | null {
    let folded = this.keys.get(id);
    if (folded === undefined) this.keys.set(id, (folded = idKey(id)));
    const key = `${folded}|${month}`;
    const first = this.seen.get(key);
    if (first !== undefined) return duplicateHoursFinding(id, month, first);
    this.seen.set(key, row);
    return null;
  }
}
