// Invariants of the engine's fast paths (issue 26), on random generated caseloads (fast-check): the indicator
// tallies and the company overview add up and match their definitions counted the slow, obvious way; the
// results do not depend on the order of the Forløb and Timer rows; Timer duplicates and the signal order
// match their definitions however many citizens and months there are.
import fc from 'fast-check';
import { measure, sortSignals, type Caseload, type Placement, type Report, type Signal } from '../../src/domain';
import { companyKeys, companyWindow } from '../../src/domain/companies';
import { addMonths, firstDay, lastDay, monthIndex, monthOf } from '../../src/domain/dates';
import { idKey } from '../../src/domain/rowRules';
import { resolveRule } from '../../src/domain/rules';
import { validateCaseload } from '../../src/domain/validate';
import { generateCaseload, seededRandom } from '../support/synthetic';

const START = '2023-01';
const REASONS = ['Ordinære timer eller job', 'Helbred', 'Udeblevet', undefined] as const;

/** A small random caseload with CV answers, CVRs, end reasons and VKs on some rows. */
function caseloadOf(seed: number, months: number): { caseload: Caseload; asOf: string } {
  const random = seededRandom(seed);
  const caseload = generateCaseload({
    citizens: 20 + Math.floor(random() * 60),
    placements: Math.floor(random() * 300),
    hoursRows: Math.floor(random() * 300),
    months,
    startMonth: START,
    teams: 1 + Math.floor(random() * 3),
    caseworkersPerTeam: 1 + Math.floor(random() * 3),
    seed,
  });
  for (const c of caseload.citizens) if (random() < 0.7) c.cv = random() < 0.5;
  for (const p of caseload.placements) {
    if (random() < 0.4) p.cvr = String(10_000_000 + Math.floor(random() * 20));
    if (p.endDate) p.endReason = REASONS[Math.floor(random() * REASONS.length)];
    if (random() < 0.2) p.companyConsultant = `VK ${Math.floor(random() * 4)}`;
  }
  const asOf = lastDay(addMonths(START, months - 1 - Math.floor(random() * 3)));
  return { caseload, asOf };
}

const seedArb = fc.integer({ min: 1, max: 1_000_000 });
// Each run measures whole caseloads: room for a loaded 2-core machine running other suites beside.
jest.setTimeout(60_000);
const monthsArb = fc.integer({ min: 4, max: 30 });

