// The readiness signals of issue 23 at their boundaries: Klar for exactly N days vs N + 1, a start on the
// day Parathed was set, no Parathed siden, a running placement; Klar without a VK (Borgere or a running
// Forløb); Parathed gone back against the latest close that kept it, and no close at all; a property:
// one signal per citizen and kind, each only where its definition holds.
import fc from 'fast-check';
import { daysBetween, fromDayNumber, toDayNumber } from '../../../src/domain/dates';
import {
  measure,
  READINESS,
  type Caseload,
  type Citizen,
  type ClosedCitizen,
  type Placement,
  type Signal,
} from '../../../src/domain';

const asOf = '2025-06-15';
const person = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  updated: asOf,
  companyConsultant: 'Kim',
  ...extra,
});
const caseload = (citizens: Citizen[], placements: Placement[] = [], extra: Partial<Caseload> = {}): Caseload => ({
  citizens,
  placements,
  hours: [],
  settings: { ruleId: 'fsm-rate3' },
  issues: [],
  ...extra,
});
const of = (c: Caseload, kind: Signal['kind'], on = asOf) =>
  measure(c, { asOf: on }).report.signals.filter((s) => s.kind === kind);
const ids = (c: Caseload, kind: Signal['kind'], on = asOf) => of(c, kind, on).map((s) => s.citizenId);

describe('readyWithoutStart', () => {
  it('flags Klar for more than 30 days (31 days, not exactly 30), oldest first, not without Parathed siden', () => {
    const c = caseload([
      person(1, 'EXACT', { readiness: 'Klar', readinessSince: '2025-05-16' }), // 30 days before as-of
      person(2, 'OVER', { readiness: 'Klar', readinessSince: '2025-05-15' }), // 31 days
      person(3, 'OLD', { readiness: 'Klar', readinessSince: '2025-01-10' }),
      person(4, 'NOSINCE', { readiness: 'Klar' }),
      person(5, 'CLOSE', { readiness: 'Tæt på', readinessSince: '2025-01-10' }),
    ]);
    expect(ids(c, 'readyWithoutStart')).toEqual(['OLD', 'OVER']);
    expect(of(c, 'readyWithoutStart')[1]).toMatchObject({
      date: '2025-05-15',
      readinessSince: '2025-05-15',
      days: 30,
      caseworker: 'Anne',
      team: 'Nord',
    });
  });

  it('a counted start on or after Parathed siden clears it; a start the day before or a Nytteindsats does not', () => {
    const since = '2025-03-01';
    const c = caseload(
      ['SAME', 'BEFORE', 'NYTTE', 'LATER', 'FUTURE'].map((id, i) =>
        person(i + 1, id, { readiness: 'Klar', readinessSince: since }),
      ),
      [
        { row: 1, citizenId: 'SAME', type: 'Virksomhedspraktik', startDate: since, endDate: '2025-03-20' },
        { row: 2, citizenId: 'BEFORE', type: 'Virksomhedspraktik', startDate: '2025-02-28', endDate: '2025-03-20' },
        { row: 3, citizenId: 'NYTTE', type: 'Nytteindsats', startDate: '2025-04-01' },
        { row: 4, citizenId: 'LATER', type: 'Løntilskud', startDate: '2025-05-01', endDate: '2025-05-31' },
        { row: 5, citizenId: 'FUTURE', type: 'Løntilskud', startDate: '2025-06-16' },
      ],
    );
    expect(ids(c, 'readyWithoutStart').sort()).toEqual(['BEFORE', 'FUTURE', 'NYTTE']);
  });

  it('is not raised while a counted Forløb runs on the as-of date, even one started before Parathed siden', () => {
    const c = caseload(
      [person(1, 'RUN', { readiness: 'Klar', readinessSince: '2025-03-01' })],
      [{ row: 1, citizenId: 'RUN', type: 'Løntilskud', startDate: '2025-01-01' }],
    );
    expect(ids(c, 'readyWithoutStart')).toEqual([]);
  });

  it('takes N from Klar uden start (dage)', () => {
    const c = caseload([person(1, 'A', { readiness: 'Klar', readinessSince: '2025-06-05' })], [], {
      settings: { ruleId: 'fsm-rate3', readyWithoutStartDays: 9 },
    });
    expect(of(c, 'readyWithoutStart')).toMatchObject([{ citizenId: 'A', days: 9 }]);
    const ten = caseload([person(1, 'A', { readiness: 'Klar', readinessSince: '2025-06-05' })], [], {
      settings: { ruleId: 'fsm-rate3', readyWithoutStartDays: 10 },
    });
    expect(ids(ten, 'readyWithoutStart')).toEqual([]);
  });

  it('only for citizens in the target group on the as-of date', () => {
    const c = caseload([
      person(1, 'LEFT', { readiness: 'Klar', readinessSince: '2025-01-10', endDate: '2025-06-14' }),
      person(2, 'STAY', { readiness: 'Klar', readinessSince: '2025-01-10', endDate: asOf }),
    ]);
    expect(ids(c, 'readyWithoutStart')).toEqual(['STAY']);
  });
});

