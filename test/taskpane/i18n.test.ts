import { DICTIONARIES, texts } from '../../src/taskpane/i18n';

describe('task pane texts', () => {
  it('Danish and English have the same keys and no empty text', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.da).sort());
    for (const dict of Object.values(DICTIONARIES)) for (const v of Object.values(dict)) expect(v.trim()).not.toBe('');
  });

  it('placeholders match between the languages', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(DICTIONARIES.da) as (keyof typeof DICTIONARIES.da)[]) {
      expect([key, vars(DICTIONARIES.en[key])]).toEqual([key, vars(DICTIONARIES.da[key])]);
    }
  });

  it('formats Danish numbers, percentages, dates and months', () => {
    const tx = texts('da');
    expect(tx.number(1234.5)).toBe('1.234,5');
    expect(tx.percent(0.4)).toMatch(/^40\s%$/);
    expect(tx.percent(null)).toBe('–');
    expect(tx.date('2025-03-01')).toBe('01-03-2025');
    expect(tx.month('2025-03')).toBe('marts 2025');
    expect(tx.t('gapCitizens', { n: 3 })).toBe('3 borgere fra milepælen');
  });

  it('formats English months and keeps unknown placeholders visible', () => {
    const tx = texts('en');
    expect(tx.month('2025-03')).toBe('March 2025');
    expect(tx.t('gapCitizens')).toBe('{n} citizens short of the milestone');
  });
});
