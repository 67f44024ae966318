// Overblik's indicator rows (issue 24): one compact row per indicator for the whole target group, its latest
// month with figures, the value with counts, target, pass/fail, streak, people from the target, milestone
// status, a 12-month text sparkline and the small-number warning; the sheet is unchanged without indicators.
import fc from 'fast-check';
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { readCaseload } from '../../../src/workbook/read';
import { renderOverblik } from '../../../src/workbook/render/overblik';
import { INDICATOR_COLUMNS, indicatorRow } from '../../../src/workbook/render/overblikIndikatorer';
import { goalOf, resultOf } from '../../support/indicatorResults';

const AS_OF = '2026-11-23';
const { report } = measure(readCaseload(demoTables(AS_OF)), { asOf: AS_OF });
const ctx = { computedAt: '23-11-2026 kl. 14:00' };
const C = INDICATOR_COLUMNS;

const selvbooking = resultOf(goalOf(), '2025-12', [
  [20, 61],
  [22, 60],
  [25, 62],
  [24, 59],
  [26, 60],
  [27, 61],
  [28, 64],
  [30, 63],
  [29, 62],
  [31, 60],
  [33, 62],
  [34, 61],
]);
const joblog = resultOf(
  goalOf({
    id: 'js2-joblog-forsikrede',
    indicator: 'Joblog anvendt',
    population: 'forsikrede ledige',
    target: 90,
    monthsInARow: 3,
  }),
  '2026-09',
  [
    [160, 170],
    [150, 170],
    [0, 0],
  ],
  { statuses: ['onTrack', 'behind', null] },
);
const vurdering = resultOf(
  goalOf({ id: 'js2-vurdering-jobparate', indicator: 'Borgerens vurdering af samtalen (positiv)', target: 90 }),
  '2026-10',
  [[17, 18]],
);
const korte = resultOf(
  goalOf({
    id: 'korte-forloeb',
    indicator: 'Forløb afsluttet inden for 4 uger',
    population: '',
    source: 'computed',
    direction: 'atMost',
    target: 10,
  }),
  '2026-11',
  [[9, 50]],
);
const teamLevel = resultOf(goalOf(), '2026-11', [[3, 9]], { level: 'Team', name: 'Team Nord' });
const results = [selvbooking, joblog, vurdering, korte, teamLevel];
const sheet = renderOverblik(report, ctx, results);
const plain = renderOverblik(report, ctx, []);
const v = sheet.values;
const heading = v.findIndex((r) => r[0] === 'Indikatorer');
const header = v.findIndex((r, i) => i > heading && r[0] === 'Indikator');
const body = v.slice(header + 1, header + 5);