describe('readyWithoutVk', () => {
  it('flags Klar with no VK on the Borgere row and none on a Forløb running on the as-of date', () => {
    const c = caseload(
      [
        person(1, 'NONE', { readiness: 'Klar', companyConsultant: undefined, readinessSince: '2025-06-01' }),
        person(2, 'ROW', { readiness: 'Klar' }),
        person(3, 'RUNNING', { readiness: 'Klar', companyConsultant: undefined }),
        person(4, 'ENDED', { readiness: 'Klar', companyConsultant: undefined }),
        person(5, 'FAR', { readiness: 'Længere fra', companyConsultant: undefined }),
      ],
      [
        { row: 1, citizenId: 'RUNNING', type: 'Nytteindsats', startDate: '2025-01-01', companyConsultant: 'Lis' },
        {
          row: 2,
          citizenId: 'ENDED',
          type: 'Virksomhedspraktik',
          startDate: '2025-01-01',
          endDate: '2025-06-14',
          companyConsultant: 'Lis',
        },
      ],
    );
    expect(ids(c, 'readyWithoutVk')).toEqual(['NONE', 'ENDED']);
    expect(of(c, 'readyWithoutVk')[0]).toMatchObject({ date: '2025-06-01', readinessSince: '2025-06-01' });
    expect(of(c, 'readyWithoutVk')[1]).toMatchObject({ date: null, readinessSince: null });
  });
});

describe('movedBack', () => {
  const closed = (month: string, citizenId: string, readiness?: ClosedCitizen['readiness']): ClosedCitizen => ({
    row: 1,
    month,
    citizenId,
    active: false,
    readiness,
  });

  it('compares with the latest closed month before the as-of month that kept Parathed', () => {
    const c = caseload(
      [
        person(1, 'BACK', { readiness: 'Tæt på', readinessSince: '2025-06-02' }),
        person(2, 'FWD', { readiness: 'Klar' }),
        person(3, 'SAME', { readiness: 'Tæt på' }),
        person(4, 'OLDER', { readiness: 'Tæt på' }),
        person(5, 'NOCLOSE', { readiness: 'Længere fra' }),
        person(6, 'NOW', { readiness: undefined }),
      ],
      [],
      {
        closedCitizens: [
          closed('2025-04', 'BACK', 'Længere fra'),
          closed('2025-05', 'BACK', 'Klar'),
          closed('2025-05', 'FWD', 'Længere fra'),
          closed('2025-05', 'SAME', 'Tæt på'),
          // OLDER: May's row was written before Parathed was kept, so April's value counts.
          closed('2025-04', 'OLDER', 'Klar'),
          closed('2025-05', 'OLDER'),
          // The as-of month itself is not closed yet: a row for it (a later as-of's close) is ignored.
          closed('2025-06', 'NOCLOSE', 'Klar'),
          closed('2025-05', 'NOW', 'Klar'),
        ],
      },
    );
    // Dated first, undated last (the common sort).
    expect(ids(c, 'movedBack')).toEqual(['BACK', 'OLDER']);
    expect(of(c, 'movedBack')[0]).toMatchObject({
      was: 'Klar',
      readiness: 'Tæt på',
      closedMonth: '2025-05',
      date: '2025-06-02',
    });
    expect(of(c, 'movedBack')[1]).toMatchObject({ was: 'Klar', closedMonth: '2025-04', date: null });
  });

  it('says nothing without a close (v1/v2 workbook without Historik_borgere)', () => {
    const c = caseload([person(1, 'A', { readiness: 'Længere fra', readinessSince: '2025-06-01' })]);
    expect(ids(c, 'movedBack')).toEqual([]);
  });
});

describe('readiness signals property', () => {
  const DAY0 = toDayNumber('2025-01-01');
  const date = fc.integer({ min: 0, max: 200 }).map((d) => fromDayNumber(DAY0 + d));
  const readiness = fc.option(fc.constantFrom(...READINESS), { nil: undefined });

  it('at most one signal per citizen and kind; readyWithoutStart only for Klar more than N days; movedBack only back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            r: readiness,
            since: fc.option(date, { nil: undefined }),
            vk: fc.boolean(),
            was: readiness,
            start: fc.option(date, { nil: undefined }),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: 1, max: 90 }),
        (rows, days) => {
          const citizens = rows.map((x, i) =>
            person(i + 1, `C${i}`, {
              readiness: x.r,
              readinessSince: x.since,
              companyConsultant: x.vk ? 'Kim' : undefined,
            }),
          );
          const placements: Placement[] = rows.flatMap((x, i) =>
            x.start
              ? [{ row: i + 1, citizenId: `C${i}`, type: 'Job' as const, startDate: x.start, endDate: x.start }]
              : [],
          );
          const closedCitizens = rows.flatMap((x, i) =>
            x.was ? [{ row: i + 1, month: '2025-05', citizenId: `C${i}`, active: false, readiness: x.was }] : [],
          );
          const c = caseload(citizens, placements, {
            closedCitizens,
            settings: { ruleId: 'fsm-rate3', readyWithoutStartDays: days },
          });
          const signals = measure(c, { asOf }).report.signals;
          for (const kind of ['readyWithoutStart', 'readyWithoutVk', 'movedBack'] as const) {
            const listed = signals.filter((s) => s.kind === kind).map((s) => s.citizenId);
            expect(new Set(listed).size).toBe(listed.length);
          }
          for (const s of signals) {
            const i = Number(s.citizenId?.slice(1));
            if (s.kind === 'readyWithoutStart') {
              expect(rows[i].r).toBe('Klar');
              expect(daysBetween(rows[i].since!, asOf)).toBeGreaterThan(days);
              expect(!rows[i].start || rows[i].start! < rows[i].since! || rows[i].start! > asOf).toBe(true);
            }
            if (s.kind === 'movedBack')
              expect(READINESS.indexOf(rows[i].r!)).toBeGreaterThan(READINESS.indexOf(rows[i].was!));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
