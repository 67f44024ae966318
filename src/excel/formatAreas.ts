// Output-sheet formats grouped so Excel gets one call per distinct style, not one per rectangle:
// rectangles with the same style become one multi-area address for worksheet.getRanges (ExcelApi 1.9,
// "Work with multiple ranges simultaneously in Excel add-ins"), cut into address lists of bounded
// length so each stays a modest part of a sync.
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
import type { CellRange, RangeFormat } from '../workbook/port';

/** Longest multi-area address handed to one getRanges call. */
export const MAX_AREAS_ADDRESS = 4000;

export type Style = Omit<RangeFormat, keyof CellRange | 'numberFormat'>;

export interface StyleGroup {
  style: Style;
  /** Comma-separated A1 areas, each list at most MAX_AREAS_ADDRESS characters. */
  addresses: string[];
  rects: Required<CellRange>[];
}

export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(r: Required<CellRange>): string {
  const tl = `${columnLetters(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

function styleOf(f: RangeFormat): Style {
  const { row: _r, col: _c, rows: _rs, cols: _cs, numberFormat: _n, ...style } = f;
  return style;
}

/** Groups formats by style (in first-seen order, so later groups still win where areas overlap). */
export function groupByStyle(formats: readonly RangeFormat[]): StyleGroup[] {
  const groups = new Map<string, StyleGroup>();
  for (const f of formats) {
    const style = styleOf(f);
    if (Object.keys(style).length === 0) continue;
    const k = JSON.stringify(Object.entries(style).sort(([a], [b]) => a.localeCompare(b)));
    let g = groups.get(k);
    if (!g) {
      g = { style, addresses: [], rects: [] };
      groups.set(k, g);
    }
    g.rects.push({ row: f.row, col: f.col, rows: f.rows ?? 1, cols: f.cols ?? 1 });
  }
  for (const g of groups.values()) {
    let current = '';
    for (const r of g.rects) {
      const a = a1(r);
      if (current && current.length + a.length + 2 > MAX_AREAS_ADDRESS) {
        g.addresses.push(current);
        current = '';
      }
      current = current ? `${current}, ${a}` : a;
    }
    if (current) g.addresses.push(current);
  }
  return [...groups.values()];
}
