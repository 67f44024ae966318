// Cells of a worksheet part, read as text. Reading scans only the rows asked for and gives each cell's
// plain value; error cells and formulas without a cached value are reported beside the values
// (CellProblem) so the caller can name the real cause. Patching cells is sheetEditor.ts.
import type { CellValue } from '../workbook/port';
import type { StringTable } from './sharedStrings';
import { textRuns, unescapeOoxml, unescapeXml } from './xml';

/** Why a cell holds no usable value although it is not empty. */
export type CellProblem =
  | { kind: 'error'; row: number; col: number; error: string }
  | { kind: 'no-cached-value'; row: number; col: number; formula: string };

export function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g))
    out.push(m[1] ? textRuns(m[1]) : '');
  return out;
}

export const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
export const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** Column number (1-based) of an A1 reference's letters. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break;
  }
  return col;
}

/** Excel serial of an ISO date (t="d" cells, which some writers use). */
function isoToSerial(iso: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + 'Z');
  return Number.isNaN(t) ? null : t / 86400000 + 25569;
}

/** An attribute's raw value from a start tag's attribute text, without a regular expression. */
export function attrValue(attrText: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = attrText.indexOf(`${name}="`, from);
    if (i < 0) return undefined;
    const before = attrText.charCodeAt(i - 1);
    if (i > 0 && (before === 32 || before === 9 || before === 10 || before === 13)) {
      const start = i + name.length + 2;
      return attrText.slice(start, attrText.indexOf('"', start));
    }
    from = i + 1;
  }
}

/**
 * The value of the commonest cells without regular expressions: `<v>n</v>` numbers, `t="s"` shared
 * strings and plain inline strings `<is><t>…</t></is>`. Undefined when the cell needs the full decode.
 */
function fastValue(attrText: string, inner: string, shared: StringTable): CellValue | undefined {
  if (inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4) {
    const v = inner.slice(3, -4);
    const t = attrValue(attrText, 't');
    if (t === 's') return sharedAt(shared, Number(v));
    if (t === undefined || t === 'n') {
      const n = Number(v);
      if (v.trim() !== '' && !Number.isNaN(n)) return n;
    }
    return undefined;
  }
  if (inner.startsWith('<is><t') && inner.endsWith('</t></is>')) {
    const open = inner.indexOf('>', 6);
    const text = inner.slice(open + 1, -9);
    if (open > 0 && (inner[6] === '>' || inner[6] === ' ') && text.indexOf('<') < 0)
      return unescapeOoxml(unescapeXml(text));
  }
  return undefined;
}

/** The shared string at `index` (as `shared[index]` reads an array), null when there is none. */
export function sharedAt(shared: StringTable, index: number): CellValue {
  return (Number.isInteger(index) && index >= 0 ? shared.at(index) : undefined) ?? null;
}

interface Decoded {
  value: CellValue;
  problem?: { kind: 'error'; error: string } | { kind: 'no-cached-value'; formula: string };
}

/** The plain value of one `<c>` element: its attributes text and inner XML. */
export function decodeCell(attrText: string, inner: string | undefined, shared: StringTable): Decoded {
  if (!inner) return { value: null };
  const fast = fastValue(attrText, inner, shared);
  if (fast !== undefined) return { value: fast };
  const t = /\bt\s*=\s*"([^"]*)"/.exec(attrText)?.[1] ?? 'n';
  if (!inner) return { value: null };
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  const f = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
  if (t === 'inlineStr') {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    if (is) return { value: textRuns(is[1]) };
  }
  // A formula whose <v> is missing or empty (openpyxl writes `<v></v>`) has no cached value.
  if (v === undefined || (f && t !== 'str' && v.trim() === '')) {
    return f
      ? { value: null, problem: { kind: 'no-cached-value', formula: unescapeXml(f[1] ?? '') } }
      : { value: null };
  }
  switch (t) {
    case 's':
      return { value: sharedAt(shared, Number(v)) };
    case 'str':
    case 'inlineStr':
      return { value: unescapeOoxml(unescapeXml(v)) };
    case 'b':
      return { value: v.trim() === '1' || v.trim() === 'true' };
    case 'e': {
      const error = unescapeXml(v).trim();
      return { value: error, problem: { kind: 'error', error } };
    }
    case 'd':
      return { value: isoToSerial(v.trim()) };
    default: {
      const text = v.trim();
      if (text === '') return { value: null };
      const n = Number(text);
      return { value: Number.isNaN(n) ? unescapeXml(text) : n };
    }
  }
}

export interface Grid {
  /** values[r][c] for rows top..bottom, columns left..right (1-based inclusive bounds). */
  values: CellValue[][];
  problems: CellProblem[];
}

const PLAIN_CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * One pass over the cells of sheetData (no per-row substrings), for the common case that every cell
 * carries its address. Returns false, having filled nothing reliable, when a cell has no address.
 */
function readCellsDirectly(
  xml: string,
  start: number,
  shared: StringTable,
  top: number,
  left: number,
  bottom: number,
  right: number,
  values: CellValue[][],
  problems: CellProblem[],
): boolean {
  const end = xml.indexOf('</sheetData>', start);
  PLAIN_CELL_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = PLAIN_CELL_RE.exec(xml))) {
    if (end >= 0 && m.index > end) break;
    const ref = attrValue(m[1], 'r');
    if (!ref) return false;
    let col = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const ch = ref.charCodeAt(i);
      if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
      else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
      else if (ch !== 36) break;
    }
    const row = Number(ref.slice(ref.charCodeAt(i) === 36 ? i + 1 : i));
    if (row > bottom) break;
    const inner = m[2];
    if (row < top || col < left || col > right || !inner) continue;
    // Plain numbers and strings without allocating a result object (most cells of a large table).
    const fast = fastValue(m[1], inner, shared);
    if (fast !== undefined) {
      values[row - top][col - left] = fast;
      continue;
    }
    const d = decodeCell(m[1], inner, shared);
    values[row - top][col - left] = d.value;
    if (d.problem) problems.push({ ...d.problem, row, col });
  }
  return true;
}

/** Reads the rectangle top..bottom × left..right of a worksheet part. */
export function readRect(
  xml: string,
  shared: StringTable,
  top: number,
  left: number,
  bottom: number,
  right: number,
): Grid {
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(width).fill(null));
  const problems: CellProblem[] = [];
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0 || bottom < top) return { values, problems };
  if (
    xml.startsWith('<sheetData', start) &&
    readCellsDirectly(xml, start, shared, top, left, bottom, right, values, problems)
  ) {
    return { values, problems };
  }
  // Cells without their own address (or a prefixed namespace): row by row, counting positions.
  for (const row of values) row.fill(null);
  problems.length = 0;
  ROW_RE.lastIndex = start;
  let rowNo = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_RE.exec(xml))) {
    const rAttr = /\br\s*=\s*"(\d+)"/.exec(m[1]);
    rowNo = rAttr ? Number(rAttr[1]) : rowNo + 1;
    if (rowNo > bottom) break;
    if (rowNo < top || !m[2]) continue;
    const out = values[rowNo - top];
    let colNo = 0;
    CELL_RE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CELL_RE.exec(m[2]))) {
      const ref = attrValue(c[1], 'r');
      colNo = ref ? columnOf(ref) : colNo + 1;
      if (colNo < left) continue;
      if (colNo > right) break;
      const d = decodeCell(c[1], c[2], shared);
      out[colNo - left] = d.value;
      if (d.problem) problems.push({ ...d.problem, row: rowNo, col: colNo });
    }
  }
  return { values, problems };
}
