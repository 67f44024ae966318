// The measurement engine: DOMAIN.md section 4 for the whole target group and every slice (team,
// caseworker, Målgruppe). The steps, each in its own file: index the citizens once, mark the months of
// activity, accumulate the slices, then series, goal, milestone plans, caseloads, signals and drill-down.
// Designed for size: the cost grows with rows + citizens x months, never rows x citizens x months.
// The core leaves out the indicators and the company overview (extras.ts): the task pane's first view
// shows neither, so it measures with the core and loads the extras just after (issue 28's budget).
import { monthOf } from '../dates';
import { issuesInReadingOrder, type DataIssue } from '../issues';
import { caseloadSizes } from '../caseloads';
import type { Caseload, MonthKey } from '../model';
import type { Measurement, MeasureOptions, PlanMonth, Report, SliceSeries } from '../report';
import { closedStatesOf, readinessAtCloseOf } from '../closedHistory';
import { reconcile, reconcileWith } from '../reconciliation';
import { countedMeasure, resolveRule } from '../rules';
import { dialogueSignals } from '../signals';
import { validateCaseload, type ValidatedCaseload } from '../validate';
import { accumulate } from './accumulate';
import { consultantDrill, consultantPlanCounts, consultantSlices } from './consultants';
import { markActivity, type Activity } from './activity';
import { indexCitizens, MAX_REPORT_MONTHS, primaryTeam, reportPeriod, type CitizenIndex } from './citizenIndex';
import { closeChangesFunction } from './closeChanges';
import { countedSetsFunction, drillFunction } from './drill';
import { milestoneCells, planCounts, planFrame, slicePlan } from './plans';
import { goalStatus, monthSeries } from './series';
import type { SliceFamily } from './sliceFamily';

/** The core measurement, and what the extras need from it (so they validate and index nothing again). */
export interface CoreMeasurement {
  measurement: Measurement;
  valid: ValidatedCaseload;
  months: readonly MonthKey[];
}

export function measureCore(caseload: Caseload, options: MeasureOptions): CoreMeasurement {
  const rule = resolveRule(caseload.settings, options.ruleId);
  const settings = caseload.settings;
  const valid = validateCaseload(caseload, options.asOf);
  const period = reportPeriod(valid.citizens, settings, options.asOf);
  const months = period.months;
  const index = indexCitizens(valid.citizens, months, rule);
  const activity = markActivity(valid, index, rule, options.asOf);
  accumulate(valid, index, activity);

  const frame = planFrame(index, rule, settings, monthOf(options.asOf));
  const counts = frame ? planCounts(frame, index) : null;
  const series = (f: SliceFamily, key: number, plan: PlanMonth[]): SliceSeries => {
    const s = monthSeries(f, key, months, rule);
    milestoneCells(s, plan);
    return { months: s, plan };
  };
  const whole = series(index.all, 0, frame && counts ? slicePlan(frame, counts.whole, index.all, 0, frame.shares) : []);
  const byTeam: Record<string, SliceSeries> = {};
  index.teams.keys.forEach((team, t) => {
    byTeam[team] = series(index.teams, t, frame && counts ? slicePlan(frame, counts.teams[t], index.teams, t) : []);
  });
  const byCaseworker: Record<string, SliceSeries & { team: string }> = {};
  index.caseworkers.keys.forEach((name, w) => {
    const plan = frame && counts ? slicePlan(frame, counts.caseworkers[w], index.caseworkers, w) : [];
    byCaseworker[name] = { team: primaryTeam(index, w), ...series(index.caseworkers, w, plan) };
  });
  const vk = consultantSlices(valid, index, activity, options.asOf);
  const vkCounts = frame && counts ? consultantPlanCounts(vk, frame, counts, index) : null;
  const byConsultant: Record<string, SliceSeries & { team: string }> = {};
  vk.family.keys.forEach((name, k) => {
    byConsultant[name] = {
      team: vk.teams[k],
      ...series(vk.family, k, frame && vkCounts ? slicePlan(frame, vkCounts[k], vk.family, k) : []),
    };
  });
  const byTargetGroup: Record<string, SliceSeries> = {};
  index.groups.keys.forEach((g, k) => (byTargetGroup[g] = series(index.groups, k, [])));

  const included = rule.targetGroups ? new Set<string>(rule.targetGroups) : null;
  const caseloads = caseloadSizes(valid, options.asOf, included, settings);
  const agreements = caseload.agreements ?? [];
  const drill = drillFunction(valid, index, activity);
  const report: Report = {
    rule,
    asOf: options.asOf,
    months: whole.months,
    goal: goalStatus(whole.months, rule, settings),
    plan: whole.plan,
    byTeam,
    byCaseworker,
    byConsultant,
    byTargetGroup,
    signals: signalsOf(caseload, valid, options.asOf, rule, caseloads),
    caseloads,
    agreements,
    reconciliation: reconciliationOf(caseload, whole.months, rule, valid, index, activity),
    indicators: undefined,
    byCompany: [],
    issues: issuesInReadingOrder(
      caseload.issues.concat(valid.issues, starOutsideIssues(caseload, months), periodIssues(period.cut)),
    ),
  };
  const drillVk = consultantDrill(vk, valid, index, activity);
  const measurement: Measurement = {
    report,
    drill: (q) => (q.scope.kind === 'consultant' ? drillVk(q) : drill(q)),
    usedRows: usedRowsOf(valid),
    partial: true,
  };
  return { measurement, valid, months };
}

