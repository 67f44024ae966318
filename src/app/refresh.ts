// Reading a caseload through the port, measuring it, and writing all output sheets in one call.
import { measure } from '../domain';
import { dialogueMonth } from '../domain/dialogue';
import type { Caseload, DataIssue, IsoDate, MonthKey, RuleId } from '../domain/model';
import type { Measurement } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import { OUTPUT_SHEETS } from '../workbook/contract';
import { formatComputedAt, renderAll, renderEach } from '../workbook/render';
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

/** The caseload as read now, measured at `asOf`. */
async function readAndMeasure(port: WorkbookPort, options: RefreshOptions) {
  const caseload = await loadCaseload(port);
  if (options.extraIssues) caseload.issues = options.extraIssues.concat(caseload.issues);
  return { caseload, measurement: measure(caseload, { asOf: options.asOf, ruleId: options.ruleId }) };
}

/**
 * Measures the caseload at `asOf` and writes every output sheet: one at a time when the port can take them
 * so (writeOutputSheetsEach: the .xlsx file), else through one writeOutputSheets call.
 */
export async function refreshOutputs(port: WorkbookPort, options: RefreshOptions): Promise<RefreshResult> {
  let read: Awaited<ReturnType<typeof readAndMeasure>> | null = await readAndMeasure(port, options);
  let closedMonths: MonthKey[] = [];
  if (options.closeMonthsOn) {
    const readiness = readinessIn(read.caseload);
    closedMonths = (await closeDueMonths(port, read.measurement, options.closeMonthsOn, readiness)).closed;
    if (closedMonths.length > 0) {
      // Read again so the reconciliation shows the months just closed (once a month, so the cost is small);
      // the first read is let go first, so the two are never held at once.
      read = null;
      read = await readAndMeasure(port, options);
    }
  }
  const { caseload, measurement } = read;
  const opts = {
    computedAt: formatComputedAt(options.now ?? new Date()),
    dialogMonth: options.dialogMonth ?? dialogueMonth(options.asOf),
    dialogCaseworker: options.dialogCaseworker,
  };
  if (port.writeOutputSheetsEach)
    await port.writeOutputSheetsEach(OUTPUT_SHEETS, (write) => renderEach(measurement, caseload, opts, write));
  else await port.writeOutputSheets(renderAll(measurement, caseload, opts));
  return { measurement, caseload, closedMonths };
}
