// A worksheet part open for cell edits, patched as text: it rewrites only the rows it changes and leaves
// every other row's XML exactly as it was. Apart from sheetCells.ts (reading) so each stays small.
import { FremdriftError } from '../workbook/errors';
import type { CellValue } from '../workbook/port';
import { fremdriftError } from '../text/errors';
import { columnLetter } from './address';
import { StringSink, type XmlWriter } from './deflateSink';
import type { StringTable } from './sharedStrings';
import { attrValue, CELL_RE, columnOf, decodeCell, ROW_RE } from './sheetCells';
import { escapeXml, setAttr, xmlSafe } from './xml';

/** An edit that would damage the sheet (the message is Danish). */
export class SheetEditError extends FremdriftError<'sheet.edit'> {
  constructor(message: string) {
    super('sheet.edit', { message }, message);
    this.name = 'SheetEditError';
  }
}

/** How rows appended by value are laid out: first column, and each column's letter and style. */
export interface RowLayout {
  letters: readonly string[];
  styles: readonly (string | undefined)[];
}

interface RowSlot {
  r: number;
  /** Original row XML, or null once the row is edited. */
  raw: string | null;
  /** A row appended by value, rendered only when the part is written (or a later edit touches it). */
  appended?: { cells: readonly CellValue[]; layout: RowLayout };
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
    if (!open) throw fremdriftError('sheet.noSheetData', {});
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
    materialize(slot);
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
  valueOf(row: number, col: number, shared: StringTable): CellValue {
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
    let n = 0;
    for (const r of this.rows) if (r.r > n) n = r.r;
    return n;
  }

  /**
   * Appends a new row by its values (one per column of `layout`): the fast path for appending many rows
   * to a table. The row is kept as values and rendered to XML only when the part is written, so a large
   * append holds no per-row strings; a later edit of the row renders it first.
   */
  appendRowValues(row: number, cells: readonly CellValue[], layout: RowLayout): void {
    if (this.byRow.has(row)) throw new SheetEditError(`Række ${row} findes allerede på arket; intet er ændret.`);
    if (this.rows.length > 0 && this.rows[this.rows.length - 1].r > row) this.sorted = false;
    const slot: RowSlot = { r: row, raw: null, openAttrs: ` r="${row}"`, appended: { cells, layout } };
    this.rows.push(slot);
    this.byRow.set(row, slot);
  }

  toXml(): string {
    const sink = new StringSink();
    this.writeXml(sink);
    return sink.toString();
  }

  /** Writes the part to `out` (deflateSink.ts), row by row: only edited rows are rewritten. */
  writeXml(out: XmlWriter): void {
    if (!this.sorted) this.rows.sort((a, b) => a.r - b.r);
    out.write(this.prefix);
    for (const slot of this.rows) {
      if (slot.appended) {
        out.write(appendedRowXml(slot.r, slot.appended.cells, slot.appended.layout));
        continue;
      }
      if (slot.raw !== null) {
        out.write(slot.raw);
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
      out.write(body.length === 0 ? `${open}/>` : `${open}>${body.join('')}</row>`);
    }
    out.write(this.suffix);
  }
}

/** A row appended by value as XML (empty cells without a style are left out). */
function appendedRowXml(row: number, cells: readonly CellValue[], layout: RowLayout): string {
  const parts: string[] = [];
  for (let k = 0; k < layout.letters.length; k++) {
    const xml = cellXml(`${layout.letters[k]}${row}`, cells[k] ?? null, layout.styles[k]);
    if (xml) parts.push(xml);
  }
  return parts.length > 0 ? `<row r="${row}">${parts.join('')}</row>` : `<row r="${row}"/>`;
}

/** Renders an appended row to its XML before it is parsed or edited. */
function materialize(slot: RowSlot) {
  if (!slot.appended) return;
  slot.raw = appendedRowXml(slot.r, slot.appended.cells, slot.appended.layout);
  slot.appended = undefined;
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
