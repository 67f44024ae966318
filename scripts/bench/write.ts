// `npm run bench:file` part: the write path (issues 26-28). `fremdrift report --write` on the benchmark
// workbook at each scale, on a fresh copy (the first run closes the due months, 36 at the benchmark's
// dates) and again on the written file (nothing left to close), and `fremdrift import` of 100,000 CSV
// rows into Borgere of an empty workbook. Each is one process under GNU time: wall seconds, CPU seconds
// (user + system), peak RSS; median of `--runs` runs at 1× (one run at 10×, which takes minutes).
// Goals: --write <= 3 s CPU at 1× and <= 30 s at 10×, <= 250 / 800 MB; import <= 6 s and <= 400 MB.
// `-- --citizens-100k` also writes a 100,000-citizen workbook (placements and hours scaled alike).
import { copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import {
  hasGnuTime,
  highest,
  loadAverage,
  makeWorkbook,
  median,
  ROOT,
  timed,
  type BenchContext,
  type Run,
} from './common';

const BIN = join(ROOT, 'bin', 'fremdrift.js');

const GOALS: Record<string, { cpuSeconds: number; peakMB: number }> = {
  '1x': { cpuSeconds: 3, peakMB: 250 },
  '10x': { cpuSeconds: 30, peakMB: 800 },
  '100k': { cpuSeconds: NaN, peakMB: 800 },
  import: { cpuSeconds: 6, peakMB: 400 },
};

/** Citizens as a case system's CSV export (semicolons, Danish dates). */
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

function summary(fields: Record<string, unknown>, goal: string, runs: readonly Run[]): string {
  const failed = runs.find((r) => r.status !== 0);
  const figures = {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakMB: highest(runs.map((r) => r.peakMB)),
  };
  const g = GOALS[goal];
  return JSON.stringify({
    part: 'write',
    ...fields,
    ...figures,
    runs: runs.length,
    goalCpuSeconds: Number.isNaN(g.cpuSeconds) ? null : g.cpuSeconds,
    goalPeakMB: g.peakMB,
    ok: !failed,
    ...(failed ? { error: failed.stderr.slice(-1500) } : {}),
    loadAverage: loadAverage(),
  });
}

/** `report --write` on fresh copies of `source`: the first run (closing) and a second on its result. */
function writeRuns(ctx: BenchContext, label: string, source: string, runs: number): string[] {
  const first: Run[] = [];
  const second: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const file = join(ctx.dir, `write-${label}-${i}.xlsx`);
    copyFileSync(source, file);
    first.push(timed(process.execPath, [BIN, 'report', file, '--write', '--quiet']));
    second.push(timed(process.execPath, [BIN, 'report', file, '--write', '--quiet']));
  }
  return [
    summary({ measure: 'report --write', scale: label, pass: 'first (closes months)' }, label, first),
    summary({ measure: 'report --write', scale: label, pass: 'second' }, label, second),
  ];
}

export async function write(ctx: BenchContext): Promise<string[]> {
  if (!hasGnuTime())
    return [JSON.stringify({ part: 'write', skipped: '/usr/bin/time mangler (apt-get install time)' })];
  const lines: string[] = [];
  for (const scale of ctx.scales) {
    const source = await ctx.workbook(scale);
    for (const l of writeRuns(ctx, `${scale}x`, source, scale === 1 ? ctx.runs : 1)) lines.push(l);
  }
  if (ctx.args.includes('--citizens-100k')) {
    const source = join(ctx.dir, 'jobcenter-100k.xlsx');
    await makeWorkbook(source, 100_000 / 5700);
    for (const l of writeRuns(ctx, '100k', source, 1)) lines.push(l);
  }
  const csv = join(ctx.dir, 'borgere-100k.csv');
  citizensCsv(csv, 100_000);
  const target = join(ctx.dir, 'import-target.xlsx');
  const empty = XlsxWorkbook.create();
  await empty.ensureInputTables(INPUT_TABLES);
  await empty.save(target);
  const imports: Run[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const file = join(ctx.dir, `import-${i}.xlsx`);
    copyFileSync(target, file);
    imports.push(timed(process.execPath, [BIN, 'import', csv, '--into', file, '--table', 'Borgere', '--quiet']));
  }
  lines.push(summary({ measure: 'import', rows: 100_000, table: 'Borgere' }, 'import', imports));
  return lines;
}