describe('indicator tallies', () => {
  it('property: numerator <= denominator, and Alle is the sum of the teams and of the caseworkers', () => {
    fc.assert(
      fc.property(seedArb, monthsArb, (seed, months) => {
        const { caseload, asOf } = caseloadOf(seed, months);
        const results = measure(caseload, { asOf }).report.indicators ?? [];
        const byIndicator = new Map<string, typeof results>();
        for (const r of results) byIndicator.set(r.goal.id, [...(byIndicator.get(r.goal.id) ?? []), r]);
        for (const rs of byIndicator.values()) {
          const whole = rs.find((r) => r.level === 'Alle')!;
          whole.months.forEach((m, i) => {
            for (const level of ['Team', 'Sagsbehandler'] as const) {
              const parts = rs.filter((r) => r.level === level).map((r) => r.months[i]);
              expect(parts.reduce((a, p) => a + p.numerator, 0)).toBe(m.numerator);
              expect(parts.reduce((a, p) => a + p.denominator, 0)).toBe(m.denominator);
            }
          });
          for (const r of rs) for (const m of r.months) expect(m.numerator).toBeLessThanOrEqual(m.denominator);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('property: the CV share counts, per month, the citizens in the gross group with CV = Ja', () => {
    fc.assert(
      fc.property(seedArb, monthsArb, (seed, months) => {
        const { caseload, asOf } = caseloadOf(seed, months);
        const cv = (measure(caseload, { asOf }).report.indicators ?? []).find(
          (r) => r.goal.id === 'cv-andel' && r.level === 'Alle',
        );
        if (!cv) return;
        const groups = resolveRule(caseload.settings).targetGroups;
        for (const m of cv.months) {
          const inGroup = caseload.citizens.filter(
            (c) =>
              (!groups || groups.includes(c.targetGroup)) &&
              monthOf(c.startDate) <= m.month &&
              (!c.endDate || monthOf(c.endDate) >= m.month),
          );
          expect(m.denominator).toBe(inGroup.length);
          expect(m.numerator).toBe(inGroup.filter((c) => c.cv === true).length);
        }
      }),
      { numRuns: 15 },
    );
  });
});

/** Conversion (companies.ts's definition) counted the obvious way, over all the citizen's rows. */
function convertsSlowly(caseload: Caseload, p: Placement, asOf: string): boolean {
  if (p.endReason === 'Ordinære timer eller job') return true;
  const e = monthIndex(monthOf(p.endDate!));
  const last = Math.min(e + 3, monthIndex(monthOf(asOf)));
  if (last <= e) return false;
  const from = firstDay(addMonths(monthOf(p.endDate!), 1));
  const to = [lastDay(addMonths(monthOf(p.endDate!), last - e)), asOf].sort()[0];
  const hours = caseload.hours.some(
    (h) => h.citizenId === p.citizenId && h.hours > 0 && monthIndex(h.month) > e && monthIndex(h.month) <= last,
  );
  const job = caseload.placements.some(
    (j) =>
      j.citizenId === p.citizenId &&
      (j.type === 'Ordinære timer' || j.type === 'Job') &&
      j.startDate <= to &&
      (!j.endDate || j.endDate >= from),
  );
  return hours || job;
}

describe('company overview', () => {
  it('property: totals equal the company placements per kind, and conversions match the definition', () => {
    fc.assert(
      fc.property(seedArb, monthsArb, (seed, months) => {
        const { caseload, asOf } = caseloadOf(seed, months);
        const companies = measure(caseload, { asOf }).report.byCompany;
        const window = companyWindow(asOf);
        const keyed = caseload.placements.filter((_, j) => companyKeys(caseload.placements)[j] !== null);
        const sum = (f: (c: (typeof companies)[number]) => number) => companies.reduce((a, c) => a + f(c), 0);
        const ended = keyed.filter((p) => p.endDate && p.endDate >= window.from && p.endDate <= window.to);
        expect(sum((c) => c.ongoing)).toBe(
          keyed.filter((p) => p.startDate <= asOf && (!p.endDate || p.endDate >= asOf)).length,
        );
        expect(sum((c) => c.starts)).toBe(
          keyed.filter((p) => p.startDate >= window.from && p.startDate <= window.to).length,
        );
        expect(sum((c) => c.ends)).toBe(ended.length);
        for (const c of companies) {
          expect(Object.values(c.endsByReason).reduce((a, b) => a + b, 0)).toBe(c.ends);
          expect(c.converted).toBeLessThanOrEqual(c.ends);
        }
        const converted = companies.flatMap((c) => c.convertedRows).sort((a, b) => a - b);
        const expected = ended
          .filter((p) => convertsSlowly(caseload, p, asOf))
          .map((p) => p.row)
          .sort((a, b) => a - b);
        expect(converted).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});

/** A seeded shuffle (Fisher-Yates) of a copy. */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = rows.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The parts of a report that do not depend on the order of Forløb and Timer rows (row lists sorted). */
function orderFree(r: Report) {
  const numbers = (rows: number[]) => rows.slice().sort((a, b) => a - b);
  return {
    months: r.months,
    plan: r.plan,
    byTeam: r.byTeam,
    byCaseworker: r.byCaseworker,
    byConsultant: r.byConsultant,
    byTargetGroup: r.byTargetGroup,
    caseloads: r.caseloads,
    indicators: r.indicators,
    byCompany: r.byCompany.map((c) => ({
      ...c,
      placementRows: numbers(c.placementRows),
      convertedRows: numbers(c.convertedRows),
    })),
    issues: r.issues.length,
    signals: r.signals.length,
  };
}

describe('row order', () => {
  it('property: series, plans, caseloads, indicators and companies do not depend on the order of Forløb and Timer', () => {
    fc.assert(
      fc.property(seedArb, monthsArb, seedArb, (seed, months, order) => {
        const { caseload, asOf } = caseloadOf(seed, months);
        const mixed: Caseload = {
          ...caseload,
          placements: shuffled(caseload.placements, order),
          hours: shuffled(caseload.hours, order + 1),
        };
        expect(orderFree(measure(mixed, { asOf }).report)).toEqual(orderFree(measure(caseload, { asOf }).report));
      }),
      { numRuns: 12 },
    );
  });
});

describe('Timer duplicates', () => {
  it('property: a row is reported exactly when an earlier row has the same citizen (folded) and month', () => {
    const row = fc.record({
      id: fc.constantFrom('A', 'a', ' A ', 'B', 'C', 'X'),
      month: fc.constantFrom('1999-12', '2024-01', '2024-02', '2099-07'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const caseload: Caseload = {
          citizens: ['A', 'B', 'C'].map((id, i) => ({
            row: i + 1,
            id,
            targetGroup: 'Andet',
            team: 'T',
            caseworker: 'S',
            startDate: '2024-01-01',
          })),
          placements: [],
          hours: rows.map((r, i) => ({ row: i + 1, citizenId: r.id, month: r.month, hours: 1 })),
          settings: {},
          issues: [],
        };
        const found = validateCaseload(caseload)
          .issues.filter((i) => i.code === 'duplicateHoursMonth')
          .map((i) => [i.row, i.params]);
        const expected = rows.flatMap((r, i) => {
          if (idKey(r.id) === 'x') return [];
          const first = rows.findIndex((q) => idKey(q.id) === idKey(r.id) && q.month === r.month);
          return first < i ? [[i + 1, { id: r.id, month: r.month, firstRow: first + 1 }]] : [];
        });
        expect(found).toEqual(expected);
      }),
    );
  });
});

describe('signal order', () => {
  it('property: by caseworker in Danish order, then oldest date first, undated last, else as given', () => {
    const danish = new Intl.Collator('da');
    const signal = fc.record({
      caseworker: fc.constantFrom('Åse', 'Anne', 'Ole', 'Øjvind'),
      date: fc.option(fc.constantFrom('2024-01-31', '2024-02-01', '2025-12-31', '2023-06-15'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 60 }), (rows) => {
        const signals = rows.map(
          (r, i) => ({ kind: 'notReviewed', ...r, team: 'T', citizenId: String(i), companyConsultant: null }) as Signal,
        );
        const rank = (s: Signal) => (s.date === null ? '9999' : s.date);
        const expected = signals
          .map((s, i) => ({ s, i }))
          .sort(
            (a, b) =>
              danish.compare(a.s.caseworker, b.s.caseworker) ||
              (rank(a.s) < rank(b.s) ? -1 : rank(a.s) > rank(b.s) ? 1 : a.i - b.i),
          )
          .map((x) => x.s);
        expect(sortSignals(signals)).toEqual(expected);
      }),
    );
  });
});
