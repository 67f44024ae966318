// The task pane's texts over one dictionary: lookup, plurals and the formats of figures and dates. Kept
// apart from the dictionaries, so the pane can load only the language it shows (taskpane/useTexts.ts).
import { formatDanishDate, formatDanishMonth } from '../../domain/dates';
import { truncateShare } from '../format';
import type { Dictionary, MessageKey, PluralKey, PluralText } from './da';
import type { Locale } from './locale';

type Vars = Record<string, string | number>;

export interface Texts {
  locale: Locale;
  t(key: MessageKey, vars?: Vars): string;
  /** The form of a counted text that fits `n` ("1 borger", "2 borgere"); `{n}` is `n` formatted. */
  plural(key: PluralKey, n: number, vars?: Vars): string;
  number(n: number): string;
  percent(share: number | null): string;
  date(iso: string | undefined): string;
  month(month: string): string;
}

const fill = (text: string, vars?: Vars) =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));

export function textsWith(locale: Locale, dict: Dictionary): Texts {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const rules = new Intl.PluralRules(tag);
  const monthFmt = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    t: (key, vars) => fill(dict[key] as string, vars),
    plural: (key, n, vars) => {
      const forms = dict[key] as PluralText;
      return fill(rules.select(n) === 'one' ? forms.one : forms.other, { ...vars, n: num.format(n) });
    },
    number: (n) => num.format(n),
    // Truncated, never rounded: a failing month never reads as the threshold (DOMAIN.md section 4).
    percent: (share) => (share === null ? '–' : pct.format(truncateShare(share))),
    // Dates are calendar dates (no time zone): Danish via the domain's formatter, English as ISO.
    date: (iso) => (!iso ? '' : locale === 'da' ? formatDanishDate(iso) : iso),
    month: (m) =>
      locale === 'da'
        ? formatDanishMonth(m)
        : monthFmt.format(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1)),
  };
}
