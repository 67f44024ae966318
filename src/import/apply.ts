// Writes a confirmed plan: updates first (they address existing rows, which appends do not move),
// then appends, in chunks so Excel stays responsive and each Office.js batch stays small. Rejected
// and unchanged rows are never written.
import { errorText } from '../text/errors';
import { FremdriftError } from '../workbook/errors';
import type { CellUpdate, CellValue, WorkbookPort } from '../workbook/port';
import { tableDef } from '../workbook/contract';
import { foldHeader } from './mapping';
import { matchKey, workbookKeyReader, type ImportPlan } from './plan';

export interface ApplyProgress {
  /** Rows written so far (updated + added). */
  done: number;
  total: number;
}

export interface ApplyOptions {
  /** Rows per write call; 5,000 keeps an Office.js request well under its payload limit. */
  chunkSize?: number;
  onProgress?: (progress: ApplyProgress) => void;
}

export interface ApplyResult {
  added: number;
  updated: number;
}

export const DEFAULT_CHUNK_ROWS = 5000;

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
async function checkStillCurrent(port: WorkbookPort, plan: ImportPlan): Promise<void> {
  if (plan.updated.length === 0) return;
  const def = tableDef(plan.table);
  const table = (await port.readTables([plan.table]))[plan.table];
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
async function ensurePlanColumns(port: WorkbookPort, plan: ImportPlan): Promise<void> {
  const def = tableDef(plan.table);
  const table = (await port.readTables([plan.table]))[plan.table];
  if (!def || !table) return;
  const have = new Set(table.headers.map((h) => foldHeader(String(h ?? ''))));
  if (plan.columns.some((c) => !have.has(foldHeader(c)))) await port.ensureInputTables([def]);
}

export async function applyPlan(
  port: WorkbookPort,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  await checkStillCurrent(port, plan);
  if (plan.updated.length + plan.added.length > 0) await ensurePlanColumns(port, plan);
  const chunk = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_ROWS);
  const total = plan.updated.length + plan.added.length;
  let done = 0;
  const report = () => options.onProgress?.({ done, total });
  report();
  for (let start = 0; start < plan.updated.length; start += chunk) {
    const rows = plan.updated.slice(start, start + chunk);
    const updates: CellUpdate[] = [];
    for (const u of rows) for (const c of u.changes) updates.push({ row: u.tableRow, column: c.column, value: c.new });
    await port.updateCells(plan.table, updates);
    done += rows.length;
    report();
  }
  for (let start = 0; start < plan.added.length; start += chunk) {
    const rows = plan.added.slice(start, start + chunk);
    await port.appendRows(
      plan.table,
      rows.map((a) => addedRecord(plan, a.values)),
    );
    done += rows.length;
    report();
  }
  return { added: plan.added.length, updated: plan.updated.length };
}
