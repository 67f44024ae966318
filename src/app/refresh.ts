// Reading a caseload through the port, measuring it, and writing all output sheets in one call.
import { measure } from '../domain';
import { dialogueMonth } from '../domain/dialogue';
import type { Caseload, DataIssue, IsoDate, MonthKey, RuleId } from '../domain/model';
import type { Measurement } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import { formatComputedAt, renderAll } from '../workbook/render';
import { closeDueMonths, readinessIn } from './monthClose';

import { loadCaseload } from './loadCaseload';

export { loadCaseload } from './loadCaseload';

export interface RefreshOptions {
  asOf: IsoDate;
  ruleId?: RuleId;
  dialogCaseworker?: string;
  /** Month of the monthly dialogue; default the month just ended until the 10th, then the as-of month. */
  dialogMonth?: MonthKey;
  /** The moment shown as "Beregnet"; callers pass their clock (the CLI and the task pane). */
  now?: Date;
  /** Issues found outside the tables (e.g. by consolidate), reported with the rest. */
  extraIssues?: DataIssue[];
  /**
   * Today's date when this refresh may close months (DOMAIN.md section 6): given by a refresh in Excel
   * and by `report --write`, never by a preview, a demo or a consolidated copy.
   */
  closeMonthsOn?: IsoDate;
}

export interface RefreshResult {
  measurement: Measurement;
  caseload: Caseload;
  /** Months this refresh closed (appended to Historik). */
  closedMonths: MonthKey[];
}

/** Measures the caseload at `asOf` and renders every output sheet through one writeOutputSheets call. */
export async function refreshOutputs(port: WorkbookPort, options: RefreshOptions): Promise<RefreshResult> {
  let caseload = await loadCaseload(port);
  if (options.extraIssues) caseload.issues = options.extraIssues.concat(caseload.issues);
  let measurement = measure(caseload, { asOf: options.asOf, ruleId: options.ruleId });
  let closedMonths: MonthKey[] = [];
  if (options.closeMonthsOn) {
    closedMonths = (await closeDueMonths(port, measurement, options.closeMonthsOn, readinessIn(caseload))).closed;
    if (closedMonths.length > 0) {
      // Read again so the reconciliation shows the months just closed (once a month, so the cost is small).
      caseload = await loadCaseload(port);
      if (options.extraIssues) caseload.issues = options.extraIssues.concat(caseload.issues);
      measurement = measure(caseload, { asOf: options.asOf, ruleId: options.ruleId });
    }
  }
  const sheets = renderAll(measurement, caseload, {
    computedAt: formatComputedAt(options.now ?? new Date()),
    dialogMonth: options.dialogMonth ?? dialogueMonth(options.asOf),
    dialogCaseworker: options.dialogCaseworker,
  });
  await port.writeOutputSheets(sheets);
  return { measurement, caseload, closedMonths };
}
