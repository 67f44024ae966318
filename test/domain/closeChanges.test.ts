// The reconciliation's "changed since the close" from stored rows in citizen positions (engine/closeChanges.ts,
// issue 28) must be exactly what reconciliation.ts's set-based changesSince finds: for random stored rows
// (change rows, v2 months that replace the state, rows repeated within a month, Borger-IDs no longer in
// Borgere, months outside the report) over synthetic caseloads, under an active and a visited rule.
import fc from 'fast-check';
import { addMonths, lastDay } from '../../src/domain/dates';
import type { ClosedCitizenRow, HistoryRow, MonthKey } from '../../src/domain/model';
import { closedStatesOf } from '../../src/domain/closedHistory';
import { reconcile, reconcileWith } from '../../src/domain/reconciliation';
import { countedMeasure, resolveRule } from '../../src/domain/rules';
import { validateCaseload } from '../../src/domain/validate';
import { markActivity } from '../../src/domain/engine/activity';
import { indexCitizens, reportPeriod } from '../../src/domain/engine/citizenIndex';
import { closeChangesFunction } from '../../src/domain/engine/closeChanges';
import { countedSetsFunction } from '../../src/domain/engine/drill';
import { generateCaseload, seededRandom } from '../support/synthetic';

const START: MonthKey = '2024-01';
const MONTHS = 8;

/** Random stored rows for months from two before the period to one after it. */
function storedRows(ids: readonly string[], seed: number): ClosedCitizenRow[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const pool = [...ids, 'X-1', 'X-2', 'X-3'];
  const rows: ClosedCitizenRow[] = [];
  for (let k = -2; k <= MONTHS; k++) {
    if (random() < 0.2) continue; // a month without rows: its state is the month before's
    const month = addMonths(START, k);
    const whole = random() < 0.15;
    const n = Math.floor(random() * (whole ? ids.length : 12));
    for (let i = 0; i < n; i++) {
      const row = rows.length + 1;
      const citizenId = pick(pool);
      const active = random() < 0.5;
      if (whole) rows.push({ row, month, citizenId, active });
      else rows.push({ row, month, citizenId, active, inGroup: random() < 0.8 });
    }
  }
  return rows;
}

const close = (month: MonthKey, row: number): HistoryRow =>
  ({ row, month, level: 'Alle', name: '', gross: 0, active: 0, milestone: 0, ruleId: 'fsm-rate3' }) as HistoryRow;

let changesSeen = 0;

test('changes since each close from citizen positions equal the set-based ones', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('fsm-rate3', 'fsm-rate2'), (seed, ruleId) => {
      const caseload = generateCaseload({
        citizens: 40,
        placements: 120,
        hoursRows: 150,
        months: MONTHS,
        startMonth: START,
        teams: 2,
        caseworkersPerTeam: 2,
        seed,
      });
      const asOf = lastDay(addMonths(START, MONTHS - 1));
      const rule = resolveRule(caseload.settings, ruleId as 'fsm-rate3' | 'fsm-rate2');
      const valid = validateCaseload(caseload, asOf);
      const index = indexCitizens(valid.citizens, reportPeriod(valid.citizens, caseload.settings, asOf).months, rule);
      const activity = markActivity(valid, index, rule, asOf);
      const rows = storedRows(
        valid.citizens.map((c) => c.id),
        seed,
      );
      const history = Array.from({ length: MONTHS + 4 }, (_, k) => close(addMonths(START, k - 3), k + 1));
      const measure = countedMeasure(rule);
      const sets = countedSetsFunction(valid, index, activity);
      const expected = reconcile(40, [], [], history, closedStatesOf({ closedRows: rows }), (m) => sets(m, measure));
      const actual = reconcileWith(40, [], [], history, closeChangesFunction(valid, index, activity, rows, measure));
      changesSeen += actual.reduce((n, r) => n + r.changedSinceClose.length, 0);
      expect(actual).toEqual(expected);
    }),
    { numRuns: 40 },
  );
  // The property compared real changes, not empty lists only.
  expect(changesSeen).toBeGreaterThan(100);
});

test('a month asked again after a later one folds from the start (the same changes)', () => {
  const caseload = generateCaseload({
    citizens: 30,
    placements: 90,
    hoursRows: 100,
    months: MONTHS,
    startMonth: START,
    teams: 1,
    caseworkersPerTeam: 2,
    seed: 7,
  });
  const asOf = lastDay(addMonths(START, MONTHS - 1));
  const rule = resolveRule(caseload.settings, 'fsm-rate3');
  const valid = validateCaseload(caseload, asOf);
  const index = indexCitizens(valid.citizens, reportPeriod(valid.citizens, caseload.settings, asOf).months, rule);
  const activity = markActivity(valid, index, rule, asOf);
  const rows = storedRows(
    valid.citizens.map((c) => c.id),
    7,
  );
  const changes = closeChangesFunction(valid, index, activity, rows, 'active');
  const first = changes(addMonths(START, 2));
  changes(addMonths(START, MONTHS - 1));
  expect(changes(addMonths(START, 2))).toEqual(first);
  expect(changes(addMonths(START, -5))).toEqual([]);
});
