// Formula injection through the ExcelJS adapter: text that starts like a formula is written and read
// back as a string, and the saved file holds it as a string cell, never as a <f> formula element.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const INJECTIONS = [
  '=1+1',
  '+45 12',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=cmd',
  '\r=cmd',
  '=HYPERLINK("http://evil.example","klik")',
];

describe('formula-like text through XlsxWorkbook', () => {
  test('appendRows + updateCells + save + reopen: every value is a string cell, no formula', async () => {
    const wb = XlsxWorkbook.create();
    await wb.ensureInputTables([BORGERE]);
    await wb.appendRows(
      'Borgere',
      INJECTIONS.map((text, i) => ({ 'Borger-ID': `F${i}`, Navn: text, Team: 'Nord' })),
    );
    await wb.updateCells('Borgere', [{ row: 1, column: 'Næste skridt', value: '=WEBSERVICE("x")' }]);
    const buffer = await wb.toBuffer();

    const path = join(mkdtempSync(join(tmpdir(), 'fremdrift-formula-')), 'f.xlsx');
    writeFileSync(path, buffer);
    const back = (await (await XlsxWorkbook.open(path)).readTables(['Borgere'])).Borgere!;
    const navn = back.headers.indexOf('Navn');
    // XML turns a bare carriage return into a line feed when the file is read; the text stays text.
    expect(back.rows.map((r) => r[navn])).toEqual(INJECTIONS.map((t) => t.replace(/\r/g, '\n')));
    expect(back.rows[0][back.headers.indexOf('Næste skridt')]).toBe('=WEBSERVICE("x")');

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = raw.getWorksheet('Borgere')!;
    for (let r = 2; r < 2 + INJECTIONS.length; r++) {
      const cell = sheet.getCell(r, navn + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }

    const zip = await JSZip.loadAsync(buffer);
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheetFiles.length).toBeGreaterThan(0);
    for (const f of sheetFiles) expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
  });
});
