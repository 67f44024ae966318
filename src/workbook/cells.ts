// Parsing one cell of an input table according to its column definition. A refusal is a code with
// parameters (src/domain/issues.ts); the text comes from src/text/issues.ts where it is shown, so the reader
// does not carry every message into the first view. Callers (read.ts, entry actions, import) add
// table, row and column.
import { looksLikeCpr } from '../security/cpr';
import { daysInMonth, excelSerialToIso, isoToExcelSerial } from '../domain/dates';
import type { IssueCode, IssueParams } from '../domain/issues';
import { idKey } from '../domain/rowRules';
import type { ColumnDef } from './contract';
import type { CellValue } from './port';

export type CellFailure = {
  [C in IssueCode]: { ok: false; code: C; params: IssueParams[C] };
}[IssueCode];
export type CellResult = { ok: true; value: unknown } | CellFailure;

const ok = (value: unknown): CellResult => ({ ok: true, value });
function fail<C extends IssueCode>(code: C, params: IssueParams[C]): CellResult {
  return { ok: false, code, params } as CellFailure;
}

/** Excel's error values as both adapters read them (Office.js gives them as text, like the .xlsx reader). */
const EXCEL_ERROR =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** Largest Excel serial Excel itself accepts (31-12-9999). */
const MAX_SERIAL = 2958465;

/**
 * The dates Fremdrift accepts (issue 27): from 01-03-1900, the first day after Excel's phantom
 * 29-02-1900 (serial 60), to 31-12-2100. Anything outside is a typing error, never data, and would
 * give reports of thousands of months.
 */
export const FIRST_DATE = '1900-03-01';
export const LAST_DATE = '2100-12-31';
const FIRST_SERIAL = isoToExcelSerial(FIRST_DATE);
const LAST_SERIAL = isoToExcelSerial(LAST_DATE);

export function isEmptyCell(raw: CellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** Lower case, trimmed, inner whitespace collapsed: how headers and list values are compared. */
export function normalizeKey(text: string): string {
  // The same folding as Borger-IDs (domain/rowRules), so a header, a list value and an ID compare alike.
  return idKey(text);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const monthKey = `${year}-${pad2(month)}`;
  if (day > daysInMonth(monthKey)) return null;
  return `${monthKey}-${pad2(day)}`;
}

/** A date from an Excel serial, ISO text or Danish text (01-03-2025, 1.3.2025, 1/3/2025). */
export function parseDate(raw: CellValue): CellResult {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 1 || raw > MAX_SERIAL) return fail('invalidDate', { value: String(raw) });
    // A serial with a time part (e.g. 45717.5) is the same calendar day.
    const serial = Math.floor(raw);
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return fail('dateOutOfRange', { value: String(raw) });
    return ok(excelSerialToIso(serial));
  }
  if (typeof raw !== 'string') return fail('notADate', { value: String(raw) });
  const text = raw.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) parts = [Number(danish[3]), Number(danish[2]), Number(danish[1])];
  if (!parts) return fail('notADate', { value: text });
  const value = isoFromParts(parts[0], parts[1], parts[2]);
  if (!value) return fail('invalidDate', { value: text });
  return value < FIRST_DATE || value > LAST_DATE ? fail('dateOutOfRange', { value: text }) : ok(value);
}

/** Month names as payroll and eIndkomst exports write them: Danish and English, full or three letters. */
const MONTH_NAMES: [RegExp, number][] = [
  /^jan(uar|uary)?$/,
  /^feb(ruar|ruary)?$/,
  /^(mar(ts|ch)?)$/,
  /^apr(il)?$/,
  /^(maj|may)$/,
  /^jun[ie]?$/,
  /^jul[iy]?$/,
  /^aug(ust)?$/,
  /^sep(t|tember)?$/,
  /^o[ck]t(ober)?$/,
  /^nov(ember)?$/,
  /^dec(ember)?$/,
].map((re, i) => [re, i + 1]);

function monthByName(name: string): number | undefined {
  const key = name.toLocaleLowerCase('da').replace(/\.$/, '');
  return MONTH_NAMES.find(([re]) => re.test(key))?.[1];
}

