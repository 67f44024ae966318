// Every valid workbook is read: absolute part paths (openpyxl), shared, rich and inline strings, a
// totals row, error cells and formulas without a cached value (reported by their real cause), and a
// workbook LibreOffice wrote with native charts and a drawing.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { refreshOutputs } from '../../src/app/refresh';
import { demoTables } from '../../src/demo/demoCaseload';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { readRect } from '../../src/xlsx/sheetCells';
import { openpyxlStyleWorkbook } from './fixtures/packages';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-read-'));
const SOFFICE = '/usr/bin/soffice';

test('an openpyxl-style package (absolute part paths) reads every kind of cell, and problems name their cause', async () => {
  const file = join(dir, 'openpyxl.xlsx');
  writeFileSync(file, openpyxlStyleWorkbook());
  const wb = await XlsxWorkbook.open(file);
  const t = (await wb.readTables(['data'])).data!;
  expect(t.name).toBe('Data');
  expect(t.headers).toEqual(['Borger-ID', 'Navn', 'Timer']);
  // The totals row is not data; the user's note below the table is not either.
  expect(t.rows).toEqual([
    ['B-1', 'Rig tekst', 7],
    ['B-2', '#N/A', true],
    ['B-1', null, '#REF!'],
    ['B-4', 'ok', 2.5],
  ]);
  expect(wb.cellProblems()).toEqual([
    { table: 'Data', row: 2, column: 'Navn', address: 'Ark1!B3', kind: 'error', detail: '#N/A' },
    {
      table: 'Data',
      row: 3,
      column: 'Navn',
      address: 'Ark1!B4',
      kind: 'no-cached-value',
      detail: 'VLOOKUP(A4,Andet!A:B,2,0)',
    },
    { table: 'Data', row: 3, column: 'Timer', address: 'Ark1!C4', kind: 'error', detail: '#REF!' },
  ]);
});

test('appending to a table with a totals row is refused in Danish; updating its cells works and keeps absolute paths readable', async () => {
  const file = join(dir, 'openpyxl-edit.xlsx');
  writeFileSync(file, openpyxlStyleWorkbook());
  const wb = await XlsxWorkbook.open(file);
  await expect(wb.appendRows('Data', [{ 'Borger-ID': 'B-9' }])).rejects.toThrow(/totalrække/);
  await wb.updateCells('Data', [{ row: 1, column: 'Timer', value: 8 }]);
  await wb.save(file);
  const back = (await (await XlsxWorkbook.open(file)).readTables(['Data'])).Data!;
  expect(back.rows[0]).toEqual(['B-1', 'Rig tekst', 8]);
  expect(back.rows[3]).toEqual(['B-4', 'ok', 2.5]);
});

test('a workbook LibreOffice saved, with native charts and a drawing, reads the same tables', async () => {
  if (!existsSync(SOFFICE)) {
    console.warn(
      'SPRUNGET OVER: LibreOffice (soffice) er ikke installeret; læsning af en LibreOffice-gemt projektmappe er ikke prøvet.',
    );
    return;
  }
  const wb = XlsxWorkbook.create();
  const tables = demoTables('2025-06-15');
  for (const def of INPUT_TABLES) wb.createTable(def, tables[def.name]?.rows ?? []);
  await refreshOutputs(wb, { asOf: '2025-06-15', now: new Date('2025-06-15T12:00:00Z') });
  const src = join(dir, 'fremdrift.xlsx');
  await wb.save(src);
  const outDir = join(dir, 'lo');
  const lo = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      src,
    ],
    { encoding: 'utf8', timeout: 180000 },
  );
  expect(lo.status).toBe(0);
  const loFile = join(outDir, 'fremdrift.xlsx');
  const loWb = await XlsxWorkbook.open(loFile);
  // LibreOffice kept the charts and the drawing that anchors them.
  expect(loWb.partNames().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(1);
  expect(loWb.partNames().some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);
  const names = INPUT_TABLES.map((t) => t.name);
  expect(await loWb.readTables(names)).toEqual(await (await XlsxWorkbook.open(src)).readTables(names));
  expect(readFileSync(loFile).length).toBeGreaterThan(0);
}, 240000);

test('a password-protected workbook and an old .xls file are each named as such, not as a broken file', () => {
  const cfb = Buffer.alloc(512);
  cfb.writeUInt32BE(0xd0cf11e0, 0);
  cfb.writeUInt32BE(0xa1b11ae1, 4);
  expect(() => XlsxWorkbook.fromBuffer(cfb, 'gammel.xlsx')).toThrow(/gammel binær Excel-fil \(\.xls\)/);
  // Office's encrypted OOXML is a CFB container too, told apart by its EncryptedPackage stream.
  const encrypted = Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')]);
  expect(() => XlsxWorkbook.fromBuffer(encrypted, 'hemmelig.xlsx')).toThrow(/beskyttet med adgangskode \(krypteret\)/);
});

test('cells without their own address (allowed by the format) are placed by position', () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c/><c t="b"><v>1</v></c></row></sheetData></worksheet>';
  expect(readRect(xml, [], 1, 1, 2, 2).values).toEqual([
    ['a', 2],
    [null, true],
  ]);
  const prefixed =
    '<x:worksheet xmlns:x="urn"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  expect(readRect(prefixed, ['delt'], 1, 1, 2, 2).values).toEqual([
    [null, null],
    [null, 'delt'],
  ]);
});
