import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { INPUT_TABLE_NAMES } from '../../src/app/refresh';
import { readCaseload } from '../../src/workbook/read';
import { measure } from '../../src/domain';
async function main() {
  const [none, closed] = process.argv.slice(2);
  const best: Record<string, number> = {};
  const t = (k: string, ms: number) => (best[k] = Math.min(best[k] ?? 1e9, Math.round(ms)));
  for (let k = 0; k < 6; k++) {
    for (const [label, f] of [['none', none], ['closed', closed]]) {
      const wb = await XlsxWorkbook.open(f);
      let s = performance.now();
      const base = await wb.readTables(INPUT_TABLE_NAMES.filter((n) => n !== 'Historik' && n !== 'Historik_borgere'));
      t(label + ' readTables base', performance.now() - s);
      s = performance.now();
      const h = await wb.readTables(['Historik']);
      t(label + ' readTables Historik', performance.now() - s);
      s = performance.now();
      const hb = await wb.readTables(['Historik_borgere']);
      t(label + ' readTables HB', performance.now() - s);
      const raw = { ...base, ...h, ...hb };
      s = performance.now();
      const c = readCaseload(raw);
      t(label + ' readCaseload', performance.now() - s);
      s = performance.now();
      measure(c, { asOf: '2026-12-04' });
      t(label + ' measure', performance.now() - s);
      s = performance.now();
      const c2 = readCaseload({ ...raw, Historik_borgere: null });
      t(label + ' readCaseload noHB', performance.now() - s);
      s = performance.now();
      measure(c2, { asOf: '2026-12-04' });
      t(label + ' measure noHB', performance.now() - s);
    }
  }
  console.log(best);
}
main();
