// Engine benchmark: the largest municipal target group (5,700 citizens, 40,000 placements, 60,000 hours
// rows, 36 months), everything computed (all slices, milestones, signals, validation), then 10x the
// placement and hours rows. The last line is one JSON object with the figures.
import { addMonths, lastDay, measure } from '../src/domain';
import { generateCaseload } from '../test/support/synthetic';

const START = '2023-01';
const MONTHS = 36;
const asOf = lastDay(addMonths(START, MONTHS - 1));

function medianMs(run: () => void, runs: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const base = { citizens: 5700, months: MONTHS, startMonth: START, teams: 8, caseworkersPerTeam: 14, seed: 42 };
const small = generateCaseload({ ...base, placements: 40_000, hoursRows: 60_000 });
const large = generateCaseload({ ...base, placements: 400_000, hoursRows: 600_000 });

const check = measure(small, { asOf }).report;
console.log(
  `Slices: ${Object.keys(check.byTeam).length} teams, ${Object.keys(check.byCaseworker).length} sagsbehandlere, ` +
    `${check.plan.length} planmåneder, ${check.signals.length} signaler, ${check.issues.length} datafejl`,
);

const runs = 7;
const ms = medianMs(() => measure(small, { asOf }), runs);
console.log(`Median over ${runs} kørsler: ${ms.toFixed(1)} ms (mål: <= 100 ms)`);
const msLarge = medianMs(() => measure(large, { asOf }), 5);
console.log(`10x forløb og timer: ${msLarge.toFixed(1)} ms; forhold ${(msLarge / ms).toFixed(2)} (mål: <= 12)`);
console.log(
  JSON.stringify({
    citizens: 5700,
    placements: 40000,
    hoursRows: 60000,
    months: MONTHS,
    medianMs: Math.round(ms * 10) / 10,
    scale10xRatio: Math.round((msLarge / ms) * 100) / 100,
  }),
);
