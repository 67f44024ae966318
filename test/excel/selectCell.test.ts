// "Gå til rækken" through the Office.js adapter against the strict fake: the named cell is selected in
// one sync (its sheet activated); a header Excel cannot find by name falls back to the whole row.
import { goToRow } from '../../src/app/goToRow';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { TIMER } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { FakeExcel } from './fakeExcel';

const headers = TIMER.columns.map((c) => c.header);
const rows = [
  ['B1', '2025-01', 10, 'Lønseddel'],
  ['B2', '2025-01', 12, 'Lønseddel'],
  ['B3', '2025-02', 14, 'eIndkomst'],
];

function excel(header = headers) {
  const fake = new FakeExcel();
  fake.addSheet('Overblik');
  // Timer placed away from A1, so positions are computed, not assumed.
  fake.addTable('Timer', header, rows, 'Timer', { row: 3, col: 2 });
  return { fake, port: new OfficeWorkbook({ run: fake.run, supports: fake.supports }) };
}

describe('selectCell (Office.js)', () => {
  it.each([
    [1, 'Borger-ID', 'Timer!C5'],
    [3, 'Ordinære timer', 'Timer!E7'],
    [2, 'kilde', 'Timer!F6'],
    [0, 'Måned', 'Timer!D4'],
  ])('row %i, column %s selects %s in one sync', async (row, column, address) => {
    const { fake, port } = excel();
    expect(await goToRow(port, { table: 'Timer', row, column })).toEqual({ selected: true });
    expect(fake.selection).toBe(address);
    expect(fake.activeSheet).toBe('Timer');
    expect(fake.syncCount).toBe(1);
  });

  it('a header typed with extra spaces: the row is selected instead, in a second sync', async () => {
    const { fake, port } = excel(['Borger-ID ', ...headers.slice(1)]);
    await goToRow(port, { table: 'Timer', row: 2, column: 'Borger-ID' });
    expect(fake.selection).toBe('Timer!C6:F6');
    expect(fake.syncCount).toBe(2);
  });

  it('a table that does not exist is an error, not a silent nothing', async () => {
    const { port } = excel();
    await expect(goToRow(port, { table: 'Aftaler', row: 1, column: 'Dato' })).rejects.toThrow(/ItemNotFound/);
  });
});

describe('goToRow without a workbook window', () => {
  it('returns the row header by header, or nothing for a row that is gone', async () => {
    const port = new MemoryWorkbook([{ name: 'Timer', headers, rows }]);
    expect(await goToRow(port, { table: 'Timer', row: 2, column: 'Måned' })).toEqual({
      selected: false,
      cells: headers.map((header, i) => ({ header, value: rows[1][i] })),
    });
    expect(await goToRow(port, { table: 'Timer', row: 9, column: 'Måned' })).toEqual({ selected: false, cells: [] });
    expect(await goToRow(port, { table: 'Aftaler', row: 1, column: 'Dato' })).toEqual({ selected: false, cells: [] });
  });
});
