// Texts and number/date formats for the task pane: Danish by default, English second.
import { formatDanishDate, formatDanishMonth } from '../../domain/dates';
import { truncateShare } from '../../text/format';
import type { Locale } from '../../text/locale';
import { da, type MessageKey } from './da';
import { en } from './en';

export type { Locale };
export type { MessageKey };
export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { da, en };

export interface Texts {
  locale: Locale;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  number(n: number): string;
  percent(share: number | null): string;
  date(iso: string | undefined): string;
  month(month: string): string;
}

export function texts(locale: Locale): Texts {
  const dict = DICTIONARIES[locale];
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const monthFmt = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    t: (key, vars) => dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m)),
    number: (n) => num.format(n),
    // Truncated, never rounded: a failing month never reads as the threshold (DOMAIN.md section 4).
    percent: (share) => (share === null ? '–' : pct.format(truncateShare(share))),
    // Dates are calendar dates (no time zone): Danish via the domain's formatter, English as ISO.
    date: (iso) => (!iso ? '' : locale === 'da' ? formatDanishDate(iso) : iso),
    month: (m) =>
      locale === 'da' ? formatDanishMonth(m) : monthFmt.format(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1)),
  };
}
