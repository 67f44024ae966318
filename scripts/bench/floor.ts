// `npm run bench:file` part: the parse floor (floorPass.ts, bundled by esbuild so it starts like the CLI,
// without tsx) at each scale — seconds, CPU seconds and peak memory. Leaves its CPU seconds in the
// context for the read part's ratio (goal: `report --json` at most 2× the floor).
import { buildSync } from 'esbuild';
import { join } from 'path';
import { floorPass } from './floorPass';
import { hasGnuTime, highest, median, timed, type BenchContext } from './common';

export async function floor(ctx: BenchContext): Promise<string[]> {
  if (!hasGnuTime())
    return [JSON.stringify({ part: 'floor', skipped: '/usr/bin/time mangler (apt-get install time)' })];
  const bundle = join(ctx.dir, 'floor.js');
  buildSync({
    entryPoints: [join(__dirname, 'floorPass.ts')],
    bundle: true,
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const lines: string[] = [];
  for (const scale of ctx.scales) {
    const file = await ctx.workbook(scale);
    const runs = [];
    for (let i = 0; i < ctx.runs; i++) runs.push(timed(process.execPath, [bundle, file]));
    const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
    // The pass alone, in this process (no start-up), for comparison with the CLI's own phases.
    const t0 = performance.now();
    floorPass(file);
    const passSeconds = Math.round(performance.now() - t0) / 1000;
    ctx.shared.set(`floor.cpu.${scale}`, cpuSeconds);
    lines.push(
      JSON.stringify({
        part: 'floor',
        scale,
        seconds: median(runs.map((r) => r.seconds)),
        cpuSeconds,
        passSeconds,
        peakMB: highest(runs.map((r) => r.peakMB)),
        values: Number(runs[0].stdout.trim()),
      }),
    );
  }
  return lines;
}
