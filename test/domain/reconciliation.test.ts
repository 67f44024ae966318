// Reconciliation with STAR: one row per month with a STAR_tal row or a close (Historik, level Alle),
// STAR's figures, the figures at close and now side by side; STAR's share, whether STAR's own figures
// pass the rule, the gross difference and the "ved ibrugtagning" marker, by value.
import fc from 'fast-check';
import { measure, type Caseload, type MonthStats } from '../../src/domain';
import { reconcile } from '../../src/domain/reconciliation';
import { workedExample2 } from './workedExamples';

const withTables = (): Caseload => ({
  ...workedExample2,
  starFigures: [
    { row: 1, month: '2025-03', gross: 10, active: 2 },
    { row: 2, month: '2024-06', gross: 8, active: 1 },
  ],
  history: [
    {
      row: 1,
      month: '2025-03',
      level: 'Alle',
      name: '',
      gross: 10,
      active: 2,
      milestone: 3,
      ruleId: 'fsm-rate3',
      closedOn: '2025-04-10',
    },
    {
      row: 2,
      month: '2025-03',
      level: 'Team',
      name: 'Team A',
      gross: 6,
      active: 1,
      milestone: 2,
      ruleId: 'fsm-rate3',
      closedOn: '2025-04-10',
    },
    {
      row: 3,
      month: '2025-04',
      level: 'Alle',
      name: '',
      gross: 10,
      active: 4,
      milestone: 4,
      ruleId: 'fsm-rate3',
      closedOn: '2025-05-10',
    },
  ],
});

describe('reconciliation', () => {
  it('lists each month with STAR figures or a close, with the figures now beside them', () => {
    expect(measure(withTables(), { asOf: '2025-05-31' }).report.reconciliation).toEqual([
      {
        month: '2024-06',
        star: { gross: 8, active: 1, share: 1 / 8, passes: false },
        closed: null,
        now: null,
        grossDifference: null,
        changedSinceClose: [],
      },
      {
        month: '2025-03',
        star: { gross: 10, active: 2, share: 0.2, passes: false },
        closed: { gross: 10, active: 2, closedOn: '2025-04-10', atAdoption: false },
        now: { gross: 10, active: 3 },
        grossDifference: 0,
        changedSinceClose: [],
      },
      {
        month: '2025-04',
        star: null,
        closed: { gross: 10, active: 4, closedOn: '2025-05-10', atAdoption: false },
        now: { gross: 10, active: 4 },
        grossDifference: null,
        changedSinceClose: [],
      },
    ]);
  });

  it('is empty for a v1 workbook (no STAR_tal, no Historik)', () => {
    expect(measure(workedExample2, { asOf: '2025-05-31' }).report.reconciliation).toEqual([]);
  });

  it("applies the rule's pass test to STAR's own numbers in exact integers", () => {
    const star = (gross: number, active: number) => [{ row: 1, month: '2025-03', gross, active }];
    const starOf = (threshold: number, gross: number, active: number) =>
      reconcile(threshold, [], star(gross, active), [])[0].star;
    // 2 of 5 is exactly 40 %: passes; 199 of 498 is 39,96 %: fails.
    expect(starOf(40, 5, 2)).toEqual({ gross: 5, active: 2, share: 0.4, passes: true });
    expect(starOf(40, 498, 199)?.passes).toBe(false);
    expect(starOf(40, 498, 200)?.passes).toBe(true);
    // fsm-rate2 (100 %): one missing citizen fails.
    expect(starOf(100, 300, 299)?.passes).toBe(false);
    expect(starOf(100, 300, 300)?.passes).toBe(true);
    // No gross: neither a share nor a verdict (never 0 % and never "fails").
    expect(starOf(40, 0, 0)).toEqual({ gross: 0, active: 0, share: null, passes: null });
  });

  it('gross difference is our gross now minus STAR, null when either side is missing', () => {
    const now = [{ month: '2025-03', gross: 412, active: 160 } as MonthStats];
    const star = [
      { row: 1, month: '2025-03', gross: 415, active: 150 },
      { row: 2, month: '2025-01', gross: 400, active: 150 },
    ];
    const byMonth = reconcile(40, now, star, []).map((r) => [r.month, r.grossDifference]);
    expect(byMonth).toEqual([
      ['2025-01', null],
      ['2025-03', -3],
    ]);
  });

  it('STAR passes exactly when active * 100 >= threshold * gross, and the share is active / gross', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 100 }),
        (gross, extra, threshold) => {
          const active = Math.min(gross, extra);
          const s = reconcile(threshold, [], [{ row: 1, month: '2025-03', gross, active }], [])[0].star!;
          if (gross === 0) return s.passes === null && s.share === null;
          return s.passes === active * 100 >= threshold * gross && s.share === active / gross;
        },
      ),
    );
  });

  it('marks a close "ved ibrugtagning" from Historik.Lukning; empty Lukning is a close at the time', () => {
    const row = (month: string, closeKind?: 'Ibrugtagning' | 'Månedsafslutning') => ({
      row: 1,
      month,
      level: 'Alle' as const,
      name: '',
      gross: 10,
      active: 4,
      milestone: null,
      ruleId: 'fsm-rate3',
      closedOn: '2025-05-20',
      closeKind,
    });
    const closed = reconcile(
      40,
      [],
      [],
      [row('2025-01', 'Ibrugtagning'), row('2025-02', 'Månedsafslutning'), row('2025-03')],
    );
    expect(closed.map((r) => [r.month, r.closed?.atAdoption])).toEqual([
      ['2025-01', true],
      ['2025-02', false],
      ['2025-03', false],
    ]);
  });
});
