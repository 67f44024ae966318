// Milestone plans by value: the whole's line, the split to teams and to a caseworker who works in two
// teams, measured months (status, gap) and future months (expected ends, needed starts) at every level,
// a Basismåned before the period or after the as-of month, and the goal status (gap, earliest month).
import { measure, type Caseload, type Citizen, type Placement } from '../../../src/domain';

const person = (row: number, id: string, team: string, caseworker: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team,
  caseworker,
  startDate: '2024-12-01',
  ...extra,
});
const job = (row: number, citizenId: string, startDate: string, endDate?: string): Placement => ({
  row,
  citizenId,
  type: 'Job',
  startDate,
  endDate,
});

// Nord: Mia N1-N4, Bo N5-N6. Øst: Mia Ø1-Ø3, Carl Ø4. Active 3 of 10 in January to March; goal 50 %, k = 1.
const tenInTwoTeams = (settings: Caseload['settings'] = {}): Caseload => ({
  citizens: [
    ...[1, 2, 3, 4].map((n) => person(n, `N${n}`, 'Nord', 'Mia')),
    ...[5, 6].map((n) => person(n, `N${n}`, 'Nord', 'Bo')),
    ...[1, 2, 3].map((n) => person(6 + n, `Ø${n}`, 'Øst', 'Mia')),
    person(10, 'Ø4', 'Øst', 'Carl'),
  ],
  placements: [
    job(1, 'N1', '2025-01-02'),
    job(2, 'N2', '2025-01-02', '2025-02-10'),
    job(3, 'Ø1', '2025-01-02', '2025-03-05'),
    job(4, 'N5', '2025-03-01'),
  ],
  hours: [],
  settings: {
    ruleId: 'custom',
    threshold: 50,
    monthsInARow: 1,
    periodFrom: '2025-01',
    baseMonth: '2025-01',
    deadline: '2025-05',
    ...settings,
  },
  issues: [],
});
const run = (settings: Caseload['settings'] = {}) => measure(tenInTwoTeams(settings), { asOf: '2025-03-31' }).report;
const cols = (
  plan: {
    month: string;
    milestoneCount: number;
    actual: number | null;
    status: string | null;
    gap: number | null;
    expectedEnds: number | null;
    neededStarts: number | null;
  }[],
) => plan.map((p) => [p.month, p.milestoneCount, p.actual, p.status, p.gap, p.expectedEnds, p.neededStarts]);

describe('plan of the whole', () => {
  it('follows the line from the base share 0.3 to 0.5 at the deadline, in whole citizens', () => {
    const { plan } = run();
    [0.35, 0.4, 0.45, 0.5].forEach((s, i) => expect(plan[i].milestoneShare).toBeCloseTo(s, 12));
    expect(plan.map((p) => p.gross)).toEqual([10, 10, 10, 10]);
    // Expected ends at 2 ends per 6 active-months; April builds on March's 3 active, May on April's milestone 5.
    // March is the running month (as of 31 March): its ends so far (Ø1 on 5 March) give 4 - (3 - 1) = 2 starts.
    expect(cols(plan)).toEqual([
      ['2025-02', 4, 3, 'behind', 1, null, null],
      ['2025-03', 4, 3, 'behind', 1, 1, 2],
      ['2025-04', 5, null, null, null, 1, 3],
      ['2025-05', 5, null, null, null, 2, 2],
    ]);
  });

  it('copies measured plan months into the month series, null outside the plan', () => {
    const { months } = run();
    expect(months[0].milestone).toBeNull();
    expect(months[1].milestone).toEqual({ share: expect.closeTo(0.35, 12), count: 4, status: 'behind', gap: 1 });
  });
});

