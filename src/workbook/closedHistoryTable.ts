// Historik_borgere's packed form (issue 28): per closed month a few rows whose `Ændringer` cell carries the
// month's change list as text, so 36 closes of 5,700 citizens are about 60 rows a reader passes in no time,
// not 42,000 (compact rows) or 207,000 (v2 rows) it parses cell by cell. Grammar of a cell: changes
// separated by `;`, each two characters and a Borger-ID: `J`/`N` (counted in activity or not) and the
// Parathed `K`/`T`/`L`/`-` (Klar, Tæt på, Længere fra, none) for a citizen in the gross group, `U-` for
// one who left it. In a Borger-ID `%`, `;` and control characters are written `%XX` (hex). A cell holds at
// most PART_CHARS characters (Excel's limit is 32,767), so a month takes parts `Del` 1, 2, ...; `Antal`
// is the number of changes in the part. The older forms' rows (HISTORIK_BORGERE_V2) are read beside them.
import type { DataIssue } from '../domain/issues';
import type { ChangeRow } from '../domain/closedHistory';
import { READINESS, type ClosedCitizenRow, type MonthKey, type Readiness } from '../domain/model';
import { isEmptyCell, normalizeKey, parseCell, type CellResult } from './cells';
import { HISTORIK_BORGERE, HISTORIK_BORGERE_V2, type ColumnDef } from './contract';
import { headerIndex } from './headers';
import type { CellValue, RawTable } from './port';
import { containsCpr } from '../security/cpr';

/** The most characters Fremdrift writes in one cell (Excel: 32,767), with room to spare. */
export const PART_CHARS = 32_000;

const READINESS_CODE: Record<Readiness, string> = { Klar: 'K', 'Tæt på': 'T', 'Længere fra': 'L' };
const CODE_READINESS = new Map<string, Readiness>(READINESS.map((r) => [READINESS_CODE[r], r]));

/** One change as text: its two characters and the Borger-ID (escaped). */
export function changeText(change: Pick<ChangeRow, 'citizenId' | 'inGroup' | 'active' | 'readiness'>): string {
  const code = change.inGroup
    ? (change.active ? 'J' : 'N') + (change.readiness ? READINESS_CODE[change.readiness] : '-')
    : 'U-';
  return code + escapeId(change.citizenId);
}

/** `%`, `;` and control characters as `%XX`; any other character as it is. */
function escapeId(id: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < id.length; k++) {
    const code = id.charCodeAt(k);
    if (code >= 0x20 && code !== 0x25 && code !== 0x3b) continue;
    out += id.slice(from, k) + '%' + code.toString(16).toUpperCase().padStart(2, '0');
    from = k + 1;
  }
  return from === 0 ? id : out + id.slice(from);
}

const unescapeId = (text: string): string | null => {
  if (!text.includes('%')) return text;
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
};

/** A change read back: null when the text is not one. */
export function parseChange(text: string): Omit<ChangeRow, 'month'> | null {
  if (text.length < 3) return null;
  const id = unescapeId(text.slice(2));
  if (id === null || id.trim() !== id || id === '') return null;
  const a = text[0];
  const r = text[1];
  if (a === 'U') return r === '-' ? { citizenId: id, inGroup: false, active: false } : null;
  if (a !== 'J' && a !== 'N') return null;
  const active = a === 'J';
  if (r === '-') return { citizenId: id, inGroup: true, active };
  const readiness = CODE_READINESS.get(r);
  return readiness ? { citizenId: id, inGroup: true, active, readiness } : null;
}

type Row = Record<string, CellValue>;

/** A month's changes as Historik_borgere rows: parts of at most `limit` characters, Del 1, 2, ... */
export function packMonth(month: MonthKey, changes: readonly ChangeRow[], limit = PART_CHARS): Row[] {
  const rows: Row[] = [];
  let texts: string[] = [];
  let length = 0;
  const flush = () => {
    if (texts.length === 0) return;
    rows.push({ Måned: month, Del: rows.length + 1, Antal: texts.length, Ændringer: texts.join(';') });
    texts = [];
    length = 0;
  };
  for (const change of changes) {
    const text = changeText(change);
    if (text.length > limit) throw new RangeError(`Borger-ID er for langt til Historik_borgere (${text.length} tegn)`);
    if (texts.length > 0 && length + 1 + text.length > limit) flush();
    length += (texts.length > 0 ? 1 : 0) + text.length;
    texts.push(text);
  }
  flush();
  return rows;
}

