// Milestones (aimed at T = Deadline - (k - 1), split by largest remainder), plans and needed starts,
// dialogue signals (the fixed kinds, thresholds from settings, sorted), caseloads and validation.
import { measure, type Caseload, type Citizen, type Placement, type Signal } from '../../src/domain';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const ten = () => Array.from({ length: 10 }, (_, i) => citizen(i + 1, `C${i}`, { caseworker: i < 6 ? 'Anne' : 'Bo' }));
const job = (row: number, citizenId: string, startDate: string, endDate?: string): Placement => ({
  row,
  citizenId,
  type: 'Job',
  startDate,
  endDate,
});

// 1 of 10 active from January, 2 from March; Basismåned 2025-01, Deadline 2025-06, k = 3, so T = 2025-04.
const tenCaseload = (settings: Caseload['settings'] = {}): Caseload => ({
  citizens: ten(),
  placements: [job(1, 'C0', '2025-01-02'), job(2, 'C7', '2025-03-02')],
  hours: [],
  settings: { ruleId: 'fsm-rate3', periodFrom: '2025-01', baseMonth: '2025-01', deadline: '2025-06', ...settings },
  issues: [],
});

describe('milestones', () => {
  it('runs from the month after Basismåned to Deadline, reaching the goal at T = Deadline - (k - 1)', () => {
    const { report } = measure(tenCaseload(), { asOf: '2025-03-31' });
    expect(report.plan.map((p) => p.month)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    [0.2, 0.3, 0.4, 0.4, 0.4].forEach((s, i) => expect(report.plan[i].milestoneShare).toBeCloseTo(s, 12));
    expect(report.plan.map((p) => p.milestoneCount)).toEqual([2, 3, 4, 4, 4]);
  });

  it('is the goal in every month after Basismåned when T is not after Basismåned', () => {
    const { report } = measure(tenCaseload({ baseMonth: '2025-03', deadline: '2025-04' }), { asOf: '2025-03-31' });
    expect(report.plan.map((p) => [p.month, p.milestoneShare, p.milestoneCount])).toEqual([['2025-04', 0.4, 4]]);
  });

  it('has no plan when Basismåned is on or after Deadline', () => {
    expect(
      measure(tenCaseload({ baseMonth: '2025-06', deadline: '2025-06' }), { asOf: '2025-03-31' }).report.plan,
    ).toEqual([]);
    expect(
      measure(tenCaseload({ baseMonth: '2025-07', deadline: '2025-06' }), { asOf: '2025-03-31' }).report.plan,
    ).toEqual([]);
  });

  it('gives status codes and the gap to the milestone for measured months', () => {
    const { report } = measure(tenCaseload(), { asOf: '2025-03-31' });
    expect(report.months.map((m) => [m.month, m.milestone?.count, m.milestone?.status, m.milestone?.gap])).toEqual([
      ['2025-01', undefined, undefined, undefined],
      ['2025-02', 2, 'behind', 1],
      ['2025-03', 3, 'behind', 1],
    ]);
  });

  it("plans needed starts for future months from last month's active and the expected ends", () => {
    const { report } = measure(tenCaseload(), { asOf: '2025-03-31' });
    const april = report.plan[2];
    expect(april).toMatchObject({
      month: '2025-04',
      actual: null,
      status: null,
      gross: 10,
      expectedEnds: 0,
      neededStarts: 4 - 2,
    });
    // May builds on April's milestone (4 on the line): nothing more needed.
    expect(report.plan[3]).toMatchObject({ month: '2025-05', neededStarts: 0 });
  });

  it('expects ends at the observed end rate of the last six months', () => {
    // Four of ten active in Jan-Mar, one placement ending each of Feb and Mar: rate 2 ends / 8 active-months.
    const c: Caseload = {
      citizens: ten(),
      placements: [
        job(1, 'C0', '2025-01-02'),
        job(2, 'C1', '2025-01-02', '2025-02-10'),
        job(3, 'C2', '2025-01-02', '2025-03-10'),
        job(4, 'C3', '2025-01-02'),
        job(5, 'C1', '2025-02-11'),
        job(6, 'C2', '2025-03-11'),
      ],
      hours: [],
      settings: { ruleId: 'fsm-rate3', periodFrom: '2025-01', baseMonth: '2025-01', deadline: '2025-06' },
      issues: [],
    };
    const april = measure(c, { asOf: '2025-03-31' }).report.plan.find((p) => p.month === '2025-04')!;
    expect(april.expectedEnds).toBe(Math.round((2 / 8) * 4));
    expect(april.neededStarts).toBe(Math.max(0, april.milestoneCount - (4 - april.expectedEnds!)));
  });

  it('splits the whole over teams and each team over its caseworkers by largest remainder', () => {
    const { report } = measure(tenCaseload(), { asOf: '2025-03-31' });
    const anne = report.byCaseworker.Anne.plan.map((p) => p.milestoneCount);
    const bo = report.byCaseworker.Bo.plan.map((p) => p.milestoneCount);
    expect(report.byTeam.Nord.plan.map((p) => p.milestoneCount)).toEqual(report.plan.map((p) => p.milestoneCount));
    expect(anne.map((a, i) => a + bo[i])).toEqual(report.byTeam.Nord.plan.map((p) => p.milestoneCount));
    // April: 4 x 6/10 = 2.4 and 4 x 4/10 = 1.6; floors 2 + 1, the one left goes to the larger remainder (Bo).
    expect([anne[2], bo[2]]).toEqual([2, 2]);
  });

  it('teams add up to the whole where each team rounding up on its own would not', () => {
    // Three teams of 5 at 30 %: each team alone would need ceil(1.5) = 2 (6 in all); the whole needs ceil(4.5) = 5.
    const citizens = ['X', 'Y', 'Z'].flatMap((t, ti) =>
      Array.from({ length: 5 }, (_, i) => citizen(ti * 5 + i + 1, `${t}${i}`, { team: t, caseworker: `S${t}` })),
    );
    const c: Caseload = {
      citizens,
      placements: [],
      hours: [],
      settings: {
        ruleId: 'custom',
        threshold: 30,
        monthsInARow: 1,
        periodFrom: '2025-01',
        baseMonth: '2025-01',
        deadline: '2025-02',
      },
      issues: [],
    };
    const { report } = measure(c, { asOf: '2025-02-28' });
    expect(report.plan.map((p) => p.milestoneCount)).toEqual([5]);
    // Equal remainders: ties go to the first names in Danish collation.
    expect(['X', 'Y', 'Z'].map((t) => report.byTeam[t].plan[0].milestoneCount)).toEqual([2, 2, 1]);
  });

  it('status "close" when at least 90 % of the milestone is reached', () => {
    const many = Array.from({ length: 100 }, (_, i) => citizen(i + 1, `X${i}`));
    const c: Caseload = {
      citizens: many,
      placements: many.slice(0, 36).map((x, i) => job(i + 1, x.id, '2025-01-02')),
      hours: [],
      settings: { periodFrom: '2025-01', baseMonth: '2024-12', deadline: '2025-01' },
      issues: [],
    };
    expect(measure(c, { asOf: '2025-01-31' }).report.months[0].milestone).toMatchObject({
      count: 40,
      status: 'close',
      gap: 4,
    });
  });
});

describe('goal v2', () => {
  it('carries the deadline, onTrack and the tranche amount from the settings', () => {
    const { goal } = measure(tenCaseload({ deadline: '2025-05', trancheAmount: 1_250_000 }), {
      asOf: '2025-03-31',
    }).report;
    // Streak 0 at March: earliest March + 3 = June, after the May deadline.
    expect(goal).toMatchObject({
      currentStreak: 0,
      gapToGoal: 2,
      earliestMetMonth: '2025-06',
      deadline: '2025-05',
      onTrack: false,
      trancheAmount: 1_250_000,
    });
  });
});

describe('signals and caseloads', () => {
  const asOf = '2025-06-15';
  const caseload = (settings: Caseload['settings'] = {}): Caseload => ({
    citizens: [
      citizen(1, 'A', { updated: '2025-06-01' }),
      citizen(2, 'B', { updated: '2025-04-01', companyConsultant: 'Kim' }),
      citizen(3, 'C', { caseworker: 'Bo', updated: '2025-06-10' }),
      citizen(4, 'D', { endDate: '2025-05-01', updated: '2025-01-01' }),
      citizen(5, 'E', { caseworker: 'Bo' }),
    ],
    placements: [
      { row: 1, citizenId: 'A', type: 'Løntilskud', startDate: '2025-02-01', endDate: '2025-07-10' },
      { row: 2, citizenId: 'B', type: 'Virksomhedspraktik', startDate: '2025-03-01', company: 'Bageriet' },
      {
        row: 3,
        citizenId: 'C',
        type: 'Virksomhedspraktik',
        startDate: '2025-03-01',
        followUp: '2025-06-01',
        companyConsultant: 'Kim',
      },
      { row: 4, citizenId: 'A', type: 'Virksomhedspraktik', startDate: '2025-04-01', followUp: '2025-05-10' },
      { row: 5, citizenId: 'E', type: 'Nytteindsats', startDate: '2025-02-01', endDate: '2025-06-20' },
      { row: 6, citizenId: 'D', type: 'Virksomhedspraktik', startDate: '2025-01-01' },
    ],
    hours: [
      { row: 1, citizenId: 'C', month: '2025-05', hours: 10 },
      { row: 2, citizenId: 'B', month: '2025-03', hours: 10 },
    ],
    agreements: [
      {
        row: 1,
        date: '2025-05-10',
        caseworker: 'Anne',
        citizenId: 'B',
        text: 'Ring til Bageriet',
        due: '2025-06-01',
        status: 'Åben',
      },
      {
        row: 2,
        date: '2025-05-10',
        caseworker: 'Anne',
        text: 'Gennemgå sagsstammen',
        due: '2025-05-01',
        status: 'Udført',
      },
      { row: 3, date: '2025-05-10', caseworker: 'Bo', text: 'Opdater CV', due: '2025-06-20', status: 'Åben' },
      { row: 4, date: '2025-05-10', caseworker: 'Bo', text: 'Uden frist', status: 'Åben' },
    ],
    settings,
    issues: [],
  });
  const signals = (settings: Caseload['settings'] = {}) => measure(caseload(settings), { asOf }).report.signals;
  const of = (list: Signal[], kind: Signal['kind']) => list.filter((s) => s.kind === kind);

  it('flags ongoing counted placements ending within 30 days, not uncounted ones', () => {
    expect(of(signals(), 'placementEndingSoon')).toEqual([
      {
        kind: 'placementEndingSoon',
        citizenId: 'A',
        caseworker: 'Anne',
        companyConsultant: null,
        team: 'Nord',
        date: '2025-07-10',
        placementType: 'Løntilskud',
        company: null,
        endDate: '2025-07-10',
        placementRow: 1,
      },
    ]);
  });

  it('flags praktik not followed up for more than Opfølgning (dage) days, from Startdato when Opfølgning is empty', () => {
    expect(of(signals(), 'followUpDue').map((s) => [s.citizenId, s.date])).toEqual([
      ['B', '2025-03-01'],
      ['A', '2025-05-10'],
    ]);
    const b = of(signals(), 'followUpDue').find((s) => s.citizenId === 'B')!;
    expect(b).toMatchObject({ neverFollowedUp: true, followUpDays: 31, company: 'Bageriet' });
    expect(of(signals({ followUpDays: 40 }), 'followUpDue').map((s) => s.citizenId)).toEqual(['B']);
  });

  it('flags praktik of at least 13 weeks without ordinary hours in the last three months', () => {
    // B: since 01-03 (15 weeks), hours only in March (outside April-June). C has hours in May. A: 10 weeks.
    expect(of(signals(), 'praktikWithoutHours').map((s) => [s.citizenId, s.date])).toEqual([['B', '2025-03-01']]);
    expect(of(signals({ praktikWithoutHoursWeeks: 16 }), 'praktikWithoutHours')).toEqual([]);
    expect(of(signals({ praktikWithoutHoursWeeks: 10 }), 'praktikWithoutHours').map((s) => s.citizenId)).toEqual([
      'B',
      'A',
    ]);
  });

  it('a Job or Ordinære timer Forløb in the window counts as ordinary hours', () => {
    const c = caseload();
    c.placements.push({
      row: 7,
      citizenId: 'B',
      type: 'Ordinære timer',
      startDate: '2025-04-01',
      endDate: '2025-04-30',
    });
    expect(of(measure(c, { asOf }).report.signals, 'praktikWithoutHours')).toEqual([]);
  });

  it('flags citizens not reviewed for more than Gennemgang (dage) days, ignoring those who left', () => {
    expect(of(signals(), 'notReviewed').map((s) => [s.citizenId, s.date])).toEqual([
      ['B', '2025-04-01'],
      ['E', null],
    ]);
    expect(of(signals({ reviewDays: 90 }), 'notReviewed').map((s) => s.citizenId)).toEqual(['E']);
  });

  it('flags open agreements whose Frist has passed', () => {
    expect(of(signals(), 'agreementOverdue')).toEqual([
      {
        kind: 'agreementOverdue',
        citizenId: 'B',
        caseworker: 'Anne',
        companyConsultant: 'Kim',
        team: 'Nord',
        date: '2025-06-01',
        text: 'Ring til Bageriet',
        due: '2025-06-01',
        agreementRow: 1,
      },
    ]);
  });

  it('lists signals by caseworker, oldest date first, undated last', () => {
    const list = signals({ caseworkerBand: { min: 1, max: 1 } });
    expect(list.map((s) => [s.caseworker, s.kind, s.date])).toEqual([
      ['Anne', 'followUpDue', '2025-03-01'],
      ['Anne', 'praktikWithoutHours', '2025-03-01'],
      ['Anne', 'notReviewed', '2025-04-01'],
      ['Anne', 'followUpDue', '2025-05-10'],
      ['Anne', 'agreementOverdue', '2025-06-01'],
      ['Anne', 'placementEndingSoon', '2025-07-10'],
      ['Anne', 'caseloadAboveBand', null],
      ['Bo', 'notReviewed', null],
      ['Bo', 'caseloadAboveBand', null],
    ]);
  });

  it('measures caseloads against the bands as upper limits, with the virksomhedskonsulent definition', () => {
    const { caseloads } = measure(caseload(), { asOf }).report;
    // Kim: B through Borgere.Virksomhedskonsulent, C through an ongoing Forløb; D has left.
    expect(caseloads).toEqual([
      { name: 'Anne', role: 'Sagsbehandler', team: 'Nord', citizens: 2, bandMin: 40, bandMax: 50, above: false },
      { name: 'Bo', role: 'Sagsbehandler', team: 'Nord', citizens: 2, bandMin: 40, bandMax: 50, above: false },
      { name: 'Kim', role: 'Virksomhedskonsulent', team: 'Nord', citizens: 2, bandMin: 30, bandMax: 35, above: false },
    ]);
    expect(of(signals(), 'caseloadAboveBand')).toEqual([]);
    const above = of(
      signals({ caseworkerBand: { min: 1, max: 1 }, consultantBand: { min: 1, max: 1 } }),
      'caseloadAboveBand',
    );
    expect(above).toEqual([
      {
        kind: 'caseloadAboveBand',
        citizenId: null,
        caseworker: 'Anne',
        companyConsultant: null,
        team: 'Nord',
        date: null,
        role: 'Sagsbehandler',
        citizens: 2,
        bandMax: 1,
      },
      {
        kind: 'caseloadAboveBand',
        citizenId: null,
        caseworker: 'Bo',
        companyConsultant: null,
        team: 'Nord',
        date: null,
        role: 'Sagsbehandler',
        citizens: 2,
        bandMax: 1,
      },
      {
        kind: 'caseloadAboveBand',
        citizenId: null,
        caseworker: 'Kim',
        companyConsultant: 'Kim',
        team: 'Nord',
        date: null,
        role: 'Virksomhedskonsulent',
        citizens: 2,
        bandMax: 1,
      },
    ]);
  });
});
