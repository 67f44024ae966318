// OfficeWorkbook against the strict Excel fake (test/excel/fakeExcel.ts): properties must be loaded and
// synced before they are read, every sync is metered, strings are stored as Excel stores them.
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { BORGERE, FORLØB, INDSTILLINGER, INPUT_TABLES, TIMER } from '../../src/workbook/contract';
import type { SheetModel } from '../../src/workbook/port';
import { SHEET_MARK } from '../../src/workbook/ownSheets';
import { FakeExcel, type Cell } from './fakeExcel';

const headersOf = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);

function borgereRow(i: number): Cell[] {
  return [
    `B${i}`,
    `N${i}`,
    'Jobparat kontanthjælp',
    `Team ${i % 3}`,
    `SB${i % 12}`,
    '',
    45000 + (i % 300),
    '',
    '',
    '',
    'Klar',
    'Ja',
    '',
    '',
    '',
  ];
}

function workbookWithRows(n: number): FakeExcel {
  const fake = new FakeExcel();
  fake.addTable(
    'Borgere',
    headersOf(BORGERE),
    Array.from({ length: n }, (_, i) => borgereRow(i + 1)),
  );
  fake.addTable('Forløb', headersOf(FORLØB), [['B1', 'Job', 'Firma', '', 45100, '', 37, '', '']]);
  fake.addTable('Timer', headersOf(TIMER), []);
  fake.addTable('Indstillinger', headersOf(INDSTILLINGER), [['Målregel', 'fsm-rate3']]);
  return fake;
}

function snapshot(fake: FakeExcel) {
  return JSON.stringify([...fake.tables.values()].map((t) => [t.name, t.sheet, t.headers, t.rows]));
}

describe('the test double', () => {
  it('throws when a property is read without load and sync (so adapter mistakes fail)', async () => {
    const fake = workbookWithRows(1);
    await expect(
      fake.run(async (context) => {
        const t = context.workbook.tables.getItemOrNullObject('Borgere');
        return t.isNullObject;
      }),
    ).rejects.toThrow(/load/);
    await expect(
      fake.run(async (context) => {
        const t = context.workbook.tables.getItemOrNullObject('Borgere');
        t.load('isNullObject');
        return t.isNullObject; // loaded, but not synced
      }),
    ).rejects.toThrow(/sync/);
  });
});

describe('OfficeWorkbook.readTables', () => {
  it('returns headers and rows of each table, null for a missing one, without trailing blank rows', async () => {
    const fake = workbookWithRows(3);
    fake.tables.get('Forløb')!.rows.push(['', '', '', '', '', '', '', '', '']);
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const tables = await port.readTables(['Borgere', 'Forløb', 'Timer', 'Findes ikke']);
    expect(tables['Borgere']!.headers).toEqual(headersOf(BORGERE));
    expect(tables['Borgere']!.rows).toHaveLength(3);
    expect(tables['Borgere']!.rows[1][0]).toBe('B2');
    expect(tables['Borgere']!.rows[1][5]).toBeNull(); // empty cell
    expect(tables['Borgere']!.rows[1][6]).toBe(45002);
    expect(tables['Forløb']!.rows.map((r) => r.slice(0, 9))).toEqual([
      ['B1', 'Job', 'Firma', null, 45100, null, 37, null, null],
    ]);
    expect(tables['Timer']!.rows).toEqual([]); // Excel's one empty body row is not data
    expect(tables['Findes ikke']).toBeNull();
  });

  it('needs few syncs: 1,000 and 40,000 rows differ by a handful, no sync above 2 MB', async () => {
    const counts: Record<number, number> = {};
    for (const n of [1000, 40000]) {
      const fake = workbookWithRows(n);
      const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
      const tables = await port.readTables(INPUT_TABLES.map((t) => t.name));
      expect(tables['Borgere']!.rows).toHaveLength(n);
      expect(tables['Borgere']!.rows[n - 1][0]).toBe(`B${n}`);
      expect(fake.largestSyncBytes).toBeLessThanOrEqual(2_000_000);
      counts[n] = fake.syncCount;
    }
    console.log(`readTables context.sync calls: 1,000 rows -> ${counts[1000]}, 40,000 rows -> ${counts[40000]}`);
    expect(counts[1000]).toBeLessThanOrEqual(4);
    expect(counts[40000]).toBeLessThanOrEqual(8);
    expect(counts[40000]).toBeLessThan(3 * counts[1000]);
  });
});

