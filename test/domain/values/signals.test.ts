// Signals at their boundaries, one kind at a time: 30 days for an ending placement, Opfølgning (dage),
// the weeks of praktik without ordinary hours and the three-month hours window, Gennemgang (dage), the
// caseload band's maximum, overdue agreements, who is "current" on the as-of date, and the sort order.
import { measure, sortSignals, type Caseload, type Citizen, type Placement, type Signal } from '../../../src/domain';

const asOf = '2025-06-15';
const person = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  updated: asOf,
  ...extra,
});
const caseload = (citizens: Citizen[], placements: Placement[], extra: Partial<Caseload> = {}): Caseload => ({
  citizens,
  placements,
  hours: [],
  settings: { ruleId: 'fsm-rate3' },
  issues: [],
  ...extra,
});
const kinds = (c: Caseload, kind: Signal['kind'], on = asOf) =>
  measure(c, { asOf: on }).report.signals.filter((s) => s.kind === kind);
const ids = (c: Caseload, kind: Signal['kind'], on = asOf) => kinds(c, kind, on).map((s) => s.citizenId);

describe('placementEndingSoon', () => {
  it('flags counted, ongoing placements ending within 30 days of the as-of date, both ends included', () => {
    const citizens = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id, i) => person(i + 1, id));
    const c = caseload(citizens, [
      { row: 1, citizenId: 'A', type: 'Job', startDate: '2025-01-01', endDate: '2025-07-15' },
      { row: 2, citizenId: 'B', type: 'Job', startDate: '2025-01-01', endDate: '2025-07-16' },
      { row: 3, citizenId: 'C', type: 'Job', startDate: '2025-01-01', endDate: asOf },
      { row: 4, citizenId: 'D', type: 'Job', startDate: '2025-01-01', endDate: '2025-06-14' },
      { row: 5, citizenId: 'E', type: 'Nytteindsats', startDate: '2025-01-01', endDate: '2025-06-20' },
      { row: 6, citizenId: 'F', type: 'Job', startDate: '2025-06-16', endDate: '2025-06-20' },
      { row: 7, citizenId: 'G', type: 'Job', startDate: asOf, endDate: '2025-06-21' },
    ]);
    expect(ids(c, 'placementEndingSoon')).toEqual(['C', 'G', 'A']);
    expect(kinds(c, 'placementEndingSoon')[0]).toMatchObject({
      placementType: 'Job',
      endDate: asOf,
      placementRow: 3,
      company: null,
    });
  });

  it("takes the placement's virksomhedskonsulent first, then the citizen's, and the company", () => {
    const c = caseload(
      [person(1, 'A', { companyConsultant: 'Kim' }), person(2, 'B', { companyConsultant: 'Kim' })],
      [
        {
          row: 1,
          citizenId: 'A',
          type: 'Job',
          startDate: '2025-01-01',
          endDate: '2025-06-20',
          companyConsultant: 'Lis',
          company: 'Bageriet',
        },
        { row: 2, citizenId: 'B', type: 'Job', startDate: '2025-01-01', endDate: '2025-06-21' },
      ],
    );
    expect(
      kinds(c, 'placementEndingSoon').map((s) => [
        s.citizenId,
        s.companyConsultant,
        s.kind === 'placementEndingSoon' && s.company,
      ]),
    ).toEqual([
      ['A', 'Lis', 'Bageriet'],
      ['B', 'Kim', null],
    ]);
  });
});

describe('followUpDue', () => {
  const praktik = (row: number, citizenId: string, startDate: string, followUp?: string): Placement => ({
    row,
    citizenId,
    type: 'Virksomhedspraktik',
    startDate,
    followUp,
  });

  it('flags a praktik last followed up more than Opfølgning (dage) days ago (default 31), counted from Startdato when never', () => {
    const c = caseload(
      ['A', 'B', 'C', 'D'].map((id, i) => person(i + 1, id)),
      [
        praktik(1, 'A', '2025-01-01', '2025-05-14'),
        praktik(2, 'B', '2025-01-01', '2025-05-15'),
        praktik(3, 'C', '2025-05-14'),
        praktik(4, 'D', '2025-05-15'),
      ],
    );
    expect(
      kinds(c, 'followUpDue').map(
        (s) => s.kind === 'followUpDue' && [s.citizenId, s.lastFollowUp, s.neverFollowedUp, s.followUpDays],
      ),
    ).toEqual([
      ['A', '2025-05-14', false, 31],
      ['C', '2025-05-14', true, 31],
    ]);
    c.settings.followUpDays = 10;
    expect(ids(c, 'followUpDue')).toEqual(['A', 'C', 'B', 'D']);
  });

  it('only for praktik: other placement types are never due a follow-up', () => {
    const c = caseload([person(1, 'A')], [{ row: 1, citizenId: 'A', type: 'Løntilskud', startDate: '2025-01-01' }]);
    expect(kinds(c, 'followUpDue')).toEqual([]);
    expect(kinds(c, 'praktikWithoutHours')).toEqual([]);
  });
});