describe('plan of teams and caseworkers', () => {
  it('splits the whole over teams by largest remainder on gross', () => {
    const report = run();
    expect(cols(report.byTeam.Nord.plan).map((r) => r[1])).toEqual([2, 2, 3, 3]);
    expect(cols(report.byTeam.Øst.plan)).toEqual([
      ['2025-02', 2, 1, 'behind', 1, null, null],
      ['2025-03', 2, 1, 'behind', 1, 1, 2],
      ['2025-04', 2, null, null, null, 1, 2],
      ['2025-05', 2, null, null, null, 1, 1],
    ]);
    expect(report.byTeam.Øst.plan[0].milestoneShare).toBe(0.5);
  });

  it('gives a caseworker in two teams the sum of their parts, and their main team by citizen-months', () => {
    const report = run();
    expect(report.byCaseworker.Mia.team).toBe('Nord');
    expect(cols(report.byCaseworker.Mia.plan)).toEqual([
      ['2025-02', 2, 3, 'onTrack', 0, null, null],
      ['2025-03', 2, 2, 'onTrack', 0, 1, 0],
      ['2025-04', 3, null, null, null, 1, 2],
      ['2025-05', 3, null, null, null, 1, 1],
    ]);
    expect(report.byCaseworker.Mia.plan[0].milestoneShare).toBeCloseTo(2 / 7, 12);
    expect(report.byCaseworker.Mia.plan[3].gross).toBe(7);
    expect(cols(report.byCaseworker.Bo.plan)).toEqual([
      ['2025-02', 1, 0, 'behind', 1, null, null],
      ['2025-03', 1, 1, 'onTrack', 0, 0, 1],
      ['2025-04', 1, null, null, null, 0, 0],
      ['2025-05', 1, null, null, null, 0, 0],
    ]);
    // Øst splits 2 over Mia 3 : Carl 1 with equal remainders: Carl comes first in Danish collation.
    expect(cols(report.byCaseworker.Carl.plan).map((r) => [r[1], r[6]])).toEqual([
      [1, null],
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it('a caseworker with as many citizen-months in two teams belongs to the team first in Danish collation', () => {
    const c: Caseload = {
      citizens: [
        person(1, 'A', 'Øst', 'Mia'),
        person(2, 'B', 'Vest', 'Mia'),
        person(3, 'C', 'Vest', 'Bo'),
        person(4, 'D', 'Øst', 'Bo'),
        person(5, 'E', 'Øst', 'Bo'),
        person(6, 'F', 'Vest', 'Per'),
        person(7, 'G', 'Øst', 'Per'),
        person(8, 'H', 'Syd', 'Ole', { targetGroup: 'Ressourceforløb' }),
      ],
      placements: [],
      hours: [],
      settings: { periodFrom: '2025-01', targetGroups: ['Aktivitetsparat kontanthjælp'] },
      issues: [],
    };
    const { byCaseworker } = measure(c, { asOf: '2025-02-28' }).report;
    expect([byCaseworker.Mia.team, byCaseworker.Bo.team, byCaseworker.Per.team]).toEqual(['Vest', 'Øst', 'Vest']);
    // Ole's only citizen is outside the rule's Målgrupper: no citizen-months, still his team.
    expect(byCaseworker.Ole.team).toBe('Syd');
  });
});

describe('no plan', () => {
  it('without Basismåned and Deadline no slice has a plan; a Målgruppe never has one', () => {
    const report = run({ baseMonth: undefined, deadline: undefined });
    const slices = [report, report.byTeam.Nord, report.byTeam.Øst, report.byCaseworker.Mia, report.byCaseworker.Carl];
    expect(slices.map((s) => s.plan)).toEqual([[], [], [], [], []]);
    expect(slices.every((s) => s.months.every((m) => m.milestone === null))).toBe(true);
    expect(run().byTargetGroup['Aktivitetsparat kontanthjælp'].plan).toEqual([]);
    expect(run().byTargetGroup['Aktivitetsparat kontanthjælp'].months.map((m) => m.milestone)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('Basismåned outside the measured months', () => {
  it("before Periode fra: the base share is the first month's, and the plan starts with the period", () => {
    const { plan } = run({ periodFrom: '2025-02', baseMonth: '2024-12', deadline: '2025-04' });
    expect(plan.map((p) => [p.month, p.milestoneCount])).toEqual([
      ['2025-02', 4],
      ['2025-03', 5],
      ['2025-04', 5],
    ]);
    expect(plan[0].milestoneShare).toBeCloseTo(0.4, 12);
  });

  it("after the as-of month: the base share is the last month's, and the first plan month builds on nobody", () => {
    const { plan } = run({ baseMonth: '2025-05', deadline: '2025-07' });
    expect(cols(plan)).toEqual([
      ['2025-06', 4, null, null, null, 0, 4],
      ['2025-07', 5, null, null, null, 1, 2],
    ]);
  });

  it("a base month with nobody in the target group starts the line at 0; an empty slice's share is 0", () => {
    const c: Caseload = {
      citizens: [
        person(1, 'P1', 'Nord', 'Ann', { startDate: '2025-02-01' }),
        person(2, 'P2', 'Nord', 'Ann', { startDate: '2025-02-01' }),
        person(3, 'P3', 'Nord', 'Eva', { startDate: '2025-03-01' }),
      ],
      placements: [job(1, 'P1', '2025-02-01')],
      hours: [],
      settings: {
        ruleId: 'custom',
        threshold: 50,
        monthsInARow: 1,
        periodFrom: '2025-01',
        baseMonth: '2025-01',
        deadline: '2025-03',
      },
      issues: [],
    };
    const report = measure(c, { asOf: '2025-03-31' }).report;
    expect(report.plan.map((p) => [p.milestoneShare, p.milestoneCount])).toEqual([
      [0.25, 1],
      [0.5, 2],
    ]);
    expect(report.byCaseworker.Eva.plan.map((p) => [p.milestoneShare, p.milestoneCount, p.status, p.gap])).toEqual([
      [0, 0, 'onTrack', 0],
      [1, 1, 'behind', 1],
    ]);
    expect(report.byCaseworker.Ann.plan.map((p) => p.milestoneCount)).toEqual([1, 1]);
  });
});

describe('goal status', () => {
  it("not met: the last month's gap, the earliest month after it, and onTrack against the deadline", () => {
    expect(run().goal).toEqual({
      met: false,
      metInMonth: null,
      currentStreak: 0,
      gapToGoal: 2,
      earliestMetMonth: '2025-04',
      deadline: '2025-05',
      onTrack: true,
      trancheAmount: null,
    });
    expect(run({ deadline: '2025-04' }).goal.onTrack).toBe(true);
    expect(run({ deadline: '2025-03' }).goal.onTrack).toBe(false);
  });

  it('met: the first month the streak reaches k, even when the streak broke later', () => {
    const goal = run({ threshold: 30 }).goal;
    expect(goal).toMatchObject({
      met: true,
      metInMonth: '2025-01',
      earliestMetMonth: '2025-01',
      currentStreak: 3,
      gapToGoal: 0,
    });
    expect(run({ threshold: 30, monthsInARow: 3 }).goal).toMatchObject({
      met: true,
      metInMonth: '2025-03',
      currentStreak: 3,
    });
    expect(run({ threshold: 30, monthsInARow: 5 }).goal).toMatchObject({
      met: false,
      metInMonth: null,
      earliestMetMonth: '2025-05',
      currentStreak: 3,
    });
  });

  it('has no months when Periode fra is after the as-of month: no streak, no gap, no earliest month, no plan', () => {
    const report = run({ periodFrom: '2025-06' });
    expect(report.months).toEqual([]);
    expect(report.plan).toEqual([]);
    expect(report.goal).toEqual({
      met: false,
      metInMonth: null,
      currentStreak: 0,
      gapToGoal: null,
      earliestMetMonth: null,
      deadline: '2025-05',
      onTrack: null,
      trancheAmount: null,
    });
  });
});
