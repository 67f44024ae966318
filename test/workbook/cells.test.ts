import { parseCell } from '../../src/workbook/cells';
import { findingText } from '../../src/text/issues';
import { BORGERE, FORLØB, TIMER, type ColumnDef, type TableDef } from '../../src/workbook/contract';

const col = (table: { columns: readonly ColumnDef[] }, header: string) =>
  table.columns.find((c) => c.header === header)!;
const startdato = col(BORGERE, 'Startdato');
const måned = col(TIMER, 'Måned');
const timer = col(TIMER, 'Ordinære timer');
const målgruppe = col(BORGERE, 'Målgruppe');
const cv = col(BORGERE, 'CV');
const cvr = col(FORLØB, 'CVR');
const id = col(BORGERE, 'Borger-ID');
const næste = col(BORGERE, 'Næste skridt');

describe('parseCell dates', () => {
  test.each([
    [45717, '2025-03-01'], // Excel serial for 1 March 2025
    [45717.75, '2025-03-01'], // a time part is the same day
    [61, '1900-03-01'],
    ['2025-03-01', '2025-03-01'],
    ['2025-3-1', '2025-03-01'],
    ['01-03-2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['1/3/2025', '2025-03-01'],
    [' 29-02-2024 ', '2024-02-29'],
    ['2025-03-01T00:00:00', '2025-03-01'],
  ])('%p -> %s', (raw, iso) => {
    expect(parseCell(startdato, raw)).toEqual({ ok: true, value: iso });
  });

  test.each(['31-02-2025', '29-02-2025', '2025-13-01', '00-01-2025', '32.1.2025'])(
    'impossible date %s is refused in Danish',
    (raw) => {
      const r = parseCell(startdato, raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(findingText(r.code, r.params)).toMatch(/ikke en gyldig dato/);
    },
  );

  test.each(['i går', '2025/03/01x', true, -5, 0])('not a date: %p', (raw) => {
    const r = parseCell(startdato, raw as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(findingText(r.code, r.params)).toMatch(/dato/);
  });

  test('empty cells give undefined', () => {
    for (const raw of [null, '', '   ']) expect(parseCell(startdato, raw)).toEqual({ ok: true, value: undefined });
  });
});

describe('parseCell months', () => {
  test.each([
    ['2025-03', '2025-03'],
    ['03-2025', '2025-03'],
    ['3.2025', '2025-03'],
    ['15-03-2025', '2025-03'],
    [45730, '2025-03'],
  ])('%p -> %s', (raw, month) => {
    expect(parseCell(måned, raw)).toEqual({ ok: true, value: month });
  });
  test('month 13 is refused', () => expect(parseCell(måned, '2025-13').ok).toBe(false));
});

describe('parseCell numbers', () => {
  test.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [12, 12],
    ['1.234,5', 1234.5],
    [' 0 ', 0],
  ])('%p -> %p', (raw, n) => expect(parseCell({ ...timer, max: undefined }, raw)).toEqual({ ok: true, value: n }));
  test('above the largest possible is refused (744 hours in a month)', () => {
    expect(parseCell(timer, '744')).toEqual({ ok: true, value: 744 });
    const r = parseCell(timer, '1.234,5');
    expect(r).toMatchObject({
      ok: false,
      code: 'aboveMax',
      params: { value: 1234.5, max: 744 },
    });
    if (!r.ok) expect(findingText(r.code, r.params)).toBe('1.234,5 er mere end 744, det højest mulige');
  });
  test('below min is refused', () => {
    const r = parseCell(timer, '-1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(findingText(r.code, r.params)).toMatch(/mindre end 0/);
  });
  test('text is refused', () => expect(parseCell(timer, 'mange').ok).toBe(false));
});

describe('parseCell lists, yes/no, cvr', () => {
  test('list values map to the canonical spelling regardless of case and spacing', () => {
    expect(parseCell(målgruppe, '  aktivitetsparat   KONTANTHJÆLP ')).toEqual({
      ok: true,
      value: 'Aktivitetsparat kontanthjælp',
    });
    expect(parseCell(col(BORGERE, 'Parathed'), 'tæt på')).toEqual({ ok: true, value: 'Tæt på' });
  });
  test('unknown list value names the allowed ones', () => {
    const r = parseCell(målgruppe, 'Kontanthjælp');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(findingText(r.code, r.params)).toContain('Ressourceforløb');
  });
  test('Ja/Nej', () => {
    expect(parseCell(cv, 'ja')).toEqual({ ok: true, value: true });
    expect(parseCell(cv, 'NEJ')).toEqual({ ok: true, value: false });
    expect(parseCell(cv, true)).toEqual({ ok: true, value: true });
    expect(parseCell(cv, 'måske').ok).toBe(false);
  });
  test('CVR is exactly 8 digits', () => {
    expect(parseCell(cvr, '12345678')).toEqual({ ok: true, value: '12345678' });
    expect(parseCell(cvr, 12345678)).toEqual({ ok: true, value: '12345678' });
    expect(parseCell(cvr, '1234 5678')).toEqual({ ok: true, value: '12345678' });
    expect(parseCell(cvr, '1234567').ok).toBe(false);
    expect(parseCell(cvr, '123456789').ok).toBe(false);
  });
});

describe('parseCell text and ids', () => {
  test('trimmed; numbers become text', () => {
    expect(parseCell(id, '  B-17 ')).toEqual({ ok: true, value: 'B-17' });
    expect(parseCell(id, 1017)).toEqual({ ok: true, value: '1017' });
  });
  test('CPR numbers are refused without echoing them', () => {
    for (const raw of ['010190-1234', '0101901234', 'ring 010190-1234']) {
      const r = parseCell(id, raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(findingText(r.code, r.params)).toMatch(/CPR/);
        expect(findingText(r.code, r.params)).not.toContain('1234');
      }
    }
    expect(parseCell(næste, 'Kontakt 010190-1234').ok).toBe(false);
  });
  test('formula-like text is kept as plain text', () => {
    expect(parseCell(næste, '=HYPERLINK("http://x")')).toEqual({ ok: true, value: '=HYPERLINK("http://x")' });
    expect(parseCell(næste, '-3 dage til start')).toEqual({ ok: true, value: '-3 dage til start' });
  });
});

describe('CPR numbers in any cell type', () => {
  it('refuses a CPR number typed into a date or number cell without echoing it', () => {
    const col = (def: TableDef, h: string): ColumnDef => def.columns.find((c) => c.header === h)!;
    for (const [c, value] of [
      [col(BORGERE, 'Startdato'), '010190-1234'],
      [col(FORLØB, 'Timer pr. uge'), '0101901234'],
    ] as const) {
      const r = parseCell(c, value);
      if (r.ok) throw new Error('accepted');
      expect(findingText(r.code, r.params)).toContain('CPR-nummer');
      expect(findingText(r.code, r.params)).not.toContain(value);
    }
  });
});

describe('parseCell months as exports write them', () => {
  const måned = TIMER.columns.find((c) => c.header === 'Måned')!;
  test.each([
    ['2025-04', '2025-04'],
    ['04-2025', '2025-04'],
    ['4.2025', '2025-04'],
    ['april 2025', '2025-04'],
    ['April 2025', '2025-04'],
    ['apr. 2025', '2025-04'],
    ['maj 2025', '2025-05'],
    ['May 2025', '2025-05'],
    ['okt 2024', '2024-10'],
    ['October 2024', '2024-10'],
    ['marts 2026', '2026-03'],
    ['december 2025', '2025-12'],
    ['15-04-2025', '2025-04'],
    [45762, '2025-04'],
  ])('%p -> %p', (raw, month) => expect(parseCell(måned, raw)).toEqual({ ok: true, value: month }));
  test.each(['aprol 2025', 'april', '2025 april', '13-2025'])('%p is refused', (raw) =>
    expect(parseCell(måned, raw).ok).toBe(false),
  );
});

describe('CPR numbers that lost their shape', () => {
  it('a ten-digit CPR typed into a number cell loses its leading zero and is still refused; so is one with a space', () => {
    const id = BORGERE.columns.find((c) => c.header === 'Borger-ID')!;
    expect(parseCell(id, 101901234)).toMatchObject({ ok: false, code: 'cpr' });
    expect(parseCell(id, 1512901234)).toMatchObject({ ok: false, code: 'cpr' });
    expect(parseCell(id, '151290 1234')).toMatchObject({ ok: false, code: 'cpr' });
    // Ordinary case numbers are not CPR-shaped.
    expect(parseCell(id, 123456789)).toEqual({ ok: true, value: '123456789' });
    expect(parseCell(id, 'SAG-2025-0042')).toEqual({ ok: true, value: 'SAG-2025-0042' });
  });
});
