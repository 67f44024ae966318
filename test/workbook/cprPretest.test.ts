// The cell parser skips the CPR detector for text with fewer than ten digits (speed, issue 26). That is only
// safe if no text the detector would flag has fewer than ten digits: checked here on generated CPR-like
// spellings and on arbitrary text, and the skip is checked to be real (short digit runs are skipped).
import fc from 'fast-check';
import { looksLikeCpr } from '../../src/security/cpr';
import { parseCell, tooFewDigitsForCpr } from '../../src/workbook/cells';

const SEPARATORS = ['', ' ', '-', '.', '/', '\u2013', '\u2212', ' - ', '\u00a0'];
const digitsOf = (n: number, len: number) => String(n).padStart(len, '0');

/** Text in the spellings people give CPR numbers, with random surroundings. */
const cprLike = fc
  .record({
    day: fc.integer({ min: 0, max: 39 }),
    month: fc.integer({ min: 0, max: 19 }),
    year: fc.integer({ min: 0, max: 9999 }),
    long: fc.boolean(),
    tail: fc.integer({ min: 0, max: 9999 }),
    gaps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 3, maxLength: 3 }),
    before: fc.string({ maxLength: 6 }),
    after: fc.string({ maxLength: 6 }),
  })
  .map(
    (r) =>
      r.before +
      digitsOf(r.day, 2) +
      r.gaps[0] +
      digitsOf(r.month, 2) +
      r.gaps[1] +
      (r.long ? digitsOf(r.year, 4) : digitsOf(r.year % 100, 2)) +
      r.gaps[2] +
      digitsOf(r.tail, 4) +
      r.after,
  );

describe('the CPR pre-test of parseCell', () => {
  it('never skips a text the detector flags', () => {
    fc.assert(
      fc.property(fc.oneof(cprLike, fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9 .\-/]{0,20}$/)), (text) => {
        if (looksLikeCpr(text)) expect(tooFewDigitsForCpr(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts ASCII digits only, ten or more meaning "test it"', () => {
    expect(tooFewDigitsForCpr('B001163')).toBe(true);
    expect(tooFewDigitsForCpr('123456789')).toBe(true);
    expect(tooFewDigitsForCpr('1234567890')).toBe(false);
    expect(tooFewDigitsForCpr('15 01 90 - 1234')).toBe(false);
    expect(tooFewDigitsForCpr('١٢٣٤٥٦٧٨٩٠')).toBe(true);
  });

  it('still refuses a CPR number in a text cell', () => {
    const col = { header: 'Note', field: 'note', type: 'text', required: false, description: '' } as const;
    expect(parseCell(col, 'CPR: 150190-1234')).toMatchObject({ ok: false, code: 'cpr' });
    expect(parseCell(col, 'sag 150190')).toMatchObject({ ok: true, value: 'sag 150190' });
  });
});
