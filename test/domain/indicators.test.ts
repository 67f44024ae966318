// Indicator arithmetic (issue 24): pass in exact integer arithmetic for ≥ and ≤ targets, the gap in people
// (minimal, and agreeing with pass), boundaries at the target, streaks, small numbers, milestones, and
// the table's and computed indicators' rules, on values small enough to check by hand.
import fc from 'fast-check';
import { evaluateIndicators } from '../../src/domain/indicators';
import { evaluateLevel, indicatorGap, indicatorPasses } from '../../src/domain/indicators/evaluate';
import type { IndicatorGoal } from '../../src/domain/indicators/types';
import type { Caseload, Citizen, Placement } from '../../src/domain/model';

const goal = (over: Partial<IndicatorGoal> = {}): IndicatorGoal => ({
  id: 'x',
  indicator: 'X',
  population: '',
  source: 'table',
  direction: 'atLeast',
  target: 40,
  monthsInARow: 1,
  deadline: null,
  baseMonth: null,
  smallNumberBelow: 20,
  ...over,
});

describe('pass and gap at the boundaries', () => {
  test('≥ 40 %: exactly the target passes, one below fails', () => {
    expect(indicatorPasses(40, 100, 40, 'atLeast')).toBe(true);
    expect(indicatorPasses(39, 100, 40, 'atLeast')).toBe(false);
    expect(indicatorGap(39, 100, 40, 'atLeast')).toBe(1);
    expect(indicatorGap(40, 100, 40, 'atLeast')).toBe(0);
    // 2 of 5 is exactly 40 %.
    expect(indicatorPasses(2, 5, 40, 'atLeast')).toBe(true);
  });
  test('≤ 25 %: exactly the target passes, one above fails', () => {
    expect(indicatorPasses(1, 4, 25, 'atMost')).toBe(true);
    expect(indicatorPasses(2, 4, 25, 'atMost')).toBe(false);
    expect(indicatorGap(2, 4, 25, 'atMost')).toBe(1);
    expect(indicatorGap(25, 100, 25, 'atMost')).toBe(0);
    expect(indicatorGap(26, 100, 25, 'atMost')).toBe(1);
  });
  test('denominator 0: nothing to judge', () => {
    expect(indicatorPasses(0, 0, 40, 'atLeast')).toBeNull();
    expect(indicatorGap(0, 0, 40, 'atMost')).toBeNull();
  });
});

describe('properties', () => {
  const counts = fc
    .tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]));
  const target = fc.integer({ min: 0, max: 100 });
  test('≥: passes ⇔ n*100 ≥ t*d, and the gap is the smallest x that passes', () => {
    fc.assert(
      fc.property(counts, target, ([n, d], t) => {
        expect(indicatorPasses(n, d, t, 'atLeast')).toBe(n * 100 >= t * d);
        const x = indicatorGap(n, d, t, 'atLeast')!;
        expect(x).toBeGreaterThanOrEqual(0);
        expect((n + x) * 100 >= t * d).toBe(true);
        if (x > 0) expect((n + x - 1) * 100 >= t * d).toBe(false);
        expect(x === 0).toBe(indicatorPasses(n, d, t, 'atLeast'));
      }),
    );
  });
  test('≤: passes ⇔ n*100 ≤ t*d, and the gap is the smallest x that passes', () => {
    fc.assert(
      fc.property(counts, target, ([n, d], t) => {
        expect(indicatorPasses(n, d, t, 'atMost')).toBe(n * 100 <= t * d);
        const x = indicatorGap(n, d, t, 'atMost')!;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(n);
        expect((n - x) * 100 <= t * d).toBe(true);
        if (x > 0) expect((n - x + 1) * 100 <= t * d).toBe(false);
        expect(x === 0).toBe(indicatorPasses(n, d, t, 'atMost'));
      }),
    );
  });
  test('streak counts consecutive passing months and met is the first month it reaches k', () => {
    const month = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (ms, k) => {
        const counts = ms.map(([a, b], i) => ({
          month: `2025-${String(i + 1).padStart(2, '0')}`,
          numerator: Math.min(a, b),
          denominator: Math.max(a, b),
        }));
        const r = evaluateLevel(goal({ monthsInARow: k }), 'Alle', '', counts, null);
        let streak = 0;
        let met: string | null = null;
        r.months.forEach((m, i) => {
          const d = counts[i].denominator;
          const pass = d > 0 && counts[i].numerator * 100 >= 40 * d;
          streak = pass ? streak + 1 : 0;
          expect(m.streak).toBe(streak);
          if (streak >= k && met === null) met = m.month;
          expect(m.share).toBe(d > 0 ? counts[i].numerator / d : null);
        });
        expect(r.metInMonth).toBe(met);
        expect(r.met).toBe(met !== null);
      }),
    );
  });
});

