// Indstillinger v2 (DOMAIN.md section 3): the threshold read the same from text and number cells, a key
// given twice warned with both rows, contradictory periods reported (never a silently empty report),
// and the new keys (tranche amount, review and follow-up days, caseload bands).
import type { DataIssue } from '../../src/domain/issues';
import type { CellValue } from '../../src/workbook/port';
import { readSettings } from '../../src/workbook/readSettings';
import { issueText } from '../../src/text/issues';

function settingsOf(rows: CellValue[][]) {
  const issues: DataIssue[] = [];
  const settings = readSettings({ name: 'Indstillinger', headers: ['Nøgle', 'Værdi'], rows }, issues);
  return { settings, issues };
}

describe('Tærskel', () => {
  test.each([[40], ['40'], ['40 %'], ['40%'], [' 40,0 ']])('%p is 40 %% without an issue', (raw) => {
    const { settings, issues } = settingsOf([
      ['Målregel', 'custom'],
      ['Tærskel', raw],
    ]);
    expect(settings.threshold).toBe(40);
    expect(issues).toEqual([]);
  });

  test('40,5 is 40.5 %', () => expect(settingsOf([['Tærskel', '40,5']]).settings.threshold).toBe(40.5));

  test.each([['0,4'], ['0.4'], [0.4]])('%p is read as 40 %% with a warning saying so', (raw) => {
    const { settings, issues } = settingsOf([['Tærskel', raw]]);
    expect(settings.threshold).toBe(40);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', row: 1, column: 'Værdi', code: 'thresholdAsFraction' });
    expect(issueText(issues[0])).toContain('læst som 40 %');
  });

  test.each([[0], ['0'], [-5], ['120'], [100.5], ['fyrre']])('%p is an error and the default is used', (raw) => {
    const { settings, issues } = settingsOf([['Tærskel', raw]]);
    expect(settings.threshold).toBeUndefined();
    expect(issues.map((i) => [i.severity, i.code, i.consequence])).toEqual([['error', 'badThreshold', 'defaultUsed']]);
    expect(issueText(issues[0])).toMatch(/standardværdien bruges$/);
  });

  test('100 is allowed', () => expect(settingsOf([['Tærskel', 100]]).settings.threshold).toBe(100));
});

test('a key given twice is a warning naming both rows; the last one is used', () => {
  const { settings, issues } = settingsOf([
    ['Tærskel', '30'],
    ['Målregel', 'custom'],
    ['tærskel', '45'],
  ]);
  expect(settings.threshold).toBe(45);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({
    severity: 'warning',
    row: 3,
    column: 'Nøgle',
    code: 'duplicateSettingKey',
    params: { firstRow: 1 },
  });
  expect(issueText(issues[0])).toBe('Nøglen "Tærskel" står også i række 1; den sidste bruges');
});

test('a key given twice whose last value is bad falls back to the default, not to the first value', () => {
  const { settings } = settingsOf([
    ['Tærskel', '30'],
    ['Tærskel', 'x'],
  ]);
  expect(settings.threshold).toBeUndefined();
});

test('Periode fra after Periode til is an error saying both were ignored', () => {
  const { settings, issues } = settingsOf([
    ['Periode fra', '2025-06'],
    ['Periode til', '2025-03'],
  ]);
  expect(settings.periodFrom).toBeUndefined();
  expect(settings.periodTo).toBeUndefined();
  expect(issues.map((i) => [i.severity, i.row, i.code])).toEqual([['error', 2, 'periodReversed']]);
  expect(issueText(issues[0])).toContain('ignoreret');
});

test('Basismåned on or after Deadline is an error: no milestones rather than nonsense', () => {
  for (const [base, deadline] of [
    ['2025-06', '2025-06'],
    ['2025-07', '2025-06'],
  ]) {
    const { settings, issues } = settingsOf([
      ['Basismåned', base],
      ['Deadline', deadline],
    ]);
    expect(settings.baseMonth).toBeUndefined();
    expect(settings.deadline).toBeUndefined();
    expect(issues.map((i) => [i.severity, i.code, i.consequence])).toEqual([
      ['error', 'baseNotBeforeDeadline', 'noMilestones'],
    ]);
  }
});

test('v2 keys: tranche amount, days, weeks and caseload bands', () => {
  const { settings, issues } = settingsOf([
    ['Tranchebeløb', '1.500.000 kr.'],
    ['Gennemgang (dage)', '45'],
    ['Opfølgning (dage)', 28],
    ['Praktik uden løntimer (uger)', '8'],
    ['Sagstal sagsbehandler', '35 - 45'],
    ['Sagstal virksomhedskonsulent', '30–40'],
  ]);
  expect(issues).toEqual([]);
  expect(settings).toEqual({
    trancheAmount: 1500000,
    reviewDays: 45,
    followUpDays: 28,
    praktikWithoutHoursWeeks: 8,
    caseworkerBand: { min: 35, max: 45 },
    consultantBand: { min: 30, max: 40 },
  });
});

test('bad v2 values are errors and leave the defaults', () => {
  const { settings, issues } = settingsOf([
    ['Tranchebeløb', 'mange penge'],
    ['Gennemgang (dage)', '0'],
    ['Sagstal sagsbehandler', '50-40'],
  ]);
  expect(settings).toEqual({});
  expect(issues.map((i) => i.code)).toEqual(['badAmount', 'badDays', 'badBand']);
});
