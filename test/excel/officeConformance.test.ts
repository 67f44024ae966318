// The Office.js adapter (OfficeWorkbook) against the shared WorkbookPort conformance suite, on the
// strict Excel fake (test/excel/fakeExcel.ts): Excel's own value handling (a quote prefix is not part
// of the text; other strings are converted as if typed), payload limits and shape checks.
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { tableDef } from '../../src/workbook/contract';
import type { CellValue } from '../../src/workbook/port';
import { runConformance } from '../workbook/conformance';
import { FakeExcel } from './fakeExcel';

runConformance('OfficeWorkbook (Office.js on strict Excel fake)', async (seeds) => {
  const fake = new FakeExcel();
  for (const { table, sheet } of seeds) {
    fake.addTable(
      table.name,
      table.headers,
      table.rows.map((r) => r.map((v) => v ?? '')),
      sheet ?? tableDef(table.name)?.sheet ?? table.name,
    );
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
    port: new OfficeWorkbook({ run: fake.run, supports: fake.supports }),
    reopen: async () => ({ port: new OfficeWorkbook({ run: fake.run, supports: fake.supports }), sheetValues }),
  };
});
