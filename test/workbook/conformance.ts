// The one contract every WorkbookPort adapter must keep (port.ts), written once and run against each
// adapter (memoryConformance, xlsxConformance, officeConformance tests): read tables, append rows, update
// cells, render output sheets, refuse sheets that are not Fremdrift's own (ownSheets.ts), keep
// formula-like text as text, and set up missing tables and columns without touching rows.
// Results are checked on the workbook as it is afterwards (for files: saved and opened again).
import { BORGERE, INDSTILLINGER, TIMER, type OutputSheetName } from '../../src/workbook/contract';
import { OwnSheetError } from '../../src/workbook/ownSheets';
import type { CellValue, RawTable, SheetModel, WorkbookPort } from '../../src/workbook/port';

/** A table the workbook starts with, on `sheet` (default: the contract's sheet, else its own name). */
export interface Seed {
  table: RawTable;
  sheet?: string;
}

/** The workbook after the adapter's writes, as the next reader sees it. */
export interface Reopened {
  port: WorkbookPort;
  /** Values of a sheet (null for empty cells), or undefined when the workbook has no such sheet. */
  sheetValues(name: string): CellValue[][] | undefined;
}

export interface AdapterUnderTest {
  port: WorkbookPort;
  reopen(): Promise<Reopened>;
}

export type AdapterFactory = (seeds: Seed[]) => Promise<AdapterUnderTest>;

const FORMULA_LIKE = ['=SUM(A1)', '+45 12', '-3 dage', '@x'];

const timer = (): RawTable => ({
  name: 'Timer',
  headers: ['Borger-ID', 'Måned', 'Ordinære timer', 'Egen kolonne'],
  rows: [
    ['A', '2025-01', 5, 'x'],
    ['B', '2025-02', 0, null],
  ],
});

const userNotes = (): RawTable => ({ name: 'Noter', headers: ['Emne', 'Tekst'], rows: [['Møde', 'husk kaffe']] });

const overblik = (values: CellValue[][]): SheetModel => ({ name: 'Overblik', values });

