// The headless JSON report (`fremdrift report --json`), shaped exactly as DOMAIN.md section 5: the
// domain's codes plus a Danish word or `message` beside each, for readers. Field names here are the
// contract other tools test against: extend, never rename.
import type { IndicatorMonth, IndicatorResult } from '../domain/indicators/types';
import type { DataIssue } from '../domain/issues';
import type { AgreementStatus, IsoDate } from '../domain/model';
import type { MonthStats, PlanMonth, Report, Signal, SignalKind } from '../domain/report';
import { signalText } from '../text/signals';
import { statusText } from '../text/status';
import { jsonCompany, type JsonCompany } from './jsonCompanies';

/** The milestone status as the Danish words of section 5. */
export type JsonStatus = 'På sporet' | 'Tæt på' | 'Bagud';

/** A month of section 5: the domain's MonthStats with the milestone status in Danish words. */
export type JsonMonth = Omit<MonthStats, 'milestone'> & {
  milestone: { share: number; count: number; status: JsonStatus | null; gap: number | null } | null;
};

/** A plan month of section 5: the domain's PlanMonth with the status in Danish words. */
export type JsonPlanMonth = Omit<PlanMonth, 'status'> & { status: JsonStatus | null };

/** An indicator month (issue 24): the domain's IndicatorMonth with the milestone status in Danish words. */
export type JsonIndicatorMonth = Omit<IndicatorMonth, 'milestone' | 'notYetKnown' | 'imported'> & {
  milestone: { share: number; status: JsonStatus | null } | null;
  notYetKnown: boolean;
  /** The figure as first imported beside the figure now (reconciliation of imported indicators); null when none. */
  imported: NonNullable<IndicatorMonth['imported']> | null;
};

/** An indicator at one level (issue 24): IndicatorResult with Danish status words; never a Borger-ID. */
export type JsonIndicator = Omit<IndicatorResult, 'months' | 'earliestMetMonth' | 'currentGap'> & {
  months: JsonIndicatorMonth[];
  earliestMetMonth: string | null;
  currentGap: number | null;
};

export interface JsonSlice {
  months: JsonMonth[];
  plan: JsonPlanMonth[];
}

/** A signal: kind, the common fields, the kind's own fields, and the Danish message. */
export type JsonSignal = {
  kind: SignalKind;
  citizenId: string | null;
  caseworker: string;
  team: string | null;
  date: IsoDate | null;
  message: string;
} & Record<string, unknown>;

/** The report of section 5: the domain's Report where codes get Danish words and messages beside them. */
export type JsonReport = Pick<Report, 'rule' | 'asOf' | 'goal' | 'reconciliation' | 'caseloads'> & {
  months: JsonMonth[];
  plan: JsonPlanMonth[];
  byTeam: Record<string, JsonSlice>;
  byCaseworker: Record<string, JsonSlice & { team: string }>;
  byConsultant: Record<string, JsonSlice & { team: string }>;
  byTargetGroup: Record<string, JsonSlice>;

  signals: JsonSignal[];
  indicators: JsonIndicator[];
  agreements: {
    row: number;
    date: IsoDate;
    caseworker: string;
    citizenId: string | null;
    text: string;
    responsible: string | null;
    due: IsoDate | null;
    status: AgreementStatus;
  }[];
  issues: ({
    severity: 'error' | 'warning';
    table: string;
    row: number;
    column: string;
    code: string;
    message: string;
  } & Record<string, unknown>)[];
  /** Per company, small counts suppressed, no Borger-ID (jsonCompanies.ts). */
  byCompany: JsonCompany[];
};

const danishStatus = (s: PlanMonth['status']): JsonStatus | null =>
  s === null ? null : (statusText(s, 'da') as JsonStatus);

function jsonMonth(m: MonthStats): JsonMonth {
  return { ...m, milestone: m.milestone && { ...m.milestone, status: danishStatus(m.milestone.status) } };
}

