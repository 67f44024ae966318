// Drill-down by value: every scope (all, team, caseworker, Målgruppe) and every measure (gross, active,
// notActive, withOrdinaryHours, visited, starts, ends) in October-December, IDs in Danish order (æ, ø, å
// after z), and nothing for a month outside the report. The slice series behind the same counts too.
import { measure, type Caseload, type Citizen, type DrillQuery, type Measure } from '../../../src/domain';

const person = (row: number, id: string, extra: Partial<Citizen>): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});

const autumn = (): Caseload => ({
  citizens: [
    person(1, 'Åse', { visitedDate: '2025-11-10', endDate: '2026-03-31' }),
    person(2, 'Ørn', { caseworker: 'Bo', targetGroup: 'Jobparat kontanthjælp' }),
    person(3, 'Æble', { team: 'Syd', startDate: '2025-11-01' }),
    person(4, 'Zeta', {
      team: 'Syd',
      caseworker: 'Carl',
      targetGroup: 'Jobparat kontanthjælp',
      endDate: '2025-11-30',
      visitedDate: '2024-05-01',
    }),
    person(5, 'Anna', {}),
  ],
  placements: [
    { row: 1, citizenId: 'Åse', type: 'Virksomhedspraktik', startDate: '2025-10-01', endDate: '2025-11-15' },
    { row: 2, citizenId: 'Æble', type: 'Job', startDate: '2025-11-20' },
    { row: 3, citizenId: 'Anna', type: 'Nytteindsats', startDate: '2025-10-01' },
  ],
  hours: [
    { row: 1, citizenId: 'Ørn', month: '2025-12', hours: 10 },
    { row: 2, citizenId: 'Anna', month: '2025-10', hours: 0 },
  ],
  settings: { ruleId: 'fsm-rate3', periodFrom: '2025-10' },
  issues: [],
});

const drillAll = (month: string, m: Measure, scope: DrillQuery['scope'] = { kind: 'all' }) =>
  measure(autumn(), { asOf: '2025-12-31' }).drill({ scope, month, measure: m });

describe('drill-down, whole target group', () => {
  it('lists the gross group per month in Danish order', () => {
    expect(drillAll('2025-10', 'gross')).toEqual(['Anna', 'Zeta', 'Ørn', 'Åse']);
    expect(drillAll('2025-11', 'gross')).toEqual(['Anna', 'Zeta', 'Æble', 'Ørn', 'Åse']);
    expect(drillAll('2025-12', 'gross')).toEqual(['Anna', 'Æble', 'Ørn', 'Åse']);
  });

  it('splits the gross group into active and not active', () => {
    expect(drillAll('2025-10', 'active')).toEqual(['Åse']);
    expect(drillAll('2025-11', 'active')).toEqual(['Æble', 'Åse']);
    expect(drillAll('2025-12', 'active')).toEqual(['Æble', 'Ørn']);
    expect(drillAll('2025-10', 'notActive')).toEqual(['Anna', 'Zeta', 'Ørn']);
    expect(drillAll('2025-12', 'notActive')).toEqual(['Anna', 'Åse']);
  });

  it('names those with ordinary hours (more than 0) and those visited', () => {
    expect(drillAll('2025-10', 'withOrdinaryHours')).toEqual([]);
    expect(drillAll('2025-12', 'withOrdinaryHours')).toEqual(['Ørn']);
    expect(drillAll('2025-10', 'visited')).toEqual(['Zeta']);
    expect(drillAll('2025-11', 'visited')).toEqual(['Zeta', 'Åse']);
    expect(drillAll('2025-12', 'visited')).toEqual(['Åse']);
  });

  it('names the citizens whose counted placements start or end in the month', () => {
    expect(drillAll('2025-10', 'starts')).toEqual(['Åse']);
    expect(drillAll('2025-11', 'starts')).toEqual(['Æble']);
    expect(drillAll('2025-12', 'starts')).toEqual([]);
    expect(drillAll('2025-10', 'ends')).toEqual([]);
    expect(drillAll('2025-11', 'ends')).toEqual(['Åse']);
  });

  it('gives nothing for months outside the report', () => {
    expect(drillAll('2025-09', 'gross')).toEqual([]);
    expect(drillAll('2026-01', 'gross')).toEqual([]);
  });
});

