// Needed starts for the running month too (issue 21): in the as-of month the plan carries
// max(0, milestone - (active last month - ends so far)), where ends so far are only ends whose Slutdato has
// come (ends are ends); a Slutdato later in the month is planned and allows for no start. Boundaries: the
// end on the as-of date itself, the clamp at 0, a running month that is the first report month, and a
// report that Periode til ends before the as-of month.
import { measure, type Caseload, type Citizen, type Placement } from '../../../src/domain';

const person = (row: number, id: string): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2026-01-01',
});
const job = (row: number, citizenId: string, startDate: string, endDate?: string): Placement => ({
  row,
  citizenId,
  type: 'Job',
  startDate,
  endDate,
});

/**
 * Six citizens, four active in November (Late, First, Nov, Still). In December First ended on the 1st and
 * Late ends on the 26th. Goal `threshold` %, k = 2, Basismåned November, Deadline January: T = December,
 * so December's and January's milestone is the goal itself.
 */
const caseload = (threshold: number, settings: Caseload['settings'] = {}): Caseload => ({
  citizens: ['Late', 'First', 'Nov', 'Soon', 'Idle', 'Still'].map((id, i) => person(i + 1, id)),
  placements: [
    job(1, 'Late', '2026-06-01', '2026-12-26'),
    job(2, 'First', '2026-06-01', '2026-12-01'),
    job(3, 'Nov', '2026-06-01', '2026-11-30'),
    job(4, 'Soon', '2026-12-15'),
    job(5, 'Still', '2026-06-01'),
  ],
  hours: [],
  settings: {
    ruleId: 'custom',
    threshold,
    monthsInARow: 2,
    periodFrom: '2026-06',
    baseMonth: '2026-11',
    deadline: '2027-01',
    ...settings,
  },
  issues: [],
});
const planMonth = (c: Caseload, asOf: string, month: string) =>
  measure(c, { asOf }).report.plan.find((p) => p.month === month)!;
const december = (asOf: string, threshold = 100) => planMonth(caseload(threshold), asOf, '2026-12');

describe('needed starts in the running month', () => {
  it('on 2 December: 6 - (4 active in November - 1 end so far) = 3; the end planned for the 26th allows for none', () => {
    expect(december('2026-12-02')).toMatchObject({ milestoneCount: 6, expectedEnds: 1, neededStarts: 3 });
  });

  it('the day before the planned end still counts one end; on the day itself it is an end, so 4 starts', () => {
    expect(december('2026-12-25')).toMatchObject({ expectedEnds: 1, neededStarts: 3 });
    expect(december('2026-12-26')).toMatchObject({ expectedEnds: 2, neededStarts: 4 });
    expect(december('2026-12-31')).toMatchObject({ expectedEnds: 2, neededStarts: 4 });
  });

  it('is never below 0: with a 20 % goal (milestone 2) the 3 still active need no start', () => {
    expect(december('2026-12-02', 20)).toMatchObject({ milestoneCount: 2, neededStarts: 0 });
    // 50 %: milestone 3 = 4 - 1 exactly, so 0 too; 67 %: milestone 5 needs 2.
    expect(december('2026-12-02', 50).neededStarts).toBe(0);
    expect(december('2026-12-02', 67)).toMatchObject({ milestoneCount: 5, neededStarts: 2 });
  });

  it('keeps the measured figures beside it (actual, status, gap) and gives the team and caseworker the same', () => {
    const report = measure(caseload(100), { asOf: '2026-12-02' }).report;
    const whole = report.plan.find((p) => p.month === '2026-12')!;
    // Active in December: Late, First (1 December), Soon (starts on the 15th, touches the month), Still.
    expect(whole).toMatchObject({ actual: 4, status: 'behind', gap: 2 });
    for (const slice of [report.byTeam.Nord, report.byCaseworker.Anne])
      expect(slice.plan.find((p) => p.month === '2026-12')).toMatchObject({ expectedEnds: 1, neededStarts: 3 });
  });

  it("next month builds on the running month's active: January needs 6 - (4 - 0 expected ends) = 2", () => {
    // End rate: 2 ends (November, December) over 24 active citizen-months (June to November) -> round(4 / 12) = 0.
    expect(planMonth(caseload(100), '2026-12-02', '2027-01')).toMatchObject({
      actual: null,
      expectedEnds: 0,
      neededStarts: 2,
    });
  });

  it('is null when the running month is the first report month (no last month to build on)', () => {
    const first = planMonth(caseload(100, { periodFrom: '2026-12' }), '2026-12-02', '2026-12');
    expect(first).toMatchObject({ actual: 4, neededStarts: null, expectedEnds: null });
  });

  it('is null for a month already over, also when Periode til ends the report before the as-of month', () => {
    const c = caseload(100, { baseMonth: '2026-10', periodTo: '2026-11' });
    expect(planMonth(c, '2026-12-02', '2026-11')).toMatchObject({ actual: 4, neededStarts: null });
    expect(planMonth(caseload(100), '2027-01-15', '2026-12')).toMatchObject({ actual: 4, neededStarts: null });
  });
});
