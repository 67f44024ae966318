// The task pane's one string system: both languages have the same keys and placeholders, counted
// texts pick their plural form with Intl.PluralRules, and numbers and dates follow the locale.
import { DICTIONARIES, LOCALES, localeFrom, texts, type PluralText } from '../../src/text/ui';

const forms = (v: string | PluralText): string[] => (typeof v === 'string' ? [v] : [v.one, v.other]);
const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('task pane texts', () => {
  it('Danish and English have the same keys, the same kind of text per key, and no empty text', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.da).sort());
    for (const key of Object.keys(DICTIONARIES.da) as (keyof typeof DICTIONARIES.da)[]) {
      expect([key, typeof DICTIONARIES.en[key]]).toEqual([key, typeof DICTIONARIES.da[key]]);
    }
    for (const locale of LOCALES)
      for (const v of Object.values(DICTIONARIES[locale])) for (const f of forms(v)) expect(f.trim()).not.toBe('');
  });

  it('placeholders match between the languages and between the plural forms', () => {
    for (const key of Object.keys(DICTIONARIES.da) as (keyof typeof DICTIONARIES.da)[]) {
      const da = forms(DICTIONARIES.da[key]);
      const en = forms(DICTIONARIES.en[key]);
      for (const f of [...da, ...en]) expect([key, vars(f)]).toEqual([key, vars(da[0])]);
    }
  });

  it('the import wizard texts live here too', () => {
    expect(texts('da').t('importTitle')).toBe('Importér fra fagsystem');
    expect(texts('en').t('importTitle')).toBe('Import from case system');
  });

  it('formats Danish numbers, percentages, dates and months', () => {
    const tx = texts('da');
    expect(tx.number(1234.5)).toBe('1.234,5');
    expect(tx.percent(0.4)).toMatch(/^40\s%$/);
    expect(tx.percent(null)).toBe('–');
    expect(tx.date('2025-03-01')).toBe('01-03-2025');
    expect(tx.month('2025-03')).toBe('marts 2025');
  });

  it('formats English months and keeps unknown placeholders visible', () => {
    const tx = texts('en');
    expect(tx.month('2025-03')).toBe('March 2025');
    expect(tx.t('caseworker')).toBe('Caseworker');
    expect(tx.t('saved')).toBe('Saved: {what}. The figures are updated.');
  });

  it('reads the locale from a language tag, Danish unless English', () => {
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom('da-DK')).toBe('da');
    expect(localeFrom('de-DE')).toBe('da');
    expect(localeFrom(undefined)).toBe('da');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  it('Danish: 1 borger, 0 and 2 borgere', () => {
    const tx = texts('da');
    expect(tx.plural('gapCitizens', 1)).toBe('1 borger mangler til milepælen');
    expect(tx.plural('gapCitizens', 2)).toBe('2 borgere mangler til milepælen');
    expect(tx.plural('gapCitizens', 0)).toBe('0 borgere mangler til milepælen');
    expect(tx.plural('caseloadBand', 1, { min: 40, max: 50 })).toBe('1 borger; anbefalet 40-50');
    expect(tx.plural('importConfirm', 1)).toBe('Importér 1 række');
    expect(tx.plural('importConfirm', 3)).toBe('Importér 3 rækker');
    expect(tx.plural('importAndMore', 1)).toBe('… og 1 mere');
    expect(tx.plural('moreSignals', 1)).toBe('1 signal mere');
  });

  it('English: 1 citizen, 2 citizens', () => {
    const tx = texts('en');
    expect(tx.plural('gapCitizens', 1)).toBe('1 citizen short of the milestone');
    expect(tx.plural('gapCitizens', 2)).toBe('2 citizens short of the milestone');
    expect(tx.plural('importProgress', 1, { done: 0 })).toBe('0 of 1 row written');
  });

  it('formats the count the locale way', () => {
    expect(texts('da').plural('importRows', 1200)).toBe('1.200 rækker i eksporten');
    expect(texts('en').plural('importRows', 1200)).toBe('1,200 rows in the export');
  });
});
