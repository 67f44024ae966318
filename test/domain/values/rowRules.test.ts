// Row rules by value, at each boundary: equal start and end dates, a placement touching the citizen's
// first or last day, 80 hours a week, follow-up dates, Borger-IDs compared without case and spaces,
// refused rows named in references, and a second Timer row for the same month.
import {
  CitizenRegistry,
  MonthlyHoursRegistry,
  exitReasonFinding,
  followUpFinding,
  hoursPerWeekFinding,
  idKey,
  periodFinding,
  placementPeriodFinding,
} from '../../../src/domain/rowRules';

describe('single-row rules', () => {
  it('idKey ignores case, surrounding and repeated spaces (Danish lower case)', () => {
    expect(idKey('  ÆBLE   Øst\t1 ')).toBe('æble øst 1');
  });

  it('periodFinding: an end before the start is an error; the same day is fine; a missing date is fine', () => {
    expect(periodFinding('2025-03-01', '2025-02-28')).toEqual({
      severity: 'error',
      column: 'Slutdato',
      code: 'endBeforeStart',
      params: { start: '2025-03-01', end: '2025-02-28' },
      consequence: 'rowSkipped',
    });
    expect(periodFinding('2025-03-01', '2025-03-01')).toBeNull();
    expect(periodFinding(undefined, '2025-03-01')).toBeNull();
    expect(periodFinding('2025-03-01', undefined)).toBeNull();
  });

  it('exitReasonFinding: a reason without an end date is a warning', () => {
    expect(exitReasonFinding('Fraflytning', undefined)).toEqual({
      severity: 'warning',
      column: 'Afgangsårsag',
      code: 'exitReasonWithoutEnd',
      params: { reason: 'Fraflytning' },
      consequence: 'counted',
    });
    expect(exitReasonFinding('Fraflytning', '2025-01-01')).toBeNull();
    expect(exitReasonFinding(undefined, undefined)).toBeNull();
    expect(exitReasonFinding('', undefined)).toBeNull();
  });

  it('placementPeriodFinding: wholly after the exit or before the entry; touching a day is inside', () => {
    const citizen = { startDate: '2025-02-01', endDate: '2025-05-31' };
    const warning = {
      severity: 'warning',
      column: 'Startdato',
      code: 'placementOutsidePeriod',
      params: { start: '2025-02-01', end: '2025-05-31' },
      consequence: 'notCounted',
    };
    expect(placementPeriodFinding({ startDate: '2025-06-01' }, citizen)).toEqual(warning);
    expect(placementPeriodFinding({ startDate: '2025-05-31' }, citizen)).toBeNull();
    expect(placementPeriodFinding({ startDate: '2025-01-01', endDate: '2025-01-31' }, citizen)).toEqual(warning);
    expect(placementPeriodFinding({ startDate: '2025-01-01', endDate: '2025-02-01' }, citizen)).toBeNull();
    expect(placementPeriodFinding({ startDate: '2025-01-01' }, citizen)).toBeNull();
    expect(placementPeriodFinding({ startDate: '2030-01-01' }, { startDate: '2025-02-01' })).toBeNull();
    expect(
      placementPeriodFinding({ startDate: '2020-01-01', endDate: '2020-02-01' }, { startDate: '2025-02-01' }),
    ).toMatchObject({ params: { start: '2025-02-01', end: null } });
  });

  it('hoursPerWeekFinding: above 80 hours a week is doubtful but counted', () => {
    expect(hoursPerWeekFinding(80)).toBeNull();
    expect(hoursPerWeekFinding(undefined)).toBeNull();
    expect(hoursPerWeekFinding(80.5)).toEqual({
      severity: 'warning',
      column: 'Timer pr. uge',
      code: 'hoursPerWeekHigh',
      params: { hours: 80.5 },
      consequence: 'counted',
    });
  });

  it('followUpFinding: not before the placement started, not after the as-of date; both days themselves are fine', () => {
    expect(followUpFinding(undefined, '2025-02-01', '2025-06-15')).toBeNull();
    expect(followUpFinding('2025-02-01', '2025-02-01', '2025-06-15')).toBeNull();
    expect(followUpFinding('2025-06-15', '2025-02-01', '2025-06-15')).toBeNull();
    expect(followUpFinding('2025-01-31', '2025-02-01', '2025-06-15')).toEqual({
      severity: 'error',
      column: 'Opfølgning',
      code: 'followUpBeforeStart',
      params: { followUp: '2025-01-31', start: '2025-02-01' },
      consequence: 'valueIgnored',
    });
    expect(followUpFinding('2025-06-16', '2025-02-01', '2025-06-15')).toEqual({
      severity: 'error',
      column: 'Opfølgning',
      code: 'dateInFuture',
      params: { date: '2025-06-16', asOf: '2025-06-15' },
      consequence: 'valueIgnored',
    });
  });
});

describe('CitizenRegistry', () => {
  it('registers IDs once (first row wins), by key, with positions in registration order', () => {
    const r = new CitizenRegistry();
    expect(r.register('A 1', 3)).toBeNull();
    expect(r.register('B', 5)).toBeNull();
    expect(r.register(' a  1', 7)).toEqual({
      severity: 'error',
      column: 'Borger-ID',
      code: 'duplicateId',
      params: { id: ' a  1', firstRow: 3 },
      consequence: 'rowSkipped',
    });
    expect([r.indexOf('a 1'), r.indexOf('b'), r.indexOf('C')]).toEqual([0, 1, undefined]);
    expect([r.rowOf('A 1'), r.rowOf('B'), r.rowOf('C')]).toEqual([3, 5, undefined]);
    expect([r.has('A  1'), r.has('C')]).toEqual([true, false]);
  });

  it('tells a referencing row why a citizen cannot be used: refused row (first refusal), or unknown', () => {
    const r = new CitizenRegistry();
    r.register('A', 1);
    r.refuse('A', 9);
    r.refuse('X', 4);
    r.refuse('x', 6);
    expect(r.reference('a')).toBeNull();
    expect(r.reference('X')).toEqual({
      severity: 'error',
      column: 'Borger-ID',
      code: 'citizenRowRejected',
      params: { id: 'X', citizenRow: 4 },
      consequence: 'rowSkipped',
    });
    expect(r.reference('Y', 'notCounted')).toEqual({
      severity: 'error',
      column: 'Borger-ID',
      code: 'unknownCitizen',
      params: { id: 'Y' },
      consequence: 'notCounted',
    });
    expect(r.reference('A')).toBeNull();
  });
});

describe('MonthlyHoursRegistry', () => {
  it('warns at a second row for the same citizen and month, naming the first row', () => {
    const r = new MonthlyHoursRegistry();
    expect(r.check('A', '2025-10', 1)).toBeNull();
    expect(r.check('A', '2025-11', 2)).toBeNull();
    expect(r.check('B', '2025-10', 3)).toBeNull();
    expect(r.check(' a', '2025-10', 4)).toEqual({
      severity: 'warning',
      column: 'Måned',
      code: 'duplicateHoursMonth',
      params: { id: ' a', month: '2025-10', firstRow: 1 },
      consequence: 'counted',
    });
    expect(r.check('A', '2025-10', 5)).toMatchObject({ params: { firstRow: 1 } });
  });
});