/** Trailing empty cells and rows are not content: a sheet shows the same either way. */
function trimmed(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((r) => {
    const row = r.map((v) => (v === '' || v === undefined ? null : v));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export function runConformance(adapterName: string, create: AdapterFactory): void {
  describe(`WorkbookPort conformance: ${adapterName}`, () => {
    test('reads tables by name with their headers (extra columns kept) and rows; a missing table is null', async () => {
      const wb = await create([{ table: timer() }]);
      const back = await (await wb.reopen()).port.readTables(['Timer', 'Borgere']);
      expect(back).toEqual({ Timer: timer(), Borgere: null });
    });

    test('appends rows at the end by header (any case), other cells empty; unknown columns and tables are refused', async () => {
      const wb = await create([{ table: timer() }]);
      await wb.port.appendRows('Timer', [
        { 'borger-id': 'C', Måned: '2025-03', 'Ordinære timer': 7 },
        { 'Borger-ID': 'D' },
      ]);
      await expect(wb.port.appendRows('Timer', [{ Farve: 'blå' }])).rejects.toThrow(/ingen kolonne "Farve"/);
      await expect(wb.port.appendRows('Forløb', [{ 'Borger-ID': 'A' }])).rejects.toThrow(/mangler tabellen "Forløb"/);
      const back = await (await wb.reopen()).port.readTables(['Timer']);
      expect(back.Timer!.rows).toEqual([...timer().rows, ['C', '2025-03', 7, null], ['D', null, null, null]]);
    });

    test('updates only the named cells, and a bad update changes nothing', async () => {
      const wb = await create([{ table: timer() }]);
      await wb.port.updateCells('Timer', [{ row: 2, column: 'ordinære timer', value: 9 }]);
      await expect(
        wb.port.updateCells('Timer', [
          { row: 1, column: 'Ordinære timer', value: 1 },
          { row: 3, column: 'Ordinære timer', value: 1 },
        ]),
      ).rejects.toThrow(/ingen række 3/);
      await expect(wb.port.updateCells('Timer', [{ row: 1, column: 'Farve', value: 1 }])).rejects.toThrow(
        /ingen kolonne "Farve"/,
      );
      const back = await (await wb.reopen()).port.readTables(['Timer']);
      expect(back.Timer!.rows).toEqual([
        ['A', '2025-01', 5, 'x'],
        ['B', '2025-02', 9, null],
      ]);
    });

    test('renders output sheets whose values come back, replaces them on the next write, and leaves input tables alone', async () => {
      const wb = await create([{ table: timer() }]);
      const first: CellValue[][] = [
        ['Overblik'],
        ['Måned', 'Andel', 'Antal'],
        ['2025-01', 0.4, 2],
        [null, null, 'sidst'],
      ];
      await wb.port.writeOutputSheets([overblik(first), { name: 'Milepæle', values: [['Milepæle'], [1, 2, 3]] }]);
      let back = await wb.reopen();
      expect(trimmed(back.sheetValues('Overblik')!)).toEqual(trimmed(first));
      expect(trimmed(back.sheetValues('Milepæle')!)).toEqual([['Milepæle'], [1, 2, 3]]);

      const second: CellValue[][] = [['Overblik'], ['kortere']];
      await wb.port.writeOutputSheets([overblik(second)]);
      back = await wb.reopen();
      expect(trimmed(back.sheetValues('Overblik')!)).toEqual(second);
      expect((await back.port.readTables(['Timer'])).Timer).toEqual(timer());
    });

    test('refuses a sheet name that is not one of its own, writing nothing (not even the valid sheets of the same call)', async () => {
      const wb = await create([{ table: timer() }]);
      for (const name of ['Timer', 'Ark1']) {
        const write = wb.port.writeOutputSheets([
          overblik([['ny']]),
          { name: name as OutputSheetName, values: [['x']] },
        ]);
        await expect(write).rejects.toThrow(OwnSheetError);
        await expect(write).rejects.toThrow(`"${name}" er ikke et af dem`);
      }
      const back = await wb.reopen();
      expect(back.sheetValues('Overblik')).toBeUndefined();
      expect(back.sheetValues('Ark1')).toBeUndefined();
      expect((await back.port.readTables(['Timer'])).Timer).toEqual(timer());
    });

    test("refuses a user's sheet that has an output sheet's name but holds a table, writing nothing", async () => {
      const wb = await create([{ table: timer() }, { table: userNotes(), sheet: 'Overblik' }]);
      const write = wb.port.writeOutputSheets([{ name: 'Milepæle', values: [['m']] }, overblik([['ny']])]);
      await expect(write).rejects.toThrow(OwnSheetError);
      await expect(write).rejects.toThrow(/Arket "Overblik" .*indeholder en tabel/);
      const back = await wb.reopen();
      expect(back.sheetValues('Milepæle')).toBeUndefined();
      expect((await back.port.readTables(['Noter'])).Noter).toEqual(userNotes());
    });

    test('keeps formula-like text as text in appended rows, updated cells and output sheets', async () => {
      const wb = await create([{ table: timer() }]);
      await wb.port.appendRows(
        'Timer',
        FORMULA_LIKE.map((text, i) => ({ 'Borger-ID': `F${i}`, 'Egen kolonne': text })),
      );
      await wb.port.updateCells('Timer', [{ row: 1, column: 'Egen kolonne', value: '=1+1' }]);
      await wb.port.writeOutputSheets([overblik([FORMULA_LIKE])]);
      const back = await wb.reopen();
      const rows = (await back.port.readTables(['Timer'])).Timer!.rows;
      expect(rows.map((r) => r[3])).toEqual(['=1+1', null, ...FORMULA_LIKE]);
      expect(trimmed(back.sheetValues('Overblik')!)).toEqual([FORMULA_LIKE]);
    });

    test('keeps text that looks like a month, a number or a boolean as text ("2025-01", "0012", "TRUE")', async () => {
      const looksTyped = ['2025-01', '0012', 'TRUE', '12%', '1/2'];
      const wb = await create([{ table: timer() }]);
      await wb.port.appendRows(
        'Timer',
        looksTyped.map((text) => ({ 'Borger-ID': text, Måned: '2025-03', 'Egen kolonne': text })),
      );
      await wb.port.writeOutputSheets([overblik([looksTyped])]);
      const back = await wb.reopen();
      const rows = (await back.port.readTables(['Timer'])).Timer!.rows.slice(2);
      expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(looksTyped.map((text) => [text, '2025-03', text]));
      expect(trimmed(back.sheetValues('Overblik')!)).toEqual([looksTyped]);
    });

    test('ensureInputTables creates missing tables and appends missing columns without touching rows', async () => {
      const settings: RawTable = {
        name: 'Indstillinger',
        headers: INDSTILLINGER.columns.map((c) => c.header),
        rows: [['Målregel', 'fsm-rate3']],
      };
      const wb = await create([
        {
          table: {
            name: 'Timer',
            headers: ['Borger-ID', 'Måned', 'Egen'],
            rows: [
              ['A', '2025-01', 'x'],
              ['B', '2025-02', null],
            ],
          },
        },
        { table: settings },
      ]);
      const missing = TIMER.columns.map((c) => c.header).filter((h) => h !== 'Borger-ID' && h !== 'Måned');
      const result = await wb.port.ensureInputTables([BORGERE, TIMER, INDSTILLINGER]);
      expect(result).toEqual({ created: ['Borgere'], upgraded: { Timer: missing }, unchanged: ['Indstillinger'] });

      const back = await wb.reopen();
      const tables = await back.port.readTables(['Borgere', 'Timer', 'Indstillinger']);
      expect(tables.Borgere).toEqual({ name: 'Borgere', headers: BORGERE.columns.map((c) => c.header), rows: [] });
      expect(tables.Timer).toEqual({
        name: 'Timer',
        headers: ['Borger-ID', 'Måned', 'Egen', ...missing],
        rows: [
          ['A', '2025-01', 'x', ...missing.map(() => null)],
          ['B', '2025-02', null, ...missing.map(() => null)],
        ],
      });
      expect(tables.Indstillinger).toEqual(settings);
      // A second run finds nothing to do.
      expect(await back.port.ensureInputTables([BORGERE, TIMER, INDSTILLINGER])).toEqual({
        created: [],
        upgraded: {},
        unchanged: ['Borgere', 'Timer', 'Indstillinger'],
      });
      // The new table takes rows like any other.
      await back.port.appendRows('Borgere', [{ 'Borger-ID': 'N1' }]);
      expect((await back.port.readTables(['Borgere'])).Borgere!.rows.map((r) => r[0])).toEqual(['N1']);
    });
  });
}