describe('drill-down by slice', () => {
  it('team', () => {
    expect(drillAll('2025-11', 'gross', { kind: 'team', team: 'Nord' })).toEqual(['Anna', 'Ørn', 'Åse']);
    expect(drillAll('2025-11', 'gross', { kind: 'team', team: 'Syd' })).toEqual(['Zeta', 'Æble']);
    expect(drillAll('2025-11', 'starts', { kind: 'team', team: 'Syd' })).toEqual(['Æble']);
    expect(drillAll('2025-11', 'starts', { kind: 'team', team: 'Nord' })).toEqual([]);
  });

  it('caseworker', () => {
    expect(drillAll('2025-11', 'gross', { kind: 'caseworker', caseworker: 'Anne' })).toEqual(['Anna', 'Æble', 'Åse']);
    expect(drillAll('2025-11', 'gross', { kind: 'caseworker', caseworker: 'Carl' })).toEqual(['Zeta']);
    expect(drillAll('2025-12', 'gross', { kind: 'caseworker', caseworker: 'Carl' })).toEqual([]);
    expect(drillAll('2025-11', 'ends', { kind: 'caseworker', caseworker: 'Anne' })).toEqual(['Åse']);
    expect(drillAll('2025-11', 'ends', { kind: 'caseworker', caseworker: 'Bo' })).toEqual([]);
  });

  it('Målgruppe', () => {
    expect(drillAll('2025-11', 'gross', { kind: 'targetGroup', targetGroup: 'Jobparat kontanthjælp' })).toEqual([
      'Zeta',
      'Ørn',
    ]);
    expect(drillAll('2025-11', 'active', { kind: 'targetGroup', targetGroup: 'Aktivitetsparat kontanthjælp' })).toEqual(
      ['Æble', 'Åse'],
    );
  });
});

describe('slice series behind the same counts', () => {
  const row = (
    s: {
      months: {
        month: string;
        gross: number;
        active: number;
        starts: number;
        ends: number;
        visited: number;
        withOrdinaryHours: number;
      }[];
    },
    month: string,
  ) => {
    const m = s.months.find((x) => x.month === month)!;
    return [m.gross, m.active, m.starts, m.ends, m.visited, m.withOrdinaryHours];
  };

  it('whole, teams, caseworkers and Målgrupper count gross, active, starts, ends, visited and hours', () => {
    const { report } = measure(autumn(), { asOf: '2025-12-31' });
    expect(report.months.map((m) => row(report, m.month))).toEqual([
      [4, 1, 1, 0, 1, 0],
      [5, 2, 1, 1, 2, 0],
      [4, 2, 0, 0, 1, 1],
    ]);
    expect(row(report.byTeam.Nord, '2025-11')).toEqual([3, 1, 0, 1, 1, 0]);
    expect(row(report.byTeam.Syd, '2025-11')).toEqual([2, 1, 1, 0, 1, 0]);
    expect(row(report.byCaseworker.Anne, '2025-11')).toEqual([3, 2, 1, 1, 1, 0]);
    expect(row(report.byCaseworker.Carl, '2025-12')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(row(report.byTargetGroup['Jobparat kontanthjælp'], '2025-12')).toEqual([1, 1, 0, 0, 0, 1]);
    expect(row(report.byTargetGroup['Aktivitetsparat kontanthjælp'], '2025-10')).toEqual([2, 1, 1, 0, 0, 0]);
  });

  it('ordinary hours per week: hours / gross / (days in the month / 7), null for an empty slice', () => {
    const { report } = measure(autumn(), { asOf: '2025-12-31' });
    expect(report.months[2].ordinaryHoursPerWeek).toBeCloseTo(10 / 4 / (31 / 7), 12);
    expect(report.months[0].ordinaryHoursPerWeek).toBe(0);
    expect(report.byCaseworker.Carl.months[2].ordinaryHoursPerWeek).toBeNull();
    expect(report.byCaseworker.Carl.months[2].share).toBeNull();
    expect(report.byCaseworker.Carl.months[2].gapToGoal).toBeNull();
  });
});
