// The worked example of DOMAIN.md section 4, exactly as the document states it, plus the v2 figures
// that follow from it (gap to the goal per month, earliest month the rule can be met).
import { measure } from '../../src/domain';
import { workedExample } from './workedExamples';

const run = () => measure(workedExample, { asOf: '2025-03-31' });

describe('DOMAIN.md worked example (fsm-rate3, 2025-01 to 2025-03)', () => {
  it('gives the documented gross, active, share, passes and streak per month', () => {
    const { report } = run();
    expect(report.months.map((m) => [m.month, m.gross, m.active, m.share, m.passes, m.streak])).toEqual([
      ['2025-01', 5, 2, 0.4, true, 1],
      ['2025-02', 5, 2, 0.4, true, 2],
      ['2025-03', 4, 1, 0.25, false, 0],
    ]);
  });

  it('gives the gap to the goal per month: 0 when the month passes, 1 citizen short in March (2 of 4 needed)', () => {
    expect(run().report.months.map((m) => m.gapToGoal)).toEqual([0, 0, 1]);
  });

  it('is not met (needs three months in a row); the earliest month is March + 3', () => {
    const { report } = run();
    expect(report.goal).toEqual({
      met: false,
      metInMonth: null,
      currentStreak: 0,
      gapToGoal: 1,
      earliestMetMonth: '2025-06',
      deadline: null,
      onTrack: null,
      trancheAmount: null,
    });
    expect(report.rule).toMatchObject({ id: 'fsm-rate3', threshold: 40, monthsInARow: 3 });
  });

  it('names the citizens behind each count', () => {
    const { drill } = run();
    expect(drill({ scope: { kind: 'all' }, month: '2025-01', measure: 'active' })).toEqual(['A', 'D']);
    expect(drill({ scope: { kind: 'all' }, month: '2025-02', measure: 'active' })).toEqual(['A', 'D']);
    expect(drill({ scope: { kind: 'all' }, month: '2025-03', measure: 'active' })).toEqual(['C']);
    expect(drill({ scope: { kind: 'all' }, month: '2025-03', measure: 'gross' })).toEqual(['A', 'B', 'C', 'E']);
  });

  it('has no milestones when Basismåned and Deadline are not set', () => {
    const { report } = run();
    expect(report.months.every((m) => m.milestone === null)).toBe(true);
    expect(report.plan).toEqual([]);
  });
});
