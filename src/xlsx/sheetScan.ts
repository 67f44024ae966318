// Cells of a worksheet part read straight from its UTF-8 bytes, for the large input tables: one forward
// scan by plain byte loops (no string of the whole part, no regular expression over it, no per-cell
// object), rows above the wanted rectangle skipped to their end tag, the scan stopped below it. Plain
// numbers, shared strings and plain inline strings are decoded from byte slices; every other cell
// (formulas, errors, booleans, rich text, whitespace between elements) goes through decodeCell with its
// own text, so the values and CellProblems are exactly readRect's (sheetCells.ts). Node only (Buffer).
import type { CellValue } from '../workbook/port';
import { decodeCell, sharedAt, type CellProblem, type Grid } from './sheetCells';
import type { StringTable } from './sharedStrings';
import { unescapeOoxml, unescapeXml } from './xml';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;
const EQ = 0x3d;
const DOLLAR = 0x24;
const BANG = 0x21;
const QMARK = 0x3f;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The first `b` at or after `from`, or -1 (a plain loop: cheaper than Buffer.indexOf's call for short hops). */
function find(u: Uint8Array, b: number, from: number): number {
  for (let i = from; i < u.length; i++) if (u[i] === b) return i;
  return -1;
}

/** The first `</name>` at or after `from`, the qualified name being the bytes [nameFrom, nameTo), or -1. */
function findEndTag(u: Uint8Array, from: number, nameFrom: number, nameTo: number): number {
  const n = nameTo - nameFrom;
  for (let p = find(u, LT, from); p >= 0; p = find(u, LT, p + 1)) {
    if (u[p + 1] !== SLASH || u[p + 2 + n] !== GT) continue;
    let k = 0;
    while (k < n && u[p + 2 + k] === u[nameFrom + k]) k++;
    if (k === n) return p;
  }
  return -1;
}

/** Where a start tag's `r` and `t` attribute values lie (-1 when absent). */
interface Attrs {
  rStart: number;
  rEnd: number;
  tStart: number;
  tEnd: number;
}

/** Reads `name="value"` pairs of a start tag between `from` and `to`, keeping `r` and `t`. */
function scanAttrs(xml: Uint8Array, from: number, to: number, out: Attrs): void {
  out.rStart = out.tStart = -1;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml[i])) i++;
    const nameStart = i;
    while (i < to && xml[i] !== EQ && !isSpace(xml[i])) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml[i])) i++;
    if (i >= to || xml[i] !== EQ) return;
    i++;
    while (i < to && isSpace(xml[i])) i++;
    const q = xml[i];
    if (q !== QUOTE && q !== APOS) return;
    const vs = i + 1;
    const ve = find(xml, q, vs);
    if (ve < 0 || ve > to) return;
    i = ve + 1;
    if (nameEnd - nameStart !== 1) continue;
    if (xml[nameStart] === 0x72 /* r */) {
      out.rStart = vs;
      out.rEnd = ve;
    } else if (xml[nameStart] === 0x74 /* t */) {
      out.tStart = vs;
      out.tEnd = ve;
    }
  }
}

