// Issue 27: the one CPR detector recognises a CPR number in every spelling people use (any separator,
// a "CPR" label, text around it), and stays quiet on ordinary local case numbers: a property test
// generating spellings, the issue's own examples, and false-positive checks on the demo's Borger-IDs
// and on generated local IDs.
import fc from 'fast-check';
import { demoCaseload } from '../../src/demo/demoCaseload';
import { containsCpr, looksLikeCpr } from '../../src/security/cpr';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid day and month (29 February included: the century is unknown). */
const dayMonth = fc
  .integer({ min: 1, max: 12 })
  .chain((month) => fc.record({ month: fc.constant(month), day: fc.integer({ min: 1, max: DAYS[month - 1] }) }));

const mark = fc.constantFrom('-', '.', '/', '\u2013', '\u2014', '\u2212', '');
const spaces = fc.constantFrom('', ' ', '  ', '\u00a0');
/** A separator: spaces around at most one mark, never empty. */
const separator = fc
  .tuple(spaces, mark, spaces)
  .map(([a, m, b]) => a + m + b)
  .filter((s) => s !== '');
const label = fc.constantFrom('', 'CPR ', 'CPR: ', 'cpr-nr. ', 'CPR-nr.', 'Cpr nr: ', 'cpr.nr.: ');
const surround = fc.constantFrom('', 'Borger ', 'x ', '(', 'Note: ');
const after = fc.constantFrom('', ' ', ')', ' Hansen', ';');

/** DDMMYY + XXXX: the date parts either all together or split, and when split the four digits split off too. */
const shortSpelling = fc
  .record({
    dm: dayMonth,
    year: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
    gaps: fc.oneof(
      fc.constant(['', '', ''] as string[]),
      fc.tuple(fc.constant(''), fc.constant(''), separator),
      fc.tuple(separator, separator, separator),
      fc.tuple(fc.constant(''), separator, separator),
      fc.tuple(separator, fc.constant(''), separator),
    ),
    label,
    surround,
    after,
  })
  .map(
    ({ dm, year, serial, gaps, label, surround, after }) =>
      `${surround}${label}${pad(dm.day)}${gaps[0]}${pad(dm.month)}${gaps[1]}${pad(year)}${gaps[2]}${pad(serial, 4)}${after}`,
  );

/** DD MM YYYY XXXX: a written-out date and four digits. */
const longSpelling = fc
  .record({
    dm: dayMonth,
    year: fc.integer({ min: 1900, max: 2099 }),
    serial: fc.integer({ min: 0, max: 9999 }),
    gaps: fc.tuple(separator, separator, separator),
    label,
  })
  .map(
    ({ dm, year, serial, gaps, label }) =>
      `${label}${pad(dm.day)}${gaps[0]}${pad(dm.month)}${gaps[1]}${year}${gaps[2]}${pad(serial, 4)}`,
  );

describe('every spelling of a CPR number is found', () => {
  test.each([
    '150190-1234',
    '150190\u20131234', // en dash
    '150190\u20141234', // em dash
    '15.01.90-1234',
    '1501 90 1234',
    'CPR: 150190 - 1234',
    'cpr-nr. 150190-1234',
    '15/01/90-1234',
    '15 01 90 1234',
    '15.01.1990-1234',
    '0101901234',
  ])('the issue’s spelling %s', (text) => expect(containsCpr(text)).toBe(true));

  test('property: DDMMYY-XXXX with any separators and an optional label', () => {
    fc.assert(
      fc.property(shortSpelling, (text) => containsCpr(text)),
      { numRuns: 2000 },
    );
  });

  test('property: DD-MM-YYYY-XXXX with separators', () => {
    fc.assert(
      fc.property(longSpelling, (text) => containsCpr(text)),
      { numRuns: 500 },
    );
  });

  test('property: an invalid day or month is not a CPR number in any spelling', () => {
    const badDayMonth = fc.oneof(
      fc.record({ day: fc.integer({ min: 32, max: 99 }), month: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 13, max: 99 }) }),
      fc.record({ day: fc.constant(0), month: fc.integer({ min: 1, max: 12 }) }),
    );
    fc.assert(
      fc.property(badDayMonth, separator, (dm, sep) => !containsCpr(`${pad(dm.day)}${pad(dm.month)}90${sep}1234`)),
      { numRuns: 500 },
    );
  });

  test('a number cell holding a CPR number (leading zero lost) is found', () => {
    expect(looksLikeCpr(101901234)).toBe(true);
    expect(looksLikeCpr(1501901234)).toBe(true);
    expect(looksLikeCpr(45717)).toBe(false);
  });
});

describe('ordinary case numbers are not taken for CPR numbers', () => {
  test('none of the demo’s Borger-IDs, names or notes', () => {
    const caseload = demoCaseload('2026-11-22');
    const texts = [
      ...caseload.citizens.flatMap((c) => [c.id, c.name ?? '', c.nextStep ?? '', c.jobGoal ?? '']),
      ...caseload.placements.flatMap((p) => [p.citizenId, p.company ?? '', p.note ?? '', p.cvr ?? '']),
    ];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(containsCpr)).toEqual([]);
  });

  test('property: generated local case numbers and dates are never flagged', () => {
    const year = fc.integer({ min: 1990, max: 2099 });
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => pad(v, n));
    const localId = fc.oneof(
      fc.integer({ min: 1, max: 999999 }).map((n) => `B${n}`),
      fc.tuple(year, digits(6)).map(([y, n]) => `SAG-${y}-${n}`),
      fc.tuple(year, digits(6)).map(([y, n]) => `${y}-${n}`),
      fc.tuple(year, digits(4)).map(([y, n]) => `J.nr. ${y}-${n}`),
      fc.tuple(year, digits(5)).map(([y, n]) => `${y}/${n}`),
      fc.tuple(year, digits(6)).map(([y, n]) => `SAG ${y} ${n}`),
      digits(8).map((cvr) => `CVR ${cvr}`),
      fc.tuple(dayMonth, year).map(([dm, y]) => `${pad(dm.day)}-${pad(dm.month)}-${y}`),
      fc.tuple(dayMonth, year).map(([dm, y]) => `${y}-${pad(dm.month)}-${pad(dm.day)}`),
      fc.tuple(dayMonth, year, digits(2)).map(([dm, y, h]) => `${pad(dm.day)}.${pad(dm.month)}.${y} kl. ${h}:00`),
    );
    fc.assert(
      fc.property(localId, (id) => !containsCpr(id)),
      { numRuns: 3000 },
    );
  });

  test.each(['B10110', 'SAG-2024-001234', '2024-123456', 'SAG-2012-001234', '2012-001234', '+45 12 34 56 78'])(
    '%s',
    (id) => expect(containsCpr(id)).toBe(false),
  );
});
