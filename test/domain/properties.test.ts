// Invariants of the engine, checked on random caseloads (fast-check).
import fc from 'fast-check';
import { measure, type Caseload, type Citizen, type HoursEntry, type Placement, PLACEMENT_TYPES, RULE_IDS, TARGET_GROUPS } from '../../src/domain';
import { addDays, fromDayNumber, toDayNumber } from '../../src/domain/dates';

const DAY0 = toDayNumber('2024-01-01');
const dateArb = fc.integer({ min: 0, max: 540 }).map((d) => fromDayNumber(DAY0 + d));
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

const citizenArb = (id: string) =>
  fc.record({
    start: dateArb,
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    visitedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    team: fc.constantFrom('Nord', 'Syd'),
    caseworker: fc.constantFrom('Anne', 'Bo', 'Carl'),
    targetGroup: fc.constantFrom(...TARGET_GROUPS),
  }).map((r): Omit<Citizen, 'row'> => ({
    id, team: r.team, caseworker: r.caseworker, targetGroup: r.targetGroup, startDate: r.start,
    endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
    visitedDate: r.visitedAfter === undefined ? undefined : addDays(r.start, r.visitedAfter),
  }));

const placementArb = fc.record({
  citizenId: fc.constantFrom(...ids, 'UKENDT'),
  type: fc.constantFrom(...PLACEMENT_TYPES),
  start: dateArb,
  length: fc.option(fc.integer({ min: -20, max: 300 }), { nil: undefined }),
}).map((r): Omit<Placement, 'row'> => ({
  citizenId: r.citizenId, type: r.type, startDate: r.start,
  endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
}));

const hoursArb = fc.record({
  citizenId: fc.constantFrom(...ids, 'UKENDT'),
  month: fc.integer({ min: 0, max: 17 }).map((m) => fromDayNumber(DAY0 + m * 31).slice(0, 7)),
  hours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 160 })),
}).map((r): Omit<HoursEntry, 'row'> => r);

const numbered = <T,>(xs: T[]) => xs.map((x, i) => ({ ...x, row: i + 1 }));

const caseloadArb = fc.record({
  citizens: fc.subarray(ids, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map(citizenArb))),
  duplicate: fc.boolean(),
  placements: fc.array(placementArb, { maxLength: 25 }),
  hours: fc.array(hoursArb, { maxLength: 20 }),
  ruleId: fc.constantFrom(...RULE_IDS),
  milestones: fc.boolean(),
}).map((r): Caseload => {
  const citizens = r.duplicate ? [...r.citizens, r.citizens[0]] : r.citizens;
  return {
    citizens: numbered(citizens),
    placements: numbered(r.placements),
    hours: numbered(r.hours),
    settings: { ruleId: r.ruleId, periodFrom: '2024-01', ...(r.milestones ? { baseMonth: '2024-04', deadline: '2025-03' } : {}) },
    issues: [],
  };
});

const asOf = '2025-06-30';
const COUNTS = ['gross', 'active', 'withOrdinaryHours', 'visited', 'starts', 'ends'] as const;

describe('engine invariants', () => {
  it('share is within [0, 1], or null exactly when gross is 0', () => {
    fc.assert(fc.property(caseloadArb, (caseload) => {
      for (const m of measure(caseload, { asOf }).report.months) {
        if (m.gross === 0) expect(m.share).toBeNull();
        else expect(m.share! >= 0 && m.share! <= 1).toBe(true);
      }
    }));
  });

  it('adding a counted placement never lowers active in any month', () => {
    fc.assert(fc.property(caseloadArb, placementArb, (caseload, extra) => {
      const before = measure(caseload, { asOf }).report;
      const counted = before.rule.counts.length ? before.rule.counts[0] : 'Job';
      const citizenId = caseload.citizens[0].id;
      const more = { ...caseload, placements: [...caseload.placements, { ...extra, citizenId, type: counted, row: caseload.placements.length + 1 }] };
      const after = measure(more, { asOf }).report;
      before.months.forEach((m, i) => expect(after.months[i].active).toBeGreaterThanOrEqual(m.active));
    }));
  });

  it('teams, caseworkers and target groups each sum to the whole', () => {
    fc.assert(fc.property(caseloadArb, (caseload) => {
      const r = measure(caseload, { asOf }).report;
      for (const slices of [r.byTeam, r.byCaseworker, r.byTargetGroup]) {
        r.months.forEach((whole, i) => {
          for (const key of COUNTS) {
            const sum = Object.values(slices).reduce((s, slice) => s + slice.months[i][key], 0);
            expect(sum).toBe(whole[key]);
          }
        });
      }
    }));
  });

  it('caseworker milestones split the team milestones exactly (largest remainder)', () => {
    fc.assert(fc.property(caseloadArb, (caseload) => {
      const r = measure({ ...caseload, settings: { ...caseload.settings, baseMonth: '2024-04', deadline: '2025-03' } }, { asOf }).report;
      const teamPlans = Object.values(r.byTeam).map((t) => t.plan);
      const months = teamPlans[0]?.map((p) => p.month) ?? [];
      for (const month of months) {
        const teams = teamPlans.reduce((s, plan) => s + (plan.find((p) => p.month === month)?.milestoneCount ?? 0), 0);
        const workers = Object.values(r.byCaseworker).reduce((s, w) => s + (w.plan.find((p) => p.month === month)?.milestoneCount ?? 0), 0);
        expect(workers).toBe(teams);
      }
    }));
  });

  it('every input row is used or reported', () => {
    fc.assert(fc.property(caseloadArb, (caseload) => {
      const { report, usedRows } = measure(caseload, { asOf });
      const reported = (table: string) => new Set(report.issues.filter((i) => i.table === table && i.severity === 'error').map((i) => i.row));
      for (const [table, rows] of [['Borgere', caseload.citizens], ['Forløb', caseload.placements], ['Timer', caseload.hours]] as const) {
        const used = new Set(usedRows[table]);
        const errors = reported(table);
        for (const row of rows) expect(used.has(row.row) !== errors.has(row.row)).toBe(true);
      }
    }));
  });

  it('does not depend on row order', () => {
    fc.assert(fc.property(caseloadArb, fc.integer(), (caseload, seed) => {
      const shuffle = <T,>(xs: T[]) => xs.map((x, i) => ({ x, k: Math.sin(seed + i * 7919) })).sort((a, b) => a.k - b.k).map((e) => e.x);
      // Duplicated Borger-IDs keep the first row by design, so order matters only for them.
      fc.pre(new Set(caseload.citizens.map((c) => c.id)).size === caseload.citizens.length);
      const a = measure(caseload, { asOf }).report;
      const b = measure({ ...caseload, citizens: shuffle(caseload.citizens), placements: shuffle(caseload.placements), hours: shuffle(caseload.hours) }, { asOf }).report;
      expect(b.months).toEqual(a.months);
      expect(b.goal).toEqual(a.goal);
      expect(b.plan).toEqual(a.plan);
      for (const key of Object.keys(a.byCaseworker)) expect(b.byCaseworker[key]).toEqual(a.byCaseworker[key]);
      for (const key of Object.keys(a.byTeam)) expect(b.byTeam[key]).toEqual(a.byTeam[key]);
    }));
  });
});
