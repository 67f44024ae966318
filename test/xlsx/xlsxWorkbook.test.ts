import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip');
import { tmpdir } from 'os';
import { join } from 'path';
import { demoTables } from '../../src/demo/demoCaseload';
import { BORGERE, FORLØB, INDSTILLINGER, INPUT_TABLES, TIMER } from '../../src/workbook/contract';
import type { SheetModel } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';
import { WorkbookFileError, XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

// The demo (with its Historik: about 11,000 Historik_borgere rows) takes seconds on a loaded machine.
jest.setTimeout(120000);

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-xlsx-'));
const NAMES = INPUT_TABLES.map((t) => t.name);

test('demo tables written as real Excel tables read back identically (values) and to the same caseload', async () => {
  const tables = demoTables('2025-06-15');
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) wb.createTable(def, tables[def.name]?.rows ?? []);
  const file = join(dir, 'roundtrip.xlsx');
  await wb.save(file);

  // The file has real tables (ListObjects) with the contract's names.
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.readFile(file);
  expect(
    raw
      .getWorksheet('Borgere')!
      .getTables()
      .map((t) => (t as unknown as { table: { name: string } }).table.name),
  ).toEqual(['Borgere']);

  const back = await (await XlsxWorkbook.open(file)).readTables(NAMES);
  // A table the demo has no rows for (Indikatorer until the demo carries indicators) is written empty.
  const written = (def: (typeof INPUT_TABLES)[number]) =>
    tables[def.name] ?? { name: def.name, headers: def.columns.map((c) => c.header), rows: [] };
  for (const def of INPUT_TABLES) expect(back[def.name]).toEqual(written(def));
  expect(readCaseload(back)).toEqual(readCaseload(tables));
  expect(tables.Borgere.rows.length).toBeGreaterThan(400);
});

test('appendRows and updateCells on a reopened file extend the table and keep other rows', async () => {
  const wb = XlsxWorkbook.create();
  wb.createTable(TIMER, [['A', '2025-01', 5, 'Lønseddel']], ['Egen kolonne']);
  const file = join(dir, 'append.xlsx');
  await wb.save(file);
  const wb2 = await XlsxWorkbook.open(file);
  await wb2.appendRows('Timer', [{ 'Borger-ID': 'B', Måned: '2025-02', 'Ordinære timer': 7.5, 'egen kolonne': 'x' }]);
  await wb2.updateCells('Timer', [{ row: 1, column: 'Ordinære timer', value: 6 }]);
  await expect(wb2.updateCells('Timer', [{ row: 5, column: 'Måned', value: 'x' }])).rejects.toThrow(/ingen række 5/);
  await wb2.save(file);
  const t = (await (await XlsxWorkbook.open(file)).readTables(['Timer'])).Timer!;
  expect(t.headers).toEqual(['Borger-ID', 'Måned', 'Ordinære timer', 'Kilde', 'Egen kolonne']);
  expect(t.rows).toEqual([
    ['A', '2025-01', 6, 'Lønseddel', null],
    ['B', '2025-02', 7.5, null, 'x'],
  ]);
});

test('a new empty table gets its first appended row in the placeholder body row', async () => {
  const wb = XlsxWorkbook.create();
  const result = await wb.ensureInputTables([BORGERE, INDSTILLINGER]);
  expect(result.created).toEqual(['Borgere', 'Indstillinger']);
  const file = join(dir, 'empty.xlsx');
  await wb.save(file);
  const wb2 = await XlsxWorkbook.open(file);
  // The placeholder row is not data: read as no rows, as every adapter does (test/workbook/conformance.ts).
  expect((await wb2.readTables(['Indstillinger'])).Indstillinger!.rows).toEqual([]);
  await wb2.appendRows('Indstillinger', [{ Nøgle: 'Målregel', Værdi: 'fsm-rate3' }]);
  await wb2.appendRows('Indstillinger', [{ Nøgle: 'Deadline', Værdi: '2025-12' }]);
  expect((await wb2.readTables(['Indstillinger'])).Indstillinger!.rows).toEqual([
    ['Målregel', 'fsm-rate3'],
    ['Deadline', '2025-12'],
  ]);
});

test('ensureInputTables appends missing columns to an existing table without touching rows', async () => {
  const wb = XlsxWorkbook.create();
  wb.createTable({ ...FORLØB, columns: FORLØB.columns.slice(0, 5) }, [['A', 'Job', null, null, 45717]]);
  const result = await wb.ensureInputTables([FORLØB]);
  expect(result.upgraded).toEqual({
    Forløb: [
      'Slutdato',
      'Timer pr. uge',
      'Virksomhedskonsulent',
      'Note',
      'Opfølgning',
      'Afslutningsårsag',
      'Mål for forløbet',
      'Skriftlig aftale',
    ],
  });
  const file = join(dir, 'upgrade.xlsx');
  await wb.save(file);
  const t = (await (await XlsxWorkbook.open(file)).readTables(['Forløb'])).Forløb!;
  expect(t.headers).toEqual(FORLØB.columns.map((c) => c.header));
  expect(t.rows).toEqual([['A', 'Job', null, null, 45717, null, null, null, null, null, null, null, null]]);
});

