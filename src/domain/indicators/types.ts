// The shape of an indicator (issue 24): a second kind of goal beside the main share rule, from figures typed
// or imported into Indikatorer, or computed from the caseload (CV share, the quantity guardrails). Written
// first, as the one interface the indicator engine and its renderers (Overblik, pane, dialogue, JSON) share.
import type { MilestoneStatus } from '../milestoneStatus';

// The same as model.ts's MonthKey, restated so that model.ts can use IndicatorFigure without an import cycle.
type MonthKey = string;

/** ≥: higher is better (most indicators); ≤: lower is better (e.g. placements ended within 4 weeks). */
export type IndicatorDirection = 'atLeast' | 'atMost';

/** Imported/typed into table Indikatorer, or computed by Fremdrift from Borgere/Forløb/Timer. */
export type IndicatorSource = 'table' | 'computed';

/** One row of table `Indikatorer`: a month's numerator and denominator of one indicator for a population. */
export interface IndicatorFigure {
  row: number;
  month: MonthKey;
  indicator: string;
  population: string;
  team?: string;
  numerator: number;
  denominator: number;
  source?: string;
  /** Added by indicators-core: Tæller and Nævner as first imported (written by the import, never changed). */
  importedNumerator?: number;
  importedDenominator?: number;
  /** Added by indicators-core: the date of that first import. */
  importedOn?: string;
}

/** An indicator's goal: a target share in whole percent, compared in exact integer arithmetic. */
export interface IndicatorGoal {
  /** Stable key, e.g. 'js2-selvbooking-jobparate' or 'cv-andel'. */
  id: string;
  /** Indikator as written in Indikatorer (or the computed indicator's Danish name). */
  indicator: string;
  /** Målgruppe as written in Indikatorer; '' for all. */
  population: string;
  source: IndicatorSource;
  direction: IndicatorDirection;
  /** Whole percent, 0–100: passes when numerator * 100 >= target * denominator (atLeast) or <= (atMost). */
  target: number;
  monthsInARow: number;
  /** The month by which the streak must be reached; null when not set. */
  deadline: MonthKey | null;
  /** Base month for milestones; null = no milestones. */
  baseMonth: MonthKey | null;
  /** Below this denominator a month carries a small-number warning (default 20). */
  smallNumberBelow: number;
}

export interface IndicatorMonth {
  month: MonthKey;
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when the denominator is 0 (never 0). */
  share: number | null;
  /** null when the denominator is 0 (nothing to judge). */
  passes: boolean | null;
  streak: number;
  /** People short of the target (atLeast: smallest x with (n + x) * 100 >= t * d; atMost: smallest x with (n - x) * 100 <= t * d); null when d is 0. */
  gap: number | null;
  /** denominator < goal.smallNumberBelow (and > 0). */
  smallNumber: boolean;
  /** The milestone share and status for this month when the goal has a base month and deadline. */
  milestone: { share: number; status: MilestoneStatus | null } | null;
  /**
   * Added by indicators-core: the month's figure as first imported (table indicators whose row was
   * imported), beside the figure now: `changed` when Tæller or Nævner differ. Absent otherwise.
   */
  imported?: { numerator: number; denominator: number; importedOn: string | null; changed: boolean };
  /**
   * Added by indicators-core: true when the month's figure is not final yet (conversion: the three months
   * after the month have not all passed by the as-of date); share, passes and gap are then null.
   */
  notYetKnown?: boolean;
}

/** One indicator's answers for one level (Alle, a team or a caseworker), like the main goal's. */
export interface IndicatorResult {
  goal: IndicatorGoal;
  level: 'Alle' | 'Team' | 'Sagsbehandler';
  /** Team or caseworker name; '' for Alle. */
  name: string;
  months: IndicatorMonth[];
  currentStreak: number;
  met: boolean;
  metInMonth: MonthKey | null;
  /** null without a deadline. */
  onTrack: boolean | null;
  /** Added by indicators-core: metInMonth when met, else L + (k - s) (L the last known month); null without one. */
  earliestMetMonth?: MonthKey | null;
  /** Added by indicators-core: the gap (people) in the last month with a known figure; null when none. */
  currentGap?: number | null;
}
