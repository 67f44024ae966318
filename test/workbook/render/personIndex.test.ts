// Issue 26: Forløbsoversigt and Månedsdialog read each citizen's rows from an index built once
// (personIndex.ts, movementIndex.ts) instead of scanning every row per citizen or per person. These
// properties hold the index to the scans it replaced: the same Siden sidste dialog as caseloadMovement,
// the same signals as personSignals, the same citizens as a filter, and Forløbsoversigt's letters as the
// sheet's own definition restated naively here, on the demo workbook and on random small caseloads.
import fc from 'fast-check';
import { measure } from '../../../src/domain';
import { firstDay, lastDay, addDays, addMonths } from '../../../src/domain/dates';
import { personScope, personSignals } from '../../../src/domain/dialogue';
import type { Agreement, Caseload, ClosedCitizen, HistoryRow, MonthKey } from '../../../src/domain/model';
import { READINESS } from '../../../src/domain/model';
import { caseloadMovement } from '../../../src/domain/movement';
import type { CaseloadRole, Measurement } from '../../../src/domain/report';
import { refreshOutputs } from '../../../src/app/refresh';
import { demoTables } from '../../../src/demo/demoCaseload';
import { MemoryWorkbook } from '../../../src/workbook/memoryWorkbook';
import { renderForloebsoversigt, TYPE_LETTERS } from '../../../src/workbook/render/forloebsoversigt';
import { movementIndex } from '../../../src/workbook/render/movementIndex';
import { citizensIn, indexedPersonSignals, personIndex, signalIndex } from '../../../src/workbook/render/personIndex';
import { generateCaseload, seededRandom } from '../../support/synthetic';

jest.setTimeout(120_000);

/** Every person on Månedsdialog with the gross group of their drill, as the sheet asks for them. */
function persons(measurement: Measurement, month: MonthKey): { name: string; ids: Set<string> }[] {
  const { report } = measurement;
  const out: { name: string; ids: Set<string> }[] = [];
  for (const [role, slices] of [
    ['Sagsbehandler', report.byCaseworker],
    ['Virksomhedskonsulent', report.byConsultant],
  ] as [CaseloadRole, Record<string, unknown>][]) {
    for (const name of Object.keys(slices)) {
      const ids = new Set(measurement.drill({ scope: personScope(role, name), month, measure: 'gross' }));
      out.push({ name, ids });
    }
  }
  return out;
}

/** Forløbsoversigt's letter for a citizen and month, by a scan over every row (the sheet's definition). */
function naiveLetter(caseload: Caseload, citizenId: string, month: MonthKey): string | null {
  const letters = new Set<string>();
  for (const p of caseload.placements) {
    if (p.citizenId !== citizenId) continue;
    if (p.startDate <= lastDay(month) && (!p.endDate || p.endDate >= firstDay(month)))
      letters.add(TYPE_LETTERS[p.type]);
  }
  let hours = 0;
  for (const h of caseload.hours) if (h.citizenId === citizenId && h.month === month) hours += h.hours;
  if (hours > 0) letters.add('O');
  return ['J', 'O', 'L', 'P', 'U', 'A', 'N'].find((l) => letters.has(l)) ?? null;
}

/** The index against the scans for one caseload: every person, and some other sets of IDs. */
function sameAsScans(caseload: Caseload, measurement: Measurement, extraIdSets: Set<string>[] = []): void {
  const { report } = measurement;
  const index = personIndex(caseload);
  const month = report.months[report.months.length - 1].month;
  const movementOf = movementIndex(caseload, index, report.rule.counts, report.asOf);
  const signals = signalIndex(report.signals);
  const people = persons(measurement, month);
  for (const { name, ids } of [
    ...people,
    ...extraIdSets.map((ids, i) => ({ name: people[i % people.length]?.name ?? 'X', ids })),
  ]) {
    expect(movementOf(name, ids)).toEqual(caseloadMovement(caseload, name, ids, report.rule.counts, report.asOf));
    expect(indexedPersonSignals(signals, name, ids)).toEqual(personSignals(report.signals, name, ids));
    expect(citizensIn(caseload, index, ids)).toEqual(caseload.citizens.filter((c) => ids.has(c.id)));
  }
  const sheet = renderForloebsoversigt(report, caseload, { computedAt: 'nu' }, index);
  const header = sheet.values.findIndex((r) => r[0] === 'Borger-ID');
  const months = report.months.map((m) => m.month);
  const byId = new Map(caseload.citizens.map((c) => [c.id, c]));
  for (const row of sheet.values.slice(header + 1)) {
    const c = byId.get(row[0] as string)!;
    months.forEach((m, k) => {
      const inGross = c.startDate <= lastDay(m) && (!c.endDate || c.endDate >= firstDay(m));
      expect(row[5 + k]).toBe(inGross ? naiveLetter(caseload, c.id, m) : '–');
    });
  }
}

