// fast-check fuzzing of the date parser behind typed entry, reading and import (parseCell on a date
// column): it never throws, and what it accepts is a real calendar date that survives a round trip.
import fc from 'fast-check';
import { parseCell } from '../../src/workbook/cells';
import { BORGERE } from '../../src/workbook/contract';
import { findingText } from '../../src/text/issues';

const startdato = BORGERE.columns.find((c) => c.header === 'Startdato')!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Days in a month, from the JS calendar (an oracle independent of the code under test). */
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('date parser fuzzing', () => {
  test('never throws on any cell value; accepted values are valid ISO dates', () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', '.', '/', ' ', 'T', ':'), maxLength: 16 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const r = parseCell(startdato, value);
        if (r.ok && r.value !== undefined) {
          const iso = r.value as string;
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const [y, m, d] = iso.split('-').map(Number);
          expect(m).toBeGreaterThanOrEqual(1);
          expect(m).toBeLessThanOrEqual(12);
          expect(d).toBeGreaterThanOrEqual(1);
          expect(d).toBeLessThanOrEqual(daysIn(y, m));
        }
        if (!r.ok) expect(findingText(r.code, r.params)).toMatch(/\S/);
      }),
      { numRuns: 3000 },
    );
  });

  test('every real date parses from Danish and ISO text to the same day; impossible days are refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('-', '.', '/'),
        (y, m, d, sep) => {
          const iso = `${y}-${pad(m)}-${pad(d)}`;
          const forms = [`${pad(d)}${sep}${pad(m)}${sep}${y}`, `${d}${sep}${m}${sep}${y}`, iso];
          for (const text of forms) {
            const r = parseCell(startdato, text);
            const real = d <= daysIn(y, m);
            // Issue 27: only 01-03-1900 .. 31-12-2100 are dates Fremdrift uses; the rest are named as such.
            if (real && iso >= '1900-03-01' && iso <= '2100-12-31') expect(r).toEqual({ ok: true, value: iso });
            else if (real) expect(r).toMatchObject({ ok: false, code: 'dateOutOfRange' });
            else expect(r.ok).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('Excel serials map to consecutive days (61 = 01-03-1900 .. 73415 = 31-12-2100)', () => {
    expect(parseCell(startdato, 61)).toEqual({ ok: true, value: '1900-03-01' });
    expect(parseCell(startdato, 73415)).toEqual({ ok: true, value: '2100-12-31' });
    for (const outside of [1, 59, 60, 73416, 2958465])
      expect(parseCell(startdato, outside)).toMatchObject({ ok: false, code: 'dateOutOfRange' });
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73414 }), (serial) => {
        const a = parseCell(startdato, serial);
        const b = parseCell(startdato, serial + 1);
        expect(a.ok && b.ok).toBe(true);
        const dayA = Date.parse(`${(a as { value: string }).value}T00:00:00Z`);
        const dayB = Date.parse(`${(b as { value: string }).value}T00:00:00Z`);
        expect(dayB - dayA).toBe(86400000);
      }),
      { numRuns: 1000 },
    );
  });
});