/** The dialogue's signals, from the caseload and what the measurement found (caseload sizes). */
function signalsOf(
  caseload: Caseload,
  valid: ValidatedCaseload,
  asOf: MeasureOptions['asOf'],
  rule: ReturnType<typeof resolveRule>,
  caseloads: ReturnType<typeof caseloadSizes>,
): Report['signals'] {
  return dialogueSignals({
    valid,
    asOf,
    rule,
    settings: caseload.settings,
    caseloads,
    agreements: caseload.agreements ?? [],
    readinessAtClose: readinessAtCloseOf(caseload),
    placementAgreementColumns: caseload.placementAgreementColumns === true,
  });
}

/** The rows of the input tables the measurement used (the others had errors). */
function usedRowsOf(valid: ValidatedCaseload): Measurement['usedRows'] {
  return {
    Borgere: valid.citizens.map((c) => c.row),
    Forløb: valid.placements.map((p) => p.row),
    Timer: valid.hours.map((h) => h.row),
  };
}

/** A period over ten years is cut to its last ten: a warning where the period's start came from. */
function periodIssues(cut: ReturnType<typeof reportPeriod>['cut']): DataIssue[] {
  if (!cut) return [];
  const where =
    cut.citizenRow === null
      ? { table: 'Indstillinger', row: 0, column: 'Periode fra' }
      : { table: 'Borgere', row: cut.citizenRow, column: 'Startdato' };
  const params = { from: cut.from, to: cut.to, max: MAX_REPORT_MONTHS };
  return [{ severity: 'warning', ...where, code: 'periodTooLong', params, consequence: 'periodCut' }];
}

/** STAR rows for months outside the report are kept but not counted: a warning each. */
function starOutsideIssues(caseload: Caseload, months: readonly string[]): DataIssue[] {
  return (caseload.starFigures ?? [])
    .filter((f) => !months.includes(f.month))
    .map((f): DataIssue => ({
      severity: 'warning',
      table: 'STAR_tal',
      row: f.row,
      column: 'Måned',
      code: 'monthOutsideReport',
      params: { month: f.month },
      consequence: 'notCounted',
    }));
}

/** DOMAIN.md section 6: STAR, close and now side by side; "now" is who the engine counted in the whole. */
function reconciliationOf(
  caseload: Caseload,
  series: Report['months'],
  rule: Report['rule'],
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
): Report['reconciliation'] {
  const activeMeasure = countedMeasure(rule);
  const starFigures = caseload.starFigures ?? [];
  const history = caseload.history ?? [];
  // Stored rows (any workbook read): the changes in citizen positions, one pass over the rows.
  if (caseload.closedRows) {
    const changes = closeChangesFunction(valid, index, activity, caseload.closedRows, activeMeasure);
    return reconcileWith(rule.threshold, series, starFigures, history, changes);
  }
  const countedSets = countedSetsFunction(valid, index, activity);
  return reconcile(rule.threshold, series, starFigures, history, closedStatesOf(caseload), (month) =>
    countedSets(month, activeMeasure),
  );
}