test('the demo workbook: index and scans agree, with its closes read packed and as v2 rows', async () => {
  const asOf = '2026-03-15';
  const { caseload, measurement } = await refreshOutputs(new MemoryWorkbook(demoTables(asOf)), {
    asOf,
    now: new Date(asOf),
  });
  expect(caseload.closedRows?.length ?? 0).toBeGreaterThan(0);
  expect(caseload.agreements?.length ?? 0).toBeGreaterThan(0);
  sameAsScans(caseload, measurement, [
    new Set(
      caseload.citizens
        .slice(0, 7)
        .map((c) => c.id)
        .concat('ukendt'),
    ),
  ]);
  // The same closes as expanded rows (no packed rows): Parathed at a close from closedCitizens.
  const expanded: Caseload = { ...caseload, closedRows: undefined };
  sameAsScans(expanded, measure(expanded, { asOf }));
});

test('random small caseloads: index and scans agree (repeated IDs, agreements, closes, hours)', () => {
  fc.assert(
    fc.property(
      fc.record({
        seed: fc.nat(),
        citizens: fc.integer({ min: 1, max: 30 }),
        placements: fc.integer({ min: 0, max: 60 }),
        hoursRows: fc.integer({ min: 0, max: 60 }),
        months: fc.integer({ min: 2, max: 6 }),
        agreements: fc.integer({ min: 0, max: 12 }),
        closes: fc.integer({ min: 0, max: 40 }),
        repeated: fc.integer({ min: 0, max: 3 }),
        subsets: fc.array(fc.array(fc.nat({ max: 40 }), { maxLength: 10 }), { maxLength: 3 }),
      }),
      (p) => {
        const startMonth = '2025-01';
        const base = generateCaseload({
          citizens: p.citizens,
          placements: p.placements,
          hoursRows: p.hoursRows,
          months: p.months,
          startMonth,
          teams: 2,
          caseworkersPerTeam: 2,
          seed: p.seed,
        });
        const random = seededRandom(p.seed + 1);
        const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
        const lastMonth = addMonths(startMonth, p.months - 1);
        const asOf = addDays(lastDay(lastMonth), -3);
        // A repeated Borger-ID (a data error the reader reports) still lists like the scans list it.
        const citizens = base.citizens.concat(
          base.citizens.slice(0, p.repeated).map((c) => ({ ...c, row: c.row + 1000 })),
        );
        const people = [...new Set(base.citizens.map((c) => c.caseworker))];
        const agreements: Agreement[] = Array.from({ length: p.agreements }, (_, i) => ({
          row: i + 1,
          date: addDays(firstDay(startMonth), Math.floor(random() * 31 * p.months)),
          caseworker: pick(people),
          text: 'aftale',
          status: 'Åben',
        }));
        const closedMonths = Array.from({ length: p.months - 1 }, (_, i) => addMonths(startMonth, i)).filter(
          () => random() < 0.6,
        );
        const closedCitizens: ClosedCitizen[] = closedMonths.length
          ? Array.from({ length: p.closes }, (_, i) => ({
              row: i + 1,
              month: pick(closedMonths),
              citizenId: pick(citizens).id,
              active: random() < 0.5,
              ...(random() < 0.8 ? { readiness: pick(READINESS) } : {}),
            }))
          : [];
        const history: HistoryRow[] = closedMonths.map((month, i) => ({
          row: i + 1,
          month,
          level: 'Alle',
          name: '',
          gross: 0,
          active: 0,
          milestone: null,
          ruleId: 'fsm-rate3',
          closedOn: addDays(lastDay(month), 10),
        }));
        const caseload: Caseload = { ...base, citizens, agreements, closedCitizens, history };
        const ids = citizens.map((c) => c.id);
        const extra = p.subsets.map((s) => new Set(s.map((k) => ids[k] ?? `ukendt-${k}`)));
        sameAsScans(caseload, measure(caseload, { asOf }), extra);
      },
    ),
    { numRuns: 60 },
  );
});
