// Output-sheet formats grouped so Excel gets one call per distinct style, not one per rectangle:
// rectangles with the same style become one multi-area address for worksheet.getRanges (ExcelApi 1.9,
// "Work with multiple ranges simultaneously in Excel add-ins"), cut into address lists of bounded
// length so each stays a modest part of a sync.
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
import type { CellRange, RangeFormat } from '../workbook/port';
import { pushAll } from '../domain/collections';

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

const BUCKET_ROWS = 64;

/** Two styles disagree when they set the same property to different values. */
function conflicts(a: Style, b: Style): boolean {
  for (const k of Object.keys(a) as (keyof Style)[]) if (k in b && a[k] !== b[k]) return true;
  return false;
}

const overlaps = (a: Required<CellRange>, b: Required<CellRange>) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/**
 * Groups formats by style, keeping the model's order where it matters: applying the groups in the
 * returned order gives the same cells as applying the formats one by one. A format that overlaps an
 * earlier one of a disagreeing style starts a new segment of groups, so it still lands after it.
 */
export function groupByStyle(formats: readonly RangeFormat[]): StyleGroup[] {
  const out: StyleGroup[] = [];
  let groups = new Map<string, StyleGroup>();
  let buckets = new Map<number, { rect: Required<CellRange>; group: StyleGroup }[]>();
  for (const f of formats) {
    const style = styleOf(f);
    if (Object.keys(style).length === 0) continue;
    const rect = { row: f.row, col: f.col, rows: f.rows ?? 1, cols: f.cols ?? 1 };
    const k = JSON.stringify(Object.entries(style).sort(([a], [b]) => a.localeCompare(b)));
    const first = Math.floor(rect.row / BUCKET_ROWS);
    const last = Math.floor((rect.row + rect.rows - 1) / BUCKET_ROWS);
    let clash = false;
    for (let b = first; b <= last && !clash; b++) {
      for (const e of buckets.get(b) ?? []) {
        if (e.group !== groups.get(k) && overlaps(e.rect, rect) && conflicts(e.group.style, style)) {
          clash = true;
          break;
        }
      }
    }
    if (clash) {
      pushAll(out, groups.values());
      groups = new Map();
      buckets = new Map();
    }
    let g = groups.get(k);
    if (!g) {
      g = { style, addresses: [], rects: [] };
      groups.set(k, g);
    }
    g.rects.push(rect);
    for (let b = first; b <= last; b++) {
      let list = buckets.get(b);
      if (!list) buckets.set(b, (list = []));
      list.push({ rect, group: g });
    }
  }
  pushAll(out, groups.values());
  for (const g of out) {
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
  return out;
}
