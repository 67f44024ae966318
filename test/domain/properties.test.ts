// Invariants of the engine, checked on random caseloads (fast-check): parts add up, milestones add up at
// every level, the gap to the goal is 0 exactly when a month passes, shares never display as passing.
import fc from 'fast-check';
import {
  measure,
  type Caseload,
  type Citizen,
  type HoursEntry,
  type Placement,
  PLACEMENT_TYPES,
  RULE_IDS,
  TARGET_GROUPS,
} from '../../src/domain';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../src/domain/dates';
import { formatShare, formatShareOf } from '../../src/text/format';

const DAY0 = toDayNumber('2024-01-01');
const dateArb = fc.integer({ min: 0, max: 540 }).map((d) => fromDayNumber(DAY0 + d));
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

const citizenArb = (id: string) =>
  fc
    .record({
      start: dateArb,
      length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      visitedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      team: fc.constantFrom('Nord', 'Syd'),
      caseworker: fc.constantFrom('Anne', 'Bo', 'Carl'),
      targetGroup: fc.constantFrom(...TARGET_GROUPS),
    })
    .map((r): Omit<Citizen, 'row'> => ({
      id,
      team: r.team,
      caseworker: r.caseworker,
      targetGroup: r.targetGroup,
      startDate: r.start,
      endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
      visitedDate: r.visitedAfter === undefined ? undefined : addDays(r.start, r.visitedAfter),
    }));

const placementArb = fc
  .record({
    citizenId: fc.constantFrom(...ids, 'UKENDT'),
    type: fc.constantFrom(...PLACEMENT_TYPES),
    start: dateArb,
    length: fc.option(fc.integer({ min: -20, max: 300 }), { nil: undefined }),
  })
  .map((r): Omit<Placement, 'row'> => ({
    citizenId: r.citizenId,
    type: r.type,
    startDate: r.start,
    endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
  }));

const hoursArb = fc
  .record({
    citizenId: fc.constantFrom(...ids, 'UKENDT'),
    month: fc.integer({ min: 0, max: 17 }).map((m) => fromDayNumber(DAY0 + m * 31).slice(0, 7)),
    hours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 160 })),
  })
  .map((r): Omit<HoursEntry, 'row'> => r);

const numbered = <T>(xs: T[]) => xs.map((x, i) => ({ ...x, row: i + 1 }));

const caseloadArb = fc
  .record({
    citizens: fc.subarray(ids, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map(citizenArb))),
    duplicate: fc.boolean(),
    placements: fc.array(placementArb, { maxLength: 25 }),
    hours: fc.array(hoursArb, { maxLength: 20 }),
    ruleId: fc.constantFrom(...RULE_IDS),
    milestones: fc.option(
      fc.record({ base: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 18 }) }),
      { nil: undefined },
    ),
  })
  .map((r): Caseload => {
    const citizens = r.duplicate ? [...r.citizens, r.citizens[0]] : r.citizens;
    const base = r.milestones && addMonths('2024-01', r.milestones.base);
    return {
      citizens: numbered(citizens),
      placements: numbered(r.placements),
      hours: numbered(r.hours),
      settings: {
        ruleId: r.ruleId,
        periodFrom: '2024-01',
        ...(base ? { baseMonth: base, deadline: addMonths(base, r.milestones!.length) } : {}),
      },
      issues: [],
    };
  });

const asOf = '2025-06-30';
const COUNTS = ['gross', 'active', 'withOrdinaryHours', 'visited', 'starts', 'ends'] as const;

