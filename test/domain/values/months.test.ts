// The report's months by value: the default period start (earliest Startdato), Periode til and the as-of
// month as caps, months read correctly in October-December and across a year end, and placements and
// hours before the period, after the as-of month or outside the citizen's time in the target group.
import {
  measure,
  reportMonths,
  type Caseload,
  type Citizen,
  type HoursEntry,
  type Placement,
} from '../../../src/domain';

const person = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const caseload = (
  citizens: Citizen[],
  placements: Placement[] = [],
  hours: HoursEntry[] = [],
  settings: Caseload['settings'] = {},
): Caseload => ({ citizens, placements, hours, settings: { ruleId: 'fsm-rate3', ...settings }, issues: [] });
const table = (c: Caseload, asOf: string) =>
  measure(c, { asOf }).report.months.map((m) => [
    m.month,
    m.gross,
    m.active,
    m.starts,
    m.ends,
    m.withOrdinaryHours,
    m.visited,
  ]);

describe('report months', () => {
  it('start at the earliest Startdato when Periode fra is empty, whatever the row order', () => {
    const citizens = [
      person(1, 'A', { startDate: '2025-11-03' }),
      person(2, 'B', { startDate: '2025-09-10' }),
      person(3, 'C', { startDate: '2025-10-01' }),
    ];
    expect(reportMonths(citizens, {}, '2026-01-15')).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
  });

  it('are the as-of month alone without citizens or Periode fra', () => {
    expect(reportMonths([], {}, '2026-01-15')).toEqual(['2026-01']);
  });

  it('end at Periode til when it is before the as-of month, else at the as-of month', () => {
    const citizens = [person(1, 'A')];
    expect(reportMonths(citizens, { periodFrom: '2025-10', periodTo: '2025-11' }, '2026-01-15')).toEqual([
      '2025-10',
      '2025-11',
    ]);
    expect(reportMonths(citizens, { periodFrom: '2025-10', periodTo: '2026-06' }, '2026-01-15')).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(reportMonths(citizens, { periodFrom: '2025-12', periodTo: '2026-01' }, '2026-01-15')).toEqual([
      '2025-12',
      '2026-01',
    ]);
  });
});

describe('months read in every quarter and across a year end', () => {
  it('counts placements, hours, visits and exits in September-January by their own month', () => {
    const c = caseload(
      [
        person(1, 'A', { startDate: '2025-09-10' }),
        person(2, 'B', { startDate: '2025-11-03' }),
        person(3, 'C', { startDate: '2025-09-01', endDate: '2025-11-30' }),
        person(4, 'D', { startDate: '2025-10-15', visitedDate: '2025-12-02' }),
      ],
      [
        { row: 1, citizenId: 'A', type: 'Virksomhedspraktik', startDate: '2025-10-05', endDate: '2025-10-20' },
        { row: 2, citizenId: 'B', type: 'Job', startDate: '2025-12-01' },
      ],
      [{ row: 1, citizenId: 'C', month: '2025-11', hours: 10 }],
    );
    // [month, gross, active, starts, ends, withOrdinaryHours, visited]
    expect(table(c, '2026-01-15')).toEqual([
      ['2025-09', 2, 0, 0, 0, 0, 0],
      ['2025-10', 3, 1, 1, 1, 0, 0],
      ['2025-11', 4, 1, 0, 0, 1, 0],
      ['2025-12', 3, 1, 1, 0, 0, 1],
      ['2026-01', 3, 1, 0, 0, 0, 1],
    ]);
  });

  it('reads each month of a whole year right (one citizen active in exactly one month each)', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    const c = caseload(
      months.map((m, i) => person(i + 1, `X${m}`)),
      months.map((m, i) => ({
        row: i + 1,
        citizenId: `X${m}`,
        type: 'Job',
        startDate: `2025-${m}-01`,
        endDate: `2025-${m}-28`,
      })),
      [],
      { periodFrom: '2025-01' },
    );
    const { report, drill } = measure(c, { asOf: '2025-12-31' });
    expect(report.months.map((m) => [m.active, m.starts, m.ends])).toEqual(months.map(() => [1, 1, 1]));
    expect(months.map((m) => drill({ scope: { kind: 'all' }, month: `2025-${m}`, measure: 'active' }))).toEqual(
      months.map((m) => [`X${m}`]),
    );
  });
});

