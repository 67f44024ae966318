// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`), with no time zones:
// a day number counts days since 1970-01-01 using the civil-calendar algorithm, never a local Date.
import type { IsoDate, MonthKey } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYearMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian). */
export function civilToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Valid ISO date text, or null (rejects 2025-02-31). */
export function parseIsoDate(text: string): IsoDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidCivilDate(y, mo, d)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  // month 0 or 13 would also fail on day <= undefined; the explicit range says what is meant.
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInYearMonth(year, month)
  );
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function toDayNumber(iso: IsoDate): number {
  // Hot path (every placement's length, every threshold): the digits read in place, no slices; any other
  // text takes the general parse (and gives NaN where that does).
  const digits = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (iso.length === 10 && digits >= 0 && month >= 0 && day >= 0) return civilToDayNumber(digits, month, day);
  return civilToDayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** The number the decimal digits from..to-1 of text spell, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoFromParts(year, month, day);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** b - a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function monthOf(iso: IsoDate): MonthKey {
  return iso.slice(0, 7);
}

export function isMonthKey(text: string): boolean {
  const m = MONTH_KEY.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** year * 12 + (month - 1): consecutive integers for consecutive months. */
export function monthIndex(month: MonthKey): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/**
 * monthIndex of an ISO date or month key read straight from its digits: the same number for the
 * validated `YYYY-MM…` text, without slicing or parsing (hot paths over every row).
 */
export function monthNumber(text: string): number {
  return (
    (text.charCodeAt(0) * 1000 + text.charCodeAt(1) * 100 + text.charCodeAt(2) * 10 + text.charCodeAt(3) - 53328) * 12 +
    text.charCodeAt(5) * 10 +
    text.charCodeAt(6) -
    529
  );
}

export function monthFromIndex(index: number): MonthKey {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function addMonths(month: MonthKey, n: number): MonthKey {
  return monthFromIndex(monthIndex(month) + n);
}

/** Months from `from` to `to` inclusive; empty when `to` is before `from`. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) out.push(monthFromIndex(i));
  return out;
}

export function firstDay(month: MonthKey): IsoDate {
  return `${month}-01`;
}

export function daysInMonth(month: MonthKey): number {
  return daysInYearMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

export function lastDay(month: MonthKey): IsoDate {
  return `${month}-${pad(daysInMonth(month))}`;
}

// Excel's 1900 date system: serial 25569 is 1970-01-01. Serials below 61 are shifted by Excel's
// fictitious 1900-02-29 (serial 60), which maps to 1900-02-28 here.
const EXCEL_EPOCH_OFFSET = 25569;

export function excelSerialToIso(serial: number): IsoDate {
  const whole = Math.floor(serial);
  const adjusted = whole < 60 ? whole + 1 : whole;
  return fromDayNumber(adjusted - EXCEL_EPOCH_OFFSET);
}

export function isoToExcelSerial(iso: IsoDate): number {
  const serial = toDayNumber(iso) + EXCEL_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}

/** `01-03-2025`. */
export function formatDanishDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** `marts 2025`. */
export function formatDanishMonth(month: MonthKey): string {
  return `${DANISH_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export function danishMonthName(monthNumber: number): string {
  return DANISH_MONTHS[monthNumber - 1];
}

/** The same day n months later (or earlier), clamped to the month's last day: 31-05 - 3 months = 28/29-02. */
export function addMonthsToDate(iso: IsoDate, n: number): IsoDate {
  const month = addMonths(monthOf(iso), n);
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(month));
  return `${month}-${pad(day)}`;
}
