// What the Office.js adapter's read, input-table and output-sheet modules share: Excel's empty cell as
// the port's null, header lookup that ignores case and spacing, the Borger-ID column, and the one way to
// find a named table (a clear Danish error when the workbook lacks it), alone or with its first loads in
// the same sync.
import { normalizeKey } from '../workbook/cells';
import type { CellValue } from '../workbook/port';
import { fremdriftError } from '../text/errors';

/** The column that identifies a citizen's row in the input tables. */
export const ID_HEADER = 'Borger-ID';

/** Excel's empty cell ('') as the port's null. */
export function fromExcel(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

export function columnIndexOf(headers: readonly string[], header: string): number {
  const key = normalizeKey(header);
  return headers.findIndex((h) => normalizeKey(h) === key);
}

/** A loaded header row range's values as strings. */
export function headerTexts(header: Excel.Range): string[] {
  return (header.values[0] ?? []).map((h) => String(h ?? ''));
}

/** The named table, loaded; a clear Danish error when the workbook lacks it. */
async function requireTable(context: Excel.RequestContext, table: string): Promise<Excel.Table> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  t.load('isNullObject');
  await context.sync();
  if (t.isNullObject) throw fremdriftError('table.missing', { table });
  return t;
}

/**
 * The named table with what `load` queues on it, in one sync instead of a lookup sync first. A missing
 * table gives requireTable's Danish error: seen as a null object, or, on a host that fails the whole
 * batch for calls on a null object, by asking again plainly.
 */
export async function loadTable<T>(
  context: Excel.RequestContext,
  table: string,
  load: (t: Excel.Table) => T,
): Promise<{ table: Excel.Table; loaded: T }> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  t.load('isNullObject');
  const loaded = load(t);
  try {
    await context.sync();
  } catch (error) {
    await requireTable(context, table);
    throw error;
  }
  if (t.isNullObject) throw fremdriftError('table.missing', { table });
  return { table: t, loaded };
}
