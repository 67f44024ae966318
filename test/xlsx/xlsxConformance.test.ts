// The .xlsx adapter (XlsxWorkbook) against the shared WorkbookPort conformance suite. Every check runs on
// the file as saved: it is opened again through the adapter, and output sheets are read back with
// ExcelJS directly, so a value stored as a formula instead of text shows up as one.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { tableDef, type TableDef } from '../../src/workbook/contract';
import type { CellValue } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { runConformance } from '../workbook/conformance';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-conformance-'));
let files = 0;

/** A cell as a reader sees it; anything that is not a plain value (a formula, rich text) is marked. */
function shown(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return `⚠ ikke en ren værdi: ${JSON.stringify(v)}`;
}

async function sheetValuesOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (name: string): CellValue[][] | undefined => {
    const ws = wb.getWorksheet(name);
    if (!ws) return undefined;
    const out: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) row.push(shown(ws.getCell(r, c).value));
      out.push(row);
    }
    return out;
  };
}

runConformance('XlsxWorkbook (ExcelJS)', async (seeds) => {
  const file = join(dir, `mappe-${++files}.xlsx`);
  const seed = XlsxWorkbook.create();
  for (const { table, sheet } of seeds) {
    const def = {
      name: table.name,
      sheet: sheet ?? tableDef(table.name)?.sheet ?? table.name,
      description: '',
      columns: table.headers.map((header) => ({
        header,
        field: header,
        type: 'text',
        required: false,
        description: '',
      })),
    } as unknown as TableDef;
    seed.createTable(def, table.rows);
  }
  await seed.save(file);
  const port = await XlsxWorkbook.open(file);
  return {
    port,
    reopen: async () => {
      await port.save(file);
      return { port: await XlsxWorkbook.open(file), sheetValues: await sheetValuesOf(file) };
    },
  };
});