/** A month from a date in the month, `YYYY-MM`, `2025M04`, Danish `03-2025` / `3.2025` / `3/2025`, or `april 2025`. */
export function parseMonth(raw: CellValue): CellResult {
  if (typeof raw === 'string') {
    const text = raw.trim();
    // Jobindsats and Statistics Denmark write months as 2025M04 (issue 24).
    const iso = /^(\d{4})-(\d{1,2})$/.exec(text) ?? /^(\d{4})M(\d{1,2})$/i.exec(text);
    const danish = /^(\d{1,2})[-./](\d{4})$/.exec(text);
    const named = /^([a-zæøå]+\.?)\s+(\d{4})$/i.exec(text);
    const namedMonth = named ? monthByName(named[1]) : undefined;
    const parts = iso
      ? [Number(iso[1]), Number(iso[2])]
      : danish
        ? [Number(danish[2]), Number(danish[1])]
        : namedMonth
          ? [Number(named![2]), namedMonth]
          : null;
    if (parts) {
      const [year, month] = parts;
      if (year < 1900 || month < 1 || month > 12) return fail('notAMonth', { value: text });
      const key = `${year}-${pad2(month)}`;
      if (key < FIRST_DATE.slice(0, 7) || key > LAST_DATE.slice(0, 7)) return fail('dateOutOfRange', { value: text });
      return ok(key);
    }
  }
  const date = parseDate(raw);
  if (date.ok) return ok((date.value as string).slice(0, 7));
  if (date.code === 'dateOutOfRange') return date;
  return fail('notAMonth', { value: String(raw) });
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

function parseText(raw: CellValue): CellResult {
  // Formula-like text ("=SUM(...)", "-3 dage") stays plain text; adapters store it as text.
  return ok(String(raw).trim());
}

function parseList(col: ColumnDef, raw: CellValue): CellResult {
  const values = col.values ?? [];
  // The value exactly as listed (what Fremdrift and the drop-downs write) needs no normalizing.
  if (typeof raw === 'string' && values.includes(raw)) return ok(raw);
  const key = normalizeKey(String(raw));
  const match = values.find((v) => normalizeKey(v) === key);
  if (match) return ok(match);
  return fail('notInList', { value: String(raw), allowed: values });
}

const YES = ['ja', 'j', 'yes', 'true', 'x'];
const NO = ['nej', 'n', 'no', 'false'];

function parseYesNo(raw: CellValue): CellResult {
  if (typeof raw === 'boolean') return ok(raw);
  const key = normalizeKey(String(raw));
  if (YES.includes(key)) return ok(true);
  if (NO.includes(key)) return ok(false);
  return fail('notYesNo', { value: String(raw) });
}

function parseCvr(raw: CellValue): CellResult {
  const text = String(raw)
    .replace(/[\s\u00a0]/g, '')
    .replace(/^DK/i, '');
  if (/^\d{8}$/.test(text)) return ok(text);
  return fail('notCvr', { value: String(raw) });
}

/**
 * True when the text holds fewer than ten ASCII digits: no spelling of a CPR number (six digits of date and
 * four more) fits, so the detector's patterns need not run (most cells: names, types, IDs, notes).
 */
export function tooFewDigitsForCpr(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 10) return false;
  }
  return true;
}

/**
 * Parses a raw cell for its column. Empty cells give `value: undefined` (the caller decides
 * whether the column is required).
 */
export function parseCell(col: ColumnDef, raw: CellValue | undefined): CellResult {
  if (isEmptyCell(raw)) return ok(undefined);
  const value = raw as CellValue;
  // An error value (#N/A, #REF!, ...) is reported as what it is, not as a wrong date or number.
  // (Only text with a '#' can be one: the pattern is tried on those alone.)
  if (typeof value === 'string' && value.includes('#') && EXCEL_ERROR.test(value.trim()))
    return fail('cellError', { value: value.trim() });
  // Checked before any type so no message can echo a CPR number typed into, say, a date cell. The value
  // itself is never echoed, so a CPR number does not spread into reports.
  if (!(typeof value === 'string' && tooFewDigitsForCpr(value)) && looksLikeCpr(value)) return fail('cpr', {});
  switch (col.type) {
    case 'text':
    case 'id':
      return parseText(value);
    case 'date':
      return parseDate(value);
    case 'month':
      return parseMonth(value);
    case 'number': {
      // A whole-number column reads "1.234" the Danish way, as 1234 (Jobindsats, STAR): as a decimal it could
      // only be refused (issue 24).
      const danishThousands =
        col.integer && typeof value === 'string' && /^\d{1,3}(\.\d{3})+$/.test(value.trim().replace(/[\s\u00a0]/g, ''));
      const n = parseNumber(danishThousands ? (value as string).replace(/[.\s\u00a0]/g, '') : value);
      if (n === null) return fail('notANumber', { value: String(value) });
      if (col.integer && !Number.isInteger(n)) return fail('notAnInteger', { value: String(value) });
      if (col.min !== undefined && n < col.min) return fail('belowMin', { value: n, min: col.min });
      if (col.max !== undefined && n > col.max) return fail('aboveMax', { value: n, max: col.max });
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

/** The value written to the workbook for a parsed field: dates as Excel serials, yes/no as Ja/Nej. */
export function cellValueFor(col: ColumnDef, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (col.type === 'date') return isoToExcelSerial(value as string);
  if (col.type === 'yesno') return value ? 'Ja' : 'Nej';
  return value as CellValue;
}
