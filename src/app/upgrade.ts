// "Opret sagsstamme" and `fremdrift upgrade`: bring a workbook up to the v2 contract by creating the
// missing input tables and appending the missing columns (never a row of a user's table changed), and
// converting Fremdrift's own Historik_borgere to its packed form (issue 28). What was added is worded
// by src/text/setup.ts, one wording for the CLI and the add-in.
import { changesOfFold } from '../domain/closedHistory';
import type { DataIssue } from '../domain/issues';
import { packChanges, readClosedHistory } from '../workbook/closedHistoryTable';
import { HISTORIK_BORGERE, INPUT_TABLES } from '../workbook/contract';
import type { SetupResult, WorkbookPort } from '../workbook/port';
import { withWorkbookIdentity } from '../export/identity';

/** Creates what is missing of the contract (v1 -> v2); existing rows are left exactly as they are. */
export async function upgradeWorkbook(
  port: WorkbookPort,
): Promise<SetupResult & { identityAdded: string[]; historyCompacted: HistoryCompacted | null }> {
  const result = await withWorkbookIdentity(port, await port.ensureInputTables(INPUT_TABLES));
  return { ...result, historyCompacted: await compactClosedHistory(port) };
}

/** What converting Historik_borgere to its packed form did (rows before and after). */
export interface HistoryCompacted {
  before: number;
  after: number;
}

/**
 * Issue 28: converts Historik_borgere's older forms (v2: one row per citizen in the gross group per closed
 * month; compact: a row per change) to the packed form, keeping every fact: the fold of the new rows gives
 * each month's gross group, who was counted and Parathed exactly as the old rows said. Null when there is
 * nothing to convert (no table, already packed), when a row cannot be read (it is left as it is, with the
 * rest, and the reader reports it) or the adapter cannot replace rows (then the old form is still read).
 */
export async function compactClosedHistory(port: WorkbookPort): Promise<HistoryCompacted | null> {
  if (!port.replaceOwnRows) return null;
  const table = (await port.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name];
  if (!table) return null;
  const issues: DataIssue[] = [];
  const read = readClosedHistory(table, issues);
  if (read.olderRows === 0 || issues.length > 0) return null;
  const packed = packChanges(changesOfFold(read.rows));
  await port.ensureInputTables([HISTORIK_BORGERE]);
  await port.replaceOwnRows(HISTORIK_BORGERE.name, packed);
  return { before: table.rows.filter((r) => r.some((c) => c !== null && c !== '')).length, after: packed.length };
}
