// Each goal rule, the target-group filter, streaks and the empty target group.
import { measure, type Caseload, type Citizen, type Placement, largestRemainder } from '../../src/domain';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const placement = (
  row: number,
  citizenId: string,
  type: Placement['type'],
  startDate = '2025-01-05',
  endDate?: string,
): Placement => ({ row, citizenId, type, startDate, endDate });
const five = ['A', 'B', 'C', 'D', 'E'].map((id, i) => citizen(i + 1, id));
const base = (extra: Partial<Caseload>): Caseload => ({
  citizens: five,
  placements: [],
  hours: [],
  settings: { periodFrom: '2025-01', periodTo: '2025-01' },
  issues: [],
  ...extra,
});
const jan = (c: Caseload, ruleId?: Caseload['settings']['ruleId']) =>
  measure(c, { asOf: '2025-01-31', ruleId }).report.months[0];

describe('goal rules', () => {
  const mixed = base({
    placements: [
      placement(1, 'A', 'Løntilskud'),
      placement(2, 'B', 'Uddannelse'),
      placement(3, 'C', 'Anden ydelse'),
      placement(4, 'D', 'Nytteindsats'),
    ],
    hours: [{ row: 1, citizenId: 'E', month: '2025-01', hours: 3 }],
  });

  it('fsm-rate3 counts løntilskud and ordinary hours, not uddannelse, anden ydelse or nytteindsats', () => {
    expect(jan(mixed, 'fsm-rate3')).toMatchObject({ gross: 5, active: 2, passes: true });
  });
  it('fsm2-20 counts uddannelse and hours but not løntilskud (supported work)', () => {
    expect(jan(mixed, 'fsm2-20')).toMatchObject({ active: 2, withOrdinaryHours: 1 });
  });
  it('afklaring-80 counts anden ydelse and uddannelse too, never nytteindsats', () => {
    expect(jan(mixed, 'afklaring-80')).toMatchObject({ active: 4, passes: true });
  });
  it('fsm-rate2 counts visited citizens and needs all of them', () => {
    const visited = base({
      citizens: five.map((c, i) => ({ ...c, visitedDate: i < 4 ? '2025-01-20' : '2025-02-03' })),
    });
    const m = jan(visited, 'fsm-rate2');
    expect(m).toMatchObject({ active: 4, visited: 4, passes: false });
    const all = base({ citizens: five.map((c) => ({ ...c, visitedDate: '2025-01-31' })) });
    expect(jan(all, 'fsm-rate2')).toMatchObject({ active: 5, passes: true });
  });
  it('custom takes threshold, counts and months in a row from Indstillinger', () => {
    const c = base({
      ...mixed,
      settings: {
        ...mixed.settings,
        ruleId: 'custom',
        threshold: 60,
        monthsInARow: 1,
        counts: ['Nytteindsats', 'Løntilskud', 'Uddannelse'],
      },
    });
    const r = measure(c, { asOf: '2025-01-31' }).report;
    expect(r.rule).toMatchObject({
      id: 'custom',
      threshold: 60,
      monthsInARow: 1,
      counts: ['Løntilskud', 'Uddannelse', 'Nytteindsats'],
      countsOrdinaryHours: false,
    });
    expect(r.months[0]).toMatchObject({ active: 3, passes: true });
    expect(r.goal).toMatchObject({ met: true, metInMonth: '2025-01' });
  });
  it('the Målgrupper filter restricts the gross target group', () => {
    const c = base({
      citizens: five.map((x, i) => (i < 2 ? { ...x, targetGroup: 'Ressourceforløb' } : x)),
      placements: [placement(1, 'A', 'Job')],
      settings: { periodFrom: '2025-01', periodTo: '2025-01', targetGroups: ['Ressourceforløb'] },
    });
    expect(jan(c)).toMatchObject({ gross: 2, active: 1, share: 0.5 });
  });
  it('an empty target group has share null and does not pass', () => {
    const m = jan(
      base({
        citizens: [citizen(1, 'A', { startDate: '2025-03-01' })],
        settings: { periodFrom: '2025-01', periodTo: '2025-01' },
      }),
    );
    expect(m).toMatchObject({ gross: 0, share: null, passes: false, ordinaryHoursPerWeek: null });
  });
  it('exact integer comparison: 2 of 5 is 40% and passes, 39 of 100 does not', () => {
    expect(jan(base({ placements: [placement(1, 'A', 'Job'), placement(2, 'B', 'Job')] })).passes).toBe(true);
    const hundred = Array.from({ length: 100 }, (_, i) => citizen(i + 1, `X${i}`));
    const c = base({
      citizens: hundred,
      placements: hundred.slice(0, 39).map((x, i) => placement(i + 1, x.id, 'Job')),
    });
    expect(jan(c)).toMatchObject({ active: 39, passes: false });
  });
  it('a citizen in a job keeps counting, and touching one day of a month is enough', () => {
    const c = base({
      placements: [placement(1, 'A', 'Job', '2025-01-31')],
      settings: { periodFrom: '2025-01', periodTo: '2025-04' },
    });
    const r = measure(c, { asOf: '2025-04-30' }).report;
    expect(r.months.map((m) => m.active)).toEqual([1, 1, 1, 1]);
  });
  it('the rule is met in the first month whose streak reaches k', () => {
    const c = base({
      placements: [placement(1, 'A', 'Job'), placement(2, 'B', 'Job')],
      settings: { periodFrom: '2025-01', periodTo: '2025-05' },
    });
    const r = measure(c, { asOf: '2025-05-31' }).report;
    expect(r.months.map((m) => m.streak)).toEqual([1, 2, 3, 4, 5]);
    expect(r.goal).toMatchObject({
      met: true,
      metInMonth: '2025-03',
      currentStreak: 5,
      earliestMetMonth: '2025-03',
      gapToGoal: 0,
    });
  });
  it('ordinary hours per week divides by gross and by weeks in the month', () => {
    const c = base({
      hours: [
        { row: 1, citizenId: 'A', month: '2025-01', hours: 31 },
        { row: 2, citizenId: 'B', month: '2025-01', hours: 4 },
      ],
    });
    expect(jan(c).ordinaryHoursPerWeek).toBeCloseTo(35 / 5 / (31 / 7), 10);
  });
  it('starts and ends count counted placement rows starting or ending within the month', () => {
    const c = base({
      placements: [
        placement(1, 'A', 'Job', '2025-01-05', '2025-01-20'),
        placement(2, 'B', 'Nytteindsats', '2025-01-05', '2025-01-20'),
        placement(3, 'C', 'Løntilskud', '2024-12-01'),
      ],
    });
    expect(jan(c)).toMatchObject({ starts: 1, ends: 1 });
  });
});

describe('largest remainder', () => {
  it('splits 10 over 1:1:1 as 4,3,3 with ties by name, summing exactly', () => {
    expect(largestRemainder(10, [1, 1, 1], ['Anne', 'Bo', 'Carl'])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [5, 3, 2], ['a', 'b', 'c'])).toEqual([4, 2, 1]);
    expect(largestRemainder(3, [0, 0], ['a', 'b'])).toEqual([0, 0]);
  });
});