/** Change rows (in month order or not) as Historik_borgere rows, month by month ascending. */
export function packChanges(changes: readonly ChangeRow[]): Row[] {
  const byMonth = new Map<MonthKey, ChangeRow[]>();
  for (const c of changes) {
    const list = byMonth.get(c.month);
    if (list) list.push(c);
    else byMonth.set(c.month, [c]);
  }
  const rows: Row[] = [];
  for (const month of [...byMonth.keys()].sort()) for (const r of packMonth(month, byMonth.get(month)!)) rows.push(r);
  return rows;
}

/** What reading Historik_borgere found: the fold's rows, and how many rows were in an older form. */
export interface ClosedHistoryRead {
  rows: ClosedCitizenRow[];
  /** Rows of the v2 or compact form (what `fremdrift upgrade` converts). */
  olderRows: number;
  /** Non-empty rows that could not be used whole (a required value missing or a change unreadable). */
  unusable: number;
}

const column = (def: { columns: readonly ColumnDef[] }, header: string) =>
  def.columns.find((c) => c.header === header)!;
const MONTH = column(HISTORIK_BORGERE, 'Måned');
const PART = column(HISTORIK_BORGERE, 'Del');
const COUNT = column(HISTORIK_BORGERE, 'Antal');

/**
 * Reads Historik_borgere in any of its forms (packed rows and older rows may stand in one table: a close
 * on an older workbook appends packed rows). Each problem is an issue naming the row and column; an
 * unreadable change is left out, the rest of its cell is read.
 */
export function readClosedHistory(table: RawTable | null, issues: DataIssue[]): ClosedHistoryRead {
  const out: ClosedHistoryRead = { rows: [], olderRows: 0, unusable: 0 };
  if (!table) return out;
  const at = headerIndex(HISTORIK_BORGERE, table);
  const found = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normalizeKey(String(h ?? ''));
    if (key && !found.has(key)) found.set(key, i);
  });
  const older = HISTORIK_BORGERE_V2.columns.map((col) => ({ col, at: found.get(normalizeKey(col.header)) }));
  const packedAt = at.get('Ændringer');
  const monthMemo = new Map<CellValue, CellResult>();
  const parts = new Map<MonthKey, Map<number, number>>();
  const problem = (row: number, col: string, code: DataIssue['code'], params: object, severity = 'error') =>
    issues.push({
      severity,
      table: HISTORIK_BORGERE.name,
      row,
      column: col,
      code,
      params,
      consequence: severity === 'error' ? 'rowSkipped' : 'valueIgnored',
    } as DataIssue);
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.every((c) => isEmptyCell(c))) return;
    const packed = packedAt === undefined ? null : (cells[packedAt] ?? null);
    if (isEmptyCell(packed)) {
      out.olderRows++;
      if (!readOlderRow(cells, row, older, out.rows, issues)) out.unusable++;
      return;
    }
    const raw = cells[at.get('Måned')!] ?? null;
    let month = monthMemo.get(raw);
    if (!month) monthMemo.set(raw, (month = parseCell(MONTH, raw)));
    if (!month.ok || typeof month.value !== 'string') {
      problem(row, 'Måned', month.ok ? 'required' : month.code, month.ok ? {} : month.params);
      out.unusable++;
      return;
    }
    const m = month.value as MonthKey;
    const part = optionalNumber(PART, cells, at, row, problem);
    const count = optionalNumber(COUNT, cells, at, row, problem);
    const read = readPackedCell(String(packed), m, row, out.rows);
    if (read.bad > 0) {
      problem(row, 'Ændringer', 'packedEntryInvalid', { ...read.firstBad!, more: read.bad - 1 }, 'warning');
      out.unusable++;
    }
    if (read.cpr > 0) {
      problem(row, 'Ændringer', 'cpr', {}, 'warning');
      out.unusable++;
    }
    if (count !== undefined && count !== read.entries)
      issues.push({
        severity: 'warning',
        table: HISTORIK_BORGERE.name,
        row,
        column: 'Antal',
        code: 'packedCountMismatch',
        params: { count, found: read.entries },
        consequence: 'none',
      });
    if (part !== undefined) {
      let seen = parts.get(m);
      if (!seen) parts.set(m, (seen = new Map()));
      const first = seen.get(part);
      if (first !== undefined) problem(row, 'Del', 'packedPartTwice', { month: m, part, firstRow: first }, 'warning');
      else seen.set(part, row);
    }
  });
  missingParts(parts, issues);
  return out;
}

/** Each month's parts must be 1 to its highest: a warning for each one missing, at the highest part's row. */
function missingParts(parts: ReadonlyMap<MonthKey, ReadonlyMap<number, number>>, issues: DataIssue[]): void {
  for (const [month, seen] of parts) {
    let highest = 0;
    for (const p of seen.keys()) if (p > highest) highest = p;
    for (let p = 1; p < highest; p++)
      if (!seen.has(p))
        issues.push({
          severity: 'warning',
          table: HISTORIK_BORGERE.name,
          row: seen.get(highest)!,
          column: 'Del',
          code: 'packedPartMissing',
          params: { month, part: p },
          consequence: 'none',
        });
  }
}

