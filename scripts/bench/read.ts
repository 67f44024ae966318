// `npm run bench:file` part: `fremdrift report <file> --json` at each scale against LibreOffice's
// `--convert-to csv` of the same file and against the parse floor (floor.ts, run before this part):
// median wall and CPU seconds of alternating runs, highest peak memory. Goals (issue 26): ratio to
// LibreOffice <= 0.5, to the floor <= 2, peak <= 250 MB at 1× and <= 800 MB at 10×.
// `-- --baseline <fremdrift.js>` measures an older CLI bundle beside it in the same runs (before/after).
import { existsSync } from 'fs';
import { join } from 'path';
import {
  hasGnuTime,
  highest,
  median,
  ratio,
  ROOT,
  SOFFICE,
  sofficeCsv,
  timed,
  type BenchContext,
  type Run,
} from './common';

const PEAK_GOAL_MB: Record<number, number> = { 1: 250, 10: 800 };

function summary(runs: readonly Run[]) {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakMB: highest(runs.map((r) => r.peakMB)),
  };
}

export async function read(ctx: BenchContext): Promise<string[]> {
  if (!hasGnuTime()) return [JSON.stringify({ part: 'read', skipped: '/usr/bin/time mangler (apt-get install time)' })];
  const at = ctx.args.indexOf('--baseline');
  const baseline = at >= 0 ? ctx.args[at + 1] : undefined;
  const hasSoffice = existsSync(SOFFICE);
  const lines: string[] = [];
  if (!hasSoffice)
    lines.push(JSON.stringify({ part: 'read', note: 'LibreOffice (soffice) mangler; kun Fremdrift er målt' }));
  const cli = join(ROOT, 'bin', 'fremdrift.js');
  for (const scale of ctx.scales) {
    const file = await ctx.workbook(scale);
    const ours: Run[] = [];
    const before: Run[] = [];
    const lo: Run[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const r = timed(process.execPath, [cli, 'report', file, '--json', '--quiet']);
      if (r.status !== 0) throw new Error(`fremdrift report fejlede: ${r.stderr.slice(0, 2000)}`);
      ours.push(r);
      if (baseline) before.push(timed(process.execPath, [baseline, 'report', file, '--json', '--quiet']));
      if (hasSoffice) lo.push(sofficeCsv(ctx.dir, file));
    }
    const fremdrift = summary(ours);
    const soffice = hasSoffice ? summary(lo) : null;
    const floorCpu = ctx.shared.get(`floor.cpu.${scale}`) ?? null;
    lines.push(
      JSON.stringify({
        part: 'read',
        scale,
        fremdrift,
        ...(baseline ? { baseline: summary(before) } : {}),
        soffice,
        ratioToSoffice: ratio(fremdrift.seconds, soffice?.seconds ?? null),
        ratioToSofficeCpu: ratio(fremdrift.cpuSeconds, soffice?.cpuSeconds ?? null),
        ratioToFloorCpu: ratio(fremdrift.cpuSeconds, floorCpu),
        peakGoalMB: PEAK_GOAL_MB[scale] ?? null,
      }),
    );
  }
  return lines;
}
