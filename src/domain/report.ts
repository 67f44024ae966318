// The shape of a measurement: DOMAIN.md section 5 (JSON report contract) plus extensions.
// Field names in this file are a binding contract: extend, never rename.
import type { CompanyStats } from './companies';
import type { Agreement, DataIssue, IsoDate, MonthKey, PlacementType, Readiness, RuleId, TargetGroup } from './model';
import type { IndicatorResult } from './indicators/types';
import type { MilestoneStatus } from './milestoneStatus';

/** Status against the milestone (in milestoneStatus.ts, so the indicator types share it without a cycle). */
export type { MilestoneStatus } from './milestoneStatus';

export interface MilestoneCell {
  /** Milestone share in [0, 1] (for a team or caseworker: its count / its gross). */
  share: number;
  /** The whole's ceil(share * gross), or a team's or caseworker's largest-remainder part of its parent's count. */
  count: number;
  /** null for months after the as-of month (not yet measured). */
  status: MilestoneStatus | null;
  /** Citizens short of the milestone: max(0, count - active); null when not yet measured. */
  gap: number | null;
}

export interface MonthStats {
  month: MonthKey;
  gross: number;
  active: number;
  /** active / gross; null when gross is 0, never 0. */
  share: number | null;
  passes: boolean;
  streak: number;
  /** Smallest x >= 0 with (active + x) * 100 >= threshold * gross; null when gross is 0 (DOMAIN.md section 4). */
  gapToGoal: number | null;
  withOrdinaryHours: number;
  /** null when gross is 0. */
  ordinaryHoursPerWeek: number | null;
  visited: number;
  /** Counted placements whose Startdato is in the month and on or before the as-of date. */
  starts: number;
  /** Counted placements whose Slutdato <= min(last day of the month, as-of date): ends that happened. */
  ends: number;
  /** Counted placements whose Slutdato is later in the as-of month ("planlagt afsluttet"); 0 in other months. */
  plannedEnds: number;
  milestone: MilestoneCell | null;
}

/** The rule in force, as data; its name is rendered from `id` by src/text/rules.ts. */
export interface RuleSummary {
  id: RuleId;
  threshold: number;
  monthsInARow: number;
  counts: PlacementType[];
  countsOrdinaryHours: boolean;
  /** 'visited' for fsm-rate2: `active` then means visited citizens. */
  basis: 'active' | 'visited';
  targetGroups: TargetGroup[] | null;
}

export interface GoalStatus {
  met: boolean;
  metInMonth: MonthKey | null;
  /** Streak at the last month of the report. */
  currentStreak: number;
  /** The last month's gap to the goal in citizens; null when its gross is 0 or there are no months. */
  gapToGoal: number | null;
  /** metInMonth when met, else L + (k - s) with L the last month and s its streak; null without months. */
  earliestMetMonth: MonthKey | null;
  /** Settings.deadline, the month in which the rule must be met; null when not set. */
  deadline: MonthKey | null;
  /** earliestMetMonth <= deadline; null without a deadline. */
  onTrack: boolean | null;
  /** Kroner of the tranche that depends on the goal (Tranchebeløb); null when not set. */
  trancheAmount: number | null;
}

/** A month of the plan, from the month after Basismåned to Deadline. */
export interface PlanMonth {
  month: MonthKey;
  milestoneShare: number;
  milestoneCount: number;
  /** Gross used: actual when measured, else the latest actual gross. */
  gross: number;
  /** Actual active when measured, else null. */
  actual: number | null;
  status: MilestoneStatus | null;
  gap: number | null;
  /**
   * Starts needed to reach the milestone, for months after the as-of month and for the as-of month itself
   * (with the month's ends so far); null for months already over and for a first report month.
   */
  neededStarts: number | null;
  /** Ends the needed starts allow for: the observed end rate for future months, the ends so far in the as-of month. */
  expectedEnds: number | null;
}

export interface SliceSeries {
  months: MonthStats[];
  /** Milestone plan for this slice (empty when Basismåned/Deadline are not set). */
  plan: PlanMonth[];
}

