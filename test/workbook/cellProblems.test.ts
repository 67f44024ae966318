// Error cells and formulas nobody calculated are reported by their real cause, never as "missing":
// "#N/A" in a date column is an error value, not a bad date; an uncalculated formula says to open and
// save the file in Excel. The .xlsx adapter marks such formulas on the RawTable it returns.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { issueText } from '../../src/text/issues';
import type { RawTable } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { openpyxlStyleWorkbook } from '../xlsx/fixtures/packages';

const headers = ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Navn'];
const t = (name: string, h: string[], rows: RawTable['rows'], extra: Partial<RawTable> = {}): RawTable => ({
  name,
  headers: h,
  rows,
  ...extra,
});

test('an error value and an uncalculated formula are named as such, required or optional', () => {
  const c = readCaseload({
    Borgere: t(
      'Borgere',
      headers,
      [
        ['A', 'Andet', 'Nord', 'Mette', '#N/A', null],
        ['B', 'Andet', null, 'Mette', '01-01-2025', null],
        ['C', 'Andet', 'Nord', 'Mette', '01-01-2025', null],
        ['D', 'Andet', 'Nord', 'Mette', '01-01-2025', '#REF!'],
      ],
      {
        formulasWithoutValue: [
          { row: 2, column: 'Team' },
          { row: 3, column: 'Navn' },
        ],
      },
    ),
    Forløb: t('Forløb', ['Borger-ID', 'Type', 'Startdato'], []),
    Timer: t('Timer', ['Borger-ID', 'Måned', 'Ordinære timer'], []),
  });
  expect(c.issues.map((i) => `${i.severity} ${i.row} ${i.column} ${i.code}`)).toEqual([
    'error 1 Startdato cellError',
    'error 2 Team formulaWithoutValue',
    'warning 3 Navn formulaWithoutValue',
    'warning 4 Navn cellError',
  ]);
  expect(issueText(c.issues[0])).toBe('cellen indeholder fejlen #N/A; rækken er ikke talt med');
  expect(issueText(c.issues[1])).toMatch(
    /^cellen indeholder en formel uden beregnet værdi \(åbn og gem filen i Excel\); rækken er ikke talt med$/,
  );
  expect(c.citizens.map((x) => x.id)).toEqual(['C', 'D']);
});

test('the .xlsx adapter marks formulas without a cached value on the table it reads', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'fremdrift-cellproblems-')), 'openpyxl.xlsx');
  writeFileSync(file, openpyxlStyleWorkbook());
  const table = (await (await XlsxWorkbook.open(file)).readTables(['Data'])).Data!;
  expect(table.formulasWithoutValue).toEqual([{ row: 3, column: 'Navn' }]);
});
