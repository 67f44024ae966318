// `npm run bench:export`: how long `fremdrift export` (Fremdrift-udtræk v1, issue 25) takes for ten
// 5,700-citizen workbooks (40,000 placements, 60,000 hours rows, 36 months each, as bench:file), through the
// real bin, under /usr/bin/time -v when it is there. Measures the aggregate Parquet export, the aggregate CSV
// export and the citizen-level Parquet export, one run each (wall-clock and CPU seconds, peak MB, output MB),
// and prints one JSON line.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCaseload } from '../test/support/synthetic';
import { INPUT_TABLES } from '../src/workbook/contract';
import { caseloadToTables } from '../src/workbook/toTables';
import { XlsxWorkbook } from '../src/xlsx/xlsxWorkbook';

const ROOT = join(__dirname, '..');
const WORKBOOKS = 10;
const CITIZENS = 5700;
const AS_OF = '2025-12-15';

async function makeWorkbook(file: string, w: number): Promise<void> {
  const caseload = generateCaseload({
    citizens: CITIZENS,
    placements: 40_000,
    hoursRows: 60_000,
    months: 36,
    startMonth: '2023-01',
    teams: 8,
    caseworkersPerTeam: 14,
    seed: 42 + w,
  });
  const tables = caseloadToTables(caseload);
  tables.Indstillinger.rows.push(
    ['Kommunekode', w < 5 ? '101' : '751'],
    ['Projektmappe-ID', `bench-${w}`],
    ['Pseudonymnøgle', 'bænkens nøgle, ikke hemmelig'],
  );
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) {
    const t = tables[def.name];
    wb.createTable({ ...def, columns: def.columns.filter((c) => t.headers.includes(c.header)) }, t.rows);
  }
  await wb.save(file);
}

/** Wall-clock seconds and (under GNU time) CPU seconds and peak resident MB of one CLI run. */
function timed(args: string[]): { seconds: number; cpuSeconds: number | null; peakMB: number | null } {
  const cli = [join(ROOT, 'bin', 'fremdrift.js'), ...args];
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli], { encoding: 'utf8' })
    : spawnSync(process.execPath, cli, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`fremdrift export fejlede: ${r.stderr.slice(0, 2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  return {
    seconds: Math.round(seconds * 100) / 100,
    // On a shared machine wall-clock time includes waiting for a core; CPU time is the export's own work.
    cpuSeconds: user && system ? Math.round((Number(user[1]) + Number(system[1])) * 100) / 100 : null,
    peakMB: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'fremdrift-bench-export-'));
  const files = Array.from({ length: WORKBOOKS }, (_, w) => join(dir, `team${w}.xlsx`));
  for (const [w, file] of files.entries()) await makeWorkbook(file, w);
  // The first run also builds the CLI bundle when it is stale; it is not measured.
  timed(['export', files[0], '--out', join(dir, 'opvarmning'), '--as-of', AS_OF, '--quiet']);
  const runs: Record<string, unknown> = {};
  const variants: [string, string[]][] = [
    ['aggregateParquet', []],
    ['aggregateCsv', ['--format', 'csv']],
    ['citizenParquet', ['--level', 'citizen']],
  ];
  for (const [name, extra] of variants) {
    const out = join(dir, name);
    const r = timed(['export', ...files, '--out', out, '--as-of', AS_OF, '--quiet', ...extra]);
    runs[name] = { ...r, outputMB: Math.round((folderBytes(out) / 1e6) * 10) / 10 };
  }
  console.log(JSON.stringify({ bench: 'export', workbooks: WORKBOOKS, citizensEach: CITIZENS, months: 36, ...runs }));
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
