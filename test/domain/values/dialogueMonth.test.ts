// Value tests for the dialogue's month and "last activity" (src/domain/dialogue.ts): before the 10th the
// dialogue opens on the month just ended (not yet closed), from the 10th on the running month; a running
// month knows its day; a citizen's last activity is the latest registered date on or before the as-of date.
import fc from 'fast-check';
import { addDays, addMonths, daysInMonth, monthOf } from '../../../src/domain/dates';
import {
  citizenConsultant,
  dialogueMonth,
  hoursByCitizen,
  lastActivity,
  runningMonth,
} from '../../../src/domain/dialogue';
import type { Citizen, HoursEntry, Placement } from '../../../src/domain/model';

describe('dialogueMonth: the month just ended until the 10th', () => {
  test.each([
    ['2026-12-01', '2026-11'],
    ['2026-12-02', '2026-11'],
    ['2026-12-09', '2026-11'],
    ['2026-12-10', '2026-12'],
    ['2026-12-31', '2026-12'],
    ['2027-01-01', '2026-12'],
    ['2027-01-09', '2026-12'],
    ['2027-01-10', '2027-01'],
    ['2028-03-09', '2028-02'],
  ])('on %s the dialogue is about %s', (asOf, month) => {
    expect(dialogueMonth(asOf)).toBe(month);
  });

  test('always the as-of month or the one before it, switching exactly on the 10th', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (offset) => {
        const asOf = addDays('2020-01-01', offset);
        const m = dialogueMonth(asOf);
        const day = Number(asOf.slice(8, 10));
        expect(m).toBe(day >= 10 ? monthOf(asOf) : addMonths(monthOf(asOf), -1));
      }),
    );
  });
});

describe('runningMonth', () => {
  test('the running month knows its day and length; a past month is not running', () => {
    expect(runningMonth('2026-12', '2026-12-02')).toEqual({ day: 2, days: 31 });
    expect(runningMonth('2027-02', '2027-02-28')).toEqual({ day: 28, days: 28 });
    expect(runningMonth('2028-02', '2028-02-10')).toEqual({ day: 10, days: daysInMonth('2028-02') });
    expect(runningMonth('2026-11', '2026-12-02')).toBeNull();
  });
});

const placement = (extra: Partial<Placement>): Placement => ({
  row: 1,
  citizenId: 'A',
  type: 'Virksomhedspraktik',
  startDate: '2026-01-01',
  ...extra,
});
const hours = (month: string, h: number): HoursEntry => ({ row: 1, citizenId: 'A', month, hours: h });

describe('lastActivity', () => {
  const asOf = '2026-12-02';
  test('a placement running on the as-of date is ongoing, whatever its start', () => {
    expect(lastActivity([placement({ startDate: '2025-01-01' })], [], asOf)).toEqual({ kind: 'ongoing' });
    expect(lastActivity([placement({ endDate: asOf })], [], asOf)).toEqual({ kind: 'ongoing' });
  });
  test('otherwise the latest start, end or follow-up on or before the as-of date', () => {
    const p = placement({ startDate: '2026-09-01', endDate: '2026-11-09', followUp: '2026-10-15' });
    expect(lastActivity([p], [], asOf)).toEqual({ kind: 'date', date: '2026-11-09', daysAgo: 23 });
  });
  test('a placement starting after the as-of date is planned, not activity', () => {
    const planned = placement({ startDate: '2026-12-20' });
    const past = placement({ startDate: '2026-05-01', endDate: '2026-06-30' });
    expect(lastActivity([planned, past], [], asOf)).toEqual({ kind: 'date', date: '2026-06-30', daysAgo: 155 });
  });
  test('ordinary hours count at the end of their month, capped at the as-of date; zero hours do not', () => {
    expect(lastActivity([], [hours('2026-10', 5), hours('2026-11', 0)], asOf)).toEqual({
      kind: 'date',
      date: '2026-10-31',
      daysAgo: 32,
    });
    expect(lastActivity([], [hours('2026-12', 3)], asOf)).toEqual({ kind: 'date', date: asOf, daysAgo: 0 });
  });
  test('nothing registered is none', () => {
    expect(lastActivity(undefined, undefined, asOf)).toEqual({ kind: 'none' });
    expect(lastActivity([], [hours('2026-11', 0)], asOf)).toEqual({ kind: 'none' });
  });
  test('hoursByCitizen groups the Timer rows', () => {
    const by = hoursByCitizen([hours('2026-10', 1), { ...hours('2026-11', 2), citizenId: 'B' }, hours('2026-11', 3)]);
    expect(by.get('A')?.map((h) => h.hours)).toEqual([1, 3]);
    expect(by.get('B')?.map((h) => h.hours)).toEqual([2]);
  });
});

test("citizenConsultant: the Borgere row's VK first, else the placement's", () => {
  const c: Citizen = {
    row: 1,
    id: 'A',
    targetGroup: 'Andet',
    team: 'Nord',
    caseworker: 'Anne',
    startDate: '2026-01-01',
  };
  const p = placement({ companyConsultant: 'Bo' });
  expect(citizenConsultant(c, p)).toBe('Bo');
  expect(citizenConsultant({ ...c, companyConsultant: 'Mia' }, p)).toBe('Mia');
  expect(citizenConsultant(c, undefined)).toBeUndefined();
});
