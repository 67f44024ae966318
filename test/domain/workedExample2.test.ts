// Worked example 2 of DOMAIN.md section 4 ("milestones that add up"), every number of its table at
// every level (whole, Team A, Team B, S1, S2, S3), and the earliest month against the deadline.
import { measure, type PlanMonth, type SliceSeries } from '../../src/domain';
import { workedExample2 } from './workedExamples';

const run = () => measure(workedExample2, { asOf: '2025-05-31' }).report;
const counts = (plan: PlanMonth[]) => plan.map((p) => p.milestoneCount);
const PLAN_MONTHS = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

describe('DOMAIN.md worked example 2 (fsm-rate3, Basismåned 2025-01, Deadline 2025-06, as of 2025-05-31)', () => {
  it('has the documented active and gap to the goal per month', () => {
    const months = run().months.filter((m) => m.month >= '2025-01');
    expect(months.map((m) => [m.month, m.gross, m.active, m.gapToGoal])).toEqual([
      ['2025-01', 10, 1, 3],
      ['2025-02', 10, 2, 2],
      ['2025-03', 10, 3, 1],
      ['2025-04', 10, 4, 0],
      ['2025-05', 10, 4, 0],
    ]);
  });

  it('aims the line at T = 2025-04 from the base share 10 %, then holds 40 % to the deadline', () => {
    const report = run();
    expect(report.plan.map((p) => p.month)).toEqual(PLAN_MONTHS);
    [0.2, 0.3, 0.4, 0.4, 0.4].forEach((s, i) => expect(report.plan[i].milestoneShare).toBeCloseTo(s, 12));
    expect(report.months.find((m) => m.month === '2025-01')!.milestone).toBeNull();
    expect(report.plan.at(-1)).toMatchObject({ month: '2025-06', actual: null, status: null, gross: 10 });
  });

  it('gives the documented milestone counts at every level, parts adding up to their parent', () => {
    const report = run();
    const plan = (slice: SliceSeries) => {
      expect(slice.plan.map((p) => p.month)).toEqual(PLAN_MONTHS);
      return counts(slice.plan);
    };
    expect(counts(report.plan)).toEqual([2, 3, 4, 4, 4]);
    expect(plan(report.byTeam['Team A'])).toEqual([1, 2, 2, 2, 2]);
    expect(plan(report.byTeam['Team B'])).toEqual([1, 1, 2, 2, 2]);
    expect(plan(report.byCaseworker.S1)).toEqual([1, 1, 1, 1, 1]);
    expect(plan(report.byCaseworker.S2)).toEqual([0, 1, 1, 1, 1]);
    expect(plan(report.byCaseworker.S3)).toEqual([1, 1, 2, 2, 2]);
  });

  it('copies the measured plan months into each month series with status and gap', () => {
    const report = run();
    const may = report.months.find((m) => m.month === '2025-05')!;
    expect(may.milestone).toEqual({ share: 0.4, count: 4, status: 'onTrack', gap: 0 });
    // Team A in February: C1 active against a milestone of 1; S2 has a milestone of 0.
    expect(report.byTeam['Team A'].months.find((m) => m.month === '2025-02')!.milestone).toMatchObject({
      count: 1,
      status: 'onTrack',
      gap: 0,
    });
    expect(report.byCaseworker.S2.months.find((m) => m.month === '2025-02')!.milestone).toMatchObject({
      count: 0,
      status: 'onTrack',
    });
  });

  it('streak 2 at 2025-05: earliest month 2025-06, on track for the deadline', () => {
    expect(run().goal).toEqual({
      met: false,
      metInMonth: null,
      currentStreak: 2,
      gapToGoal: 0,
      earliestMetMonth: '2025-06',
      deadline: '2025-06',
      onTrack: true,
      trancheAmount: null,
    });
  });
});
