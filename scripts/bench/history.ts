// Issue 28: a month close must not slow every later read. Generates the 5,700-citizen benchmark workbook,
// times `fremdrift report --json` on it (CPU seconds, user + system, under GNU time), closes its months with
// `report --write`, and times the read again (`ratio`; `ratioTablesOnly` is the same tables without the
// output sheets --write renders); also the same closes kept in the older forms of Historik_borgere (v2: one
// row per citizen in the gross group per month; compact: one row per change), for comparison. With
// `--baseline <fremdrift.js>` an older CLI closes and reads its own copy in the same run, alternating with
// the rest (`baseline`). One JSON line with the load average; goal: ratio <= 1.1. A part of `npm run
// bench:file` (PARTS in scripts/bench-file.ts, on the driver's 1× workbook), or alone: `npm run
// bench:history [-- --runs N] [--baseline FILE]`.
import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import { loadAverage, timed, type BenchContext } from './common';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCaseload } from '../../test/support/synthetic';
import { changesOfFold } from '../../src/domain/closedHistory';
import { INPUT_TABLES, HISTORIK_BORGERE, HISTORIK_BORGERE_V2, type TableDef } from '../../src/workbook/contract';
import { caseloadToTables } from '../../src/workbook/toTables';
import { cellValueFor } from '../../src/workbook/cells';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { loadCaseload } from '../../src/app/refresh';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'fremdrift.js');

/** Runs a CLI (this checkout's, or a baseline bundle) under GNU time; CPU seconds (user + system). */
function cli(args: string[], bin = BIN): { seconds: number; cpuSeconds: number } {
  const r = timed(process.execPath, [bin, ...args, '--quiet']);
  if (r.status !== 0) throw new Error(`fremdrift ${args.join(' ')} fejlede: ${r.stderr.slice(0, 2000)}`);
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds };
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function writeWorkbook(file: string, tables: Record<string, RawTable>, only: readonly TableDef[]) {
  const wb = XlsxWorkbook.create();
  for (const def of only) {
    const t = tables[def.name];
    wb.createTable(
      { ...def, columns: def.columns.filter((c) => t.headers.includes(c.header)) },
      t.rows,
      t.headers.filter((h) => !def.columns.some((c) => c.header === h)),
    );
  }
  await wb.save(file);
}

/** The tables of `closedFile` alone (no output sheets), Historik_borgere as stored: like the file without closes. */
async function writeTablesOnly(closedFile: string, out: string) {
  const caseload = await loadCaseload(await XlsxWorkbook.open(closedFile));
  await writeWorkbook(out, caseloadToTables(caseload), INPUT_TABLES);
}

/**
 * An older form of the same closes: v2, every ClosedCitizen as its own row (no I målgruppe, no Parathed);
 * compact, a row per change. Historik_borgere written with the older columns.
 */
async function writeOlderForm(closedFile: string, out: string, form: 'v2' | 'compact') {
  const caseload = await loadCaseload(await XlsxWorkbook.open(closedFile));
  const tables = caseloadToTables(caseload);
  const columns = HISTORIK_BORGERE_V2.columns.filter(
    (c) => form === 'compact' || (c.header !== 'I målgruppe' && c.header !== 'Parathed'),
  );
  const items: object[] = form === 'v2' ? (caseload.closedCitizens ?? []) : changesOfFold(caseload.closedRows ?? []);
  tables.Historik_borgere = {
    name: HISTORIK_BORGERE.name,
    headers: columns.map((c) => c.header),
    rows: items.map((c) => columns.map((col) => cellValueFor(col, (c as Record<string, unknown>)[col.field]))),
  };
  const defs = INPUT_TABLES.map((d) => (d.name === HISTORIK_BORGERE.name ? HISTORIK_BORGERE_V2 : d));
  await writeWorkbook(out, tables, defs);
  return tables.Historik_borgere.rows.length;
}

/** Times `report --json` on each [file, CLI], alternating, `runs` times each; median CPU seconds. */
function timeReads(files: [string, string][], runs: number): number[] {
  const times = files.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    files.forEach(([f, bin], k) => times[k].push(cli(['report', f, '--json'], bin).cpuSeconds));
  return times.map(median);
}

/** `--baseline <fremdrift.js>` among the options, else null. */
function baselineOf(args: readonly string[]): string | null {
  const at = args.indexOf('--baseline');
  return at >= 0 && args[at + 1] ? args[at + 1] : null;
}

