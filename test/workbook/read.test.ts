// The reader: headers matched loosely, per-cell issues as codes naming table, row and column, settings
// v2; the row rules (validateCaseload) on top give what a report shows.
import { validateCaseload } from '../../src/domain/validate';
import { issueText } from '../../src/text/issues';
import { readCaseload, ContractError, sortIssues } from '../../src/workbook/read';
import type { CellValue, RawTable } from '../../src/workbook/port';

/** What a report sees: cells read, then the domain's row rules; issues in reading order with their text. */
function readChecked(tables: Record<string, RawTable | null>) {
  const c = readCaseload(tables);
  const v = validateCaseload(c);
  const issues = sortIssues([...c.issues, ...v.issues]).map((i) => ({ ...i, message: issueText(i) }));
  return { ...c, citizens: v.citizens, placements: v.placements, hours: v.hours, issues };
}

const t = (name: string, headers: string[], rows: CellValue[][]): RawTable => ({ name, headers, rows });
const borgereHeaders = ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Slutdato'];

function base(overrides: Partial<Record<string, RawTable | null>> = {}) {
  return {
    Borgere: t('Borgere', borgereHeaders, [
      ['A', 'Aktivitetsparat kontanthjælp', 'Nord', 'Mette', '01-12-2024', null],
      ['B', 'Ressourceforløb', 'Nord', 'Mette', 45627, null],
    ]),
    Forløb: t(
      'Forløb',
      ['Borger-ID', 'Type', 'Startdato', 'Slutdato'],
      [['A', 'Virksomhedspraktik', '2025-01-31', '2025-02-01']],
    ),
    Timer: t('Timer', ['Borger-ID', 'Måned', 'Ordinære timer'], [['B', '2025-03', '6']]),
    Indstillinger: null,
    ...overrides,
  };
}

test('reads a minimal caseload with headers in any order and extra columns', () => {
  const tables = base({
    Borgere: t(
      'Borgere',
      ['Egen note', 'sagsbehandler', ' borger-id ', 'Startdato', 'TEAM', 'Målgruppe'],
      [['noget', 'Mette', 'A', '01-12-2024', 'Nord', 'andet']],
    ),
    Forløb: t('Forløb', ['Borger-ID', 'Type', 'Startdato'], []),
    Timer: t('Timer', ['Borger-ID', 'Måned', 'Ordinære timer'], []),
  });
  const c = readCaseload(tables);
  expect(c.citizens).toEqual([
    { row: 1, id: 'A', targetGroup: 'Andet', team: 'Nord', caseworker: 'Mette', startDate: '2024-12-01' },
  ]);
  expect(c.issues).toEqual([]);
});

test('missing required table is a ContractError in Danish', () => {
  expect(() => readCaseload(base({ Timer: null }))).toThrow(ContractError);
  expect(() => readCaseload(base({ Timer: null }))).toThrow(/mangler tabellen "Timer"/);
});

test('missing required header is a ContractError naming it', () => {
  const tables = base({ Forløb: t('Forløb', ['Borger-ID', 'Startdato'], []) });
  expect(() => readCaseload(tables)).toThrow(/Tabellen "Forløb" mangler kolonnen "Type"/);
});

