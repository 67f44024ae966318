// Writes a confirmed plan: updates first (they address existing rows, which appends do not move),
// then appends, each as one port call: the adapters size their own work (Office.js fills each sync up
// to its payload budget, the .xlsx adapter streams), so a row chunk here would only add round trips
// (two or three syncs of lookups and checks per call in Excel). Rejected and unchanged rows are never
// written. The workbook table is read once, for the row check and the column check together.
import { errorText } from '../text/errors';
import { FremdriftError } from '../workbook/errors';
import type { CellUpdate, CellValue, RawTable, WorkbookPort } from '../workbook/port';
import { tableDef, type TableDef } from '../workbook/contract';
import { foldHeader } from './mapping';
import { matchKey, workbookKeyReader, type ImportPlan } from './plan';

export interface ApplyProgress {
  /** Rows written so far (updated + added). */
  done: number;
  total: number;
}

export interface ApplyOptions {
  /** Called before writing, after the updates and after the appends. */
  onProgress?: (progress: ApplyProgress) => void;
}

export interface ApplyResult {
  added: number;
  updated: number;
}

/** Turns an added row back into the header-keyed record the port appends. */
export function addedRecord(plan: ImportPlan, values: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  plan.columns.forEach((header, i) => {
    if (values[i] !== null && values[i] !== undefined) record[header] = values[i];
  });
  return record;
}

/** The workbook table changed between preview and confirm (rows sorted, inserted or deleted). */
export class StalePlanError extends FremdriftError<'import.stalePlan'> {
  constructor(table: string, row: number) {
    super('import.stalePlan', { table, row }, errorText('import.stalePlan', { table, row }));
    this.name = 'StalePlanError';
  }
}

/**
 * Updates address rows by number, so first check that each still holds the key it had at preview
 * time: a co-author may have sorted or inserted rows meanwhile, and writing then would change the
 * wrong citizen. On any mismatch nothing is written.
 */
function checkStillCurrent(plan: ImportPlan, def: TableDef | undefined, table: RawTable | null | undefined): void {
  if (plan.updated.length === 0) return;
  if (!def || !table) throw new StalePlanError(plan.table, plan.updated[0].tableRow);
  const readKey = workbookKeyReader(def, table.headers);
  for (const u of plan.updated) {
    const cells = table.rows[u.tableRow - 1];
    const parts = cells ? readKey(cells) : null;
    if (!parts || matchKey(parts) !== u.match) throw new StalePlanError(plan.table, u.tableRow);
  }
}

/**
 * An older workbook may lack a contract column the plan writes (an export's column, or Parathed siden
 * dated by the import): the port appends the table's missing columns first, touching no row.
 */
async function ensurePlanColumns(
  port: WorkbookPort,
  plan: ImportPlan,
  def: TableDef | undefined,
  table: RawTable | null | undefined,
): Promise<void> {
  if (!def || !table) return;
  const have = new Set(table.headers.map((h) => foldHeader(String(h ?? ''))));
  if (plan.columns.some((c) => !have.has(foldHeader(c)))) await port.ensureInputTables([def]);
}

export async function applyPlan(
  port: WorkbookPort,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const total = plan.updated.length + plan.added.length;
  if (total > 0) {
    // One read serves both checks (it was two full reads of the table, eight syncs each at 40,000 rows).
    const def = tableDef(plan.table);
    const table = (await port.readTables([plan.table]))[plan.table];
    checkStillCurrent(plan, def, table);
    await ensurePlanColumns(port, plan, def, table);
  }
  let done = 0;
  const report = () => options.onProgress?.({ done, total });
  report();
  if (plan.updated.length > 0) {
    const updates: CellUpdate[] = [];
    for (const u of plan.updated)
      for (const c of u.changes) updates.push({ row: u.tableRow, column: c.column, value: c.new });
    await port.updateCells(plan.table, updates);
    done += plan.updated.length;
    report();
  }
  if (plan.added.length > 0) {
    await port.appendRows(
      plan.table,
      plan.added.map((a) => addedRecord(plan, a.values)),
    );
    done += plan.added.length;
    report();
  }
  return { added: plan.added.length, updated: plan.updated.length };
}
