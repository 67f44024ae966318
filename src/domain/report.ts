// The shape of a measurement: DOMAIN.md section 5 (JSON report contract) plus extensions.
// Field names in this file are a binding contract: extend, never rename.
import type { DataIssue, IsoDate, MonthKey, PlacementType, RuleId, TargetGroup } from './model';

export type MilestoneStatus = 'På sporet' | 'Tæt på' | 'Bagud';

export interface MilestoneCell {
  /** Milestone share in [0, 1]. */
  share: number;
  /** ceil(share * gross), or for a caseworker their largest-remainder part of the team's count. */
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
  withOrdinaryHours: number;
  /** null when gross is 0. */
  ordinaryHoursPerWeek: number | null;
  visited: number;
  starts: number;
  ends: number;
  milestone: MilestoneCell | null;
}

export interface RuleSummary {
  id: RuleId;
  name: string;
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
  currentStreak: number;
  /** Months still needed in a row to meet the rule from the current streak (0 when met). */
  monthsLeft: number;
}

/** A future (or current) month in the plan from Basismåned to Deadline (+ k-1 months to hold). */
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
  /** For months after the as-of month: starts needed to reach the milestone; null for measured months. */
  neededStarts: number | null;
  expectedEnds: number | null;
}

export interface SliceSeries {
  months: MonthStats[];
  /** Milestone plan for this slice (empty when Basismåned/Deadline are not set). */
  plan: PlanMonth[];
}

export type SignalKind =
  | 'placementEndingSoon'
  | 'longPraktikWithoutHours'
  | 'notReviewed'
  | 'caseloadAboveBand'
  | 'caseloadBelowBand';

export interface Signal {
  kind: SignalKind;
  /** Citizen the signal is about (absent for caseload signals). */
  citizenId?: string;
  caseworker?: string;
  companyConsultant?: string;
  team?: string;
  /** Date the signal refers to (placement end, last review). */
  date?: IsoDate;
  /** Danish text for the monthly dialogue. */
  message: string;
}

export interface CaseloadSize {
  name: string;
  role: 'Sagsbehandler' | 'Virksomhedskonsulent';
  team: string | null;
  /** Citizens in the gross target group in the as-of month. */
  citizens: number;
  bandMin: number;
  bandMax: number;
  within: boolean;
}

export interface Report {
  rule: RuleSummary;
  asOf: IsoDate;
  months: MonthStats[];
  goal: GoalStatus;
  plan: PlanMonth[];
  byTeam: Record<string, SliceSeries>;
  byCaseworker: Record<string, SliceSeries & { team: string }>;
  byTargetGroup: Record<string, SliceSeries>;
  signals: Signal[];
  caseloads: CaseloadSize[];
  issues: DataIssue[];
}

export type Measure = 'gross' | 'active' | 'notActive' | 'withOrdinaryHours' | 'visited' | 'starts' | 'ends';
export type Scope =
  | { kind: 'all' }
  | { kind: 'team'; team: string }
  | { kind: 'caseworker'; caseworker: string }
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
}