/** The bench:file part: on the driver's 1× workbook (a copy), one result line. */
export async function history(ctx: BenchContext): Promise<string[]> {
  const none = join(ctx.dir, 'historik-uden-lukning.xlsx');
  copyFileSync(await ctx.workbook(1), none);
  return [await measureHistory(ctx.dir, none, Math.max(ctx.runs, 3), baselineOf(ctx.args))];
}

/** Standalone: makes the benchmark workbook itself and prints the line. */
async function standalone(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fremdrift-bench-history-'));
  const none = join(dir, 'uden-lukning.xlsx');
  const caseload = generateCaseload({
    citizens: 5700,
    placements: 40_000,
    hoursRows: 60_000,
    months: 36,
    startMonth: '2023-01',
    teams: 8,
    caseworkersPerTeam: 14,
    seed: 42,
  });
  await writeWorkbook(none, caseloadToTables(caseload), INPUT_TABLES);
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5;
  console.log(await measureHistory(dir, none, runs, baselineOf(args)));
}

async function measureHistory(dir: string, none: string, runs: number, baseline: string | null): Promise<string> {
  const closed = join(dir, 'historik-lukket.xlsx');
  const v2 = join(dir, 'historik-lukket-v2.xlsx');
  const compact = join(dir, 'historik-lukket-kompakt.xlsx');
  const tablesOnly = join(dir, 'historik-lukket-kun-tabeller.xlsx');
  const baselineClosed = join(dir, 'historik-lukket-baseline.xlsx');
  copyFileSync(none, closed);
  cli(['report', none, '--json']); // builds dist-cli if a source is newer; not measured
  const write = cli(['report', closed, '--write']);
  const packedRows = (await (await XlsxWorkbook.open(closed)).readTables([HISTORIK_BORGERE.name]))[
    HISTORIK_BORGERE.name
  ]?.rows.length;
  const v2Rows = await writeOlderForm(closed, v2, 'v2');
  const compactRows = await writeOlderForm(closed, compact, 'compact');
  await writeTablesOnly(closed, tablesOnly);
  const files: [string, string][] = [
    [none, BIN],
    [closed, BIN],
    [tablesOnly, BIN],
    [compact, BIN],
    [v2, BIN],
  ];
  let baselineCloseCpu = NaN;
  if (baseline) {
    // The same workbook without Historik_borgere (an older CLI refuses the packed columns); it adds its own.
    const baselineNone = join(dir, 'uden-lukning-baseline.xlsx');
    const tables = caseloadToTables(await loadCaseload(await XlsxWorkbook.open(none)));
    await writeWorkbook(
      baselineNone,
      tables,
      INPUT_TABLES.filter((d) => d.name !== HISTORIK_BORGERE.name),
    );
    copyFileSync(baselineNone, baselineClosed);
    baselineCloseCpu = cli(['report', baselineClosed, '--write'], baseline).cpuSeconds;
    files.push([baselineNone, baseline], [baselineClosed, baseline]);
  }
  const load = [loadAverage()];
  // `closed` also holds the output sheets `--write` rendered; `tablesOnly` is the same tables without them.
  const [noneCpu, closedCpu, tablesOnlyCpu, compactCpu, v2Cpu, baseNone, baseClosed] = timeReads(files, runs);
  load.push(loadAverage());
  const size = (f: string) => readFileSync(f).length;
  return JSON.stringify({
    part: 'history',
    closeSeconds: round(write.seconds),
    closeCpuSeconds: round(write.cpuSeconds),
    historikBorgereRows: packedRows,
    compactFormRows: compactRows,
    v2FormRows: v2Rows,
    readCpuNoClose: round(noneCpu),
    readCpuClosed: round(closedCpu),
    readCpuClosedTablesOnly: round(tablesOnlyCpu),
    readCpuCompactForm: round(compactCpu),
    readCpuV2Form: round(v2Cpu),
    ratio: round(closedCpu / noneCpu, 2),
    ratioTablesOnly: round(tablesOnlyCpu / noneCpu, 2),
    ratioCompactForm: round(compactCpu / noneCpu, 2),
    ratioV2Form: round(v2Cpu / noneCpu, 2),
    ...(baseline
      ? {
          baseline: {
            closeCpuSeconds: round(baselineCloseCpu),
            readCpuNoClose: round(baseNone),
            readCpuClosed: round(baseClosed),
            ratio: round(baseClosed / baseNone, 2),
          },
        }
      : {}),
    bytes: {
      none: size(none),
      closed: size(closed),
      tablesOnly: size(tablesOnly),
      compact: size(compact),
      v2: size(v2),
    },
    runs,
    loadavg: load,
  });
}

if (require.main === module) {
  standalone().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