describe('engine invariants', () => {
  it('share is within [0, 1], or null exactly when gross is 0', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        for (const m of measure(caseload, { asOf }).report.months) {
          if (m.gross === 0) expect(m.share).toBeNull();
          else expect(m.share! >= 0 && m.share! <= 1).toBe(true);
        }
      }),
    );
  });

  it('adding a counted placement never lowers active in any month', () => {
    fc.assert(
      fc.property(caseloadArb, placementArb, (caseload, extra) => {
        const before = measure(caseload, { asOf }).report;
        const counted = before.rule.counts.length ? before.rule.counts[0] : 'Job';
        const citizenId = caseload.citizens[0].id;
        const more = {
          ...caseload,
          placements: [
            ...caseload.placements,
            { ...extra, citizenId, type: counted, row: caseload.placements.length + 1 },
          ],
        };
        const after = measure(more, { asOf }).report;
        before.months.forEach((m, i) => expect(after.months[i].active).toBeGreaterThanOrEqual(m.active));
      }),
    );
  });

  it('teams, caseworkers and target groups each sum to the whole', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const r = measure(caseload, { asOf }).report;
        for (const slices of [r.byTeam, r.byCaseworker, r.byTargetGroup]) {
          r.months.forEach((whole, i) => {
            for (const key of COUNTS) {
              const sum = Object.values(slices).reduce((s, slice) => s + slice.months[i][key], 0);
              expect(sum).toBe(whole[key]);
            }
          });
        }
      }),
    );
  });

  it('milestone parts add up to their parent at every level and month (largest remainder)', () => {
    fc.assert(
      fc.property(
        caseloadArb,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 18 }),
        (caseload, b, length) => {
          const baseMonth = addMonths('2024-01', b);
          const r = measure(
            { ...caseload, settings: { ...caseload.settings, baseMonth, deadline: addMonths(baseMonth, length) } },
            { asOf },
          ).report;
          const sumAt = (slices: { plan: { month: string; milestoneCount: number }[] }[], month: string) =>
            slices.reduce((s, slice) => s + (slice.plan.find((p) => p.month === month)?.milestoneCount ?? 0), 0);
          for (const p of r.plan) {
            expect(sumAt(Object.values(r.byTeam), p.month)).toBe(p.milestoneCount);
            expect(sumAt(Object.values(r.byCaseworker), p.month)).toBe(p.milestoneCount);
          }
          // Where each caseworker of a team works only in that team, the team's part splits exactly over them.
          const teamsOf = new Map<string, Set<string>>();
          for (const c of caseload.citizens)
            teamsOf.set(c.caseworker, (teamsOf.get(c.caseworker) ?? new Set()).add(c.team));
          for (const [team, slice] of Object.entries(r.byTeam)) {
            const workers = [...teamsOf.entries()]
              .filter(([, ts]) => ts.has(team))
              .map(([w]) => w)
              .filter((w) => r.byCaseworker[w]);
            if (!workers.every((w) => teamsOf.get(w)!.size === 1)) continue;
            for (const p of slice.plan)
              expect(
                sumAt(
                  workers.map((w) => r.byCaseworker[w]),
                  p.month,
                ),
              ).toBe(p.milestoneCount);
          }
        },
      ),
    );
  });

  it('gapToGoal is 0 exactly when the month passes, the smallest such number, and null when gross is 0', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const r = measure(caseload, { asOf }).report;
        const t = r.rule.threshold;
        for (const slices of [
          [{ months: r.months }],
          Object.values(r.byTeam),
          Object.values(r.byCaseworker),
          Object.values(r.byTargetGroup),
        ]) {
          for (const m of slices.flatMap((s) => s.months)) {
            if (m.gross === 0) {
              expect(m.gapToGoal).toBeNull();
              continue;
            }
            expect(m.gapToGoal === 0).toBe(m.passes);
            expect((m.active + m.gapToGoal!) * 100 >= t * m.gross).toBe(true);
            if (m.gapToGoal! > 0) expect((m.active + m.gapToGoal! - 1) * 100 < t * m.gross).toBe(true);
          }
        }
      }),
    );
  });

  it('earliestMetMonth equals metInMonth once met, and is the last month + (k - streak) otherwise', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const { goal, months, rule } = measure(caseload, { asOf }).report;
        if (goal.met) expect(goal.earliestMetMonth).toBe(goal.metInMonth);
        else
          expect(goal.earliestMetMonth).toBe(addMonths(months.at(-1)!.month, rule.monthsInARow - goal.currentStreak));
        if (goal.deadline) expect(goal.onTrack).toBe(goal.earliestMetMonth! <= goal.deadline);
        else expect(goal.onTrack).toBeNull();
      }),
    );
  });

  it('every input row is used or reported', () => {
    fc.assert(
      fc.property(caseloadArb, (caseload) => {
        const { report, usedRows } = measure(caseload, { asOf });
        const reported = (table: string) =>
          new Set(report.issues.filter((i) => i.table === table && i.severity === 'error').map((i) => i.row));
        for (const [table, rows] of [
          ['Borgere', caseload.citizens],
          ['Forløb', caseload.placements],
          ['Timer', caseload.hours],
        ] as const) {
          const used = new Set(usedRows[table]);
          const errors = reported(table);
          for (const row of rows) expect(used.has(row.row) !== errors.has(row.row)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(caseloadArb, fc.integer(), (caseload, seed) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: Math.sin(seed + i * 7919) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        // Duplicated Borger-IDs keep the first row by design, so order matters only for them.
        fc.pre(new Set(caseload.citizens.map((c) => c.id)).size === caseload.citizens.length);
        const a = measure(caseload, { asOf }).report;
        const b = measure(
          {
            ...caseload,
            citizens: shuffle(caseload.citizens),
            placements: shuffle(caseload.placements),
            hours: shuffle(caseload.hours),
          },
          { asOf },
        ).report;
        expect(b.months).toEqual(a.months);
        expect(b.goal).toEqual(a.goal);
        expect(b.plan).toEqual(a.plan);
        for (const key of Object.keys(a.byCaseworker)) expect(b.byCaseworker[key]).toEqual(a.byCaseworker[key]);
        for (const key of Object.keys(a.byTeam)) expect(b.byTeam[key]).toEqual(a.byTeam[key]);
      }),
    );
  });
});

describe('share display', () => {
  const shown = (text: string) => Number(text.replace(' %', '').replace(',', '.'));
  it('never shows a failing month at or above the threshold (truncated, never rounded up)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 1, max: 1000 }),
        (gross, a, tenths) => {
          const active = a % (gross + 1);
          const threshold = tenths / 10;
          if (active * 100 >= threshold * gross) return;
          expect(shown(formatShareOf(active, gross, 'da'))).toBeLessThan(threshold);
          expect(shown(formatShare(active / gross, 'da'))).toBeLessThan(threshold);
        },
      ),
    );
  });
  it('shows 199 of 498 as 39,9 %, not 40,0 %', () => {
    expect(formatShareOf(199, 498, 'da')).toBe('39,9 %');
    expect(formatShare(199 / 498, 'da')).toBe('39,9 %');
    expect(formatShare(0.4, 'da')).toBe('40,0 %');
    expect(formatShare(0.4, 'en')).toBe('40.0%');
  });
});
