// Reading input tables from an .xlsx package: each table's range from its table part, its headers and
// body cells from the sheet XML, and the cells that hold an error or a formula without a cached value
// (so the caller can name the real cause instead of "mangler").
import type { RawTable } from '../workbook/port';
import { columnLetter } from './address';
import type { PackageSession } from './packageSession';
import { from1904, isDateColumn, usesDate1904 } from './dateSystem';
import { readRect } from './sheetCells';

/** A cell of an input table that is not empty but has no usable value, with its real cause. */
export interface TableCellProblem {
  table: string;
  /** 1-based row within the table's data body. */
  row: number;
  column: string;
  /** The cell's address on its sheet, e.g. `Borgere!C12`. */
  address: string;
  kind: 'error' | 'no-cached-value';
  /** The error value (`#N/A`, `#REF!`, ...) or the formula without a cached value. */
  detail: string;
}

export interface TablesRead {
  tables: Record<string, RawTable | null>;
  problems: TableCellProblem[];
}

/** The named tables (a missing one maps to null) and their cell problems. */
export function readTables(ps: PackageSession, names: readonly string[]): TablesRead {
  const out: Record<string, RawTable | null> = {};
  const problems: TableCellProblem[] = [];
  const date1904 = usesDate1904(ps.pkg.text(ps.pkg.workbookPart()) ?? '');
  for (const name of names) {
    const t = ps.findTable(name);
    if (!t || !t.sheet.part) {
      out[name] = null;
      continue;
    }
    const r = ps.range(t);
    const headers = ps.headers(t, r);
    const grid = readRect(ps.sheetXml(t.sheet.part), ps.sharedStrings(), r.bodyTop, r.left, r.bodyBottom, r.right);
    for (const p of grid.problems) {
      problems.push({
        table: t.name,
        row: p.row - r.bodyTop + 1,
        column: headers[p.col - r.left],
        address: `${t.sheet.name}!${columnLetter(p.col)}${p.row}`,
        kind: p.kind,
        detail: p.kind === 'error' ? p.error : p.formula,
      });
    }
    // A new table has one empty body row (Excel needs one); trailing blank rows are not data (as in Office.js).
    const rows = grid.values;
    if (date1904) {
      // The port speaks 1900 serials (dateSystem.ts).
      const dateCols = headers.map((h, j) => (isDateColumn(t.name, h) ? j : -1)).filter((j) => j >= 0);
      for (const row of rows) for (const j of dateCols) row[j] = from1904(row[j]);
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === undefined)) rows.pop();
    const noValue = grid.problems
      .filter((p) => p.kind === 'no-cached-value')
      .map((p) => ({ row: p.row - r.bodyTop + 1, column: headers[p.col - r.left] }));
    out[name] = { name: t.name, headers, rows, ...(noValue.length > 0 ? { formulasWithoutValue: noValue } : {}) };
  }
  return { tables: out, problems };
}
