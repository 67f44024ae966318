// A row's key when some key columns may be empty (Indikatorer's Målgruppe and Team, issue 24): an empty or
// unimported optional key column is the key part '', a required one makes the row unmatchable.
import { parseCell } from '../workbook/cells';
import type { TableDef } from '../workbook/contract';
import type { CellValue } from '../workbook/port';
import { foldHeader } from './mapping';
import { importableTable } from './tables';

/** Per key header: may it be empty? */
export function optionalKeys(table: string, keyHeaders: readonly string[]): boolean[] {
  const optional = importableTable(table)?.optionalKeyColumns ?? [];
  return keyHeaders.map((h) => optional.includes(h));
}

/** The key values at `keyPositions` (-1: not imported) of a parsed row; null when a required one is empty. */
export function keyValues(
  ctx: { keyPositions: readonly number[]; keyOptional: readonly boolean[] },
  parsed: readonly unknown[],
): unknown[] | null {
  const parts: unknown[] = [];
  for (let k = 0; k < ctx.keyPositions.length; k++) {
    const p = ctx.keyPositions[k];
    const value = p >= 0 ? parsed[p] : undefined;
    if (value !== undefined) parts.push(value);
    else if (ctx.keyOptional[k]) parts.push('');
    else return null;
  }
  return parts;
}

/** Header (folded) -> first column index. */
export function columnIndex(headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const f = foldHeader(String(h ?? ''));
    if (!index.has(f)) index.set(f, i);
  });
  return index;
}

/** Reads the parsed key values of workbook rows (null when a key cell is empty or invalid). */
export function workbookKeyReader(
  def: TableDef,
  headers: readonly CellValue[],
): (cells: readonly CellValue[]) => unknown[] | null {
  const index = columnIndex(headers.map((h) => String(h ?? '')));
  const importable = importableTable(def.name);
  const keyCols = (importable?.keyColumns ?? []).map((h) => def.columns.find((c) => c.header === h)!);
  const optional = optionalKeys(def.name, importable?.keyColumns ?? []);
  const at = keyCols.map((c) => index.get(foldHeader(c.header)));
  return (cells) => {
    const parts: unknown[] = [];
    for (let k = 0; k < keyCols.length; k++) {
      const parsed = at[k] === undefined ? null : parseCell(keyCols[k], cells[at[k]!] ?? null);
      if (optional[k] && (!parsed || (parsed.ok && parsed.value === undefined))) parts.push('');
      else if (!parsed || !parsed.ok || parsed.value === undefined) return null;
      else parts.push(parsed.value);
    }
    return parts;
  };
}
