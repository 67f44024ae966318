// The domain model of Fremdrift: pure data, no Office or DOM types.
// Field names are English; values that users type (types, groups, readiness) keep the contract's Danish.
import type { DataIssue } from './issues';
import type { IndicatorFigure } from './indicators/types';
import { GOAL_RULE_PRESETS } from './rulePresets';

export type { DataIssue } from './issues';

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

/** Why a Forløb ended (v2, `Afslutningsårsag`). */
export const END_REASONS = [
  'Ordinære timer eller job',
  'Virksomheden vil ikke lønne',
  'Helbred',
  'Udeblevet',
  'Andet',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Status of an agreement from the monthly dialogue (v2, `Aftaler.Status`; empty = Åben). */
export const AGREEMENT_STATUSES = ['Åben', 'Udført', 'Droppet'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Levels of a closed month in `Historik` (v2). */
export const HISTORY_LEVELS = ['Alle', 'Team', 'Sagsbehandler'] as const;
export type HistoryLevel = (typeof HISTORY_LEVELS)[number];
/** Historik.Lukning: a close at the time, or a first close of months long past when Fremdrift was taken into use. */
export const CLOSE_KINDS = ['Månedsafslutning', 'Ibrugtagning'] as const;
export type CloseKind = (typeof CLOSE_KINDS)[number];

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
  /** Date the current Parathed was set (issue 23, `Parathed siden`); absent when not known. */
  readinessSince?: IsoDate;
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
  /** Date of the latest follow-up with the company (v2, `Opfølgning`). */
  followUp?: IsoDate;
  /** Why the placement ended (v2, `Afslutningsårsag`). */
  endReason?: EndReason;
  /** What the placement aims at (issue 23, optional column `Mål for forløbet`). */
  goalText?: string;
  /** A written agreement with the company exists (issue 23, optional column `Skriftlig aftale`, Ja/Nej). */
  writtenAgreement?: boolean;
}

/** One row of table `Timer`: ordinary paid hours for a citizen in a month. */
export interface HoursEntry {
  row: number;
  citizenId: string;
  month: MonthKey;
  hours: number;
  source?: HoursSource;
}

/** A goal rule's id: a key of the presets (rulePresets.ts), so a new rule is added there only. */
export type RuleId = keyof typeof GOAL_RULE_PRESETS;
/** Every goal rule id, in the presets' order. */
export const RULE_IDS = Object.keys(GOAL_RULE_PRESETS) as readonly RuleId[];

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
  /** v2: kroner of the grant tranche that depends on the goal (`Tranchebeløb`). */
  trancheAmount?: number;
  /** v2: days before a row counts as not reviewed (`Gennemgang (dage)`, default 30). */
  reviewDays?: number;
  /** v2: days between praktik follow-ups (`Opfølgning (dage)`, default 31). */
  followUpDays?: number;
  /** v2: weeks of praktik without ordinary hours before a signal (`Praktik uden løntimer (uger)`, default 13). */
  praktikWithoutHoursWeeks?: number;
  /** v2: caseload band for a sagsbehandler (`Sagstal sagsbehandler`, default 40-50). */
  caseworkerBand?: CaseloadBand;
  /** v2: caseload band for a virksomhedskonsulent (`Sagstal virksomhedskonsulent`, default 30-35). */
  consultantBand?: CaseloadBand;
  /** Issue 23: days Klar without a start before a signal (`Klar uden start (dage)`, default 30). */
  readyWithoutStartDays?: number;
}

/** A recommended caseload range; only a caseload above `max` is a signal (DOMAIN.md section 4). */
export interface CaseloadBand {
  min: number;
  max: number;
}

/** One row of table `Aftaler` (v2): what was agreed at a monthly dialogue. */
export interface Agreement {
  row: number;
  date: IsoDate;
  caseworker: string;
  citizenId?: string;
  text: string;
  responsible?: string;
  due?: IsoDate;
  status: AgreementStatus;
}

/** One row of table `Historik_borgere`: a citizen in the gross group of a closed month, and whether counted active. */
export interface ClosedCitizen {
  row: number;
  month: MonthKey;
  citizenId: string;
  active: boolean;
  /** Parathed at the close (issue 23); absent in rows written before it was kept. */
  readiness?: Readiness;
}

