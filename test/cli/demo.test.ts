import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { demoCaseload } from '../../src/demo/demoCaseload';
import { INPUT_TABLES, OUTPUT_SHEETS } from '../../src/workbook/contract';
import { readCaseload } from '../../src/workbook/read';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { runCli, spawnCli } from './helpers';
// Afstemning (DOMAIN.md section 6) is one of Fremdrift's own sheets but is not rendered yet.
const RENDERED_SHEETS = OUTPUT_SHEETS;

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-demo-'));

test('`fremdrift demo` writes real tables and all outputs, and prints the Danish KPI summary', () => {
  const file = join(dir, 'demo.xlsx');
  const r = spawnCli(['demo', file, '--as-of', '2026-11-22']);
  // Progress on standard error, the summary alone on standard output.
  expect(r.stderr).toBe(`Beregner demo-jobcentret …\nGemmer ${file} …\n`);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Seneste måned \(november 2026\): \d+ af \d+ borgere = \d+,\d %/);
  expect(r.stdout).toMatch(/Status for målet: Målet er ikke nået/);
  expect(r.stdout).toMatch(/Tidligst opfyldt: \w+ \d{4}/);
  expect(r.stdout).toMatch(/Team Nord .* Team Syd .* Team Vest/s);
});

test('the demo workbook reads back to the demo caseload, and report --json agrees with the demo run', async () => {
  const file = join(dir, 'demo2.xlsx');
  const demo = await runCli(['demo', file, '--as-of', '2026-11-22', '--json']);
  expect(demo.code).toBe(0);
  const wb = await XlsxWorkbook.open(file);
  expect(wb.workbook.worksheets.map((w) => w.name)).toEqual([...RENDERED_SHEETS, ...INPUT_TABLES.map((t) => t.sheet)]);
  expect(readCaseload(await wb.readTables(INPUT_TABLES.map((t) => t.name)))).toEqual(demoCaseload('2026-11-22'));
  const report = await runCli(['report', file, '--json', '--as-of', '2026-11-22']);
  expect(report.code).toBe(0);
  expect(JSON.parse(report.stdout)).toEqual(JSON.parse(demo.stdout));
});

test('`fremdrift import` is delegated to the import command', () => {
  const r = spawnCli(['import']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/fremdrift import/);
});