test('output sheets render values, formats, conditional fills, freeze panes and page breaks; inputs stay', async () => {
  const tables = demoTables('2025-06-15');
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) wb.createTable(def, tables[def.name]?.rows ?? []);
  const model: SheetModel = {
    name: 'Overblik',
    values: [
      ['Titel', null],
      ['Andel', 0.375],
      ['=SUM(A1)', 'P'],
      ['Dato', 45717],
    ],
    formats: [
      { row: 1, col: 1, numberFormat: '0.0%', bold: true },
      { row: 3, col: 1, numberFormat: 'dd-mm-yyyy' },
    ],
    conditionalFills: [{ row: 2, col: 1, equals: 'P', fill: '#BDD7EE' }],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, rowBreaksBefore: [2] },
    columnWidths: [20, 12],
    charts: [{ type: 'line', title: 'x', data: { row: 0, col: 0, rows: 2, cols: 2 }, anchor: { row: 0, col: 3 } }],
  };
  await wb.writeOutputSheets([model]);
  await wb.writeOutputSheets([model]); // replacing works
  const file = join(dir, 'outputs.xlsx');
  await wb.save(file);
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.readFile(file);
  expect(raw.worksheets[0].name).toBe('Overblik'); // outputs come first
  const ws = raw.getWorksheet('Overblik')!;
  expect(ws.getCell('B2').value).toBe(0.375);
  expect(ws.getCell('B2').numFmt).toBe('0.0%');
  expect(ws.getCell('B2').font?.bold).toBe(true);
  expect(ws.getCell('A3').value).toBe('=SUM(A1)'); // formula-like text stays text
  expect(ws.getCell('A3').formula).toBeUndefined();
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  expect(ws.pageSetup.orientation).toBe('landscape');
  const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  expect(cf.map((c) => c.ref)).toEqual(['B3:B3']);
  // ExcelJS does not read page breaks back; check the sheet XML: a page starting at zero-based row 2
  // is a break after 1-based row 2.
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheetXml = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => f.startsWith('xl/worksheets/sheet'))
      .map((f) => zip.file(f)!.async('string')),
  );
  const breaks = sheetXml.map((x) => /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(x)?.[1]).filter(Boolean);
  expect(breaks).toHaveLength(1);
  expect(breaks[0]).toMatch(/<brk id="2"/);
  const back = await (await XlsxWorkbook.open(file)).readTables(INPUT_TABLES.map((t) => t.name));
  for (const def of INPUT_TABLES)
    expect(back[def.name]).toEqual(
      tables[def.name] ?? { name: def.name, headers: def.columns.map((c) => c.header), rows: [] },
    );
  await expect(wb.writeOutputSheets([{ name: 'Borgere' as never, values: [] }])).rejects.toThrow(
    /"Borgere" er ikke et af dem/,
  );
});

test('missing file and non-workbook files give Danish WorkbookFileErrors', async () => {
  await expect(XlsxWorkbook.open(join(dir, 'findes-ikke.xlsx'))).rejects.toThrow(/findes ikke/);
  const bad = join(dir, 'tekst.xlsx');
  writeFileSync(bad, 'dette er ikke en projektmappe');
  await expect(XlsxWorkbook.open(bad)).rejects.toBeInstanceOf(WorkbookFileError);
  await expect(XlsxWorkbook.open(bad)).rejects.toThrow(/kan ikke læses som en Excel-projektmappe/);
});

test('tables are read by name from their own range, wherever the user put them', async () => {
  const raw = new ExcelJS.Workbook();
  const ws = raw.addWorksheet('Mine borgere');
  ws.getCell('A1').value = 'Sagsstamme for Team Nord';
  ws.getCell('H5').value = 'ikke en del af tabellen';
  ws.addTable({
    name: 'Timer',
    ref: 'C3',
    headerRow: true,
    columns: [{ name: 'Måned' }, { name: 'Borger-ID' }, { name: 'Ordinære timer' }],
    rows: [
      [new Date(Date.UTC(2025, 2, 1)), 'A', 5],
      ['2025-04', { richText: [{ text: 'B' }, { text: '7' }] }, { formula: '2+3', result: 5 }],
    ],
  });
  const file = join(dir, 'placering.xlsx');
  await raw.xlsx.writeFile(file);
  const t = (await (await XlsxWorkbook.open(file)).readTables(['timer'])).timer!;
  expect(t).toEqual({
    name: 'Timer',
    headers: ['Måned', 'Borger-ID', 'Ordinære timer'],
    rows: [
      [45717, 'A', 5],
      ['2025-04', 'B7', 5],
    ],
  });
});

test('new input tables carry drop-down lists from the contract and date formats', async () => {
  const wb = XlsxWorkbook.create();
  await wb.ensureInputTables([BORGERE]);
  const file = join(dir, 'validering.xlsx');
  await wb.save(file);
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.readFile(file);
  const ws = raw.getWorksheet('Borgere')!;
  const col = (h: string) => BORGERE.columns.findIndex((c) => c.header === h) + 1;
  const målgruppe = ws.getCell(5, col('Målgruppe')).dataValidation;
  expect(målgruppe.type).toBe('list');
  expect(målgruppe.formulae[0]).toContain('Aktivitetsparat kontanthjælp');
  expect(ws.getCell(5, col('Parathed')).dataValidation.formulae[0]).toBe('"Klar,Tæt på,Længere fra"');
  expect(ws.getCell(5, col('Startdato')).numFmt).toBe('dd-mm-yyyy');
});