describe('evaluateLevel', () => {
  test('small numbers, a month with denominator 0, milestones and on track', () => {
    const r = evaluateLevel(
      goal({ target: 50, monthsInARow: 2, baseMonth: '2025-01', deadline: '2025-04' }),
      'Alle',
      '',
      [
        { month: '2025-01', numerator: 10, denominator: 50 },
        { month: '2025-02', numerator: 0, denominator: 0 },
        { month: '2025-03', numerator: 9, denominator: 19 },
      ],
      0.2,
    );
    expect(r.months.map((m) => [m.share, m.passes, m.streak, m.gap, m.smallNumber])).toEqual([
      [0.2, false, 0, 15, false],
      [null, null, 0, null, false],
      [9 / 19, false, 0, 1, true],
    ]);
    // T = 2025-04 - (2 - 1) = 2025-03: the line runs from 20 % in January to 50 % in March.
    expect(r.months[0].milestone).toBeNull();
    expect(r.months[1].milestone).toEqual({ share: 0.35, status: null });
    // ceil(0.5 * 19) = 10, 9 of 10 is 90 %: Tæt på.
    expect(r.months[2].milestone).toEqual({ share: 0.5, status: 'close' });
    // Last known month is March with streak 0: earliest April + 1 = 2025-05, after the deadline.
    expect(r.earliestMetMonth).toBe('2025-05');
    expect(r.onTrack).toBe(false);
    expect(r.currentGap).toBe(1);
  });
});

const citizen = (id: string, over: Partial<Citizen> = {}): Citizen => ({
  row: Number(id.slice(1)),
  id,
  targetGroup: 'Jobparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Sofie',
  startDate: '2025-01-01',
  ...over,
});
const placement = (
  row: number,
  citizenId: string,
  startDate: string,
  endDate?: string,
  over: Partial<Placement> = {},
) => ({ row, citizenId, type: 'Virksomhedspraktik', startDate, endDate, ...over }) as Placement;

function caseload(over: Partial<Caseload>): Caseload {
  return { citizens: [], placements: [], hours: [], settings: {}, issues: [], ...over };
}

