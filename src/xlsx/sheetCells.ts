// Cells of a worksheet part, read and patched as text. Reading scans only the rows asked for and gives
// each cell's plain value; error cells and formulas without a cached value are reported beside the
// values (CellProblem) so the caller can name the real cause. Patching rewrites only the rows it changes
// and leaves every other row's XML exactly as it was.
import type { CellValue } from '../workbook/port';
import { columnLetter } from './address';
import { attrs, escapeXml, setAttr, textRuns, unescapeOoxml, unescapeXml, xmlSafe } from './xml';

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

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

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
function attrValue(attrText: string, name: string): string | undefined {
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
function fastValue(attrText: string, inner: string, shared: readonly string[]): CellValue | undefined {
  if (inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4) {
    const v = inner.slice(3, -4);
    const t = attrValue(attrText, 't');
    if (t === 's') return shared[Number(v)] ?? null;
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

interface Decoded {
  value: CellValue;
  problem?: { kind: 'error'; error: string } | { kind: 'no-cached-value'; formula: string };
}

/** The plain value of one `<c>` element: its attributes text and inner XML. */
export function decodeCell(attrText: string, inner: string | undefined, shared: readonly string[]): Decoded {
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
      return { value: shared[Number(v)] ?? null };
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
  shared: readonly string[],
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
  shared: readonly string[],
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

/** An edit that would damage the sheet (the message is Danish). */
export class SheetEditError extends Error {}

interface RowSlot {
  r: number;
  /** Original row XML, or null once the row is edited. */
  raw: string | null;
  openAttrs: string;
  /** Cells by column, parsed on first edit: [attrs text, inner or undefined]. */
  cells?: Map<number, { attrText: string; inner: string | undefined }>;
}

/** A worksheet part open for cell edits; `toXml()` gives the part back with only edited rows rewritten. */
export class SheetEditor {
  private prefix: string;
  private suffix: string;
  /** True once an edit replaced a cell that held a formula (the calculation chain must then go). */
  replacedFormula = false;
  private readonly rows: RowSlot[] = [];
  private readonly byRow = new Map<number, RowSlot>();
  private sorted = true;

  constructor(xml: string) {
    const open = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) throw new Error('arket har ingen sheetData');
    const prefixEnd = open.index + open[0].length;
    if (open[1] === '/') {
      const tag = open[0].replace(/\s*\/>$/, '>');
      const name = /<([\w:]+)/.exec(tag)![1];
      this.prefix = xml.slice(0, open.index) + tag;
      this.suffix = `</${name}>` + xml.slice(prefixEnd);
      return;
    }
    const close = xml.indexOf('sheetData>', prefixEnd);
    const closeStart = xml.lastIndexOf('</', close);
    this.prefix = xml.slice(0, prefixEnd);
    this.suffix = xml.slice(closeStart);
    const body = xml.slice(prefixEnd, closeStart);
    ROW_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let rowNo = 0;
    while ((m = ROW_RE.exec(body))) {
      const rAttr = /\br\s*=\s*"(\d+)"/.exec(m[1]);
      rowNo = rAttr ? Number(rAttr[1]) : rowNo + 1;
      const slot: RowSlot = { r: rowNo, raw: m[0], openAttrs: m[1] };
      this.rows.push(slot);
      this.byRow.set(rowNo, slot);
    }
  }

  private parseRow(slot: RowSlot) {
    if (slot.cells) return slot.cells;
    const cells = new Map<number, { attrText: string; inner: string | undefined }>();
    const inner = slot.raw ? /^<[^>]*?(?:\/>|>([\s\S]*)<\/(?:\w+:)?row>)$/.exec(slot.raw)?.[1] : undefined;
    if (inner) {
      let colNo = 0;
      CELL_RE.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = CELL_RE.exec(inner))) {
        const ref = /\br\s*=\s*"([^"]+)"/.exec(c[1]);
        colNo = ref ? columnOf(ref[1]) : colNo + 1;
        cells.set(colNo, { attrText: c[1], inner: c[2] });
      }
    }
    slot.cells = cells;
    return cells;
  }

  private slot(row: number, create: boolean): RowSlot | undefined {
    let s = this.byRow.get(row);
    if (!s && create) {
      s = { r: row, raw: null, openAttrs: ` r="${row}"`, cells: new Map() };
      if (this.rows.length > 0 && this.rows[this.rows.length - 1].r > row) this.sorted = false;
      this.rows.push(s);
      this.byRow.set(row, s);
    }
    return s;
  }

  /** True when the cell holds a value or formula (formatting alone does not count). */
  hasContent(row: number, col: number): boolean {
    const s = this.slot(row, false);
    if (!s) return false;
    const cell = this.parseRow(s).get(col);
    return !!cell?.inner && /<(?:\w+:)?(?:v|is|f)\b/.test(cell.inner);
  }

  /** True for the first cell of a shared formula (its `<f t="shared" ref=…>` serves a whole range). */
  isSharedFormulaMaster(row: number, col: number): boolean {
    const s = this.slot(row, false);
    const inner = s ? this.parseRow(s).get(col)?.inner : undefined;
    return !!inner && /<(?:\w+:)?f\b[^>]*\bt="shared"[^>]*\bref="/.test(inner);
  }

  /** The style index of a cell, if it has one. */
  styleOf(row: number, col: number): string | undefined {
    const s = this.slot(row, false);
    if (!s) return undefined;
    const cell = this.parseRow(s).get(col);
    return cell ? /\bs\s*=\s*"(\d+)"/.exec(cell.attrText)?.[1] : undefined;
  }

  /** The plain value of a cell (shared strings resolved by the caller's table). */
  valueOf(row: number, col: number, shared: readonly string[]): CellValue {
    const s = this.slot(row, false);
    const cell = s ? this.parseRow(s).get(col) : undefined;
    return cell ? decodeCell(cell.attrText, cell.inner, shared).value : null;
  }

  /** Writes a value into a cell, keeping its style (or using `style` when given). */
  setCell(row: number, col: number, value: CellValue, style?: string): void {
    const s = this.slot(row, true)!;
    const cells = this.parseRow(s);
    const old = cells.get(col)?.inner;
    if (old && /<(?:\w+:)?f\b/.test(old)) {
      // The first cell of a shared formula carries the formula for the whole range; replacing it would break the others.
      if (/<(?:\w+:)?f\b[^>]*\bt="shared"[^>]*\bref="/.test(old)) {
        throw new SheetEditError(
          `Cellen ${columnLetter(col)}${row} holder en formel, som andre celler deler; Fremdrift overskriver den ikke. Intet er ændret.`,
        );
      }
      this.replacedFormula = true;
    }
    s.raw = null;
    const keep = style ?? (cells.get(col) ? /\bs\s*=\s*"(\d+)"/.exec(cells.get(col)!.attrText)?.[1] : undefined);
    const { attrText, inner } = cellParts(`${columnLetter(col)}${row}`, value, keep);
    cells.set(col, { attrText, inner });
  }

  /** Edits the XML before sheetData (`before`, up to and including its start tag) and after it. */
  editOutside(fn: (before: string, after: string) => [string, string]): void {
    [this.prefix, this.suffix] = fn(this.prefix, this.suffix);
  }

  /** The highest row number with any row element. */
  lastRow(): number {
    return this.rows.reduce((n, r) => Math.max(n, r.r), 0);
  }

  toXml(): string {
    if (!this.sorted) this.rows.sort((a, b) => a.r - b.r);
    const parts: string[] = [this.prefix];
    for (const slot of this.rows) {
      if (slot.raw !== null) {
        parts.push(slot.raw);
        continue;
      }
      const cols = [...slot.cells!.keys()].sort((a, b) => a - b);
      // `spans` is an optional hint that an edit can make wrong; drop it.
      let open = `<row${slot.openAttrs.replace(/\s+spans\s*=\s*"[^"]*"/, '')}`;
      if (attrValue(slot.openAttrs, 'r') !== String(slot.r))
        open = setAttr(open + '>', 'r', String(slot.r)).slice(0, -1);
      const body = cols.map((c) => {
        const cell = slot.cells!.get(c)!;
        const ref = `${columnLetter(c)}${slot.r}`;
        const withRef =
          attrValue(cell.attrText, 'r') === ref ? cell.attrText : setAttr(`<c${cell.attrText}>`, 'r', ref).slice(2, -1);
        return cell.inner === undefined ? `<c${withRef}/>` : `<c${withRef}>${cell.inner}</c>`;
      });
      parts.push(body.length === 0 ? `${open}/>` : `${open}>${body.join('')}</row>`);
    }
    parts.push(this.suffix);
    return parts.join('');
  }
}

/** The attribute text and inner XML of a cell holding `value` (strings inline, never formulas). */
export function cellParts(
  ref: string,
  value: CellValue,
  style?: string,
): { attrText: string; inner: string | undefined } {
  const s = style !== undefined && style !== '0' ? ` s="${style}"` : '';
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
    return { attrText: ` r="${ref}"${s}`, inner: undefined };
  }
  if (typeof value === 'number') return { attrText: ` r="${ref}"${s}`, inner: `<v>${value}</v>` };
  if (typeof value === 'boolean') return { attrText: ` r="${ref}"${s} t="b"`, inner: `<v>${value ? 1 : 0}</v>` };
  return {
    attrText: ` r="${ref}"${s} t="inlineStr"`,
    inner: `<is><t xml:space="preserve">${escapeXml(xmlSafe(String(value)))}</t></is>`,
  };
}

export function cellXml(ref: string, value: CellValue, style?: string): string {
  const { attrText, inner } = cellParts(ref, value, style);
  return inner === undefined ? (attrText.includes(' s=') ? `<c${attrText}/>` : '') : `<c${attrText}>${inner}</c>`;
}

export { attrs };
