// Reading a caseload through the port: apart from refresh.ts so the task pane's first view can read and
// measure without loading the month close and the output-sheet renderers (issue 28's first-view budget).
import type { Caseload } from '../domain/model';
import { READ_TABLES } from '../workbook/contract';
import type { WorkbookPort } from '../workbook/port';
import { readCaseload } from '../workbook/read';

/** Every table a refresh reads (Medarbejdere too, when a user has made it). */
export const INPUT_TABLE_NAMES = READ_TABLES.map((t) => t.name);

/** Reads the input tables once and maps them (throws ContractError when the contract is not met). */
export async function loadCaseload(port: WorkbookPort): Promise<Caseload> {
  return readCaseload(await port.readTables(INPUT_TABLE_NAMES));
}
