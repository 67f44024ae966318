// Caseload sizes by value: who is in the gross group on the as-of date (both ends included), the
// virksomhedskonsulent definition (Borgere or an ongoing Forløb, each citizen once), each person's main
// team (ties in Danish collation) and the Danish order of names.
import { measure, type Caseload, type Citizen } from '../../../src/domain';
import { inTargetGroupOn } from '../../../src/domain/caseloads';

const asOf = '2025-06-15';
const person = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});

describe('inTargetGroupOn', () => {
  it('includes the start and the end day, and honours the Målgrupper', () => {
    const c = person(1, 'A', { startDate: '2025-06-15', endDate: '2025-06-20' });
    expect(['2025-06-14', '2025-06-15', '2025-06-20', '2025-06-21'].map((d) => inTargetGroupOn(c, d, null))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inTargetGroupOn(c, '2025-06-16', new Set(['Ressourceforløb']))).toBe(false);
    expect(inTargetGroupOn(c, '2025-06-16', new Set(['Aktivitetsparat kontanthjælp']))).toBe(true);
  });
});

describe('caseloadSizes', () => {
  const caseload = (): Caseload => ({
    citizens: [
      person(1, 'A', { caseworker: 'Åge', team: 'Øst' }),
      person(2, 'B', { caseworker: 'Åge', team: 'Vest' }),
      person(3, 'C', { caseworker: 'Zack', companyConsultant: 'Kim' }),
      person(4, 'D', { caseworker: 'Zack', endDate: '2025-06-14', companyConsultant: 'Kim' }),
      person(5, 'E', { caseworker: 'Æsa', startDate: '2025-06-16' }),
      person(6, 'F', { caseworker: 'Zack', team: 'Syd' }),
    ],
    placements: [
      { row: 1, citizenId: 'C', type: 'Job', startDate: '2025-01-01', companyConsultant: 'Kim' },
      { row: 2, citizenId: 'A', type: 'Job', startDate: '2025-01-01', endDate: asOf, companyConsultant: 'Kim' },
      { row: 3, citizenId: 'B', type: 'Job', startDate: '2025-01-01', endDate: '2025-06-14', companyConsultant: 'Lis' },
      { row: 4, citizenId: 'F', type: 'Job', startDate: '2025-06-16', companyConsultant: 'Lis' },
      { row: 5, citizenId: 'F', type: 'Job', startDate: asOf, companyConsultant: 'Mona' },
      { row: 6, citizenId: 'D', type: 'Job', startDate: '2025-01-01', companyConsultant: 'Mona' },
      { row: 7, citizenId: 'B', type: 'Job', startDate: '2025-01-01' },
    ],
    hours: [],
    settings: {},
    issues: [],
  });

  it('counts current citizens per caseworker and per virksomhedskonsulent, names in Danish order', () => {
    const { caseloads } = measure(caseload(), { asOf }).report;
    expect(caseloads.map((s) => [s.role, s.name, s.citizens, s.team])).toEqual([
      ['Sagsbehandler', 'Zack', 2, 'Nord'],
      ['Sagsbehandler', 'Åge', 2, 'Vest'],
      ['Virksomhedskonsulent', 'Kim', 2, 'Nord'],
      ['Virksomhedskonsulent', 'Mona', 1, 'Syd'],
    ]);
  });

  it('takes the bands from the settings, and flags only sizes above the maximum', () => {
    const c = caseload();
    c.settings = { caseworkerBand: { min: 1, max: 1 }, consultantBand: { min: 0, max: 2 } };
    const { caseloads } = measure(c, { asOf }).report;
    expect(caseloads.map((s) => [s.name, s.bandMin, s.bandMax, s.above])).toEqual([
      ['Zack', 1, 1, true],
      ['Åge', 1, 1, true],
      ['Kim', 0, 2, false],
      ['Mona', 0, 2, false],
    ]);
    expect(measure(caseload(), { asOf }).report.caseloads.map((s) => [s.bandMin, s.bandMax])).toEqual([
      [40, 50],
      [40, 50],
      [30, 35],
      [30, 35],
    ]);
  });

  it('gives each person the team with most of their citizens, even when it comes last in Danish order', () => {
    const c = caseload();
    c.citizens.push(person(7, 'G', { caseworker: 'Åge', team: 'Øst' }));
    expect(measure(c, { asOf }).report.caseloads.map((s) => [s.name, s.citizens, s.team])).toEqual([
      ['Zack', 2, 'Nord'],
      ['Åge', 3, 'Øst'],
      ['Kim', 2, 'Nord'],
      ['Mona', 1, 'Syd'],
    ]);
  });

  it("leaves out citizens outside the rule's Målgrupper", () => {
    const c = caseload();
    c.citizens[0].targetGroup = 'Ressourceforløb';
    c.settings = { targetGroups: ['Aktivitetsparat kontanthjælp'] };
    expect(measure(c, { asOf }).report.caseloads.map((s) => [s.name, s.citizens])).toEqual([
      ['Zack', 2],
      ['Åge', 1],
      ['Kim', 1],
      ['Mona', 1],
    ]);
  });
});