describe('evaluateIndicators', () => {
  test('Indikatorer: a JS II preset, a team sum for Alle, Tæller > Nævner and a duplicate are reported', () => {
    const f = (row: number, month: string, n: number, d: number, team?: string) => ({
      row,
      month,
      indicator: 'joblog  anvendt',
      population: 'Forsikrede ledige',
      team,
      numerator: n,
      denominator: d,
    });
    const { results, issues } = evaluateIndicators(
      caseload({
        indicatorFigures: [
          f(1, '2025-01', 9, 10, 'A'),
          f(2, '2025-01', 8, 10, 'B'),
          f(3, '2025-02', 5, 4),
          f(4, '2025-01', 9, 10, 'A'),
        ],
      }),
      { asOf: '2025-03-15' },
    );
    const alle = results.find((r) => r.level === 'Alle')!;
    expect(alle.goal).toMatchObject({ id: 'js2-joblog-forsikrede', target: 90, direction: 'atLeast', source: 'table' });
    // January has only team rows: Alle is their sum, 17 of 20 = 85 % < 90 %.
    expect(alle.months.map((m) => [m.month, m.numerator, m.denominator, m.passes, m.gap])).toEqual([
      ['2025-01', 17, 20, false, 1],
    ]);
    expect(results.filter((r) => r.level === 'Team').map((r) => r.name)).toEqual(['A', 'B']);
    expect(issues.map((i) => [i.table, i.row, i.column, i.code])).toEqual([
      ['Indikatorer', 3, 'Tæller', 'numeratorAboveDenominator'],
      ['Indikatorer', 4, 'Måned', 'duplicateIndicatorRow'],
    ]);
  });

  test('an Indikatormål row naming no indicator is reported; one for a JS II criterion without figures is not', () => {
    const target = (row: number, indicator: string, population?: string) => ({
      row,
      indicator,
      population,
      target: 50,
    });
    const { issues } = evaluateIndicators(
      caseload({
        indicatorTargets: [
          target(1, 'Jobblog anvendt', 'Forsikrede ledige'),
          target(2, 'Joblog anvendt', 'Forsikrede ledige'),
        ],
      }),
      { asOf: '2025-03-15' },
    );
    expect(issues.map((i) => [i.table, i.row, i.column, i.code])).toEqual([
      ['Indikatormål', 1, 'Indikator', 'unknownIndicator'],
    ]);
  });

  test('an indicator without a preset or target is reported, not shown', () => {
    const { results, issues } = evaluateIndicators(
      caseload({
        indicatorFigures: [
          { row: 1, month: '2025-01', indicator: 'Egen', population: '', numerator: 1, denominator: 2 },
        ],
      }),
      { asOf: '2025-03-15' },
    );
    expect(results).toEqual([]);
    expect(issues[0]).toMatchObject({ table: 'Indikatorer', row: 1, code: 'indicatorWithoutTarget' });
  });

  test('computed: CV share of the gross group, short placements and conversion with unknown months', () => {
    const citizens = [
      citizen('C1', { cv: true }),
      citizen('C2', { cv: false, team: 'Syd', caseworker: 'Ole' }),
      citizen('C3', { cv: true, endDate: '2025-01-20' }),
    ];
    const placements = [
      // 27 days: within 4 weeks; followed by hours in February (converted).
      placement(1, 'C1', '2025-01-01', '2025-01-28'),
      // 28 days: not within 4 weeks; never converted.
      placement(2, 'C2', '2025-01-01', '2025-01-29'),
      // Ended in March, converted by its end reason, but March's window is not over on 2025-04-15.
      placement(3, 'C2', '2025-02-01', '2025-03-31', { endReason: 'Ordinære timer eller job' }),
    ];
    const hours = [{ row: 1, citizenId: 'C1', month: '2025-02', hours: 5 }];
    const { results } = evaluateIndicators(caseload({ citizens, placements, hours }), { asOf: '2025-04-15' });
    const alle = (id: string) => results.find((r) => r.goal.id === id && r.level === 'Alle')!;
    expect(alle('cv-andel').months.map((m) => [m.month, m.numerator, m.denominator])).toEqual([
      ['2025-01', 2, 3],
      ['2025-02', 1, 2],
      ['2025-03', 1, 2],
      ['2025-04', 1, 2],
    ]);
    expect(alle('korte-forloeb').goal.direction).toBe('atMost');
    expect(alle('korte-forloeb').months.map((m) => [m.numerator, m.denominator, m.share])).toEqual([
      [1, 2, 0.5],
      [0, 0, null],
      [0, 1, 0],
      [0, 0, null],
    ]);
    const conv = alle('konvertering').months;
    expect(conv.map((m) => [m.month, m.numerator, m.denominator, m.share, m.notYetKnown ?? false])).toEqual([
      ['2025-01', 1, 2, 0.5, false],
      ['2025-02', 0, 0, null, true],
      ['2025-03', 1, 1, null, true],
      ['2025-04', 0, 0, null, true],
    ]);
    const ole = results.find((r) => r.goal.id === 'cv-andel' && r.level === 'Sagsbehandler' && r.name === 'Ole')!;
    expect(ole.months[0]).toMatchObject({ numerator: 0, denominator: 1, smallNumber: true });
    expect(JSON.stringify(results)).not.toMatch(/C[123]/);
  });

  test('conversion window: hours in the end month do not count, in month + 3 they do, in month + 4 not', () => {
    const citizens = ['C1', 'C2', 'C3'].map((id) => citizen(id));
    const placements = citizens.map((c, i) => placement(i + 1, c.id, '2025-01-01', '2025-01-31'));
    const hours = [
      { row: 1, citizenId: 'C1', month: '2025-01', hours: 10 },
      { row: 2, citizenId: 'C2', month: '2025-04', hours: 1 },
      { row: 3, citizenId: 'C3', month: '2025-05', hours: 10 },
    ];
    const { results } = evaluateIndicators(caseload({ citizens, placements, hours }), { asOf: '2025-04-30' });
    const conv = results.find((r) => r.goal.id === 'konvertering' && r.level === 'Alle')!;
    // As of April, January (April - 3) is known.
    expect(conv.months[0]).toMatchObject({ month: '2025-01', numerator: 1, denominator: 3, share: 1 / 3 });
    expect(conv.months[0].notYetKnown).toBeUndefined();
    expect(conv.months[1]).toMatchObject({ month: '2025-02', notYetKnown: true, share: null, passes: null });
  });
});
