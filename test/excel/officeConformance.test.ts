// The Office.js adapter (OfficeWorkbook) against the shared WorkbookPort conformance suite, on the
// office-addin-mock model of Excel with Excel's own value handling switched on (a quote prefix is not
// part of the text; formula-like text written without it would be taken as a formula).
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { tableDef } from '../../src/workbook/contract';
import type { CellValue } from '../../src/workbook/port';
import { runConformance } from '../workbook/conformance';
import { FakeExcel } from './fakeExcel';

runConformance('OfficeWorkbook (Office.js on office-addin-mock)', async (seeds) => {
  const fake = new FakeExcel({ excelValues: true });
  for (const { table, sheet } of seeds) {
    fake.addTable(table.name, table.headers, table.rows.map((r) => r.map((v) => v ?? '')), sheet ?? tableDef(table.name)?.sheet ?? table.name);
  }
  const sheetValues = (name: string): CellValue[][] | undefined => {
    const s = fake.sheets.get(name);
    if (!s) return undefined;
    const out: CellValue[][] = [];
    for (const [at, v] of s.cells) {
      const [r, c] = at.split(',').map(Number);
      while (out.length <= r) out.push([]);
      while (out[r].length <= c) out[r].push(null);
      out[r][c] = v === '' ? null : v;
    }
    return out;
  };
  return {
    port: new OfficeWorkbook({ run: fake.run }),
    reopen: async () => ({ port: new OfficeWorkbook({ run: fake.run }), sheetValues }),
  };
});
