// Which workbook rows are still open, for the import's "ikke i eksporten" list (issue 21): an export of
// current cases leaves closed citizens and ended placements out, so only open rows missing from it are
// worth a user's attention. Apart from plan.ts to keep that file one read.
import type { IsoDate } from '../domain/model';
import { parseCell } from '../workbook/cells';
import type { TableDef } from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { foldHeader } from './mapping';

/**
 * Whether a workbook row is still open: no Slutdato, or (Forløb, with `today`) a Slutdato on or after today.
 * Tables without Slutdato (Timer, STAR_tal) have only open rows. An unreadable Slutdato counts as open, so
 * the row is shown rather than hidden.
 */
function isOpen(def: TableDef, headers: readonly string[], cells: readonly CellValue[], today?: IsoDate): boolean {
  const col = def.columns.find((c) => c.header === 'Slutdato');
  const at = headers.findIndex((h) => foldHeader(h) === foldHeader('Slutdato'));
  if (!col || at < 0) return true;
  const end = parseCell(col, cells[at] ?? null);
  if (!end.ok) return true;
  if (end.value === null || end.value === undefined) return true;
  return def.name === 'Forløb' && today !== undefined && String(end.value) >= today;
}

/**
 * The workbook rows whose key the export did not have (`keys`: key -> 1-based table row; `seen`: keys in
 * the export): the open ones in row order, and how many closed ones.
 */
export function openRows(
  def: TableDef,
  table: RawTable | null,
  keys: ReadonlyMap<string, number>,
  seen: ReadonlySet<string>,
  today?: IsoDate,
): { open: number[]; closed: number } {
  if (!table) return { open: [], closed: 0 };
  const missing = [...keys].filter(([key]) => !seen.has(key)).map(([, row]) => row);
  const open = missing.filter((row) => isOpen(def, table.headers, table.rows[row - 1], today)).sort((a, b) => a - b);
  return { open, closed: missing.length - open.length };
}
