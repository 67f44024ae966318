// "Opret sagsstamme" and `fremdrift upgrade`: bring a workbook up to the v2 contract by creating the
// missing input tables and appending the missing columns (never a row of a user's table changed), and
// converting Fremdrift's own Historik_borgere to its compact form (issue 28). What was added is worded
// by src/text/setup.ts, one wording for the CLI and the add-in.
import { compactClosedCitizens, expandClosedCitizens } from '../domain/closedHistory';
import { HISTORIK_BORGERE, INPUT_TABLES } from '../workbook/contract';
import { citizenRecord, parseClosedRows } from './monthClose';
import type { SetupResult, WorkbookPort } from '../workbook/port';
import { withWorkbookIdentity } from '../export/identity';

/** Creates what is missing of the contract (v1 -> v2); existing rows are left exactly as they are. */
export async function upgradeWorkbook(
  port: WorkbookPort,
): Promise<SetupResult & { identityAdded: string[]; historyCompacted: HistoryCompacted | null }> {
  const result = await withWorkbookIdentity(port, await port.ensureInputTables(INPUT_TABLES));
  return { ...result, historyCompacted: await compactClosedHistory(port) };
}

/** What converting Historik_borgere to its compact form did (rows before and after). */
export interface HistoryCompacted {
  before: number;
  after: number;
}

/**
 * Issue 28: converts Historik_borgere's v2 form (one row per citizen in the gross group per closed month)
 * to the compact form (a row per change), keeping every fact: the fold of the new rows gives each month's
 * gross group, who was counted and Parathed exactly as the old rows said. Null when there is nothing to
 * convert (no table, already compact) or the adapter cannot replace rows (then the old form is still read).
 */
export async function compactClosedHistory(port: WorkbookPort): Promise<HistoryCompacted | null> {
  if (!port.replaceOwnRows) return null;
  const table = (await port.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name];
  if (!table) return null;
  const { rows, unusable } = parseClosedRows(table);
  // A row that cannot be read is left as it is (with the rest): the reader reports it, nothing is lost.
  if (unusable > 0 || !rows.some((r) => r.inGroup === undefined)) return null;
  const compact = compactClosedCitizens(expandClosedCitizens(rows)).map(citizenRecord);
  await port.ensureInputTables([HISTORIK_BORGERE]);
  await port.replaceOwnRows(HISTORIK_BORGERE.name, compact);
  return { before: rows.length, after: compact.length };
}
