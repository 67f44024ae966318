// The write path's figures for `npm run bench:file` (issues 26-28): `fremdrift report --write` on the
// benchmark workbook at 1× (5,700 citizens) and 10× (57,000), first run (closes the due months) and a
// second run (nothing to close), and `fremdrift import` of 100,000 CSV rows into Borgere of an empty
// workbook. Each is one process under GNU time: wall seconds, CPU seconds (user + system), peak RSS.
// Goals: --write <= 3 s CPU at 1× and <= 30 s at 10×, <= 250 / 800 MB; import <= 6 s and <= 400 MB.
// `writeBench()` returns the result lines (one JSON object each); run alone it prints them:
//   node -r tsx/cjs scripts/bench/write.ts [--scales 1,10] [--citizens-100k]
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCaseload } from '../../test/support/synthetic';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { caseloadToTables } from '../../src/workbook/toTables';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'fremdrift.js');

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  ok: boolean;
  stderr: string;
}

/** One process under GNU time -v. */
function timed(args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const num = (re: RegExp) => Number(re.exec(r.stderr)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  return {
    seconds,
    cpuSeconds: Math.round(cpu * 100) / 100,
    peakMB: Math.round(num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024),
    ok: r.status === 0,
    stderr: r.stderr.slice(-2000),
  };
}

/** The benchmark caseload (5,700 citizens, 40,000 placements, 60,000 hours rows, 36 months) times `scale`. */
async function benchmarkWorkbook(file: string, scale: number, citizens = Math.round(5700 * scale)): Promise<void> {
  const caseload = generateCaseload({
    citizens,
    placements: Math.round(40_000 * scale),
    hoursRows: Math.round(60_000 * scale),
    months: 36,
    startMonth: '2023-01',
    teams: 8,
    caseworkersPerTeam: 14,
    seed: 42,
  });
  const tables = caseloadToTables(caseload);
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) {
    const t = tables[def.name];
    wb.createTable(
      { ...def, columns: def.columns.filter((c) => t.headers.includes(c.header)) },
      t.rows,
      t.headers.filter((h) => !def.columns.some((c) => c.header === h)),
    );
  }
  await wb.save(file);
}

/** 100,000 citizens as a case system's CSV export (semicolons, Danish dates). */
function citizensCsv(file: string, rows: number): void {
  const groups = ['Aktivitetsparat kontanthjælp', 'Jobparat kontanthjælp', 'Ressourceforløb'];
  const readiness = ['Klar', 'Tæt på', 'Længere fra'];
  const lines = ['Borger-ID;Navn;Målgruppe;Team;Sagsbehandler;Virksomhedskonsulent;Startdato;Parathed;CV;Opdateret'];
  for (let i = 1; i <= rows; i++) {
    const date = `${String((i % 28) + 1).padStart(2, '0')}-0${(i % 9) + 1}-2024`;
    lines.push(
      `C${String(i).padStart(6, '0')};N${i % 997};${groups[i % 3]};Team ${(i % 8) + 1};Sagsbehandler ${(i % 8) + 1}.${(i % 14) + 1};Konsulent ${(i % 8) + 1}.${(i % 3) + 1};${date};${readiness[i % 3]};${i % 2 ? 'Ja' : 'Nej'};01-11-2025`,
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

function line(fields: Record<string, unknown>, m: Measured): string {
  const { seconds, cpuSeconds, peakMB, ok } = m;
  return JSON.stringify({ ...fields, seconds, cpuSeconds, peakMB, ok, load: loadAverage() });
}

function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

export interface WriteBenchOptions {
  scales?: readonly number[];
  /** Also `report --write` on a 100,000-citizen workbook (placements and hours scaled alike). */
  citizens100k?: boolean;
  dir?: string;
}

/** Runs the write-path measurements; one JSON line per measurement. */
export async function writeBench(options: WriteBenchOptions = {}): Promise<string[]> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'fremdrift-bench-write-'));
  const out: string[] = [];
  const runs: { label: string; scale: number; citizens?: number }[] = (options.scales ?? [1, 10]).map((scale) => ({
    label: `${scale}x`,
    scale,
  }));
  if (options.citizens100k) runs.push({ label: '100k', scale: 100_000 / 5700, citizens: 100_000 });
  for (const run of runs) {
    const source = join(dir, `bench-${run.label}.xlsx`);
    await benchmarkWorkbook(source, run.scale, run.citizens);
    const file = join(dir, `write-${run.label}.xlsx`);
    copyFileSync(source, file);
    for (const pass of ['first', 'second']) {
      const m = timed([BIN, 'report', file, '--write', '--quiet']);
      out.push(line({ measure: 'report --write', scale: run.label, pass }, m));
      if (!m.ok) {
        out.push(JSON.stringify({ measure: 'report --write', scale: run.label, pass, error: m.stderr }));
        break;
      }
    }
  }
  const csv = join(dir, 'borgere-100k.csv');
  citizensCsv(csv, 100_000);
  const target = join(dir, 'import-target.xlsx');
  const empty = XlsxWorkbook.create();
  await empty.ensureInputTables(INPUT_TABLES);
  await empty.save(target);
  const m = timed([BIN, 'import', csv, '--into', target, '--table', 'Borgere', '--quiet']);
  out.push(line({ measure: 'import', rows: 100_000, table: 'Borgere' }, m));
  if (!m.ok) out.push(JSON.stringify({ measure: 'import', error: m.stderr }));
  return out;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--scales');
  const scales = at >= 0 ? args[at + 1].split(',').map(Number) : undefined;
  writeBench({ scales, citizens100k: args.includes('--citizens-100k') }).then(
    (lines) => lines.forEach((l) => console.log(l)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