describe('OfficeWorkbook.ensureInputTables ("Opret sagsstamme")', () => {
  it('creates every contract table with its headers, drop-down lists, date formats and a frozen header', async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const result = await port.ensureInputTables(INPUT_TABLES);
    expect(result.created).toEqual(INPUT_TABLES.map((t) => t.name));
    expect(result.unchanged).toEqual([]);
    for (const def of INPUT_TABLES) {
      const t = fake.tables.get(def.name)!;
      expect(t.headers).toEqual(headersOf(def));
      expect(t.sheet).toBe(def.sheet);
      expect(fake.sheets.get(def.sheet)!.freezeRows).toBe(1);
    }
    const borgere = fake.tables.get('Borgere')!;
    expect(borgere.validation['Målgruppe']).toEqual({
      list: { inCellDropDown: true, source: BORGERE.columns.find((c) => c.header === 'Målgruppe')!.values!.join(',') },
    });
    expect(borgere.validation['CV']).toEqual({ list: { inCellDropDown: true, source: 'Ja,Nej' } });
    expect(JSON.stringify(borgere.numberFormat['Startdato'])).toContain('dd-mm-yyyy');
    expect(borgere.validation['Navn']).toBeUndefined();
    expect(fake.tables.get('Forløb')!.validation['Type']).toBeDefined();
  });

  it('never overwrites an existing table and leaves a complete one unchanged', async () => {
    const fake = workbookWithRows(5);
    const before = snapshot(fake);
    // The fake holds the four tables a v1 workbook has (with today's columns).
    const v1 = INPUT_TABLES.filter((t) => !t.since);
    const result = await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).ensureInputTables(v1);
    expect(result).toEqual({ created: [], upgraded: {}, unchanged: v1.map((t) => t.name) });
    expect(snapshot(fake)).toBe(before);
    expect(fake.writes).toEqual([]);
  });

  it('upgrades an old table by appending the missing columns at the right, keeping every row', async () => {
    const fake = workbookWithRows(0);
    fake.tables.delete('Borgere');
    const oldHeaders = headersOf(BORGERE).filter((h) => h !== 'Parathed' && h !== 'Opdateret');
    const rows: Cell[][] = [oldHeaders.map((h) => `${h}-1`), oldHeaders.map((h) => `${h}-2`)];
    fake.addTable(
      'Borgere',
      [...oldHeaders, 'Egen kolonne'],
      rows.map((r) => [...r, 'x']),
    );
    const result = await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).ensureInputTables(INPUT_TABLES);
    expect(result.upgraded).toEqual({ Borgere: ['Parathed', 'Opdateret'] });
    const t = fake.tables.get('Borgere')!;
    expect(t.headers).toEqual([...oldHeaders, 'Egen kolonne', 'Parathed', 'Opdateret']);
    expect(t.rows).toEqual(rows.map((r) => [...r, 'x', '', '']));
    expect(t.validation['Parathed']).toBeDefined(); // the new list column gets its drop-down
    expect(t.numberFormat['Opdateret']).toEqual([['dd-mm-yyyy'], ['dd-mm-yyyy']]); // one format per body row
  });

  it('places a new table beside existing content of a same-named sheet, never over it', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Timer');
    sheet.cells.set('0,0', 'Mine noter');
    sheet.cells.set('1,1', 42);
    await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).ensureInputTables([TIMER]);
    expect(fake.cellAt('Timer', 0, 0)).toBe('Mine noter');
    expect(fake.cellAt('Timer', 1, 1)).toBe(42);
    expect(fake.tables.get('Timer')!.headers).toEqual(headersOf(TIMER));
    expect(fake.tables.get('Timer')!.col).toBe(3); // one empty column after the user's content
  });
});