function jsonPlanMonth(p: PlanMonth): JsonPlanMonth {
  return { ...p, status: danishStatus(p.status) };
}

function jsonSlice(s: { months: MonthStats[]; plan: PlanMonth[] }): JsonSlice {
  return { months: s.months.map(jsonMonth), plan: s.plan.map(jsonPlanMonth) };
}

function mapValues<T, U>(record: Record<string, T>, f: (t: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function jsonIndicator(r: IndicatorResult): JsonIndicator {
  return {
    ...r,
    goal: { ...r.goal },
    earliestMetMonth: r.earliestMetMonth ?? null,
    currentGap: r.currentGap ?? null,
    months: r.months.map((m) => ({
      ...m,
      milestone: m.milestone && { share: m.milestone.share, status: danishStatus(m.milestone.status) },
      notYetKnown: m.notYetKnown === true,
      imported: m.imported ? { ...m.imported } : null,
    })),
  };
}

function jsonSignal(s: Signal): JsonSignal {
  return { ...s, message: signalText(s, 'da') };
}

/**
 * One top-level field of the section-5 object, in the contract's key order: a value, or a list whose items
 * are converted one at a time (so jsonText.ts can write a large list in chunks without building it whole).
 */
export type JsonField =
  | { key: keyof JsonReport; value: unknown }
  | { key: keyof JsonReport; items: readonly unknown[]; item: (x: never) => unknown };

function list<T>(key: keyof JsonReport, items: readonly T[], item: (x: T) => unknown): JsonField {
  return { key, items, item: item as (x: never) => unknown };
}

/**
 * The section-5 fields of a report, in order. `issueText` renders a data issue in Danish (src/text/issues.ts's
 * `issueText(issue, 'da')`); it is a parameter so this file does not fix how issues are worded.
 */
export function jsonReportFields(report: Report, issueText: (issue: DataIssue) => string): JsonField[] {
  return [
    { key: 'rule', value: { ...report.rule } },
    { key: 'asOf', value: report.asOf },
    { key: 'months', value: report.months.map(jsonMonth) },
    { key: 'goal', value: { ...report.goal } },
    { key: 'plan', value: report.plan.map(jsonPlanMonth) },
    { key: 'byTeam', value: mapValues(report.byTeam, jsonSlice) },
    { key: 'byCaseworker', value: mapValues(report.byCaseworker, (s) => ({ team: s.team, ...jsonSlice(s) })) },
    { key: 'byConsultant', value: mapValues(report.byConsultant, (s) => ({ team: s.team, ...jsonSlice(s) })) },
    { key: 'byTargetGroup', value: mapValues(report.byTargetGroup, jsonSlice) },
    list('caseloads', report.caseloads, (c) => ({ ...c })),
    list('signals', report.signals, jsonSignal),
    list('indicators', report.indicators ?? [], jsonIndicator),
    list('agreements', report.agreements, (a) => ({
      row: a.row,
      date: a.date,
      caseworker: a.caseworker,
      citizenId: a.citizenId ?? null,
      text: a.text,
      responsible: a.responsible ?? null,
      due: a.due ?? null,
      status: a.status,
    })),
    list('reconciliation', report.reconciliation, (r) => ({ ...r, changedSinceClose: [...r.changedSinceClose] })),
    list('issues', report.issues, (i) => ({ ...i, message: issueText(i) })),
    list('byCompany', report.byCompany, (c) => jsonCompany(c)),
  ];
}

/** The section-5 object for a report (its fields, lists converted whole); `issueText` as for jsonReportFields. */
export function toJsonReport(report: Report, issueText: (issue: DataIssue) => string): JsonReport {
  const out: Record<string, unknown> = {};
  for (const f of jsonReportFields(report, issueText))
    out[f.key] = 'items' in f ? f.items.map((x) => f.item(x as never)) : f.value;
  return out as JsonReport;
}
