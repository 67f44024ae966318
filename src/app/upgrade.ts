// "Opret sagsstamme" and `fremdrift upgrade`: bring a workbook up to the v2 contract by creating the
// missing input tables and appending the missing columns (never a row changed). What was added is worded
// by src/text/setup.ts, one wording for the CLI and the add-in.
import { INPUT_TABLES } from '../workbook/contract';
import type { SetupResult, WorkbookPort } from '../workbook/port';
import { withWorkbookIdentity } from '../export/identity';

/** Creates what is missing of the contract (v1 -> v2); existing rows are left exactly as they are. */
export async function upgradeWorkbook(port: WorkbookPort): Promise<SetupResult & { identityAdded: string[] }> {
  return withWorkbookIdentity(port, await port.ensureInputTables(INPUT_TABLES));
}
