import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { workedExampleTables } from '../app/workedExample';
import { runCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-cons-'));

test('consolidate merges workbooks; a Borger-ID in two files is reported naming both and kept from the first', async () => {
  const nord = workedExampleTables();
  const syd = workedExampleTables();
  // Syd has its own citizens F and G, plus a second "A" whose placement must not follow into the merge.
  syd.Borgere.rows = [
    ['F', null, 'Andet', 'Team Syd', 'Lars', null, '01-12-2024', null, null, null, null, null, null, null, null],
    ['A', null, 'Andet', 'Team Syd', 'Lars', null, '01-12-2024', null, null, null, null, null, null, null, null],
    ['G', null, 'Andet', 'Team Syd', 'Lars', null, '01-12-2024', null, null, null, null, null, null, null, null],
  ];
  syd.Forløb.rows = [
    ['A', 'Job', null, null, '01-01-2025', null, null, null, null],
    ['F', 'Job', null, null, '01-01-2025', null, null, null, null],
  ];
  syd.Timer.rows = [];
  const a = join(dir, 'nord.xlsx');
  const b = join(dir, 'syd.xlsx');
  const out = join(dir, 'samlet.xlsx');
  await writeWorkbook(a, nord);
  await writeWorkbook(b, syd);
  const r = await runCli(['consolidate', a, b, '--out', out, '--as-of', '2025-03-31', '--json']);
  // Progress on standard error (file i of N), pure JSON on standard output (parsed below).
  expect(r.stderr.split('\n')).toEqual([
    `consolidate: fil 1 af 2: ${a} …`,
    `consolidate: fil 2 af 2: ${b} …`,
    'Beregner …',
    `Gemmer ${out} …`,
    '',
  ]);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  const dup = report.issues.filter((i: { column: string }) => i.column === 'Borger-ID');
  expect(dup).toHaveLength(1);
  expect(dup[0]).toMatchObject({ severity: 'error', table: 'Borgere', row: 2 });
  expect(dup[0].message).toMatch(/"A" findes både i nord\.xlsx \(række 1\) og i syd\.xlsx \(række 2\)/);
  // Nord's five plus F and G; A's Job from syd.xlsx did not follow, F's did.
  const mar = report.months.find((m: { month: string }) => m.month === '2025-03');
  expect(mar.gross).toBe(6);
  expect(mar.active).toBe(2); // C (hours) and F (job)
  const merged = await (await XlsxWorkbook.open(out)).readTables(['Borgere', 'Forløb']);
  expect(merged.Borgere!.rows.map((x) => x[0])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  expect(merged.Forløb!.rows.map((x) => `${x[0]} ${x[1]}`)).toEqual([
    'A Virksomhedspraktik',
    'B Løntilskud',
    'D Job',
    'E Nytteindsats',
    'F Job',
  ]);
  const wb = await XlsxWorkbook.open(out);
  expect(wb.workbook.getWorksheet('Datakvalitet')).toBeDefined();
});

test('consolidate requires --out', async () => {
  const r = await runCli(['consolidate', 'a.xlsx']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/--out/);
});
