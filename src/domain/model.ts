// The domain model of Fremdrift: pure data, no Office or DOM types.
// Field names are English; values that users type (types, groups, readiness) keep the contract's Danish.

/** A calendar date as ISO text `YYYY-MM-DD`; no time, no time zone. */
export type IsoDate = string;
/** A calendar month as `YYYY-MM`. */
export type MonthKey = string;

export const TARGET_GROUPS = [
  'Aktivitetsparat kontanthjælp',
  'Aktivitetsparat uddannelseshjælp',
  'Selvforsørgelses- og hjemrejseydelse',
  'Ressourceforløb',
  'Jobparat kontanthjælp',
  'Andet',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const PLACEMENT_TYPES = [
  'Virksomhedspraktik',
  'Løntilskud',
  'Ordinære timer',
  'Job',
  'Uddannelse',
  'Anden ydelse',
  'Nytteindsats',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const EXIT_REASONS = ['Fraflytning', 'Død', 'Folkepension', 'Andet'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const READINESS = ['Klar', 'Tæt på', 'Længere fra'] as const;
export type Readiness = (typeof READINESS)[number];

export const HOURS_SOURCES = ['Lønseddel', 'eIndkomst', 'Oplyst'] as const;
export type HoursSource = (typeof HOURS_SOURCES)[number];

/** One row of table `Borgere`. `row` is the 1-based row in the table's data body. */
export interface Citizen {
  row: number;
  id: string;
  name?: string;
  targetGroup: TargetGroup;
  team: string;
  caseworker: string;
  companyConsultant?: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  exitReason?: ExitReason;
  visitedDate?: IsoDate;
  readiness?: Readiness;
  cv?: boolean;
  jobGoal?: string;
  nextStep?: string;
  updated?: IsoDate;
}

/** One row of table `Forløb`. */
export interface Placement {
  row: number;
  citizenId: string;
  type: PlacementType;
  company?: string;
  cvr?: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  hoursPerWeek?: number;
  companyConsultant?: string;
  note?: string;
}

/** One row of table `Timer`: ordinary paid hours for a citizen in a month. */
export interface HoursEntry {
  row: number;
  citizenId: string;
  month: MonthKey;
  hours: number;
  source?: HoursSource;
}

export const RULE_IDS = ['fsm-rate3', 'fsm-rate2', 'fsm2-20', 'afklaring-80', 'custom'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Table `Indstillinger`, parsed. Missing keys take the preset's defaults. */
export interface Settings {
  ruleId?: RuleId;
  threshold?: number;
  monthsInARow?: number;
  counts?: PlacementType[];
  targetGroups?: TargetGroup[];
  periodFrom?: MonthKey;
  periodTo?: MonthKey;
  baseMonth?: MonthKey;
  deadline?: MonthKey;
}

export type TableName = 'Borgere' | 'Forløb' | 'Timer' | 'Indstillinger';

/** A data problem, in Danish, naming where it is. `row` is 1-based within the table's data body. */
export interface DataIssue {
  severity: 'error' | 'warning';
  table: TableName | string;
  row: number;
  column: string;
  message: string;
}

/** Everything the engine needs: the caseload (sagsstamme) as read from a workbook. */
export interface Caseload {
  citizens: Citizen[];
  placements: Placement[];
  hours: HoursEntry[];
  settings: Settings;
  /** Issues found while reading cells (wrong types, unknown values); rows with errors are not in the lists above. */
  issues: DataIssue[];
}
