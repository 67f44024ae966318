// How far a worksheet's cells reach (last row, last column holding a value or formula), read from the
// part's XML without a `<dimension>` element, which writers leave out or get wrong. Counts positions the
// way readRect does, so cells written without their own address land in the same column.
import { columnOf } from './sheetCells';

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW_NO_RE = /\br\s*=\s*"(\d+)"/;
const CELL_REF_RE = /\br\s*=\s*"([^"]+)"/;

/** The 1-based last row and column with content; 0 and 0 for a sheet without any. */
export function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return { rows, columns };
  ROW_RE.lastIndex = start;
  let rowNo = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_RE.exec(xml))) {
    const rAttr = ROW_NO_RE.exec(m[1]);
    rowNo = rAttr ? Number(rAttr[1]) : rowNo + 1;
    if (!m[2]) continue;
    let colNo = 0;
    CELL_RE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CELL_RE.exec(m[2]))) {
      const ref = CELL_REF_RE.exec(c[1]);
      colNo = ref ? columnOf(ref[1]) : colNo + 1;
      // A cell with only a style (`<c r="F9" s="3"/>`) is formatting, not data.
      if (!c[2]) continue;
      if (rowNo > rows) rows = rowNo;
      if (colNo > columns) columns = colNo;
    }
  }
  return { rows, columns };
}