describe('praktikWithoutHours', () => {
  const praktik = (row: number, citizenId: string, startDate: string): Placement => ({
    row,
    citizenId,
    type: 'Virksomhedspraktik',
    startDate,
    followUp: asOf,
  });

  it('flags a praktik begun at least 13 weeks (91 days) ago, or Praktik uden løntimer (uger) weeks', () => {
    const c = caseload(
      [person(1, 'A'), person(2, 'B')],
      [praktik(1, 'A', '2025-03-16'), praktik(2, 'B', '2025-03-17')],
    );
    expect(
      kinds(c, 'praktikWithoutHours').map(
        (s) => s.kind === 'praktikWithoutHours' && [s.citizenId, s.startDate, s.weeks],
      ),
    ).toEqual([['A', '2025-03-16', 13]]);
    c.settings.praktikWithoutHoursWeeks = 2;
    expect(ids(c, 'praktikWithoutHours')).toEqual(['A', 'B']);
  });

  it('ordinary hours (more than 0) in the as-of month or the two before clear it; earlier, later or 0 hours do not', () => {
    const c = caseload(
      ['A', 'B', 'C', 'D', 'E'].map((id, i) => person(i + 1, id)),
      ['A', 'B', 'C', 'D', 'E'].map((id, i) => praktik(i + 1, id, '2025-01-01')),
      {
        hours: [
          { row: 1, citizenId: 'A', month: '2025-04', hours: 5 },
          { row: 2, citizenId: 'B', month: '2025-03', hours: 5 },
          { row: 3, citizenId: 'C', month: '2025-07', hours: 5 },
          { row: 4, citizenId: 'D', month: '2025-05', hours: 0 },
          { row: 5, citizenId: 'E', month: '2025-06', hours: 1 },
        ],
      },
    );
    expect(ids(c, 'praktikWithoutHours')).toEqual(['B', 'C', 'D']);
  });

  it('a Job or Ordinære timer Forløb touching April-June clears it; one outside the window or Løntilskud does not', () => {
    const ids6 = ['A', 'B', 'C', 'D', 'E', 'F'];
    const c = caseload(
      ids6.map((id, i) => person(i + 1, id)),
      [
        ...ids6.map((id, i) => praktik(i + 1, id, '2025-01-01')),
        { row: 7, citizenId: 'A', type: 'Job', startDate: '2025-03-01', endDate: '2025-03-31' },
        { row: 8, citizenId: 'B', type: 'Job', startDate: '2025-03-01', endDate: '2025-04-01' },
        { row: 9, citizenId: 'C', type: 'Ordinære timer', startDate: '2025-06-30' },
        { row: 10, citizenId: 'D', type: 'Ordinære timer', startDate: '2025-07-01' },
        { row: 11, citizenId: 'E', type: 'Løntilskud', startDate: '2025-04-01' },
        { row: 12, citizenId: 'F', type: 'Job', startDate: '2025-02-01' },
      ],
    );
    expect(ids(c, 'praktikWithoutHours')).toEqual(['A', 'D', 'E']);
  });
});