export const SIGNAL_KINDS = [
  'placementEndingSoon',
  'followUpDue',
  'praktikWithoutHours',
  'notReviewed',
  'caseloadAboveBand',
  'agreementOverdue',
  'readyWithoutStart',
  'readyWithoutVk',
  'movedBack',
  'placementWithoutAgreement',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export type CaseloadRole = 'Sagsbehandler' | 'Virksomhedskonsulent';

/** What every signal carries: who it is about, whose caseload it sits in, and the date it refers to. */
interface SignalBase {
  /** Citizen the signal is about; null for caseload signals and agreements about a whole caseload. */
  citizenId: string | null;
  /** The caseworker (or, for a consultant's caseload or agreement, the person) the signal is listed under. */
  caseworker: string;
  companyConsultant: string | null;
  team: string | null;
  /** The date the signal refers to; null when there is none (undated signals sort last). */
  date: IsoDate | null;
}

/** Dialogue signals: fixed kinds with fields, never sentences (DOMAIN.md section 4). */
export type Signal = SignalBase &
  (
    | {
        kind: 'placementEndingSoon';
        placementType: PlacementType;
        company: string | null;
        endDate: IsoDate;
        placementRow: number;
      }
    | {
        kind: 'followUpDue';
        placementType: PlacementType;
        company: string | null;
        /** The latest follow-up, or the placement's Startdato when Opfølgning is empty. */
        lastFollowUp: IsoDate;
        /** True when Opfølgning is empty (lastFollowUp is then the start). */
        neverFollowedUp: boolean;
        followUpDays: number;
        placementRow: number;
      }
    | { kind: 'praktikWithoutHours'; company: string | null; startDate: IsoDate; weeks: number; placementRow: number }
    | { kind: 'notReviewed'; updated: IsoDate | null; reviewDays: number }
    | { kind: 'caseloadAboveBand'; role: CaseloadRole; citizens: number; bandMax: number }
    | { kind: 'agreementOverdue'; text: string; due: IsoDate; agreementRow: number }
    /** Issue 23: Klar since `readinessSince`, more than `days` days before as-of, with no counted start since. */
    | { kind: 'readyWithoutStart'; readinessSince: IsoDate; days: number }
    /** Issue 23: Klar with no virksomhedskonsulent on the Borgere row or a running Forløb. */
    | { kind: 'readyWithoutVk'; readinessSince: IsoDate | null }
    /** Issue 23: Parathed now (`readiness`) is less ready than at the close of `closedMonth` (`was`). */
    | {
        kind: 'movedBack';
        readiness: Readiness;
        was: Readiness;
        closedMonth: MonthKey;
        readinessSince: IsoDate | null;
      }
    | {
        kind: 'placementWithoutAgreement';
        placementType: PlacementType;
        company: string | null;
        startDate: IsoDate;
        placementRow: number;
      }
  );

export interface CaseloadSize {
  name: string;
  role: CaseloadRole;
  team: string | null;
  /** Citizens in the gross target group on the as-of date (DOMAIN.md section 4's definition per role). */
  citizens: number;
  bandMin: number;
  bandMax: number;
  /** citizens > bandMax: the band is an upper limit, below it is fine. */
  above: boolean;
}

/** One month of the reconciliation with STAR (DOMAIN.md section 6). */
export interface ReconciliationMonth {
  month: MonthKey;
  /**
   * STAR's figures from STAR_tal; null when none were typed for the month. `share` = active / gross (null
   * when gross is 0); `passes` = the rule's pass test on STAR's own numbers (active * 100 >= threshold *
   * gross; null when gross is 0): whether STAR's figures release the money.
   */
  star: { gross: number; active: number; share: number | null; passes: boolean | null } | null;
  /**
   * The whole's figures when the month was closed (Historik, level Alle); null when not closed.
   * `atAdoption`: closed "ved ibrugtagning" (Historik's Lukning = Ibrugtagning), not at the time.
   */
  closed: { gross: number; active: number; closedOn: IsoDate; atAdoption: boolean } | null;
  /** The figures now; null when the month is outside the report's months. */
  now: { gross: number; active: number } | null;
  /** Gross difference: now.gross - star.gross (positive: Fremdrift counts more); null when either is missing. */
  grossDifference: number | null;
  /**
   * Citizens whose counting changed since the close: `was`/`now` say whether they counted as active,
   * `wasInGroup`/`nowInGroup` whether they were in the gross group (a late registration, a corrected date).
   */
  changedSinceClose: { citizenId: string; was: boolean; now: boolean; wasInGroup: boolean; nowInGroup: boolean }[];
}

export interface Report {
  rule: RuleSummary;
  asOf: IsoDate;
  months: MonthStats[];
  goal: GoalStatus;
  plan: PlanMonth[];
  byTeam: Record<string, SliceSeries>;
  byCaseworker: Record<string, SliceSeries & { team: string }>;
  /** Per virksomhedskonsulent: their citizens per month (DOMAIN.md section 4); milestones split from the team's. */
  byConsultant: Record<string, SliceSeries & { team: string }>;
  byTargetGroup: Record<string, SliceSeries>;
  signals: Signal[];
  caseloads: CaseloadSize[];
  /** Aftaler rows as read (v2); empty for a v1 workbook. */
  agreements: Agreement[];
  reconciliation: ReconciliationMonth[];
  /** Indicators beside the main goal (issue 24): table Indikatorer's and the computed ones, every level. */
  indicators?: IndicatorResult[];
  issues: DataIssue[];
  /** Per company (issue 23, src/domain/companies.ts): counts and Forløb rows; the JSON report suppresses small counts. */
  byCompany: CompanyStats[];
}

export type Measure =
  'gross' | 'active' | 'notActive' | 'withOrdinaryHours' | 'visited' | 'starts' | 'ends' | 'plannedEnds';
export type Scope =
  | { kind: 'all' }
  | { kind: 'team'; team: string }
  | { kind: 'caseworker'; caseworker: string }
  | { kind: 'consultant'; consultant: string }
  | { kind: 'targetGroup'; targetGroup: string };

export interface DrillQuery {
  scope: Scope;
  month: MonthKey;
  measure: Measure;
}

export interface MeasureOptions {
  /** The measurement date; months run up to its month. Default: today is NOT used; callers pass it. */
  asOf: IsoDate;
  /** Override the rule in Settings. */
  ruleId?: RuleId;
}

export interface Measurement {
  report: Report;
  /** Citizen IDs behind any count in the report, sorted. */
  drill(query: DrillQuery): string[];
  /** Rows (1-based in each table's data body) the engine used; every other row is in report.issues. */
  usedRows: { Borgere: number[]; Forløb: number[]; Timer: number[] };
  /** Set by the engine's core alone: indicators and byCompany are not computed yet (engine/extras.ts). */
  partial?: true;
}
