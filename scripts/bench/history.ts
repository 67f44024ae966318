// Issue 28: a month close must not slow every later read. Generates the 5,700-citizen benchmark workbook,
// times `fremdrift report --json` on it, closes its 36 months with `report --write`, and times the read
// again (`ratio`; `ratioTablesOnly` is the same tables without the output sheets --write renders); also the
// same closes kept in the v2 form (one Historik_borgere row per citizen in the gross group per month), for
// comparison. One JSON line with the load average; goal: ratio <= 1.1. A part of `npm run bench:file`
// (PARTS in scripts/bench-file.ts, on the driver's 1× workbook), or alone: `npm run bench:history`.
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import type { BenchContext } from './common';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCaseload } from '../../test/support/synthetic';
import { INPUT_TABLES, HISTORIK_BORGERE, type TableDef } from '../../src/workbook/contract';
import { caseloadToTables } from '../../src/workbook/toTables';
import { cellValueFor } from '../../src/workbook/cells';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { loadCaseload } from '../../src/app/refresh';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'fremdrift.js');

function cli(args: string[]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`fremdrift ${args.join(' ')} fejlede: ${r.stderr.slice(0, 2000)}`);
  return { seconds, stdout: r.stdout };
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

/** The v2 form of the same closes: every ClosedCitizen as its own row, without the compact columns. */
async function writeV2Form(closedFile: string, out: string) {
  const caseload = await loadCaseload(await XlsxWorkbook.open(closedFile));
  const tables = caseloadToTables({ ...caseload, closedCitizens: [] });
  const v2 = HISTORIK_BORGERE.columns.filter((c) => c.header !== 'I målgruppe' && c.header !== 'Parathed');
  tables.Historik_borgere = {
    name: HISTORIK_BORGERE.name,
    headers: v2.map((c) => c.header),
    rows: (caseload.closedCitizens ?? []).map((c) =>
      v2.map((col) => cellValueFor(col, (c as unknown as Record<string, unknown>)[col.field])),
    ),
  };
  await writeWorkbook(out, tables, INPUT_TABLES);
  return tables.Historik_borgere.rows.length;
}

/** Times `report --json` on each file, alternating, `runs` times each; medians in seconds. */
function timeReads(files: string[], runs: number): number[] {
  const times = files.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) files.forEach((f, k) => times[k].push(cli(['report', f, '--json']).seconds));
  return times.map(median);
}

/** The bench:file part: on the driver's 1× workbook (a copy), one result line. */
export async function history(ctx: BenchContext): Promise<string[]> {
  const none = join(ctx.dir, 'historik-uden-lukning.xlsx');
  copyFileSync(await ctx.workbook(1), none);
  return [await measureHistory(ctx.dir, none, Math.max(ctx.runs, 3))];
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
  console.log(await measureHistory(dir, none, 5));
}

async function measureHistory(dir: string, none: string, runs: number): Promise<string> {
  const closed = join(dir, 'historik-lukket.xlsx');
  const v2 = join(dir, 'historik-lukket-v2.xlsx');
  const tablesOnly = join(dir, 'historik-lukket-kun-tabeller.xlsx');
  copyFileSync(none, closed);
  cli(['report', none, '--json']); // builds dist-cli if a source is newer; not measured
  const write = cli(['report', closed, '--write']);
  const closedRows = (await XlsxWorkbook.open(closed)).readTables([HISTORIK_BORGERE.name]);
  const compactRows = (await closedRows)[HISTORIK_BORGERE.name]?.rows.length ?? 0;
  const v2Rows = await writeV2Form(closed, v2);
  await writeTablesOnly(closed, tablesOnly);
  // `closed` also holds the output sheets `--write` rendered; `tablesOnly` is the same tables without them.
  const [noneSeconds, closedSeconds, tablesOnlySeconds, v2Seconds] = timeReads([none, closed, tablesOnly, v2], runs);
  const size = (f: string) => readFileSync(f).length;
  return JSON.stringify({
    part: 'history',
    closeSeconds: round(write.seconds),
    historikBorgereRows: compactRows,
    v2FormRows: v2Rows,
    readSecondsNoClose: round(noneSeconds),
    readSecondsClosed: round(closedSeconds),
    readSecondsClosedTablesOnly: round(tablesOnlySeconds),
    readSecondsV2Form: round(v2Seconds),
    ratio: round(closedSeconds / noneSeconds, 2),
    ratioTablesOnly: round(tablesOnlySeconds / noneSeconds, 2),
    ratioV2Form: round(v2Seconds / noneSeconds, 2),
    bytes: { none: size(none), closed: size(closed), tablesOnly: size(tablesOnly), v2: size(v2) },
    runs,
    loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
  });
}

if (require.main === module) {
  standalone().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
