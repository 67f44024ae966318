// An .xlsx export that ExcelJS alone cannot load (openpyxl's absolute part paths; a sheet with a
// chart, an image and comments) is still read for import, with the same values as our own reader gives.
import ExcelJS from 'exceljs';
import { readXlsxSource } from '../../src/import/xlsxSource';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { foreignPartsWorkbook, openpyxlStyleWorkbook } from './fixtures/packages';

test('an openpyxl-style export (absolute part paths) is read for import', async () => {
  const bytes = openpyxlStyleWorkbook();
  // Why the repair exists: ExcelJS 4.4 on its own fails on this valid package.
  await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
  const r = await readXlsxSource(new Uint8Array(bytes));
  if (!r.ok) throw new Error(r.message);
  expect(r.table.sheet).toBe('Ark1');
  expect(r.table.headers).toEqual(['Borger-ID', 'Navn', 'Timer']);
  expect(r.table.rows[0]).toEqual(['B-1', 'Rig tekst', 7]);
  expect(r.table.rows[1]).toEqual(['B-2', '#N/A', true]);
});

test('a sheet with a user chart, image and comments is read for import with the same values as the workbook reader', async () => {
  const bytes = await foreignPartsWorkbook();
  const r = await readXlsxSource(new Uint8Array(bytes), 'Grafer');
  if (!r.ok) throw new Error(r.message);
  expect(r.table.headers).toEqual(['Måned', 'Tal']);
  expect(r.table.rows).toEqual([
    ['jan', 1],
    ['feb', 2],
  ]);
  const borgere = await readXlsxSource(new Uint8Array(bytes), 'Borgere');
  if (!borgere.ok) throw new Error(borgere.message);
  const viaPort = (await XlsxWorkbook.fromBuffer(bytes).readTables(['Borgere'])).Borgere!;
  expect(borgere.table.headers).toEqual(viaPort.headers);
  expect(borgere.table.rows.length).toBe(viaPort.rows.length);
});
