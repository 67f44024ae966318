// The import's .xlsx reader (the project's own zip and cell code, inflating with DecompressionStream as
// the browser does): openpyxl's absolute part paths, foreign drawings, and every cell kind an export
// holds, checked against a file ExcelJS wrote (an independent writer), plus the ways a file is refused.
import ExcelJS from 'exceljs';
import { readXlsxSource } from '../../src/import/xlsxSource';
import { readerProblemText } from '../../src/text/imports';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { makeEntry, writeZip } from '../../src/xlsx/zip';
import { foreignPartsWorkbook, openpyxlStyleWorkbook } from '../xlsx/fixtures/packages';
import { xlsxExport } from './xlsxExport';

const UNREADABLE = { code: 'xlsxUnreadable', params: {} };

async function table(bytes: Uint8Array, sheet?: string) {
  const r = await readXlsxSource(bytes, sheet);
  if (!r.ok) throw new Error(readerProblemText(r.problem));
  return r.table;
}

test('an openpyxl-style export (absolute part paths) is read for import', async () => {
  const t = await table(new Uint8Array(openpyxlStyleWorkbook()));
  expect(t.sheet).toBe('Ark1');
  expect(t.headers).toEqual(['Borger-ID', 'Navn', 'Timer']);
  expect(t.rows[0]).toEqual(['B-1', 'Rig tekst', 7]);
  expect(t.rows[1]).toEqual(['B-2', '#N/A', true]);
  // A formula without a cached value is empty; one with a cached value gives that value.
  expect(t.rows[2]).toEqual(['B-1', null, '#REF!']);
  expect(t.rows[3]).toEqual(['B-4', 'ok', 2.5]);
});

test('a sheet with a user chart, image and comments is read for import with the same values as the workbook reader', async () => {
  const bytes = await foreignPartsWorkbook();
  const grafer = await table(new Uint8Array(bytes), 'Grafer');
  expect(grafer.headers).toEqual(['Måned', 'Tal']);
  expect(grafer.rows).toEqual([
    ['jan', 1],
    ['feb', 2],
  ]);
  const borgere = await table(new Uint8Array(bytes), 'Borgere');
  const viaPort = (await XlsxWorkbook.fromBuffer(bytes).readTables(['Borgere'])).Borgere!;
  expect(borgere.headers).toEqual(viaPort.headers);
  expect(borgere.rows).toEqual(viaPort.rows);
});

test('every cell kind of an ExcelJS-written export reads as the CSV path would give it', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Forside').getCell('A1').value = 'ikke denne';
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Tekst', 'Tal', 'Dato', 'Sand', 'Fejl', 'Formel', 'Rig', 'Link']);
  ws.addRow([
    'Æblegrød & "citat"',
    1234.5,
    new Date(Date.UTC(2025, 1, 28)),
    true,
    { error: '#DIV/0!' },
    { formula: 'B2*2', result: 2469 },
    { richText: [{ text: 'fed ', font: { bold: true } }, { text: 'og tynd' }] },
    { text: 'jobnet', hyperlink: 'https://job.net' },
  ]);
  ws.addRow([]);
  ws.addRow(['efter tom række', 0, null, false]);
  ws.getCell('A9').style = { font: { bold: true } }; // formatting only, below the data
  const t = await table(new Uint8Array(await wb.xlsx.writeBuffer()), 'Data');
  expect(t.headers).toEqual(['Tekst', 'Tal', 'Dato', 'Sand', 'Fejl', 'Formel', 'Rig', 'Link']);
  expect(t.rows).toEqual([
    ['Æblegrød & "citat"', 1234.5, 45716, true, '#DIV/0!', 2469, 'fed og tynd', 'jobnet'],
    [null, null, null, null, null, null, null, null],
    ['efter tom række', 0, null, false, null, null, null, null],
  ]);
  // Without a sheet name the first sheet is read.
  expect((await table(new Uint8Array(await wb.xlsx.writeBuffer()))).headers).toEqual(['ikke denne']);
});

test('cells written without their own address keep their column, and a stored (uncompressed) part is read', async () => {
  const bytes = xlsxExport(
    '<row><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c></row>' +
      '<row><c><v>1</v></c><c r="B2"><v>2</v></c></row>' +
      '<row r="4"><c r="B4"><v>4</v></c></row>',
    { stored: true },
  );
  const t = await table(bytes);
  expect(t.headers).toEqual(['A', 'B']);
  expect(t.rows).toEqual([
    [1, 2],
    [null, null],
    [null, 4],
  ]);
});

test('a missing sheet names the sheets there are', async () => {
  const r = await readXlsxSource(xlsxExport('<row r="1"><c r="A1"><v>1</v></c></row>'), 'Borgere');
  expect(r).toEqual({ ok: false, problem: { code: 'noSuchSheet', params: { sheet: 'Borgere', sheets: ['Eksport'] } } });
  if (r.ok) return;
  expect(readerProblemText(r.problem)).toBe('Excel-filen har intet ark ved navn "Borgere" (ark: Eksport).');
  expect(readerProblemText(r.problem, 'en')).toBe('The Excel file has no sheet named "Borgere" (sheets: Eksport).');
});

test('an export whose sheet holds nothing is an empty file', async () => {
  expect(await readXlsxSource(xlsxExport(''))).toEqual({ ok: false, problem: { code: 'emptyFile', params: {} } });
});

test.each([
  ['a zip without a workbook', () => new Uint8Array(writeZip([makeEntry('a.txt', Buffer.from('hej'))]))],
  ['corrupt deflate data', () => corrupted(xlsxExport('<row r="1"><c r="A1"><v>1</v></c></row>'))],
  ['a part longer than its zip entry says', () => understated(xlsxExport('<row r="1"><c r="A1"><v>1</v></c></row>'))],
  ['the first bytes of a zip only', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0])],
])('%s is refused as unreadable', async (_, bytes) => {
  expect(await readXlsxSource(bytes())).toEqual({ ok: false, problem: UNREADABLE });
});

test('without DecompressionStream (an old browser) the user is told to save the export as CSV', async () => {
  const saved = globalThis.DecompressionStream;
  // @ts-expect-error removed for this test only, as in a browser that lacks it
  delete globalThis.DecompressionStream;
  try {
    const r = await readXlsxSource(xlsxExport('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect(r).toEqual({ ok: false, problem: { code: 'noInflate', params: {} } });
    if (!r.ok) expect(readerProblemText(r.problem)).toContain('gem eksporten som CSV');
  } finally {
    globalThis.DecompressionStream = saved;
  }
});

/** The worksheet entry's deflated bytes with their middle flipped. */
function corrupted(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const at = Buffer.from(copy).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
  for (let i = at; i < at + 40; i++) copy[i] ^= 0xff;
  return copy;
}

/** The worksheet's uncompressed size, as the central directory states it, lowered to 10 bytes. */
function understated(bytes: Uint8Array): Uint8Array {
  const copy = Buffer.from(bytes);
  const record = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  let p = copy.indexOf(record);
  while (!copy.subarray(p + 46, p + 46 + name.length).equals(name)) p = copy.indexOf(record, p + 4);
  copy.writeUInt32LE(10, p + 24);
  return new Uint8Array(copy);
}