/**
 * One row of table `Historik_borgere` as stored (issue 28). With `inGroup` given it is a change row: the
 * citizen's state at the close of `month` where it differs from their state at the previous close. Without
 * it (the v2 form) the rows of a month together are the whole gross group at that close. The domain reads
 * the expanded ClosedCitizen[] (src/domain/closedHistory.ts).
 */
export interface ClosedCitizenRow extends ClosedCitizen {
  inGroup?: boolean;
}

/** One row of table `STAR_tal` (v2): STAR's monthly monitoring figures. */
export interface StarFigures {
  row: number;
  month: MonthKey;
  gross: number;
  active: number;
  note?: string;
}

/** One row of table `Historik` (v2), written by Fremdrift when it closes a month. */
export interface HistoryRow {
  row: number;
  month: MonthKey;
  level: HistoryLevel;
  /** Team or caseworker name; empty for Alle. */
  name: string;
  gross: number;
  active: number;
  milestone: number | null;
  ruleId: string;
  closedOn: IsoDate;
  /** How the month was closed; empty (older rows) = Månedsafslutning. */
  closeKind?: CloseKind;
}

export type TableName =
  | 'Borgere'
  | 'Forløb'
  | 'Timer'
  | 'Indstillinger'
  | 'Aftaler'
  | 'Historik'
  | 'Historik_borgere'
  | 'STAR_tal'
  | 'Medarbejdere'
  | 'Indikatorer'
  | 'Indikatormål';

/** Roles in the optional table `Medarbejdere`. */
export const STAFF_ROLES = ['Sagsbehandler', 'Virksomhedskonsulent', 'Teamleder', 'Projektleder'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** One row of the optional table `Medarbejdere`: the people and teams names elsewhere must match. */
export interface StaffMember {
  row: number;
  name: string;
  role: StaffRole;
  team?: string;
  email?: string;
}

/** Everything the engine needs: the caseload (sagsstamme) as read from a workbook. */
export interface Caseload {
  citizens: Citizen[];
  placements: Placement[];
  hours: HoursEntry[];
  settings: Settings;
  /** v2 tables; empty when the workbook does not have them (a v1 workbook). */
  agreements?: Agreement[];
  starFigures?: StarFigures[];
  history?: HistoryRow[];
  /** Who was in the gross group, and who was active, in each closed month (table Historik_borgere). */
  closedCitizens?: ClosedCitizen[];
  /**
   * Historik_borgere's rows as stored (compact change rows, or the v2 form), when read from a workbook;
   * closedCitizens is then their fold, expanded only when first used (src/domain/closedHistory.ts).
   */
  closedRows?: ClosedCitizenRow[];
  /** Table Medarbejdere; absent when the workbook does not have it (then no name is checked against it). */
  staff?: StaffMember[];
  /** Table Indikatorer (issue 24): figures of indicators from registers and surveys; empty or absent without it. */
  indicatorFigures?: IndicatorFigure[];
  /** Table Indikatormål (issue 24): each indicator's own target; absent without the table. */
  indicatorTargets?: IndicatorTargetRow[];
  /** Borgere rows the reader could not use (e.g. a bad date), so rows naming them say why. */
  refusedCitizens?: { id: string; row: number }[];
  /** Issues found while reading cells (wrong types, unknown values); rows with errors are not in the lists above. */
  issues: DataIssue[];
  /**
   * Forløb has `Mål for forløbet` or `Skriftlig aftale` (issue 23). Without either column no placement is
   * signalled as lacking goal and agreement (the workbook cannot say); absent = false.
   */
  placementAgreementColumns?: boolean;
}

/** Indikatormål.Retning: Mindst (the share must be at least the target) or Højst (at most). */
export const INDICATOR_DIRECTIONS = ['Mindst', 'Højst'] as const;
export type IndicatorDirectionWord = (typeof INDICATOR_DIRECTIONS)[number];

/** One row of table `Indikatormål` (issue 24): an indicator's own target, overriding its preset. */
export interface IndicatorTargetRow {
  row: number;
  indicator: string;
  /** Målgruppe as in Indikatorer; absent = the indicator's rows without a Målgruppe (and computed indicators). */
  population?: string;
  /** Percent 0–100 (a value strictly between 0 and 1 is read as a fraction, with a warning). */
  target: number;
  direction?: IndicatorDirectionWord;
  monthsInARow?: number;
  baseMonth?: MonthKey;
  deadline?: MonthKey;
  smallNumberBelow?: number;
}
