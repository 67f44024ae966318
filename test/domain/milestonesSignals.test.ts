// Milestones, plans, needed starts, dialogue signals, caseload sizes and validation.
import { measure, type Caseload, type Citizen, type Placement } from '../../src/domain';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row, id, targetGroup: 'Aktivitetsparat kontanthjælp', team: 'Nord', caseworker: 'Anne', startDate: '2025-01-01', ...extra,
});
const ten = Array.from({ length: 10 }, (_, i) => citizen(i + 1, `C${i}`, { caseworker: i < 6 ? 'Anne' : 'Bo' }));
const job = (row: number, citizenId: string, startDate: string, endDate?: string): Placement => ({ row, citizenId, type: 'Job', startDate, endDate });

describe('milestones', () => {
  // 1 of 10 active from January, 2 from March: baseline 10% in January, goal 40% in April.
  const caseload: Caseload = {
    citizens: ten,
    placements: [job(1, 'C0', '2025-01-02'), job(2, 'C7', '2025-03-02')],
    hours: [],
    settings: { ruleId: 'fsm-rate3', periodFrom: '2025-01', baseMonth: '2025-01', deadline: '2025-04' },
    issues: [],
  };
  const { report } = measure(caseload, { asOf: '2025-03-31' });

  it('draws a straight line from the baseline share to the goal, then holds it for k months', () => {
    expect(report.plan.map((p) => p.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    const shares = report.plan.map((p) => p.milestoneShare);
    [0.1, 0.2, 0.3, 0.4, 0.4, 0.4].forEach((s, i) => expect(shares[i]).toBeCloseTo(s, 12));
    expect(report.plan.map((p) => p.milestoneCount)).toEqual([1, 2, 3, 4, 4, 4]);
  });

  it('gives status and gap for measured months', () => {
    expect(report.months.map((m) => [m.milestone?.count, m.milestone?.status, m.milestone?.gap])).toEqual([
      [1, 'På sporet', 0],
      [2, 'Bagud', 1],
      [3, 'Bagud', 1],
    ]);
  });

  it('plans needed starts for future months from the latest active and expected ends', () => {
    const april = report.plan[3];
    expect(april).toMatchObject({ actual: null, status: null, gross: 10, expectedEnds: 0 });
    expect(april.neededStarts).toBe(4 - 2);
    expect(report.plan[4].neededStarts).toBe(0);
  });

  it('splits the team milestone over caseworkers by their share of the gross', () => {
    const anne = report.byCaseworker.Anne.plan.map((p) => p.milestoneCount);
    const bo = report.byCaseworker.Bo.plan.map((p) => p.milestoneCount);
    expect(anne.map((a, i) => a + bo[i])).toEqual(report.byTeam.Nord.plan.map((p) => p.milestoneCount));
    // April: 4 x 6/10 = 2.4 and 4 x 4/10 = 1.6; floors 2 + 1, the one left goes to the larger remainder (Bo).
    expect(anne[3]).toBe(2);
    expect(bo[3]).toBe(2);
  });

  it('status "Tæt på" when at least 90% of the milestone is reached', () => {
    const many = Array.from({ length: 100 }, (_, i) => citizen(i + 1, `X${i}`));
    const c: Caseload = { citizens: many, placements: many.slice(0, 36).map((x, i) => job(i + 1, x.id, '2025-01-02')), hours: [], settings: { periodFrom: '2025-01', baseMonth: '2024-12', deadline: '2025-01' }, issues: [] };
    expect(measure(c, { asOf: '2025-01-31' }).report.months[0].milestone).toMatchObject({ count: 40, status: 'Tæt på', gap: 4 });
  });
});

describe('signals and caseloads', () => {
  const asOf = '2025-06-15';
  const caseload: Caseload = {
    citizens: [
      citizen(1, 'A', { updated: '2025-06-01' }),
      citizen(2, 'B', { updated: '2025-04-01', companyConsultant: 'Kim' }),
      citizen(3, 'C'),
      citizen(4, 'D', { endDate: '2025-05-01', updated: '2025-01-01' }),
    ],
    placements: [
      { row: 1, citizenId: 'A', type: 'Løntilskud', startDate: '2025-02-01', endDate: '2025-07-10' },
      { row: 2, citizenId: 'B', type: 'Virksomhedspraktik', startDate: '2025-03-01', company: 'Bageriet' },
      { row: 3, citizenId: 'C', type: 'Virksomhedspraktik', startDate: '2025-03-01' },
      { row: 4, citizenId: 'A', type: 'Virksomhedspraktik', startDate: '2025-04-01' },
    ],
    hours: [{ row: 1, citizenId: 'C', month: '2025-05', hours: 10 }],
    settings: {},
    issues: [],
  };
  const { report } = measure(caseload, { asOf });
  const of = (kind: string) => report.signals.filter((s) => s.kind === kind);

  it('flags placements ending within 30 days', () => {
    expect(of('placementEndingSoon').map((s) => [s.citizenId, s.date])).toEqual([['A', '2025-07-10']]);
    expect(of('placementEndingSoon')[0].message).toContain('10-07-2025');
  });
  it('flags praktik over 3 months without ordinary hours', () => {
    expect(of('longPraktikWithoutHours').map((s) => s.citizenId)).toEqual(['B']);
    expect(of('longPraktikWithoutHours')[0].message).toContain('Bageriet');
  });
  it('flags citizens not reviewed for 30 days, ignoring those who left', () => {
    expect(of('notReviewed').map((s) => s.citizenId).sort()).toEqual(['B', 'C']);
  });
  it('measures caseloads against the recommended bands', () => {
    expect(report.caseloads).toEqual([
      { name: 'Anne', role: 'Sagsbehandler', team: 'Nord', citizens: 3, bandMin: 40, bandMax: 50, within: false },
      { name: 'Kim', role: 'Virksomhedskonsulent', team: 'Nord', citizens: 1, bandMin: 30, bandMax: 35, within: false },
    ]);
    expect(of('caseloadBelowBand').map((s) => s.message)).toContain('Sagsbehandler Anne har 3 borgere; anbefalet 40-50');
  });
});