describe('Overblik indicator rows', () => {
  it('leave the sheet exactly as before when there are no indicators', () => {
    expect(plain.values.some((r) => r[0] === 'Indikatorer')).toBe(false);
    expect(renderOverblik({ ...report, indicators: undefined }, ctx).values).toEqual(plain.values);
    expect(renderOverblik({ ...report, indicators: [teamLevel] }, ctx).values).toEqual(plain.values);
  });

  it('come after the Målgruppe table and before the detail tables, which still start a new page', () => {
    const groups = v.findIndex((r) => r[0] === 'Målgrupper');
    const detail = v.findIndex((r) => r[0] === 'Hele målgruppen pr. måned');
    expect(groups).toBeGreaterThan(0);
    expect(heading).toBeGreaterThan(groups);
    expect(detail).toBeGreaterThan(header + 4);
    expect(sheet.print?.rowBreaksBefore).toEqual([detail]);
    // Everything above the block is the sheet as it was.
    expect(v.slice(0, heading)).toEqual(plain.values.slice(0, heading));
  });

  it('hold one row per indicator at the level Alle (team levels belong to the dialogue)', () => {
    expect(body.map((r) => r[C.Indikator])).toEqual([
      'Selvbooking af samtaler',
      'Joblog anvendt',
      'Borgerens vurdering af samtalen (positiv)',
      'Forløb afsluttet inden for 4 uger',
    ]);
    expect(v[header + 5].every((c) => c === null)).toBe(true);
    expect(body.map((r) => r[C.Målgruppe])).toEqual([
      'jobparate kontanthjælpsmodtagere',
      'forsikrede ledige',
      'jobparate kontanthjælpsmodtagere',
      'Alle',
    ]);
  });

  it('show the latest month with its counts, the target, pass/fail, the streak and the people from the target', () => {
    const [s] = body;
    expect(s[C.Måned]).toBe('2026-11');
    expect(s[C.Værdi]).toBe(0.557); // 34 of 61 = 55.737…, truncated
    expect(s[C.Antal]).toBe('34 af 61');
    expect(s[C.Mål]).toBe('≥ 40 %');
    expect(s[C.Bestået]).toBe('Ja');
    expect(s[C['I træk']]).toBe('10 af 1'); // 25 of 62 in the third month is the first pass;
    expect(s[C['Fra målet']]).toBe(0);
    expect(s[C['Få tal']]).toBeNull();
    // ≤: 9 of 50 = 18 % against at most 10 %: 4 placements too many (5 of 50 = 10 % passes).
    expect(body[3].slice(C.Værdi, C['Få tal'] + 1)).toEqual([
      0.18,
      '9 af 50',
      '≤ 10 %',
      '▂',
      'Nej',
      '0 af 1',
      4,
      null,
      null,
    ]);
  });

  it('fall back to the latest month with figures when the newest has a denominator of 0', () => {
    const j = body[1];
    expect(j[C.Måned]).toBe('2026-10');
    expect(j[C.Antal]).toBe('150 af 170');
    expect(j[C.Værdi]).toBe(0.882);
    expect(j[C.Bestået]).toBe('Nej');
    expect(j[C['Fra målet']]).toBe(3); // 153 of 170 = 90 %
    expect(j[C['I træk']]).toBe('0 af 3');
    expect(j[C.Milepæl]).toBe('Bagud');
    expect(j[C['Seneste 12 mdr.']]).toBe('██');
  });

  it('warn about a small denominator', () => {
    expect(body[2][C['Få tal']]).toBe('få tal (n < 20)');
    expect(body[2][C.Antal]).toBe('17 af 18');
  });

  it('leave the figures blank, never 0 %, for an indicator without any figures yet', () => {
    const empty = indicatorRow(resultOf(goalOf(), '2026-11', [[0, 0]]));
    expect(empty[C.Måned]).toBe('2026-11');
    expect([empty[C.Værdi], empty[C.Antal], empty[C.Bestået], empty[C['Fra målet']]]).toEqual([null, null, null, null]);
    expect(empty[C['Seneste 12 mdr.']]).toBe('·');
  });

  it('draw the last 12 months as bars from 0 to 100 %', () => {
    expect(body[0][C['Seneste 12 mdr.']]).toBe('▃▃▄▄▄▄▄▄▄▅▅▅');
  });

  it('fit the sheet’s column widths (no column widened) and format the value as a percent', () => {
    expect(sheet.columnWidths).toEqual(plain.columnWidths);
    expect(sheet.formats).toContainEqual(
      expect.objectContaining({ row: header + 1, col: C.Værdi, rows: 4, numberFormat: '0.0%' }),
    );
    expect(sheet.conditionalFills).toContainEqual(
      expect.objectContaining({ row: header + 1, col: C.Bestået, rows: 4, equals: 'Nej' }),
    );
  });

  it('never show a failing month at or past its target, and judge pass/fail on the exact counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (d, n0, target, atLeast) => {
          const n = n0 % (d + 1);
          const goal = goalOf({ target, direction: atLeast ? 'atLeast' : 'atMost' });
          const row = indicatorRow(resultOf(goal, '2026-01', [[n, d]]));
          const exact = atLeast ? n * 100 >= target * d : n * 100 <= target * d;
          expect(row[C.Bestået]).toBe(exact ? 'Ja' : 'Nej');
          const shown = row[C.Værdi] as number;
          expect(shown).toBeLessThanOrEqual(n / d + 1e-12);
          if (atLeast && !exact) expect(Math.round(shown * 1000)).toBeLessThan(target * 10);
          expect(row[C.Antal]).toBe(`${n.toLocaleString('da-DK')} af ${d.toLocaleString('da-DK')}`);
        },
      ),
    );
  });
});
