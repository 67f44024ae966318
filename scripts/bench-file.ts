// `npm run bench:file`: the file path's speed and memory (issue 26), in one run. The driver makes the
// synthetic jobcentre workbooks (5,700 citizens, 40,000 placements, 60,000 hours rows, 36 months; and 10×
// that) once, then runs each part in PARTS in order; every part (scripts/bench/<part>.ts) returns result
// lines (one JSON object each), printed as they come. The load average is printed first and last, since
// the machine may be shared. Options: `--quick` (1× only), `--runs N` (alternating runs per figure,
// default 3), `--baseline <fremdrift.js>` (an older CLI bundle measured beside, for before/after),
// `--compare-exceljs` (ExcelJS read and round trip, and parts kept).
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadAverage, makeWorkbook, type BenchContext } from './bench/common';
import { exceljs, exceljsChild } from './bench/exceljs';
import { floor } from './bench/floor';
import { history } from './bench/history';
import { read } from './bench/read';
import { write } from './bench/write';

/** The parts, in the order they run. One line each; add a part by appending it. */
const PARTS: { name: string; run: (ctx: BenchContext) => Promise<string[]> }[] = [
  { name: 'floor', run: floor },
  { name: 'read', run: read },
  { name: 'exceljs', run: exceljs },
  { name: 'history', run: history },
  { name: 'write', run: write },
];

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return exceljsChild(args[1], args[2]);
  const quick = args.includes('--quick');
  const runsAt = args.indexOf('--runs');
  const dir = mkdtempSync(join(tmpdir(), 'fremdrift-bench-file-'));
  const made = new Map<number, Promise<string>>();
  const ctx: BenchContext = {
    dir,
    quick,
    runs: runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 3) : 3,
    scales: quick ? [1] : [1, 10],
    args,
    shared: new Map(),
    workbook(scale) {
      let p = made.get(scale);
      if (!p) {
        const file = join(dir, `jobcenter-${scale}x.xlsx`);
        p = makeWorkbook(file, scale).then(() => file);
        made.set(scale, p);
      }
      return p;
    },
  };
  console.log(JSON.stringify({ part: 'start', loadAverage: loadAverage(), dir }));
  const only = args.indexOf('--only');
  for (const part of PARTS) {
    if (only >= 0 && !args[only + 1].split(',').includes(part.name)) continue;
    const started = Date.now();
    for (const line of await part.run(ctx)) console.log(line);
    console.error(`bench:file: ${part.name} tog ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(JSON.stringify({ part: 'end', loadAverage: loadAverage() }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
