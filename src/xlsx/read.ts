// Reading input tables from an .xlsx package: each table's range from its table part, its header row and
// body cells in one scan of the sheet part's bytes (sheetScan.ts; a sheet's pending edits are written into
// its part first), and the cells that hold an error or a formula without a cached value (so the caller
// can name the real cause instead of "mangler"). Each sheet part is inflated once per call and let go after it.
import type { CellValue, RawTable } from '../workbook/port';
import { columnLetter } from './address';
import type { PackageSession } from './packageSession';
import { from1904, isDateColumn, usesDate1904 } from './dateSystem';
import type { Grid } from './sheetCells';
import { scanRect } from './sheetScan';
import { releaseHandoffs } from './zip';

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

/** The rectangle of a sheet part: scanned from its bytes, or from its text when it has pending edits. */
function readGrid(
  ps: PackageSession,
  part: string,
  bytes: Map<string, Buffer>,
  top: number,
  left: number,
  bottom: number,
  right: number,
): Grid {
  // Pending edits are written into the part first (deflated, no text kept), then read like any part.
  if (ps.hasPendingEdits(part)) ps.writePendingEdits(part);
  let b = bytes.get(part);
  if (!b) {
    b = ps.pkg.bytes(part) ?? Buffer.alloc(0);
    bytes.set(part, b);
  }
  return scanRect(b, ps.sharedStrings(), top, left, bottom, right);
}

/** The named tables (a missing one maps to null) and their cell problems. */
export function readTables(ps: PackageSession, names: readonly string[]): TablesRead {
  const out: Record<string, RawTable | null> = {};
  const problems: TableCellProblem[] = [];
  const date1904 = usesDate1904(ps.pkg.text(ps.pkg.workbookPart()) ?? '');
  const found = names.map((name) => ({ name, t: ps.findTable(name) }));
  // A sheet part's bytes, kept only until the last table on it has been read.
  const bytes = new Map<string, Buffer>();
  found.forEach(({ name, t }, k) => {
    if (!t || !t.sheet.part) {
      out[name] = null;
      return;
    }
    const r = ps.range(t);
    // Header row and body in one scan.
    const top = t.headerRows > 0 ? r.top : r.bodyTop;
    const grid = readGrid(ps, t.sheet.part, bytes, top, r.left, Math.max(r.bodyBottom, top), r.right);
    if (!found.slice(k + 1).some((f) => f.t?.sheet.part === t.sheet.part)) bytes.delete(t.sheet.part);
    const fromSheet: CellValue[] = t.headerRows > 0 ? grid.values[0] : [];
    const headers: string[] = [];
    for (let c = 0; c <= r.right - r.left; c++) headers.push(String(fromSheet[c] ?? t.columns[c] ?? ''));
    const bodyProblems = grid.problems.filter((p) => p.row >= r.bodyTop && p.row <= r.bodyBottom);
    for (const p of bodyProblems) {
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
    const rows = r.bodyBottom >= r.bodyTop ? grid.values.slice(r.bodyTop - top, r.bodyBottom - top + 1) : [];
    grid.values.length = 0;
    if (date1904) {
      // The port speaks 1900 serials (dateSystem.ts).
      const dateCols = headers.map((h, j) => (isDateColumn(t.name, h) ? j : -1)).filter((j) => j >= 0);
      for (const row of rows) for (const j of dateCols) row[j] = from1904(row[j]);
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === undefined)) rows.pop();
    const noValue = bodyProblems
      .filter((p) => p.kind === 'no-cached-value')
      .map((p) => ({ row: p.row - r.bodyTop + 1, column: headers[p.col - r.left] }));
    out[name] = { name: t.name, headers, rows, ...(noValue.length > 0 ? { formulasWithoutValue: noValue } : {}) };
  });
  // Large parts checked at open and not read now are unpacked again if ever needed.
  releaseHandoffs();
  return { tables: out, problems };
}
