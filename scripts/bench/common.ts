// What every part of `npm run bench:file` shares: the run's options, the synthetic jobcentre workbooks at
// 1× and 10× (made once per run), and measuring a command under GNU time (wall seconds, CPU seconds,
// peak resident memory). A part is a function of this context that returns its result lines.
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { generateCaseload } from '../../test/support/synthetic';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { caseloadToTables } from '../../src/workbook/toTables';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

export const ROOT = join(__dirname, '..', '..');
export const SOFFICE = '/usr/bin/soffice';
export const GNU_TIME = '/usr/bin/time';

export interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface BenchContext {
  /** A temporary folder for this run's files. */
  dir: string;
  /** `--quick`: 1× only. */
  quick: boolean;
  /** Alternating runs per measurement (the median is reported). */
  runs: number;
  /** The scales measured: [1] with --quick, else [1, 10]. */
  scales: number[];
  /** The workbook of `scale` × 5,700 citizens (made on first use). */
  workbook(scale: number): Promise<string>;
  /** Options after `--`, e.g. `--baseline <fremdrift.js>`. */
  args: readonly string[];
  /** Results parts leave for later parts (e.g. the floor's seconds for the read part's ratio). */
  shared: Map<string, number>;
}

/** Runs a command under GNU time; seconds are wall-clock, cpu is user + system, peak the maximum RSS. */
export function timed(cmd: string, args: readonly string[], cwd?: string): Run {
  const r = spawnSync(GNU_TIME, ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return {
    seconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN,
    cpuSeconds: user && sys ? Math.round((Number(user[1]) + Number(sys[1])) * 100) / 100 : NaN,
    peakMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export function median(xs: readonly number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function highest(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

export function ratio(a: number, b: number | null): number | null {
  return b ? Math.round((a / b) * 100) / 100 : null;
}

/** The machine's load when a figure was taken (1, 5 and 15 minute averages). */
export function loadAverage(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('fs').readFileSync('/proc/loadavg', 'utf8') as string).split(' ').slice(0, 3).join(' ');
  } catch {
    return 'ukendt';
  }
}

/**
 * A workbook of the benchmark's jobcentre: 5,700 citizens, 40,000 placements, 60,000 hours rows, times `scale`
 * (any scale, e.g. 100,000 / 5,700; counts rounded to whole rows).
 */
export async function makeWorkbook(file: string, scale: number): Promise<number> {
  const caseload = generateCaseload({
    citizens: Math.round(5700 * scale),
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
  return caseload.citizens.length;
}

/** LibreOffice's `--convert-to csv` of `file`, with a profile of its own (created by a first, unmeasured run). */
export function sofficeCsv(dir: string, file: string): Run {
  const profile = `file://${join(dir, 'lo-profile')}`;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', dir, file];
  if (!existsSync(join(dir, 'lo-profile'))) spawnSync(SOFFICE, args);
  return timed(SOFFICE, args);
}
