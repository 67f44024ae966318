// The last line of defence against a CPR number on an output sheet (issue 27): every text cell of every
// rendered sheet goes through the one CPR detector (src/security/cpr.ts); a cell that looks like a CPR
// number is replaced by a Danish marker and becomes a data-quality issue naming the sheet, row and
// column. Input cells are already refused by the reader, so this finds only what slipped past it.
import type { DataIssue } from '../../domain/issues';
import { containsCpr, CPR_MARKER } from '../../security/cpr';
import type { SheetModel } from '../port';

/** Excel's column name of a zero-based column index: 0 -> A, 26 -> AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A CPR number has ten digits; a shorter run of digits needs no regular expression. */
function hasTenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 10) return true;
  }
  return false;
}

/** Replaces CPR-looking text cells in place; returns an issue for each (row and column as on the sheet). */
export function hideCprNumbers(model: SheetModel): DataIssue[] {
  const issues: DataIssue[] = [];
  model.values.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell !== 'string' || !hasTenDigits(cell) || !containsCpr(cell)) return;
      row[c] = CPR_MARKER;
      issues.push({
        severity: 'error',
        table: model.name,
        row: r + 1,
        column: columnName(c),
        code: 'cpr',
        params: {},
        consequence: 'valueIgnored',
      });
    });
  });
  return issues;
}
