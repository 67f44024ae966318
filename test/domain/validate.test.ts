// The row rules applied to a whole caseload (validateCaseload): every unusable row reported with table,
// row, column and a code; doubtful rows used with a warning; citizens compared case-insensitively; a row
// naming a citizen whose own row was refused says so instead of "unknown".
import type { Caseload, Citizen, Placement } from '../../src/domain/model';
import { validateCaseload } from '../../src/domain/validate';
import {
  CitizenRegistry,
  followUpFinding,
  hoursPerWeekFinding,
  idKey,
  periodFinding,
  PLAUSIBLE_HOURS_PER_WEEK,
} from '../../src/domain/rowRules';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const job = (
  row: number,
  citizenId: string,
  startDate: string,
  endDate?: string,
  extra: Partial<Placement> = {},
): Placement => ({ row, citizenId, type: 'Job', startDate, endDate, ...extra });

function validated(c: Partial<Caseload>) {
  const v = validateCaseload({ citizens: [], placements: [], hours: [], settings: {}, issues: [], ...c });
  const at = (table: string, row: number) =>
    v.issues
      .filter((i) => i.table === table && i.row === row)
      .map((i) => `${i.severity} ${i.column} ${i.code} ${i.consequence}`);
  return { ...v, at };
}

test('unusable rows are errors naming table, row, column and code; they are left out', () => {
  const v = validated({
    citizens: [citizen(1, 'A'), citizen(2, 'a '), citizen(3, 'B', { startDate: '2025-03-01', endDate: '2025-01-01' })],
    placements: [
      job(1, 'Z', '2025-01-01'),
      job(2, 'A', '2025-03-01', '2025-01-01'),
      job(3, 'B', '2025-01-01'),
      job(4, 'a', '2025-01-01'),
    ],
    hours: [{ row: 1, citizenId: 'Q', month: '2025-01', hours: 3 }],
  });
  expect(v.at('Borgere', 2)).toEqual(['error Borger-ID duplicateId rowSkipped']);
  expect(v.issues.find((i) => i.code === 'duplicateId')!.params).toEqual({ id: 'a ', firstRow: 1 });
  expect(v.at('Borgere', 3)).toEqual(['error Slutdato endBeforeStart rowSkipped']);
  expect(v.at('Forløb', 1)).toEqual(['error Borger-ID unknownCitizen rowSkipped']);
  expect(v.at('Forløb', 2)).toEqual(['error Slutdato endBeforeStart rowSkipped']);
  // B's own row was refused: its placement says so, not "unknown".
  expect(v.at('Forløb', 3)).toEqual(['error Borger-ID citizenRowRejected rowSkipped']);
  expect(v.issues.find((i) => i.code === 'citizenRowRejected')!.params).toEqual({ id: 'B', citizenRow: 3 });
  expect(v.at('Timer', 1)).toEqual(['error Borger-ID unknownCitizen rowSkipped']);
  expect(v.citizens.map((c) => c.row)).toEqual([1]);
  // "a" names citizen "A": IDs compare without case, as everywhere else.
  expect(v.placements.map((p) => p.row)).toEqual([4]);
  expect(Array.from(v.placementOwner)).toEqual([0]);
});

test('citizen rows the reader refused make the rows naming them say why', () => {
  const v = validated({ placements: [job(1, 'K', '2025-01-01')], refusedCitizens: [{ id: 'K', row: 7 }] });
  expect(v.issues[0]).toMatchObject({ code: 'citizenRowRejected', params: { id: 'K', citizenRow: 7 } });
});

test('doubtful rows are used, with a warning', () => {
  const v = validated({
    citizens: [citizen(1, 'A', { exitReason: 'Død' }), citizen(2, 'C', { endDate: '2025-02-01' })],
    placements: [job(1, 'A', '2025-01-01', undefined, { hoursPerWeek: 90 }), job(2, 'C', '2025-03-01')],
    hours: [
      { row: 1, citizenId: 'A', month: '2025-01', hours: 3 },
      { row: 2, citizenId: 'a', month: '2025-01', hours: 4 },
    ],
  });
  expect(v.at('Borgere', 1)).toEqual(['warning Afgangsårsag exitReasonWithoutEnd counted']);
  expect(v.at('Forløb', 1)).toEqual(['warning Timer pr. uge hoursPerWeekHigh counted']);
  expect(v.at('Forløb', 2)).toEqual(['warning Startdato placementOutsidePeriod notCounted']);
  expect(v.at('Timer', 2)).toEqual(['warning Måned duplicateHoursMonth counted']);
  expect(v.citizens).toHaveLength(2);
  expect(v.placements).toHaveLength(2);
  expect(v.hours).toHaveLength(2);
  expect(Array.from(v.hoursOwner)).toEqual([0, 0]);
});

test('the rules on their own', () => {
  expect(idKey('  Ab  12 ')).toBe('ab 12');
  expect(periodFinding('2025-03-01', '2025-03-01')).toBeNull();
  expect(periodFinding('2025-03-01', undefined)).toBeNull();
  expect(periodFinding('2025-03-02', '2025-03-01')).toMatchObject({ code: 'endBeforeStart', column: 'Slutdato' });
  expect(hoursPerWeekFinding(PLAUSIBLE_HOURS_PER_WEEK)).toBeNull();
  expect(hoursPerWeekFinding(PLAUSIBLE_HOURS_PER_WEEK + 0.5)).toMatchObject({ code: 'hoursPerWeekHigh' });
  expect(followUpFinding('2025-02-28', '2025-03-01', '2025-04-01')).toMatchObject({ code: 'followUpBeforeStart' });
  expect(followUpFinding('2025-04-02', '2025-03-01', '2025-04-01')).toMatchObject({ code: 'dateInFuture' });
  expect(followUpFinding('2025-04-01', '2025-03-01', '2025-04-01')).toBeNull();
  const r = new CitizenRegistry();
  expect(r.register('X', 4)).toBeNull();
  expect(r.register('x', 9)).toMatchObject({ params: { firstRow: 4 } });
  expect(r.rowOf('X ')).toBe(4);
  expect(r.reference('Y')).toMatchObject({ code: 'unknownCitizen' });
});