describe('notReviewed', () => {
  it('flags current citizens not updated for more than Gennemgang (dage) days (default 30), and never updated ones', () => {
    const c = caseload(
      [
        person(1, 'A', { updated: '2025-05-15' }),
        person(2, 'B', { updated: '2025-05-16' }),
        person(3, 'C', { updated: undefined }),
        person(4, 'D', { updated: undefined, endDate: '2025-06-14' }),
        person(5, 'E', { updated: undefined, startDate: '2025-06-16' }),
        person(6, 'F', { updated: undefined, endDate: asOf }),
        person(7, 'G', { updated: undefined, startDate: asOf }),
      ],
      [],
    );
    expect(
      kinds(c, 'notReviewed').map((s) => s.kind === 'notReviewed' && [s.citizenId, s.updated, s.reviewDays]),
    ).toEqual([
      ['A', '2025-05-15', 30],
      ['C', null, 30],
      ['F', null, 30],
      ['G', null, 30],
    ]);
    c.settings.reviewDays = 29;
    expect(ids(c, 'notReviewed')).toEqual(['A', 'B', 'C', 'F', 'G']);
  });

  it("ignores citizens outside the rule's Målgrupper", () => {
    const c = caseload(
      [person(1, 'A', { updated: undefined }), person(2, 'B', { updated: undefined, targetGroup: 'Ressourceforløb' })],
      [],
    );
    c.settings.targetGroups = ['Aktivitetsparat kontanthjælp'];
    expect(ids(c, 'notReviewed')).toEqual(['A']);
  });
});

describe('caseloadAboveBand', () => {
  it("flags only a caseload above the band's maximum", () => {
    const c = caseload(
      [
        person(1, 'A'),
        person(2, 'B'),
        person(3, 'C', { caseworker: 'Bo' }),
        person(4, 'D', { caseworker: 'Bo' }),
        person(5, 'E', { caseworker: 'Bo' }),
      ],
      [],
    );
    c.settings.caseworkerBand = { min: 1, max: 2 };
    expect(kinds(c, 'caseloadAboveBand')).toEqual([
      {
        kind: 'caseloadAboveBand',
        citizenId: null,
        caseworker: 'Bo',
        companyConsultant: null,
        team: 'Nord',
        date: null,
        role: 'Sagsbehandler',
        citizens: 3,
        bandMax: 2,
      },
    ]);
  });
});

describe('agreementOverdue', () => {
  it("flags open agreements whose Frist is before the as-of date, with the citizen's team or the caseworker's", () => {
    const c = caseload(
      [person(1, 'A', { team: 'Syd', companyConsultant: 'Kim' }), person(2, 'B', { caseworker: 'Bo', team: 'Vest' })],
      [],
      {
        agreements: [
          {
            row: 1,
            date: '2025-05-01',
            caseworker: 'Anne',
            citizenId: 'A',
            text: 'a',
            due: '2025-06-14',
            status: 'Åben',
          },
          { row: 2, date: '2025-05-01', caseworker: 'Anne', citizenId: 'A', text: 'b', due: asOf, status: 'Åben' },
          { row: 3, date: '2025-05-01', caseworker: 'Anne', text: 'c', due: '2025-06-01', status: 'Droppet' },
          { row: 4, date: '2025-05-01', caseworker: 'Bo', text: 'd', due: '2025-06-01', status: 'Åben' },
          {
            row: 5,
            date: '2025-05-01',
            caseworker: 'Ukendt',
            citizenId: 'X',
            text: 'e',
            due: '2025-06-02',
            status: 'Åben',
          },
        ],
      },
    );
    expect(
      kinds(c, 'agreementOverdue').map(
        (s) =>
          s.kind === 'agreementOverdue' && [s.agreementRow, s.citizenId, s.team, s.companyConsultant, s.due, s.text],
      ),
    ).toEqual([
      [1, 'A', 'Syd', 'Kim', '2025-06-14', 'a'],
      [4, null, 'Vest', null, '2025-06-01', 'd'],
      [5, 'X', null, null, '2025-06-02', 'e'],
    ]);
  });
});

describe('sortSignals', () => {
  const s = (caseworker: string, date: string | null, citizenId: string): Signal => ({
    kind: 'notReviewed',
    citizenId,
    caseworker,
    team: 'Nord',
    companyConsultant: null,
    date,
    updated: date,
    reviewDays: 30,
  });

  it('orders by caseworker in Danish collation, then oldest date first, undated last, stable for equal dates', () => {
    const sorted = sortSignals([
      s('Åse', '2025-01-01', '1'),
      s('Øjvind', null, '2'),
      s('Zack', '2025-03-01', '3'),
      s('Zack', null, '4'),
      s('Zack', '2025-01-01', '5'),
      s('Zack', '2025-03-01', '6'),
      s('Æbbe', '2025-01-01', '7'),
      s('Zack', null, '8'),
      s('Zack', '2025-02-01', '9'),
    ]);
    expect(sorted.map((x) => x.citizenId)).toEqual(['5', '9', '3', '6', '4', '8', '7', '2', '1']);
  });
});