test('per-cell errors name table, row and column; bad required cells drop the row, bad optional cells only the value', () => {
  const tables = base({
    Borgere: t('Borgere', borgereHeaders, [
      ['A', 'Aktivitetsparat kontanthjælp', 'Nord', 'Mette', '31-02-2025', null], // impossible date: dropped
      [null, null, null, null, null, null], // empty row: skipped silently
      ['B', 'Ressourceforløb', 'Nord', 'Mette', '01-12-2024', 'snart'], // optional bad: kept
      ['B', 'Ressourceforløb', 'Syd', 'Lars', '01-12-2024', null], // duplicate: dropped
      ['C', 'Ressourceforløb', 'Nord', '', '01-12-2024', null], // missing caseworker: dropped
      ['D', 'Andet', 'Nord', 'Mette', '01-03-2025', '01-01-2025'], // end before start
    ]),
    Forløb: t(
      'Forløb',
      ['Borger-ID', 'Type', 'Startdato', 'Slutdato', 'Timer pr. uge'],
      [
        ['Z', 'Job', '2025-01-01', null, null],
        ['B', 'Job', '2025-01-01', null, '-2'],
      ],
    ),
    Timer: t('Timer', ['Borger-ID', 'Måned', 'Ordinære timer'], [['B', '2025-03', 'x']]),
  });
  const c = readChecked(tables);
  expect(c.citizens.map((x) => [x.id, x.row, x.endDate])).toEqual([['B', 3, undefined]]);
  expect(c.placements.map((p) => [p.citizenId, p.row, p.hoursPerWeek])).toEqual([['B', 2, undefined]]);
  expect(c.hours).toEqual([]);
  const where = c.issues.map((i) => `${i.severity} ${i.table} ${i.row} ${i.column}`);
  expect(where).toEqual([
    'error Borgere 1 Startdato',
    'warning Borgere 3 Slutdato',
    'error Borgere 4 Borger-ID',
    'error Borgere 5 Sagsbehandler',
    'error Borgere 6 Slutdato',
    'error Forløb 1 Borger-ID',
    'warning Forløb 2 Timer pr. uge',
    'error Timer 1 Ordinære timer',
  ]);
  expect(c.issues.find((i) => i.row === 6)!.message).toMatch(/^Slutdato 01-01-2025 ligger før Startdato 01-03-2025/);
  expect(c.issues.find((i) => i.table === 'Forløb' && i.row === 1)!.message).toMatch(/"Z" findes ikke i Borgere/);
});

test('settings: keys matched loosely, bad values reported and left out', () => {
  const tables = base({
    Indstillinger: t(
      'Indstillinger',
      ['Nøgle', 'Værdi'],
      [
        ['målregel', 'CUSTOM'],
        ['Tærskel', '35 %'],
        ['Måneder i træk', '2,5'],
        ['Tæller med', 'praktik, Job'],
        ['Målgrupper', 'Ressourceforløb; andet'],
        ['Basismåned', '2025-01'],
        ['Deadline', 45901],
        ['Periode fra', 'forår'],
        ['Farve', 'blå'],
      ],
    ),
  });
  const c = readChecked(tables);
  expect(c.settings).toEqual({
    ruleId: 'custom',
    threshold: 35,
    targetGroups: ['Ressourceforløb', 'Andet'],
    baseMonth: '2025-01',
    deadline: '2025-09',
  });
  expect(c.issues.map((i) => `${i.severity} ${i.row} ${i.column}`)).toEqual([
    'error 3 Værdi',
    'error 4 Værdi',
    'error 8 Værdi',
    'warning 9 Nøgle',
  ]);
  expect(c.issues[1].message).toMatch(/^Ukendt: praktik/);
});

describe('Indstillinger with stored import mappings', () => {
  it('does not report the import mapping keys as unknown', () => {
    const tables = {
      Borgere: { name: 'Borgere', headers: ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato'], rows: [] },
      Forløb: { name: 'Forløb', headers: ['Borger-ID', 'Type', 'Startdato'], rows: [] },
      Timer: { name: 'Timer', headers: ['Borger-ID', 'Måned', 'Ordinære timer'], rows: [] },
      Indstillinger: {
        name: 'Indstillinger',
        headers: ['Nøgle', 'Værdi'],
        rows: [
          ['Importkort:Borgere:Sagsnr', 'Borger-ID'],
          ['Ukendt', 'x'],
        ],
      },
    };
    const issues = readCaseload(tables).issues;
    expect(issues.map((i: { row: number }) => i.row)).toEqual([2]);
  });
});