const overblik: SheetModel = {
  name: 'Overblik',
  values: [
    ['Overblik', null, null],
    ['Måned', 'Andel', 'Status'],
    ['2025-01', 0.4, 'Bagud'],
    ['=HYPERLINK("http://x")', 0.5, '+45 1234'],
  ],
  columnWidths: [14, 10, 12],
  formats: [
    { row: 1, col: 0, cols: 3, bold: true, fill: '#DDEEFF' },
    { row: 2, col: 1, rows: 2, numberFormat: '0.0%' },
  ],
  conditionalFills: [{ row: 2, col: 2, rows: 2, equals: 'Bagud', fill: '#F4CCCC' }],
  freeze: { rows: 2, columns: 0 },
  charts: [
    { type: 'line', title: 'Andel mod mål', data: { row: 1, col: 0, rows: 3, cols: 2 }, anchor: { row: 0, col: 5 } },
  ],
};
const dialog: SheetModel = {
  name: 'Månedsdialog',
  values: [['SB1'], ['a'], ['SB2'], ['b']],
  print: { landscape: true, fitToWidth: true, rowBreaksBefore: [2], titleRows: [0, 0] },
};

describe('OfficeWorkbook.writeOutputSheets', () => {
  it('writes values, formats, conditional fills, charts and print setup on output sheets only', async () => {
    const fake = workbookWithRows(10);
    const old = fake.addSheet('Overblik');
    old.cells.set('9,9', 'gammelt');
    old.names = new Map([[SHEET_MARK, { reference: 'A1', visible: false }]]); // Fremdrift made it
    const before = snapshot(fake);
    await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).writeOutputSheets([overblik, dialog]);
    expect(snapshot(fake)).toBe(before);
    const inputSheets = new Set(INPUT_TABLES.map((t) => t.sheet));
    expect(fake.writes.filter((w) => inputSheets.has(w.sheet))).toEqual([]);
    expect(fake.cellAt('Overblik', 9, 9)).toBeUndefined(); // old content is cleared
    expect(fake.cellAt('Overblik', 2, 1)).toBe(0.4);
    expect(fake.cellAt('Overblik', 0, 1)).toBeUndefined(); // empty
    const s = fake.sheets.get('Overblik')!;
    expect(s.charts).toEqual([
      { type: 'Line', seriesBy: 'Columns', title: 'Andel mod mål', positioned: true, series: [] },
    ]);
    expect(s.conditional).toEqual([
      { area: 'C3:C4', fill: '#F4CCCC', rule: { formula1: '="Bagud"', operator: 'EqualTo' } },
    ]);
    expect(s.formats.some((f) => f.prop === 'format.font.bold' && f.value === true)).toBe(true);
    const d = fake.sheets.get('Månedsdialog')!;
    expect(d.orientation).toBe('Landscape');
    expect(d.pageBreaks).toEqual(['A3']);
    expect(d.printTitleRows).toBe('$1:$1');
  });

  it("refuses an unmarked sheet with an output sheet's name (a user's), writing nothing; new sheets get the hidden mark", async () => {
    const fake = workbookWithRows(3);
    fake.addSheet('Overblik').cells.set('0,0', 'Mine noter');
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const writesBefore = fake.writes.length;
    await expect(port.writeOutputSheets([dialog, overblik])).rejects.toThrow(
      /Arket "Overblik" .*mangler Fremdrifts mærke.*Omdøb arket/,
    );
    expect(fake.writes.slice(writesBefore)).toEqual([]);
    expect(fake.sheets.has('Månedsdialog')).toBe(false);
    expect(fake.cellAt('Overblik', 0, 0)).toBe('Mine noter');
    fake.sheets.delete('Overblik');
    await port.writeOutputSheets([dialog, overblik]);
    expect(fake.sheets.get('Overblik')!.names?.get(SHEET_MARK)).toEqual({ reference: 'A1', visible: false });
    await port.writeOutputSheets([overblik]); // marked now: replaced as before
    expect(fake.cellAt('Overblik', 2, 1)).toBe(0.4);
  });

  it('writes formula-like text so Excel keeps it as text (quote prefix; unquoted it would be a formula)', async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).writeOutputSheets([overblik]);
    expect(fake.cellAt('Overblik', 3, 0)).toBe(`=HYPERLINK("http://x")`);
    expect(fake.cellAt('Overblik', 3, 2)).toBe(`+45 1234`);
    expect(fake.cellAt('Overblik', 1, 0)).toBe('Måned');
  });

  it('refuses a sheet that is not one of Fremdrift’s output sheets, writing nothing', async () => {
    const fake = workbookWithRows(2);
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    await expect(port.writeOutputSheets([{ ...overblik, name: 'Borgere' as never }])).rejects.toThrow(
      /"Borgere" er ikke et af dem/,
    );
    expect(fake.writes).toEqual([]);
  });

  it('refuses an output-named sheet that holds a table, before changing anything', async () => {
    const fake = workbookWithRows(2);
    fake.addTable('Noter', ['A'], [['x']], 'Overblik');
    await expect(
      new OfficeWorkbook({ run: fake.run, supports: fake.supports }).writeOutputSheets([overblik]),
    ).rejects.toThrow(/Arket "Overblik" .* indeholder en tabel/);
    expect(fake.writes).toEqual([]);
  });
});

