// Engine benchmark: the largest municipal target group (5,700 citizens, 40,000 placements, 60,000 hours
// rows, 36 months), everything computed (all slices, milestones, signals, validation), then 10x the
// placement and hours rows. The last line is one JSON object with the figures. Wall time (the goal) and
// CPU time (user + sys, what a shared 2-core machine can compare across runs) are both given, with the
// load average: under load the wall time of the same work grows, its CPU time much less.
import { loadavg } from 'node:os';
import { addMonths, lastDay, measure } from '../src/domain';
import { generateCaseload } from '../test/support/synthetic';

const START = '2023-01';
const MONTHS = 36;
const asOf = lastDay(addMonths(START, MONTHS - 1));

/** Median wall and CPU milliseconds of `runs` runs after a warm-up. */
function medianMs(run: () => void, runs: number): { wall: number; cpu: number } {
  run(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push((c.user + c.system) / 1e3);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

const load = () => loadavg()[0].toFixed(2);

const base = { citizens: 5700, months: MONTHS, startMonth: START, teams: 8, caseworkersPerTeam: 14, seed: 42 };
const small = generateCaseload({ ...base, placements: 40_000, hoursRows: 60_000 });
const large = generateCaseload({ ...base, placements: 400_000, hoursRows: 600_000 });

const check = measure(small, { asOf }).report;
console.log(
  `Slices: ${Object.keys(check.byTeam).length} teams, ${Object.keys(check.byCaseworker).length} sagsbehandlere, ` +
    `${check.plan.length} planmåneder, ${check.signals.length} signaler, ${check.issues.length} datafejl`,
);

const runs = 7;
const loadBefore = load();
const one = medianMs(() => measure(small, { asOf }), runs);
const ms = one.wall;
console.log(
  `Median over ${runs} kørsler: ${ms.toFixed(1)} ms (mål: <= 100 ms), CPU ${one.cpu.toFixed(1)} ms, belastning ${loadBefore}`,
);
const ten = medianMs(() => measure(large, { asOf }), 5);
const msLarge = ten.wall;
console.log(
  `10x forløb og timer: ${msLarge.toFixed(1)} ms; forhold ${(msLarge / ms).toFixed(2)} (mål: <= 12), ` +
    `CPU ${ten.cpu.toFixed(1)} ms; forhold ${(ten.cpu / one.cpu).toFixed(2)}, belastning ${load()}`,
);
console.log(
  JSON.stringify({
    citizens: 5700,
    placements: 40000,
    hoursRows: 60000,
    months: MONTHS,
    medianMs: Math.round(ms * 10) / 10,
    scale10xRatio: Math.round((msLarge / ms) * 100) / 100,
    medianCpuMs: Math.round(one.cpu * 10) / 10,
    scale10xCpuRatio: Math.round((ten.cpu / one.cpu) * 100) / 100,
    loadAverage: Number(load()),
  }),
);