/** A whole number of the packed row (Del, Antal); an unreadable one is a warning and ignored. */
function optionalNumber(
  col: ColumnDef,
  cells: readonly CellValue[],
  at: ReadonlyMap<string, number>,
  row: number,
  problem: (row: number, col: string, code: DataIssue['code'], params: object, severity?: string) => void,
): number | undefined {
  const i = at.get(col.header);
  const raw = i === undefined ? null : (cells[i] ?? null);
  if (isEmptyCell(raw)) return undefined;
  const parsed = parseCell(col, raw);
  if (parsed.ok && typeof parsed.value === 'number') return parsed.value;
  if (!parsed.ok) problem(row, col.header, parsed.code, parsed.params, 'warning');
  return undefined;
}

/**
 * Decodes one cell into `into`; counts its changes, the unreadable ones (with the first of them) and those
 * whose Borger-ID looks like a CPR number (left out, never echoed; only a cell with one is checked by ID).
 */
function readPackedCell(text: string, month: MonthKey, row: number, into: ClosedCitizenRow[]) {
  const screen = containsCpr(text);
  let entries = 0;
  let bad = 0;
  let cpr = 0;
  let firstBad: { entry: string; position: number } | null = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(';', start);
    if (end < 0) end = text.length;
    const piece = text.slice(start, end);
    start = end + 1;
    if (piece === '' && end === text.length && entries > 0) break; // a trailing `;`
    entries++;
    const quick = screen ? null : quickRow(piece, row, month);
    if (quick) {
      into.push(quick);
      continue;
    }
    const change = parseChange(piece);
    if (change && screen && containsCpr(change.citizenId)) cpr++;
    else if (change) into.push({ row, month, ...change });
    else if (screen && containsCpr(piece)) cpr++;
    else if (bad++ === 0) firstBad = { entry: piece, position: entries };
  }
  return { entries, bad, cpr, firstBad };
}

/** Code units that never need parseChange's care in a Borger-ID: printable ASCII other than space and `%`. */
const plainIdChar = (code: number) => code > 0x20 && code < 0x7f && code !== 0x25;

/**
 * The usual change (`J`/`N`/`U`, a known code, a plain Borger-ID) as its row in one step, the same row
 * parseChange gives; null for anything else, which parseChange then reads (and judges).
 */
function quickRow(piece: string, row: number, month: MonthKey): ClosedCitizenRow | null {
  if (piece.length < 3 || !plainIdChar(piece.charCodeAt(2)) || !plainIdChar(piece.charCodeAt(piece.length - 1)))
    return null;
  if (piece.includes('%', 3)) return null;
  const a = piece.charCodeAt(0);
  const r = piece[1];
  const citizenId = piece.slice(2);
  if (a === 0x55 /* U */) return r === '-' ? { row, month, citizenId, inGroup: false, active: false } : null;
  if (a !== 0x4a /* J */ && a !== 0x4e /* N */) return null;
  const active = a === 0x4a;
  if (r === '-') return { row, month, citizenId, inGroup: true, active };
  const readiness = CODE_READINESS.get(r);
  return readiness ? { row, month, citizenId, inGroup: true, active, readiness } : null;
}

/** A row of an older form (v2 or compact); false when it misses a required value (then it is an issue). */
function readOlderRow(
  cells: readonly CellValue[],
  row: number,
  columns: readonly { col: ColumnDef; at: number | undefined }[],
  into: ClosedCitizenRow[],
  issues: DataIssue[],
): boolean {
  const fields: Record<string, unknown> = { row };
  let usable = true;
  for (const { col, at } of columns) {
    const raw = at === undefined ? null : (cells[at] ?? null);
    const parsed = parseCell(col, raw);
    if (parsed.ok && parsed.value !== undefined) {
      fields[col.field] = parsed.value;
      continue;
    }
    if (parsed.ok && !col.required) continue;
    issues.push({
      severity: col.required ? 'error' : 'warning',
      table: HISTORIK_BORGERE.name,
      row,
      column: col.header,
      code: parsed.ok ? 'required' : parsed.code,
      params: parsed.ok ? {} : parsed.params,
      consequence: col.required ? 'rowSkipped' : 'valueIgnored',
    } as DataIssue);
    if (col.required) usable = false;
  }
  if (usable) into.push(fields as unknown as ClosedCitizenRow);
  return usable;
}