/** A non-negative integer of plain digits in [from, to), or -1. */
function digits(xml: Uint8Array, from: number, to: number): number {
  if (from >= to || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True when [from, to) holds exactly the ASCII bytes of `word`. */
function isWord(xml: Uint8Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (xml[from + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Texts up to this many bytes are remembered by TextTable; longer ones (notes) rarely repeat. */
const INTERN_MAX_BYTES = 64;
/** The table starts small (most sheets are small) and doubles when half full, up to this many slots. */
const INTERN_FIRST_SLOTS = 1 << 10;
const INTERN_MAX_SLOTS = 1 << 18;

/**
 * The inline texts of one scan by their bytes: a column of types, teams, companies or Borger-IDs repeats a
 * few values thousands of times, and each repeat is found by a hash of its bytes and a byte comparison
 * instead of being decoded into a new string (less work, less memory, and the cell reader's per-column
 * memo then meets the same string again). Only texts without `&`, `_` and CR, which need no unescaping.
 * Once full (half of the largest size), new texts are decoded as before and not remembered.
 */
class TextTable {
  private slots = INTERN_FIRST_SLOTS;
  /** Per slot, side by side (one cache line for a probe): offset + 1 of the bytes in `bytes` (0: empty), hash, length. */
  private meta = new Int32Array(INTERN_FIRST_SLOTS * 4);
  private texts: string[] = new Array<string>(INTERN_FIRST_SLOTS);
  private count = 0;
  /** The remembered texts' bytes, one after another: compared in this small block, not where they stood in the part. */
  private bytes = new Uint8Array(INTERN_FIRST_SLOTS * 16);
  private used = 0;

  /** The text of bytes [from, to), or undefined when it needs unescaping or is too long to remember. */
  text(u: Uint8Array, xml: Buffer, from: number, to: number): string | undefined {
    const len = to - from;
    if (len > INTERN_MAX_BYTES) return undefined;
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      const b = u[i];
      if (b === 0x26 /* & */ || b === 0x5f /* _ */ || b === 0x0d) return undefined;
      h = Math.imul(h ^ b, 0x01000193);
    }
    h ^= h >>> 15;
    const meta = this.meta;
    const mask = this.slots - 1;
    let slot = h & mask;
    for (let at = meta[slot * 4]; at !== 0; at = meta[slot * 4]) {
      if (meta[slot * 4 + 1] === h && meta[slot * 4 + 2] === len && sameBytes(this.bytes, at - 1, u, from, len))
        return this.texts[slot];
      slot = (slot + 1) & mask;
    }
    const text = xml.toString('utf8', from, to);
    if (this.count < this.slots >> 1) {
      if (this.used + len > this.bytes.length) {
        const more = new Uint8Array(this.bytes.length * 2 + len);
        more.set(this.bytes.subarray(0, this.used));
        this.bytes = more;
      }
      this.bytes.set(u.subarray(from, to), this.used);
      meta[slot * 4] = this.used + 1;
      meta[slot * 4 + 1] = h;
      meta[slot * 4 + 2] = len;
      this.texts[slot] = text;
      this.used += len;
      if (++this.count === this.slots >> 1 && this.slots < INTERN_MAX_SLOTS) this.grow();
    }
    return text;
  }

  /** Twice the slots, every remembered text moved to its place in them. */
  private grow(): void {
    const { meta, texts } = this;
    const old = this.slots;
    this.slots *= 2;
    const mask = this.slots - 1;
    this.meta = new Int32Array(this.slots * 4);
    this.texts = new Array<string>(this.slots);
    for (let k = 0; k < old; k++) {
      if (meta[k * 4] === 0) continue;
      let slot = meta[k * 4 + 1] & mask;
      while (this.meta[slot * 4] !== 0) slot = (slot + 1) & mask;
      this.meta[slot * 4] = meta[k * 4];
      this.meta[slot * 4 + 1] = meta[k * 4 + 1];
      this.meta[slot * 4 + 2] = meta[k * 4 + 2];
      this.texts[slot] = texts[k];
    }
  }
}

function sameBytes(x: Uint8Array, a: number, y: Uint8Array, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (x[a + i] !== y[b + i]) return false;
  return true;
}

/** A `<v>` text as readRect's fast path reads it: a number, or undefined when the full decode must say. */
function numberOf(u: Uint8Array, xml: Buffer, from: number, to: number): number | undefined {
  const whole = digits(u, from, to);
  if (whole >= 0) return whole;
  const text = xml.toString('latin1', from, to);
  // Bytes above ASCII (never in a number) go the slow way, which reads them as UTF-8.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return undefined;
  const n = Number(text);
  return text.trim() !== '' && !Number.isNaN(n) ? n : undefined;
}

/**
 * The value of a cell whose inner XML is [from, to) and type attribute [tStart, tEnd), without building
 * its text, for `<v>n</v>` numbers and shared strings and `<is><t>…</t></is>`; undefined otherwise.
 */
function fastValue(
  u: Uint8Array,
  xml: Buffer,
  from: number,
  to: number,
  tStart: number,
  tEnd: number,
  shared: StringTable,
  texts: TextTable,
): CellValue | undefined {
  if (u[from] !== LT) return undefined;
  const b1 = u[from + 1];
  if (b1 === 0x76 /* v */ && u[from + 2] === GT) {
    // <v>…</v> and nothing else.
    const vs = from + 3;
    const ve = to - 4;
    if (ve < vs || !isWord(u, ve, to, '</v>') || find(u, LT, vs) !== ve) return undefined;
    if (tStart < 0 || isWord(u, tStart, tEnd, 'n')) return numberOf(u, xml, vs, ve);
    if (isWord(u, tStart, tEnd, 's')) {
      const i = digits(u, vs, ve);
      return sharedAt(shared, i >= 0 ? i : Number(xml.toString('latin1', vs, ve)));
    }
    return undefined;
  }
  if (b1 === 0x69 /* i */ && isWord(u, from, from + 6, '<is><t') && isWord(u, to - 9, to, '</t></is>')) {
    const after = u[from + 6];
    if (after !== GT && after !== 0x20) return undefined;
    const open = find(u, GT, from + 6);
    const ts = open + 1;
    const te = to - 9;
    if (open < 0 || ts > te) return undefined;
    const lt = find(u, LT, ts);
    if (lt >= 0 && lt < te) return undefined;
    return texts.text(u, xml, ts, te) ?? unescapeOoxml(unescapeXml(xml.toString('utf8', ts, te)));
  }
  return undefined;
}

/** True when `</name>` (the qualified name being the bytes [nameFrom, nameTo)) starts at `at`. */
function isEndTagAt(u: Uint8Array, at: number, nameFrom: number, nameTo: number): boolean {
  const n = nameTo - nameFrom;
  if (u[at] !== LT || u[at + 1] !== SLASH || u[at + 2 + n] !== GT) return false;
  for (let k = 0; k < n; k++) if (u[at + 2 + k] !== u[nameFrom + k]) return false;
  return true;
}

/** True when `</t></is>` starts at `at`. */
function isTextEnd(u: Uint8Array, at: number): boolean {
  return (
    u[at] === LT &&
    u[at + 1] === SLASH &&
    u[at + 2] === 0x74 /* t */ &&
    u[at + 3] === GT &&
    u[at + 4] === LT &&
    u[at + 5] === SLASH &&
    u[at + 6] === 0x69 /* i */ &&
    u[at + 7] === 0x73 /* s */ &&
    u[at + 8] === GT
  );
}

/** Where the text of the common cell shapes lies, found by `quickCell`. */
interface Quick {
  /** 0x76 for `<v>…</v>`, 0x69 for `<is><t…>…</t></is>`. */
  kind: number;
  textFrom: number;
  textTo: number;
}

/**
 * The offset of the cell's end tag when its content [from, …) is exactly `<v>text</v>` or
 * `<is><t…>text</t></is>` with no markup in the text (the text's place to `out`), else -1. These are the
 * shapes Excel and Fremdrift write for numbers, shared and inline strings: one pass over them, where the
 * general way finds the end tag first and then checks the content again.
 */
function quickCell(u: Uint8Array, from: number, nameFrom: number, nameTo: number, out: Quick): number {
  if (u[from] !== LT) return -1;
  if (u[from + 1] === 0x76 /* v */ && u[from + 2] === GT) {
    const vs = from + 3;
    const ve = find(u, LT, vs);
    if (ve < 0 || u[ve + 1] !== SLASH || u[ve + 2] !== 0x76 || u[ve + 3] !== GT) return -1;
    if (!isEndTagAt(u, ve + 4, nameFrom, nameTo)) return -1;
    out.kind = 0x76;
    out.textFrom = vs;
    out.textTo = ve;
    return ve + 4;
  }
  if (
    u[from + 1] === 0x69 /* i */ &&
    u[from + 2] === 0x73 /* s */ &&
    u[from + 3] === GT &&
    u[from + 4] === LT &&
    u[from + 5] === 0x74 /* t */
  ) {
    const after = u[from + 6];
    if (after !== GT && after !== 0x20) return -1;
    const open = find(u, GT, from + 6);
    if (open < 0 || u[open - 1] === SLASH) return -1;
    const te = find(u, LT, open + 1);
    if (te < 0 || !isTextEnd(u, te) || !isEndTagAt(u, te + 9, nameFrom, nameTo)) return -1;
    out.kind = 0x69;
    out.textFrom = open + 1;
    out.textTo = te;
    return te + 9;
  }
  return -1;
}

/** The value of a cell `quickCell` found, as fastValue reads it: undefined when the full decode must say. */
function quickValue(
  u: Uint8Array,
  xml: Buffer,
  q: Quick,
  tStart: number,
  tEnd: number,
  shared: StringTable,
  texts: TextTable,
): CellValue | undefined {
  const { textFrom: ts, textTo: te } = q;
  if (q.kind === 0x69) return texts.text(u, xml, ts, te) ?? unescapeOoxml(unescapeXml(xml.toString('utf8', ts, te)));
  if (tStart < 0 || isWord(u, tStart, tEnd, 'n')) return numberOf(u, xml, ts, te);
  if (isWord(u, tStart, tEnd, 's')) {
    const i = digits(u, ts, te);
    return sharedAt(shared, i >= 0 ? i : Number(xml.toString('latin1', ts, te)));
  }
  return undefined;
}

/** The offset of `<name` (any prefix) opening the sheet's cell data, and whether it is `<sheetData/>`. */
function sheetDataStart(xml: Buffer): { at: number; empty: boolean } | null {
  let p = 0;
  for (;;) {
    p = xml.indexOf('sheetData', p);
    if (p < 0) return null;
    const before = xml[p - 1];
    let ok = before === LT;
    if (before === COLON) {
      let q = p - 2;
      while (q >= 0 && xml[q] !== LT && !isSpace(xml[q]) && xml[q] !== GT && xml[q] !== SLASH) q--;
      ok = q >= 0 && xml[q] === LT && q < p - 2;
    }
    const after = xml[p + 9];
    if (ok && (after === GT || after === SLASH || isSpace(after))) {
      const gt = xml.indexOf(GT, p);
      return gt < 0 ? null : { at: gt + 1, empty: xml[gt - 1] === SLASH };
    }
    p += 9;
  }
}

/**
 * Past an end tag, a comment, a CDATA section or a processing instruction starting at `lt`: the offset
 * after it, or -1 where the scan ends (`</sheetData>`, or markup that is never closed).
 */
function afterMarkup(u: Uint8Array, xml: Buffer, lt: number): number {
  const first = u[lt + 1];
  if (first === SLASH) {
    const gt = find(u, GT, lt);
    if (gt < 0) return -1;
    let local = lt + 2;
    for (let i = lt + 2; i < gt; i++) if (u[i] === COLON) local = i + 1;
    return isWord(u, local, gt, 'sheetData') ? -1 : gt + 1;
  }
  const close = u[lt + 2] === 0x2d ? '-->' : first === QMARK ? '?>' : u[lt + 2] === 0x5b ? ']]>' : '>';
  const end = xml.indexOf(close, lt + 2);
  return end < 0 ? -1 : end + close.length;
}

/** The end of the element name starting after `lt`; where its local name (after any prefix) starts goes to `out`. */
function tagName(u: Uint8Array, lt: number, out: { local: number }): number {
  let end = lt + 1;
  out.local = end;
  for (; end < u.length; end++) {
    const b = u[end];
    if (b === GT || b === SLASH || isSpace(b)) break;
    if (b === COLON) out.local = end + 1;
  }
  return end;
}

/** The column of an A1 address in [from, to) (`$` allowed); its row goes to `out.row` (0 when it has none). */
function cellAddress(u: Uint8Array, from: number, to: number, out: { row: number }): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const ch = u[i];
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== DOLLAR) break;
  }
  if (u[i] === DOLLAR) i++;
  out.row = Math.max(0, digits(u, i, to));
  return col;
}

/**
 * Reads the rectangle top..bottom × left..right (1-based, inclusive) of a worksheet part's bytes: the same
 * values and problems as readRect over the part's text. Rows and cells without their own address are
 * placed by position, as the format allows; namespace prefixes (`x:row`, `x:c`) are accepted.
 */
export function scanRect(
  xml: Buffer,
  shared: StringTable,
  top: number,
  left: number,
  bottom: number,
  right: number,
): Grid {
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(right - left + 1).fill(null));
  const problems: CellProblem[] = [];
  const data = sheetDataStart(xml);
  if (!data || data.empty || bottom < top) return { values, problems };
  const a: Attrs = { rStart: -1, rEnd: -1, tStart: -1, tEnd: -1 };
  const address = { row: 0 };
  const name = { local: 0 };
  const texts = new TextTable();
  const q: Quick = { kind: 0, textFrom: 0, textTo: 0 };
  // One plain Uint8Array for every byte read (monomorphic element access); `xml` only to decode text.
  const u = new Uint8Array(xml.buffer, xml.byteOffset, xml.byteLength);
  let rowNo = 0;
  let colNo = 0;
  let p = data.at;
  for (;;) {
    const lt = find(u, LT, p);
    if (lt < 0) break;
    const first = u[lt + 1];
    // An end tag (</row>, or </sheetData> where the cells end), a comment or the like.
    if (first === SLASH || first === BANG || first === QMARK) {
      p = afterMarkup(u, xml, lt);
      if (p < 0) break;
      continue;
    }
    const nameEnd = tagName(u, lt, name);
    const gt = find(u, GT, nameEnd);
    if (gt < 0) break;
    const selfClosing = u[gt - 1] === SLASH;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    if (isWord(u, name.local, nameEnd, 'row')) {
      scanAttrs(u, nameEnd, attrsEnd, a);
      const r = a.rStart >= 0 ? digits(u, a.rStart, a.rEnd) : -1;
      rowNo = r >= 0 ? r : rowNo + 1;
      colNo = 0;
      p = gt + 1;
      if (selfClosing) continue;
      if (rowNo > bottom) break;
      // (Only by an explicit row number: a counted one may lag behind its cells' own addresses.)
      if (rowNo < top && r >= 0) {
        // A row above the rectangle: straight to its end tag.
        const end = findEndTag(u, p, lt + 1, nameEnd);
        if (end < 0) break;
        p = end + 3 + nameEnd - lt - 1;
      }
      continue;
    }
    if (nameEnd - name.local !== 1 || u[name.local] !== 0x63 /* c */) {
      // Anything else (<extLst>, a prefixed element of another vocabulary): step over its start tag.
      p = gt + 1;
      continue;
    }
    scanAttrs(u, nameEnd, attrsEnd, a);
    let row = rowNo;
    if (a.rStart >= 0) {
      colNo = cellAddress(u, a.rStart, a.rEnd, address);
      if (address.row > 0) row = rowNo = address.row;
    } else colNo++;
    p = gt + 1;
    if (selfClosing) continue;
    const from = gt + 1;
    const quickEnd = quickCell(u, from, lt + 1, nameEnd, q);
    const innerEnd = quickEnd >= 0 ? quickEnd : findEndTag(u, from, lt + 1, nameEnd);
    if (innerEnd < 0) break;
    p = innerEnd + 3 + nameEnd - lt - 1;
    if (row > bottom) break;
    if (row < top || colNo < left || colNo > right || innerEnd === from) continue;
    const fast =
      quickEnd >= 0
        ? quickValue(u, xml, q, a.tStart, a.tEnd, shared, texts)
        : fastValue(u, xml, from, innerEnd, a.tStart, a.tEnd, shared, texts);
    if (fast !== undefined) {
      values[row - top][colNo - left] = fast;
      continue;
    }
    const d = decodeCell(xml.toString('utf8', nameEnd, attrsEnd), xml.toString('utf8', from, innerEnd), shared);
    values[row - top][colNo - left] = d.value;
    if (d.problem) problems.push({ ...d.problem, row, col: colNo });
  }
  return { values, problems };
}
