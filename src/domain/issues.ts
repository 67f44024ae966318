// Data issues as codes with parameters, never sentences: the domain and the reader say WHAT is wrong
// and WHERE; the text layer (src/text) says it in Danish or English. One list, so every renderer
// (output sheets, CLI, JSON report, task pane) can render every issue, and a test can check that.

// The same as model.ts's IsoDate and MonthKey, restated so that model.ts can import DataIssue from here
// without an import cycle.
type IsoDate = string;
type MonthKey = string;

/** Parameters of each issue code. Values are raw data (ISO dates, months, numbers), formatted by the text layer. */
export interface IssueParams {
  // Cell parsing (src/workbook/cells.ts)
  required: Record<string, never>;
  cpr: Record<string, never>;
  notADate: { value: string };
  invalidDate: { value: string };
  /** A date before 01-03-1900 or after 31-12-2100 (Excel serial 60 = the phantom 29-02-1900 included). */
  dateOutOfRange: { value: string };
  notAMonth: { value: string };
  notANumber: { value: string };
  notAnInteger: { value: string };
  belowMin: { value: number; min: number };
  aboveMax: { value: number; max: number };
  notInList: { value: string; allowed: readonly string[] };
  notYesNo: { value: string };
  notCvr: { value: string };
  cellError: { value: string };
  formulaWithoutValue: Record<string, never>;
  // Row rules (src/domain/rowRules.ts)
  endBeforeStart: { start: IsoDate; end: IsoDate };
  duplicateId: { id: string; firstRow: number };
  unknownCitizen: { id: string };
  citizenRowRejected: { id: string; citizenRow: number };
  exitReasonWithoutEnd: { reason: string };
  placementOutsidePeriod: { start: IsoDate; end: IsoDate | null };
  hoursPerWeekHigh: { hours: number };
  duplicateHoursMonth: { id: string; month: MonthKey; firstRow: number };
  duplicateMonth: { month: MonthKey; firstRow: number };
  monthOutsideReport: { month: MonthKey };
  followUpBeforeStart: { followUp: IsoDate; start: IsoDate };
  dateInFuture: { date: IsoDate; asOf: IsoDate };
  startAfterAsOf: { start: IsoDate; asOf: IsoDate };
  duplicateAcrossFiles: { id: string; firstFile: string; firstRow: number; file: string; row: number };
  unknownColumn: { column: string };
  noSuchRow: { row: number };
  idCannotChange: Record<string, never>;
  rowMoved: { id: string };
  // Names against the optional table Medarbejdere (src/domain/staff.ts)
  notInStaffList: { value: string; kind: 'person' | 'team'; suggestion: string | null };
  // Settings (Indstillinger)
  unknownRule: { value: string; allowed: readonly string[] };
  badThreshold: { value: string };
  thresholdAsFraction: { value: string; percent: number };
  badMonthsInARow: { value: string };
  unknownListItems: { items: readonly string[]; allowed: readonly string[] };
  unknownSettingKey: { key: string; known: readonly string[] };
  valueWithoutKey: Record<string, never>;
  duplicateSettingKey: { key: string; firstRow: number };
  periodReversed: { from: MonthKey; to: MonthKey };
  /** The report's period (from Periode fra or the earliest Startdato to the last month) is over `max` months. */
  periodTooLong: { from: MonthKey; to: MonthKey; max: number };
  baseNotBeforeDeadline: { base: MonthKey; deadline: MonthKey };
  badBand: { value: string };
  badDays: { value: string };
  badAmount: { value: string };
  // Indicators (issue 24: tables Indikatorer and Indikatormål, src/domain/indicators)
  numeratorAboveDenominator: { numerator: number; denominator: number };
  duplicateIndicatorRow: { firstRow: number };
  indicatorWithoutTarget: { indicator: string; population: string };
  /** An Indikatormål row naming no indicator in Indikatorer and no computed one. */
  unknownIndicator: { indicator: string; population: string; known: readonly string[] };
  // Historik_borgere's packed form (issue 28: src/workbook/closedHistoryTable.ts)
  /** The `position`th change of a packed cell cannot be read; `more` further ones in the cell cannot either. */
  packedEntryInvalid: { entry: string; position: number; more: number };
  /** Antal states `count` changes, the cell holds `found`. */
  packedCountMismatch: { count: number; found: number };
  /** A part of a closed month's changes is not in the table (parts 1 to the highest one are expected). */
  packedPartMissing: { month: MonthKey; part: number };
  /** A part of a closed month stands twice. */
  packedPartTwice: { month: MonthKey; part: number; firstRow: number };
}

export type IssueCode = keyof IssueParams;

/** What Fremdrift did about the issue; rendered after the issue text ("rækken er ikke talt med"). */
export type IssueConsequence =
  | 'rowSkipped'
  | 'valueIgnored'
  | 'defaultUsed'
  | 'lastUsed'
  | 'notCounted'
  | 'counted'
  | 'periodDefaultUsed'
  | 'periodCut'
  | 'noMilestones'
  | 'none';

/** A data problem naming where it is. `row` is 1-based within the table's data body. */
export interface DataIssue<C extends IssueCode = IssueCode> {
  severity: 'error' | 'warning';
  table: string;
  row: number;
  column: string;
  code: C;
  params: IssueParams[C];
  consequence: IssueConsequence;
}

/** Builds an issue with its parameters checked against its code. */
export function dataIssue<C extends IssueCode>(
  severity: DataIssue['severity'],
  where: { table: string; row: number; column: string },
  code: C,
  params: IssueParams[C],
  consequence: IssueConsequence,
): DataIssue<C> {
  return { severity, ...where, code, params, consequence };
}

const TABLE_ORDER = [
  'Borgere',
  'Forløb',
  'Timer',
  'Aftaler',
  'STAR_tal',
  'Indikatorer',
  'Indikatormål',
  'Medarbejdere',
  'Historik',
  'Historik_borgere',
  'Indstillinger',
];

/** Issues in reading order: table by table, row by row (stable, so a row's issues keep column order). */
const RANK = new Map(TABLE_ORDER.map((t, i) => [t, i]));

export function issuesInReadingOrder(issues: DataIssue[]): DataIssue[] {
  const rank = (t: string) => RANK.get(t) ?? TABLE_ORDER.length;
  return issues.sort((a, b) => rank(a.table) - rank(b.table) || a.row - b.row);
}
