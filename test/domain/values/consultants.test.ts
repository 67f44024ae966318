// A virksomhedskonsulent's figures by value (issue 12 and 16): starts, ends and visited per VK month, the
// month's reference date (the as-of date in the as-of month), the VK's team by majority, the drill-down's
// edges, and the data issues about STAR rows and duplicate hours that the engine reports.
import { measure, type Caseload, type Citizen, type Placement } from '../../../src/domain';
import { validateCaseload } from '../../../src/domain/validate';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Andet',
  team: 'Nord',
  caseworker: 'Sara',
  startDate: '2025-01-01',
  ...extra,
});
const placement = (row: number, citizenId: string, extra: Partial<Placement>): Placement => ({
  row,
  citizenId,
  type: 'Virksomhedspraktik',
  startDate: '2025-01-01',
  ...extra,
});

function caseload(c: Partial<Caseload>): Caseload {
  return { citizens: [], placements: [], hours: [], settings: { periodFrom: '2025-01' }, issues: [], ...c };
}

test('starts, ends and visited count per VK month; a placement outside the VK months counts for nobody', () => {
  const { report, drill } = measure(
    caseload({
      citizens: [
        citizen(1, 'A', { companyConsultant: 'Vera', visitedDate: '2025-02-10' }),
        citizen(2, 'B', { companyConsultant: 'Viggo', team: 'Syd' }),
        citizen(3, 'C'),
      ],
      placements: [
        placement(1, 'A', { startDate: '2025-02-03', endDate: '2025-03-20' }),
        placement(2, 'B', { startDate: '2025-01-15', endDate: '2025-02-14', type: 'Løntilskud' }),
        // C has a VK only through this placement, and only while it is ongoing on the month's last day.
        placement(3, 'C', { startDate: '2025-03-01', endDate: '2025-04-30', companyConsultant: 'Vera', type: 'Job' }),
      ],
    }),
    { asOf: '2025-04-15' },
  );
  const vera = report.byConsultant.Vera.months;
  const pick = (k: 'gross' | 'active' | 'starts' | 'ends' | 'plannedEnds' | 'visited') => vera.map((m) => m[k]);
  expect(vera.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  expect(pick('gross')).toEqual([1, 1, 2, 2]);
  expect(pick('active')).toEqual([0, 1, 2, 1]);
  expect(pick('starts')).toEqual([0, 1, 1, 0]);
  // C's job ends 30 April, after the as-of date 15 April: planned, not yet an end (issue 21).
  expect(pick('ends')).toEqual([0, 0, 1, 0]);
  expect(pick('plannedEnds')).toEqual([0, 0, 0, 1]);
  expect(pick('visited')).toEqual([0, 1, 1, 1]);
  const viggo = report.byConsultant.Viggo;
  expect(viggo.team).toBe('Syd');
  expect(viggo.months.map((m) => [m.starts, m.ends])).toEqual([
    [1, 0],
    [0, 1],
    [0, 0],
    [0, 0],
  ]);
  expect(report.byConsultant.Vera.team).toBe('Nord');
  const q = (month: string, measure: 'gross' | 'starts' | 'ends' | 'visited' | 'active') =>
    drill({ scope: { kind: 'consultant', consultant: 'Vera' }, month, measure });
  expect(q('2025-03', 'gross')).toEqual(['A', 'C']);
  expect(q('2025-03', 'starts')).toEqual(['C']);
  expect(q('2025-03', 'ends')).toEqual(['A']);
  expect(q('2025-02', 'visited')).toEqual(['A']);
  expect(q('2024-12', 'gross')).toEqual([]);
  expect(drill({ scope: { kind: 'consultant', consultant: 'Nobody' }, month: '2025-03', measure: 'gross' })).toEqual(
    [],
  );
});

test('in the as-of month the reference date is the as-of date, not the month end', () => {
  const c = caseload({
    citizens: [citizen(1, 'A')],
    placements: [placement(1, 'A', { startDate: '2025-04-10', endDate: '2025-04-20', companyConsultant: 'Vera' })],
  });
  // Ongoing on 15 April (as-of), over by 30 April: the citizen is Vera's in April only when measured on the 15th.
  expect(measure(c, { asOf: '2025-04-15' }).report.byConsultant.Vera.months.at(-1)!.gross).toBe(1);
  expect(
    measure(c, { asOf: '2025-05-15' }).report.byConsultant.Vera?.months.find((m) => m.month === '2025-04')?.gross ?? 0,
  ).toBe(0);
  // Starting on the reference day itself counts; ending the day before does not.
  const onDay = caseload({
    citizens: [citizen(1, 'A')],
    placements: [placement(1, 'A', { startDate: '2025-04-15', companyConsultant: 'Vera' })],
  });
  expect(measure(onDay, { asOf: '2025-04-15' }).report.byConsultant.Vera.months.at(-1)!.gross).toBe(1);
  const endsBefore = caseload({
    citizens: [citizen(1, 'A')],
    placements: [placement(1, 'A', { startDate: '2025-04-01', endDate: '2025-04-14', companyConsultant: 'Vera' })],
  });
  expect(measure(endsBefore, { asOf: '2025-04-15' }).report.byConsultant.Vera).toBeUndefined();
  const endsOnDay = caseload({
    citizens: [citizen(1, 'A')],
    placements: [placement(1, 'A', { startDate: '2025-04-01', endDate: '2025-04-15', companyConsultant: 'Vera' })],
  });
  expect(measure(endsOnDay, { asOf: '2025-04-15' }).report.byConsultant.Vera.months.at(-1)!.gross).toBe(1);
});

test("a VK's team is the team with most of the VK's citizen-months; ties go to the Danish first name", () => {
  const majority = caseload({
    citizens: [
      citizen(1, 'A', { team: 'Øst', companyConsultant: 'Vera' }),
      citizen(2, 'B', { team: 'Øst', companyConsultant: 'Vera' }),
      citizen(3, 'C', { team: 'Vest', companyConsultant: 'Vera' }),
    ],
  });
  expect(measure(majority, { asOf: '2025-03-31' }).report.byConsultant.Vera.team).toBe('Øst');
  const tie = caseload({
    citizens: [
      citizen(1, 'A', { team: 'Øst', companyConsultant: 'Vera' }),
      citizen(2, 'B', { team: 'Vest', companyConsultant: 'Vera' }),
    ],
  });
  expect(measure(tie, { asOf: '2025-03-31' }).report.byConsultant.Vera.team).toBe('Vest');
  // Months count, not heads: one citizen all year outweighs two who arrived in the last month.
  const months = caseload({
    citizens: [
      citizen(1, 'A', { team: 'Vest', companyConsultant: 'Vera' }),
      citizen(2, 'B', { team: 'Øst', companyConsultant: 'Vera', startDate: '2025-03-01' }),
      citizen(3, 'C', { team: 'Øst', companyConsultant: 'Vera', startDate: '2025-03-01' }),
    ],
  });
  expect(measure(months, { asOf: '2025-03-31' }).report.byConsultant.Vera.team).toBe('Vest');
});

test("a citizen outside the target groups is nobody's VK citizen", () => {
  const c = caseload({
    citizens: [
      citizen(1, 'A', { companyConsultant: 'Vera', targetGroup: 'Andet' }),
      citizen(2, 'B', { companyConsultant: 'Vera', targetGroup: 'Ressourceforløb' }),
      citizen(3, 'C', { companyConsultant: 'Vilma', targetGroup: 'Ressourceforløb' }),
    ],
    placements: [placement(1, 'B', { companyConsultant: 'Viggo' })],
    settings: { periodFrom: '2025-01', targetGroups: ['Andet'] },
  });
  const { report } = measure(c, { asOf: '2025-02-28' });
  expect(report.byConsultant.Vera.months.map((m) => m.gross)).toEqual([1, 1]);
  expect(report.byConsultant.Viggo).toBeUndefined();
  // A VK whose only citizen is outside the target groups has no slice at all.
  expect(Object.keys(report.byConsultant)).toEqual(['Vera']);
});

test('STAR rows: a second row for a month is an error naming the first; hours of different citizens or months never collide', () => {
  const v = validateCaseload(
    caseload({
      citizens: [citizen(1, 'A'), citizen(2, 'B')],
      hours: [
        { row: 1, citizenId: 'A', month: '2025-01', hours: 4 },
        { row: 2, citizenId: 'B', month: '2025-01', hours: 4 },
        { row: 3, citizenId: 'A', month: '2025-02', hours: 4 },
        { row: 4, citizenId: 'A', month: '2026-01', hours: 4 },
        { row: 5, citizenId: 'A', month: '2024-13'.replace('13', '12'), hours: 4 },
        { row: 6, citizenId: 'a', month: '2025-02', hours: 1 },
      ],
      starFigures: [
        { row: 1, month: '2025-01', gross: 2, active: 1 },
        { row: 2, month: '2025-02', gross: 2, active: 1 },
        { row: 3, month: '2025-01', gross: 3, active: 1 },
      ],
    }),
  );
  expect(
    v.issues.map(
      (i) => `${i.table} ${i.row} ${i.severity} ${i.column} ${i.code} ${JSON.stringify(i.params)} ${i.consequence}`,
    ),
  ).toEqual([
    'Timer 6 warning Måned duplicateHoursMonth {"id":"a","month":"2025-02","firstRow":3} counted',
    'STAR_tal 3 error Måned duplicateMonth {"month":"2025-01","firstRow":1} rowSkipped',
  ]);
  expect(v.hours).toHaveLength(6);
});
