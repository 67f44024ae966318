// Calendar arithmetic by value: every month length, leap years, day numbers, month keys across year ends,
// Excel serials around the fictitious 1900-02-29, and the Danish formats. A wrong day here is a wrong count.
import {
  addDays,
  addMonths,
  addMonthsToDate,
  civilToDayNumber,
  danishMonthName,
  daysBetween,
  daysInMonth,
  daysInYearMonth,
  excelSerialToIso,
  firstDay,
  formatDanishDate,
  formatDanishMonth,
  fromDayNumber,
  isMonthKey,
  isValidCivilDate,
  isoFromParts,
  isoToExcelSerial,
  lastDay,
  monthFromIndex,
  monthIndex,
  monthOf,
  monthRange,
  parseIsoDate,
  toDayNumber,
} from '../../../src/domain/dates';

describe('month lengths and leap years', () => {
  it('gives every month of a common and a leap year its length', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInYearMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInYearMonth(2024, 2)).toBe(29);
  });

  it('knows the century rule: 1900 and 2100 are common years, 2000 is a leap year', () => {
    expect([1900, 2000, 2100, 2024, 2023].map((y) => daysInYearMonth(y, 2))).toEqual([28, 29, 28, 29, 28]);
  });

  it('daysInMonth and lastDay read the month key', () => {
    expect(['2024-02', '2025-02', '2025-04', '2025-12'].map(daysInMonth)).toEqual([29, 28, 30, 31]);
    expect(['2024-02', '2025-09', '2025-12'].map(lastDay)).toEqual(['2024-02-29', '2025-09-30', '2025-12-31']);
    expect(firstDay('2025-10')).toBe('2025-10-01');
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(civilToDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(toDayNumber('2025-01-01')).toBe(20089);
    expect(toDayNumber('2024-12-31')).toBe(20088);
    expect(toDayNumber('2025-03-01') - toDayNumber('2025-02-28')).toBe(1);
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
  });

  it('turns day numbers back into dates in every month, across leap days and year ends', () => {
    for (const iso of [
      '1970-01-01',
      '1969-12-31',
      '2000-02-29',
      '2000-03-01',
      '2024-02-29',
      '2025-01-31',
      '2025-02-28',
      '2025-03-01',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-01',
      '2100-03-01',
      '1600-02-29',
      '0001-01-01',
      '9999-12-31',
    ]) {
      expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
    }
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(20089)).toBe('2025-01-01');
  });

  it('adds days and measures the days between dates', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-06-15', -91)).toBe('2025-03-16');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });
});

describe('parsing and validating dates', () => {
  it('accepts valid ISO dates, trimmed, and rejects impossible ones', () => {
    expect(parseIsoDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseIsoDate('2025-12-31')).toBe('2025-12-31');
    expect(parseIsoDate('2025-01-01')).toBe('2025-01-01');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-04-31')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('2025-00-10')).toBeNull();
    expect(parseIsoDate('2025-01-00')).toBeNull();
    expect(parseIsoDate('0000-01-01')).toBeNull();
    expect(parseIsoDate('2025-1-01')).toBeNull();
    expect(parseIsoDate('x2025-01-01')).toBeNull();
    expect(parseIsoDate('2025-01-01x')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('validates civil dates at every edge', () => {
    expect(isValidCivilDate(1, 1, 1)).toBe(true);
    expect(isValidCivilDate(9999, 12, 31)).toBe(true);
    expect(isValidCivilDate(0, 1, 1)).toBe(false);
    expect(isValidCivilDate(10000, 1, 1)).toBe(false);
    expect(isValidCivilDate(2025, 0, 1)).toBe(false);
    expect(isValidCivilDate(2025, 12, 1)).toBe(true);
    expect(isValidCivilDate(2025, 13, 1)).toBe(false);
    expect(isValidCivilDate(2025, 1, 0)).toBe(false);
    expect(isValidCivilDate(2025, 1, 31)).toBe(true);
    expect(isValidCivilDate(2025, 1, 32)).toBe(false);
    expect(isValidCivilDate(2025.5, 1, 1)).toBe(false);
    expect(isValidCivilDate(2025, 1.5, 1)).toBe(false);
    expect(isValidCivilDate(2025, 1, 1.5)).toBe(false);
  });

  it('pads parts into ISO text', () => {
    expect(isoFromParts(987, 3, 4)).toBe('0987-03-04');
    expect(isoFromParts(2025, 11, 30)).toBe('2025-11-30');
  });
});

describe('month keys', () => {
  it('accepts only YYYY-MM with a month from 01 to 12', () => {
    expect(['2025-01', '2025-12'].map(isMonthKey)).toEqual([true, true]);
    expect(['2025-00', '2025-13', '2025-1', '2025-01-01', 'x2025-01', ''].map(isMonthKey)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('numbers months consecutively across year ends', () => {
    expect(monthIndex('2025-01')).toBe(2025 * 12);
    expect(monthIndex('2025-12')).toBe(2025 * 12 + 11);
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1);
    expect(monthFromIndex(2025 * 12 + 9)).toBe('2025-10');
    expect(monthFromIndex(2025 * 12 + 11)).toBe('2025-12');
    expect(monthFromIndex(2026 * 12)).toBe('2026-01');
    expect(monthFromIndex(987 * 12)).toBe('0987-01');
  });

  it('adds months across year ends, forwards and backwards', () => {
    expect(addMonths('2025-11', 2)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-10', 0)).toBe('2025-10');
    expect(monthOf('2025-10-31')).toBe('2025-10');
  });

  it('lists months inclusively, empty when reversed', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthRange('2025-04', '2025-03')).toEqual([]);
  });

  it('moves a date by months, clamped to the last day of the month', () => {
    expect(addMonthsToDate('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonthsToDate('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonthsToDate('2025-01-15', 12)).toBe('2026-01-15');
    expect(addMonthsToDate('2025-10-31', 1)).toBe('2025-11-30');
    expect(addMonthsToDate('2025-12-05', 1)).toBe('2026-01-05');
  });
});

describe('Excel serials', () => {
  it('maps the 1900 system both ways, with the fictitious 1900-02-29 at serial 60', () => {
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(isoToExcelSerial('2025-01-01')).toBe(45658);
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
  });
});

describe('Danish formats', () => {
  it('writes dates as dd-mm-åååå and months by their Danish names', () => {
    expect(formatDanishDate('2025-03-01')).toBe('01-03-2025');
    expect(formatDanishMonth('2025-03')).toBe('marts 2025');
    expect(formatDanishMonth('2025-12')).toBe('december 2025');
    expect(formatDanishMonth('2026-01')).toBe('januar 2026');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(danishMonthName)).toEqual([
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ]);
  });
});
