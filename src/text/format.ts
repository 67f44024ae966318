// Numbers, shares, counts, dates, months and kroner as users read them, in Danish (decimal comma,
// dd-mm-åååå, "februar 2027") or English. Shares are TRUNCATED to one decimal, never rounded, so a
// failing month never reads as the threshold (199 of 498 = "39,9 %", not "40,0 %"; DOMAIN.md section 4).
import { danishMonthName, formatDanishDate } from '../domain/dates';
import type { IsoDate, MonthKey } from '../domain/model';
import type { Locale } from './locale';

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const tag = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');

/** Tenths of a percent, truncated: floor(share * 1000), forgiving float noise below 1e-9. */
function permille(share: number): number {
  return Math.floor(share * 1000 + 1e-9);
}

/** The share as a fraction truncated to one decimal of a percent (0.39959... -> 0.399), for cells formatted 0.0%. */
export function truncateShare(share: number): number;
export function truncateShare(share: number | null): number | null;
export function truncateShare(share: number | null): number | null {
  return share === null ? null : permille(share) / 1000;
}

/** "39,9 %" / "39.9%"; "–" when the share is undefined (gross 0). */
export function formatShare(share: number | null | undefined, locale: Locale = 'da'): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const p = permille(share);
  const text = `${Math.trunc(p / 10)}${locale === 'da' ? ',' : '.'}${Math.abs(p % 10)}`;
  return locale === 'da' ? `${text} %` : `${text}%`;
}

/** The share of `part` in `whole` from exact integers (no float truncation doubt); "–" when whole is 0. */
export function formatShareOf(part: number, whole: number, locale: Locale = 'da'): string {
  if (whole <= 0) return '–';
  return formatShare(Math.floor((part * 1000) / whole) / 1000, locale);
}

// One formatter per locale and precision: toLocaleString builds a new one per call, which was the largest
// single cost of `report --json` at 10x (1.2-3.1 s for the messages' numbers, issue 26).
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(tag(locale), { maximumFractionDigits })));
  return f;
}

export function formatNumber(n: number, locale: Locale = 'da'): string {
  // Whole numbers below 1,000 look the same in every locale: no formatter needed for most counts.
  if (Number.isInteger(n) && (n > 0 || Object.is(n, 0)) && n < 1000) return String(n);
  return numberFormat(locale, 1).format(n);
}

/** "158 af 405" / "158 of 405". */
export function formatCount(part: number, whole: number, locale: Locale = 'da'): string {
  return `${formatNumber(part, locale)} ${locale === 'da' ? 'af' : 'of'} ${formatNumber(whole, locale)}`;
}

/** "39,9 % (158 af 405)"; "–" when whole is 0. */
export function formatShareWithCount(part: number, whole: number, locale: Locale = 'da'): string {
  return whole > 0 ? `${formatShareOf(part, whole, locale)} (${formatCount(part, whole, locale)})` : '–';
}

/** "februar 2027" / "February 2027". */
export function formatMonth(month: MonthKey, locale: Locale = 'da'): string {
  const m = Number(month.slice(5, 7));
  return `${locale === 'da' ? danishMonthName(m) : ENGLISH_MONTHS[m - 1]} ${month.slice(0, 4)}`;
}

const SHORT_DA = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** A month in little room, for chart labels: "jan. 26", "maj 26" in Danish; "Jan 26" in English. */
export function formatShortMonth(month: MonthKey, locale: Locale = 'da'): string {
  const m = Number(month.slice(5, 7));
  const name = locale === 'da' ? SHORT_DA[m - 1] : ENGLISH_MONTHS[m - 1].slice(0, 3);
  return `${name} ${month.slice(2, 4)}`;
}

/** "01-03-2025" in Danish; ISO in English (calendar dates, no time zone). */
export function formatDate(iso: IsoDate, locale: Locale = 'da'): string {
  return locale === 'da' ? formatDanishDate(iso) : iso;
}

/** "1.250.000 kr." / "DKK 1,250,000". */
export function formatKroner(amount: number, locale: Locale = 'da'): string {
  const n = numberFormat(locale, 2).format(amount);
  return locale === 'da' ? `${n} kr.` : `DKK ${n}`;
}

const pluralCache = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let r = pluralCache.get(locale);
  if (!r) pluralCache.set(locale, (r = new Intl.PluralRules(tag(locale))));
  return r;
}

/** Danish and English plurals through Intl.PluralRules: "1 borger", "4 borgere". */
export function plural(n: number, forms: { one: string; other: string }, locale: Locale = 'da'): string {
  const rule = pluralRules(locale).select(n);
  return `${formatNumber(n, locale)} ${rule === 'one' ? forms.one : forms.other}`;
}
