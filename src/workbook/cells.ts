// Parsing one cell of an input table according to its column definition. Messages are Danish and
// carry no location; callers (read.ts, entry actions) add table, row and column.
import { CPR_MESSAGE, containsCpr } from '../security/cpr';
import { daysInMonth, excelSerialToIso } from '../domain/dates';
import type { ColumnDef } from './contract';
import type { CellValue } from './port';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

/** Largest Excel serial Excel itself accepts (31-12-9999). */
const MAX_SERIAL = 2958465;

export function isEmptyCell(raw: CellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** Lower case, trimmed, inner whitespace collapsed: how headers and list values are compared. */
export function normalizeKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const monthKey = `${year}-${pad2(month)}`;
  if (day > daysInMonth(monthKey)) return null;
  return `${monthKey}-${pad2(day)}`;
}

function quote(raw: CellValue): string {
  const text = String(raw);
  return `"${text.length > 40 ? text.slice(0, 40) + '…' : text}"`;
}

/** A date from an Excel serial, ISO text or Danish text (01-03-2025, 1.3.2025, 1/3/2025). */
export function parseDate(raw: CellValue): CellResult {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 1 || raw > MAX_SERIAL) return fail(`${raw} er ikke en gyldig dato`);
    // A serial with a time part (e.g. 45717.5) is the same calendar day.
    return ok(excelSerialToIso(Math.floor(raw)));
  }
  if (typeof raw !== 'string') return fail(`${quote(raw)} er ikke en dato; skriv fx 01-03-2025`);
  const text = raw.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) parts = [Number(danish[3]), Number(danish[2]), Number(danish[1])];
  if (!parts) return fail(`${quote(raw)} er ikke en dato; skriv fx 01-03-2025 eller 2025-03-01`);
  const value = isoFromParts(...parts);
  return value ? ok(value) : fail(`${quote(raw)} er ikke en gyldig dato (dagen findes ikke)`);
}

/** A month from a date in the month, `YYYY-MM`, or Danish `03-2025` / `3.2025` / `3/2025`. */
export function parseMonth(raw: CellValue): CellResult {
  if (typeof raw === 'string') {
    const text = raw.trim();
    const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
    const danish = /^(\d{1,2})[-./](\d{4})$/.exec(text);
    const parts = iso ? [Number(iso[1]), Number(iso[2])] : danish ? [Number(danish[2]), Number(danish[1])] : null;
    if (parts) {
      const [year, month] = parts;
      if (year < 1900 || month < 1 || month > 12) return fail(`${quote(raw)} er ikke en gyldig måned`);
      return ok(`${year}-${pad2(month)}`);
    }
  }
  const date = parseDate(raw);
  if (date.ok) return ok((date.value as string).slice(0, 7));
  return fail(`${quote(raw)} er ikke en måned; skriv fx 2025-03 eller en dato i måneden`);
}

/** A number, accepting Danish decimal comma ("7,5") and thousands points ("1.234,5"). */
export function parseNumber(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let text = raw.replace(/[\s\u00a0]/g, '');
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

function parseText(col: ColumnDef, raw: CellValue): CellResult {
  const text = String(raw).trim();
  // Only the refusal: the value itself is never echoed, so a CPR number does not spread into reports.
  if (containsCpr(text)) return fail(`Værdien ${CPR_MESSAGE}`);
  // Formula-like text ("=SUM(...)", "-3 dage") stays plain text; adapters store it as text.
  void col;
  return ok(text);
}

function parseList(col: ColumnDef, raw: CellValue): CellResult {
  const values = col.values ?? [];
  const key = normalizeKey(String(raw));
  const match = values.find((v) => normalizeKey(v) === key);
  if (match) return ok(match);
  return fail(`${quote(raw)} er ikke en tilladt værdi; vælg en af: ${values.join(', ')}`);
}

const YES = ['ja', 'j', 'yes', 'true', 'x'];
const NO = ['nej', 'n', 'no', 'false'];

function parseYesNo(raw: CellValue): CellResult {
  if (typeof raw === 'boolean') return ok(raw);
  const key = normalizeKey(String(raw));
  if (YES.includes(key)) return ok(true);
  if (NO.includes(key)) return ok(false);
  return fail(`${quote(raw)} skal være Ja eller Nej`);
}

function parseCvr(raw: CellValue): CellResult {
  const text = String(raw).replace(/[\s\u00a0]/g, '').replace(/^DK/i, '');
  if (/^\d{8}$/.test(text)) return ok(text);
  return fail(`${quote(raw)} er ikke et CVR-nummer; det skal være 8 cifre`);
}

/**
 * Parses a raw cell for its column. Empty cells give `value: undefined` (the caller decides
 * whether the column is required).
 */
export function parseCell(col: ColumnDef, raw: CellValue | undefined): CellResult {
  if (isEmptyCell(raw)) return ok(undefined);
  const value = raw as CellValue;
  // Checked before any type so no message can echo a CPR number typed into, say, a date cell.
  if (typeof value === 'string' && containsCpr(value)) return fail(`Værdien ${CPR_MESSAGE}`);
  switch (col.type) {
    case 'text':
    case 'id':
      return parseText(col, value);
    case 'date':
      return parseDate(value);
    case 'month':
      return parseMonth(value);
    case 'number': {
      const n = parseNumber(value);
      if (n === null) return fail(`${quote(value)} er ikke et tal`);
      if (col.min !== undefined && n < col.min) return fail(`${String(value).trim()} er mindre end ${col.min}`);
      if (col.max !== undefined && n > col.max) return fail(`${String(value).trim()} er mere end ${col.max}, det højest mulige`);
      return ok(n);
    }
    case 'list':
      return parseList(col, value);
    case 'yesno':
      return parseYesNo(value);
    case 'cvr':
      return parseCvr(value);
  }
}