describe('OfficeWorkbook.appendRows and updateCells', () => {
  it('appendRows only adds rows at the end, in the table’s own column order, quoting formula-like text', async () => {
    const fake = workbookWithRows(3);
    const before = fake.tables.get('Forløb')!.rows.map((r) => [...r]);
    const headers = [...fake.tables.get('Forløb')!.headers].reverse();
    fake.tables.get('Forløb')!.headers = headers;
    await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).appendRows('Forløb', [
      { 'Borger-ID': 'B2', Type: 'Job', Startdato: 45200, Note: '=1+1' },
    ]);
    const t = fake.tables.get('Forløb')!;
    expect(t.rows.slice(0, before.length)).toEqual(before);
    expect(t.rows).toHaveLength(before.length + 1);
    const added = t.rows[t.rows.length - 1];
    expect(added[headers.indexOf('Borger-ID')]).toBe('B2');
    expect(added[headers.indexOf('Startdato')]).toBe(45200);
    expect(added[headers.indexOf('Note')]).toBe('=1+1');
    expect(added[headers.indexOf('Virksomhed')]).toBe('');
    expect(added[headers.indexOf('Startdato')]).toBe(45200);
    expect(fake.writes.every((w) => w.op === 'appendRows:Forløb')).toBe(true);
  });

  it('appendRows of 12,000 rows uses few syncs, none above 2 MB', async () => {
    const fake = workbookWithRows(1);
    const rows = Array.from({ length: 12000 }, (_, i) => ({
      'Borger-ID': `B${i}`,
      Måned: 45300,
      'Ordinære timer': i % 40,
    }));
    await new OfficeWorkbook({ run: fake.run, supports: fake.supports }).appendRows('Timer', rows);
    expect(fake.tables.get('Timer')!.rows).toHaveLength(12000);
    expect(fake.largestSyncBytes).toBeLessThanOrEqual(2_000_000);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  it('updateCells changes only the named cells in one write sync and rejects bad rows before writing', async () => {
    const fake = workbookWithRows(4);
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const before = fake.tables.get('Borgere')!.rows.map((r) => [...r]);
    await port.updateCells('Borgere', [
      { row: 2, column: 'Parathed', value: 'Tæt på' },
      { row: 4, column: 'næste skridt', value: '@SUM(A1)' },
    ]);
    const after = fake.tables.get('Borgere')!.rows;
    const p = headersOf(BORGERE).indexOf('Parathed');
    const n = headersOf(BORGERE).indexOf('Næste skridt');
    expect(after[1][p]).toBe('Tæt på');
    expect(after[3][n]).toBe('@SUM(A1)');
    after[1][p] = before[1][p];
    after[3][n] = before[3][n];
    expect(after).toEqual(before);
    expect(fake.syncCount).toBeLessThanOrEqual(3);

    const writesBefore = fake.writes.length;
    await expect(
      port.updateCells('Borgere', [
        { row: 1, column: 'Parathed', value: 'Klar' },
        { row: 99, column: 'Parathed', value: 'Klar' },
      ]),
    ).rejects.toThrow(/række 99/);
    expect(fake.writes.length).toBe(writesBefore);
  });
});
