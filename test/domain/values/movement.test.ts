// "Siden sidste dialog" (src/domain/movement.ts) at its boundaries: the since-date from the latest
// earlier Aftaler date or else the latest close, a move on the since-date itself (not counted), the day
// after (counted), no known earlier value, no close at all; starts and ends of counted Forløb, each
// citizen once. Property: a citizen is in each list at most once and never both forward and back.
import fc from 'fast-check';
import { movementSince, sinceDate, type MovementInput } from '../../../src/domain/movement';
import { READINESS, PLACEMENT_TYPES, type Citizen, type Placement, type Agreement } from '../../../src/domain';
import { addDays, fromDayNumber, toDayNumber } from '../../../src/domain/dates';

const asOf = '2025-06-15';
const citizen = (id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row: 1,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const agreement = (date: string, caseworker = 'Anne'): Agreement => ({
  row: 1,
  date,
  caseworker,
  text: 'Ring',
  status: 'Åben',
});
const input = (extra: Partial<MovementInput>): MovementInput => ({
  person: 'Anne',
  citizens: [],
  placements: [],
  agreements: [],
  closedCitizens: [],
  closedMonths: [],
  counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'],
  asOf,
  ...extra,
});

describe('sinceDate', () => {
  it("takes the person's latest Aftaler date before as-of; today's own and other people's do not count", () => {
    const agreements = [
      agreement('2025-04-10'),
      agreement('2025-05-12'),
      agreement(asOf),
      agreement('2025-06-01', 'Bo'),
    ];
    expect(sinceDate(input({ agreements, closedMonths: ['2025-05'] }))).toEqual({
      since: '2025-05-12',
      source: 'dialogue',
    });
  });

  it('falls back to the last day of the latest closed month before as-of, and is null without either', () => {
    expect(sinceDate(input({ closedMonths: ['2025-04', '2025-05', '2025-06'] }))).toEqual({
      since: '2025-05-31',
      source: 'close',
    });
    expect(sinceDate(input({ agreements: [agreement('2025-05-01', 'Bo')] }))).toBeNull();
    expect(movementSince(input({ citizens: [citizen('A', { readiness: 'Klar' })] }))).toBeNull();
  });
});

describe('movementSince', () => {
  const closedMay = (citizenId: string, readiness: Citizen['readiness']) => ({
    row: 1,
    month: '2025-05',
    citizenId,
    active: false,
    readiness,
  });

  it('moved forward / back need Parathed siden after the since-date and a value at a close on or before it', () => {
    const since = '2025-06-01'; // previous dialogue
    const m = movementSince(
      input({
        agreements: [agreement(since)],
        closedMonths: ['2025-05'],
        closedCitizens: [
          closedMay('FWD', 'Længere fra'),
          closedMay('BACK', 'Klar'),
          closedMay('ONDAY', 'Længere fra'),
          closedMay('SAME', 'Tæt på'),
          closedMay('NOSINCE', 'Længere fra'),
          closedMay('OTHER', 'Længere fra'),
        ],
        citizens: [
          citizen('FWD', { readiness: 'Klar', readinessSince: '2025-06-02' }),
          citizen('BACK', { readiness: 'Tæt på', readinessSince: asOf }),
          citizen('ONDAY', { readiness: 'Klar', readinessSince: since }),
          citizen('SAME', { readiness: 'Tæt på', readinessSince: '2025-06-10' }),
          citizen('NOSINCE', { readiness: 'Klar' }),
          citizen('NEW', { readiness: 'Klar', readinessSince: '2025-06-10' }), // no value at any close
          citizen('LATER', { readiness: 'Klar', readinessSince: '2025-06-16' }),
        ],
      }),
    )!;
    expect(m).toMatchObject({ since, sinceSource: 'dialogue', closedMonth: '2025-05' });
    expect(m.forward).toEqual([{ citizenId: 'FWD', was: 'Længere fra', now: 'Klar', on: '2025-06-02' }]);
    expect(m.back).toEqual([{ citizenId: 'BACK', was: 'Klar', now: 'Tæt på', on: asOf }]);
  });

  it('a close after the since-date is not the earlier value', () => {
    const m = movementSince(
      input({
        agreements: [agreement('2025-05-20')],
        closedCitizens: [closedMay('A', 'Længere fra')],
        citizens: [citizen('A', { readiness: 'Klar', readinessSince: '2025-06-01' })],
      }),
    )!;
    expect(m.closedMonth).toBeNull();
    expect(m.forward).toEqual([]);
  });

  it('started: counted Startdato after since and on or before as-of; ended: Slutdato in the same window; once each', () => {
    const p = (citizenId: string, type: Placement['type'], startDate: string, endDate?: string): Placement => ({
      row: 1,
      citizenId,
      type,
      startDate,
      endDate,
    });
    const m = movementSince(
      input({
        closedMonths: ['2025-05'], // since = 2025-05-31
        citizens: ['A', 'B', 'C', 'D', 'E'].map((id) => citizen(id)),
        placements: [
          p('A', 'Virksomhedspraktik', '2025-05-31', '2025-06-01'), // start on since-date: no; ends day after: yes
          p('A', 'Job', '2025-06-10'),
          p('A', 'Løntilskud', '2025-06-05', asOf), // A's earliest start is 06-05; ends 06-01 earliest
          p('B', 'Nytteindsats', '2025-06-02', '2025-06-03'), // not counted
          p('C', 'Job', '2025-06-16'), // after as-of
          p('D', 'Job', '2025-01-01', '2025-05-31'), // ended on the since-date: no
          p('X', 'Job', '2025-06-02'), // not in this caseload
          p('E', 'Job', asOf, asOf),
        ],
      }),
    )!;
    expect(m.sinceSource).toBe('close');
    expect(m.started).toEqual([
      { citizenId: 'A', type: 'Løntilskud', on: '2025-06-05' },
      { citizenId: 'E', type: 'Job', on: asOf },
    ]);
    expect(m.ended).toEqual([
      { citizenId: 'A', type: 'Virksomhedspraktik', on: '2025-06-01' },
      { citizenId: 'E', type: 'Job', on: asOf },
    ]);
  });
});

describe('movement property', () => {
  const DAY0 = toDayNumber('2025-04-01');
  const date = fc.integer({ min: 0, max: 90 }).map((d) => fromDayNumber(DAY0 + d));
  const readiness = fc.option(fc.constantFrom(...READINESS), { nil: undefined });
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];

  it('lists a citizen at most once per kind, never both forward and back, and only citizens of the caseload', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom(...ids), r: readiness, since: fc.option(date, { nil: undefined }) }), {
          maxLength: 8,
        }),
        fc.array(
          fc.record({
            id: fc.constantFrom(...ids, 'Z'),
            type: fc.constantFrom(...PLACEMENT_TYPES),
            start: date,
            len: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        fc.array(
          fc.record({
            id: fc.constantFrom(...ids),
            month: fc.constantFrom('2025-03', '2025-04', '2025-05'),
            r: readiness,
          }),
          { maxLength: 12 },
        ),
        fc.array(date, { maxLength: 3 }),
        (cs, ps, closed, dialogues) => {
          const seen = new Set<string>();
          const citizens = cs
            .filter((c) => !seen.has(c.id) && seen.add(c.id))
            .map((c) => citizen(c.id, { readiness: c.r, readinessSince: c.since }));
          const m = movementSince(
            input({
              citizens,
              agreements: dialogues.map((d) => agreement(d)),
              closedMonths: closed.map((c) => c.month),
              closedCitizens: closed.map((c) => ({
                row: 1,
                month: c.month,
                citizenId: c.id,
                active: false,
                readiness: c.r,
              })),
              placements: ps.map((p) => ({
                row: 1,
                citizenId: p.id,
                type: p.type,
                startDate: p.start,
                endDate: p.len === undefined ? undefined : addDays(p.start, p.len),
              })),
            }),
          );
          if (!m) return;
          const inCaseload = new Set(citizens.map((c) => c.id));
          for (const list of [m.forward, m.back, m.started, m.ended]) {
            const listed = list.map((x) => x.citizenId);
            expect(new Set(listed).size).toBe(listed.length);
            expect(listed.every((id) => inCaseload.has(id))).toBe(true);
          }
          const fwd = new Set(m.forward.map((x) => x.citizenId));
          expect(m.back.some((x) => fwd.has(x.citizenId))).toBe(false);
          for (const x of [...m.forward, ...m.back]) expect(x.on > m.since && x.on <= asOf).toBe(true);
          for (const x of [...m.started, ...m.ended]) expect(x.on > m.since && x.on <= asOf).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