describe('months of another century', () => {
  it('reads 1999-2000 months by their own digits', () => {
    const c = caseload(
      [person(1, 'A', { startDate: '1999-11-01' }), person(2, 'B', { startDate: '1999-12-15' })],
      [{ row: 1, citizenId: 'A', type: 'Job', startDate: '1999-12-01', endDate: '2000-01-10' }],
      [{ row: 1, citizenId: 'B', month: '2000-02', hours: 4 }],
    );
    expect(table(c, '2000-02-29')).toEqual([
      ['1999-11', 1, 0, 0, 0, 0, 0],
      ['1999-12', 2, 1, 1, 0, 0, 0],
      ['2000-01', 2, 1, 0, 1, 0, 0],
      ['2000-02', 2, 1, 0, 0, 1, 0],
    ]);
  });
});

describe("what lies outside the period or the citizen's time", () => {
  it('a placement begun before Periode fra is active in the period but is no start in it', () => {
    const c = caseload(
      [person(1, 'A')],
      [{ row: 1, citizenId: 'A', type: 'Job', startDate: '2025-09-20', endDate: '2025-10-10' }],
      [],
      { periodFrom: '2025-10' },
    );
    expect(table(c, '2025-11-30')).toEqual([
      ['2025-10', 1, 1, 0, 1, 0, 0],
      ['2025-11', 1, 0, 0, 0, 0, 0],
    ]);
    // Nor is it a start in a month before the report.
    expect(
      measure(c, { asOf: '2025-11-30' }).drill({ scope: { kind: 'all' }, month: '2025-09', measure: 'starts' }),
    ).toEqual([]);
  });

  it('a placement begun before the citizen entered counts from entry and is no start', () => {
    const c = caseload(
      [person(1, 'A', { startDate: '2025-11-01' })],
      [{ row: 1, citizenId: 'A', type: 'Job', startDate: '2025-10-01', endDate: '2025-12-31' }],
      [],
      { periodFrom: '2025-10' },
    );
    expect(table(c, '2025-12-31')).toEqual([
      ['2025-10', 0, 0, 0, 0, 0, 0],
      ['2025-11', 1, 1, 0, 0, 0, 0],
      ['2025-12', 1, 1, 0, 1, 0, 0],
    ]);
  });

  it("a placement running past the citizen's exit counts to the exit month, and its end after the exit is no end", () => {
    const c = caseload(
      [person(1, 'A', { endDate: '2025-11-15' })],
      [{ row: 1, citizenId: 'A', type: 'Job', startDate: '2025-10-01', endDate: '2025-12-10' }],
      [],
      { periodFrom: '2025-10' },
    );
    expect(table(c, '2025-12-31')).toEqual([
      ['2025-10', 1, 1, 1, 0, 0, 0],
      ['2025-11', 1, 1, 0, 0, 0, 0],
      ['2025-12', 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('a placement starting after the as-of month, or ending before Periode fra, counts for nothing', () => {
    const c = caseload(
      [person(1, 'A')],
      [
        { row: 1, citizenId: 'A', type: 'Job', startDate: '2026-01-05' },
        { row: 2, citizenId: 'A', type: 'Job', startDate: '2025-08-01', endDate: '2025-09-30' },
      ],
      [],
      { periodFrom: '2025-10' },
    );
    expect(table(c, '2025-12-31')).toEqual([
      ['2025-10', 1, 0, 0, 0, 0, 0],
      ['2025-11', 1, 0, 0, 0, 0, 0],
      ['2025-12', 1, 0, 0, 0, 0, 0],
    ]);
  });

  it('an end after the as-of month is no end in the report; an open placement lasts to the last month', () => {
    const c = caseload(
      [person(1, 'A'), person(2, 'B')],
      [
        { row: 1, citizenId: 'A', type: 'Job', startDate: '2025-11-01', endDate: '2026-02-01' },
        { row: 2, citizenId: 'B', type: 'Job', startDate: '2025-12-31' },
      ],
      [],
      { periodFrom: '2025-10' },
    );
    expect(table(c, '2025-12-31')).toEqual([
      ['2025-10', 2, 0, 0, 0, 0, 0],
      ['2025-11', 2, 1, 1, 0, 0, 0],
      ['2025-12', 2, 2, 1, 0, 0, 0],
    ]);
  });

  it("ignores hours after the as-of month, before Periode fra and outside the citizen's time; sums the rest", () => {
    const c = caseload(
      [person(1, 'A'), person(2, 'B', { endDate: '2025-10-31' }), person(3, 'C')],
      [],
      [
        { row: 1, citizenId: 'A', month: '2025-09', hours: 20 },
        { row: 7, citizenId: 'B', month: '2025-09', hours: 20 },
        { row: 2, citizenId: 'A', month: '2026-01', hours: 20 },
        { row: 3, citizenId: 'B', month: '2025-11', hours: 20 },
        { row: 4, citizenId: 'A', month: '2025-11', hours: 7 },
        { row: 5, citizenId: 'C', month: '2025-11', hours: 14 },
        { row: 6, citizenId: 'C', month: '2025-10', hours: 3.5 },
      ],
      { periodFrom: '2025-10' },
    );
    const { report } = measure(c, { asOf: '2025-12-31' });
    expect(report.months.map((m) => [m.month, m.gross, m.active, m.withOrdinaryHours])).toEqual([
      ['2025-10', 3, 1, 1],
      ['2025-11', 2, 2, 2],
      ['2025-12', 2, 0, 0],
    ]);
    expect(report.months[0].ordinaryHoursPerWeek).toBeCloseTo(3.5 / 3 / (31 / 7), 12);
    expect(report.months[1].ordinaryHoursPerWeek).toBeCloseTo(21 / 2 / (30 / 7), 12);
    expect(report.months[2].ordinaryHoursPerWeek).toBe(0);
  });

  it("a citizen outside the rule's Målgrupper is in no month, nor are their placements", () => {
    const c = caseload(
      [person(1, 'A'), person(2, 'B', { targetGroup: 'Ressourceforløb' })],
      [{ row: 1, citizenId: 'B', type: 'Job', startDate: '2025-10-01' }],
      [],
      { periodFrom: '2025-10', targetGroups: ['Aktivitetsparat kontanthjælp'] },
    );
    expect(table(c, '2025-10-31')).toEqual([['2025-10', 1, 0, 0, 0, 0, 0]]);
    expect(
      measure(c, { asOf: '2025-10-31' }).drill({ scope: { kind: 'all' }, month: '2025-10', measure: 'starts' }),
    ).toEqual([]);
  });
});

describe('rule bases', () => {
  const visitedOnly = () =>
    caseload(
      [person(1, 'A', { visitedDate: '2025-11-05' }), person(2, 'B', { visitedDate: '2025-06-01' }), person(3, 'C')],
      [{ row: 1, citizenId: 'C', type: 'Virksomhedspraktik', startDate: '2025-11-01' }],
      [{ row: 1, citizenId: 'C', month: '2025-10', hours: 5 }],
      { periodFrom: '2025-10' },
    );

  it('fsm-rate3: a visited citizen without activity is not active', () => {
    expect(table(visitedOnly(), '2025-12-31')).toEqual([
      ['2025-10', 3, 1, 0, 0, 1, 1],
      ['2025-11', 3, 1, 1, 0, 0, 2],
      ['2025-12', 3, 1, 0, 0, 0, 2],
    ]);
  });

  it('fsm-rate2: active means visited (from the visitation month, or the first month when visited before); placements count nothing', () => {
    const c = visitedOnly();
    c.settings.ruleId = 'fsm-rate2';
    expect(table(c, '2025-12-31')).toEqual([
      ['2025-10', 3, 1, 0, 0, 1, 1],
      ['2025-11', 3, 2, 0, 0, 0, 2],
      ['2025-12', 3, 2, 0, 0, 0, 2],
    ]);
    expect(measure(c, { asOf: '2025-12-31' }).report.months.map((m) => m.passes)).toEqual([false, false, false]);
  });

  it('a custom rule without Ordinære timer does not count hours as activity', () => {
    const c = visitedOnly();
    c.settings = { ...c.settings, ruleId: 'custom', counts: ['Virksomhedspraktik'] };
    expect(table(c, '2025-12-31').map((r) => r[2])).toEqual([0, 1, 1]);
  });

  it('fsm2-20 does not count løntilskud, afklaring-80 counts anden ydelse', () => {
    const c = caseload(
      [person(1, 'A'), person(2, 'B')],
      [
        { row: 1, citizenId: 'A', type: 'Løntilskud', startDate: '2025-10-01' },
        { row: 2, citizenId: 'B', type: 'Anden ydelse', startDate: '2025-10-01' },
      ],
      [],
      { periodFrom: '2025-10' },
    );
    c.settings.ruleId = 'fsm2-20';
    expect(table(c, '2025-10-31')).toEqual([['2025-10', 2, 0, 0, 0, 0, 0]]);
    c.settings.ruleId = 'afklaring-80';
    expect(table(c, '2025-10-31')).toEqual([['2025-10', 2, 2, 2, 0, 0, 0]]);
  });
});
