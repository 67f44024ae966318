// A virksomhedskonsulent's figures follow DOMAIN.md section 4's VK caseload definition: checked against a
// brute-force count straight from the definition on random caseloads (fast-check), plus the milestone
// split (a team's milestone count shared over its VKs adds up to the team's) and the drill-down.
import fc from 'fast-check';
import { measure, type Caseload, type Citizen, type Placement, PLACEMENT_TYPES, RULE_IDS } from '../../src/domain';
import { addDays, firstDay, fromDayNumber, lastDay, monthOf, toDayNumber } from '../../src/domain/dates';

const DAY0 = toDayNumber('2024-01-01');
const dateArb = fc.integer({ min: 0, max: 400 }).map((d) => fromDayNumber(DAY0 + d));
const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const VKS = ['Vera', 'Viggo', 'Vilma'];

const citizenArb = (id: string) =>
  fc
    .record({
      start: dateArb,
      length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      team: fc.constantFrom('Nord', 'Syd'),
      vk: fc.option(fc.constantFrom(...VKS), { nil: undefined }),
    })
    .map((r): Omit<Citizen, 'row'> => ({
      id,
      team: r.team,
      caseworker: 'Sara',
      targetGroup: 'Aktivitetsparat kontanthjælp',
      startDate: r.start,
      endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
      companyConsultant: r.vk,
    }));

const placementArb = fc
  .record({
    citizenId: fc.constantFrom(...IDS),
    type: fc.constantFrom(...PLACEMENT_TYPES),
    start: dateArb,
    length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    vk: fc.option(fc.constantFrom(...VKS), { nil: undefined }),
  })
  .map((r): Omit<Placement, 'row'> => ({
    citizenId: r.citizenId,
    type: r.type,
    startDate: r.start,
    endDate: r.length === undefined ? undefined : addDays(r.start, r.length),
    companyConsultant: r.vk,
  }));

const numbered = <T>(xs: T[]) => xs.map((x, i) => ({ ...x, row: i + 1 }));

const caseloadArb = fc
  .record({
    citizens: fc.subarray(IDS, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map(citizenArb))),
    placements: fc.array(placementArb, { maxLength: 20 }),
    ruleId: fc.constantFrom(...RULE_IDS.filter((r) => r !== 'fsm-rate2')),
    asOf: fc.integer({ min: 200, max: 420 }).map((d) => fromDayNumber(DAY0 + d)),
  })
  .map(({ citizens, placements, ruleId, asOf }) => {
    const known = new Set(citizens.map((c) => c.id));
    const caseload: Caseload = {
      citizens: numbered(citizens),
      placements: numbered(placements.filter((p) => known.has(p.citizenId))),
      hours: [],
      settings: { ruleId, periodFrom: '2024-01', baseMonth: '2024-03', deadline: '2025-03' },
      issues: [],
    };
    return { caseload, asOf };
  });

const touches = (start: string, end: string | undefined, from: string, to: string) =>
  start <= to && (!end || end >= from);

describe('virksomhedskonsulent slices', () => {
  it('equal a brute-force count from the VK caseload definition in every month', () => {
    fc.assert(
      fc.property(caseloadArb, ({ caseload, asOf }) => {
        const { report, drill } = measure(caseload, { asOf });
        const counted = new Set<string>(report.rule.counts);
        for (const vk of VKS) {
          for (const [i, stats] of report.months.entries()) {
            const m = stats.month;
            const ref = asOf < lastDay(m) ? asOf : lastDay(m);
            const mine = caseload.citizens.filter(
              (c) =>
                touches(c.startDate, c.endDate, firstDay(m), lastDay(m)) &&
                (c.companyConsultant === vk ||
                  caseload.placements.some(
                    (p) =>
                      p.citizenId === c.id && p.companyConsultant === vk && touches(p.startDate, p.endDate, ref, ref),
                  )),
            );
            const active = mine.filter((c) =>
              caseload.placements.some(
                (p) =>
                  p.citizenId === c.id &&
                  counted.has(p.type) &&
                  touches(p.startDate, p.endDate, firstDay(m), lastDay(m)),
              ),
            );
            const slice = report.byConsultant[vk];
            if (mine.length === 0 && !slice) continue;
            const got = slice.months[i];
            expect({ vk, m, gross: got.gross, active: got.active }).toEqual({
              vk,
              m,
              gross: mine.length,
              active: active.length,
            });
            expect(drill({ scope: { kind: 'consultant', consultant: vk }, month: m, measure: 'gross' })).toEqual(
              mine.map((c) => c.id).sort(),
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('in the as-of month, agree with the caseload sizes', () => {
    fc.assert(
      fc.property(caseloadArb, ({ caseload, asOf }) => {
        const { report, drill } = measure(caseload, { asOf });
        for (const size of report.caseloads.filter((c) => c.role === 'Virksomhedskonsulent')) {
          const ids = drill({
            scope: { kind: 'consultant', consultant: size.name },
            month: monthOf(asOf),
            measure: 'gross',
          });
          // The month's gross also holds citizens who left earlier in the month or start later in it;
          // the caseload is on the date.
          const stillIn = ids.filter((id) => {
            const c = caseload.citizens.find((x) => x.id === id)!;
            return c.startDate <= asOf && (!c.endDate || c.endDate >= asOf);
          });
          expect(stillIn.length).toBe(size.citizens);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('split each team milestone over its VKs and the citizens without one, so the parts never exceed the team', () => {
    fc.assert(
      fc.property(caseloadArb, ({ caseload, asOf }) => {
        const { report } = measure(caseload, { asOf });
        for (const [team, slice] of Object.entries(report.byTeam)) {
          const vks = Object.values(report.byConsultant).filter((v) => v.team === team);
          for (const [j, p] of slice.plan.entries()) {
            const weights = vks.reduce((a, v) => a + v.plan[j].gross, 0);
            const sum = vks.reduce((a, v) => a + v.plan[j].milestoneCount, 0);
            expect(sum).toBeLessThanOrEqual(p.milestoneCount);
            // Each VK gets the team's share of the VK's own caseload, rounded by largest remainder.
            const teamGross = Math.max(p.gross, weights);
            for (const v of vks) {
              const exact = teamGross > 0 ? (p.milestoneCount * v.plan[j].gross) / teamGross : 0;
              expect(v.plan[j].milestoneCount).toBeGreaterThanOrEqual(Math.floor(exact));
              expect(v.plan[j].milestoneCount).toBeLessThanOrEqual(Math.ceil(exact));
            }
            // When every citizen has exactly one VK, the VKs share the whole team count.
            if (weights === p.gross && weights > 0) expect(sum).toBe(p.milestoneCount);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('counts a citizen of a VK through an ongoing Forløb only while it is ongoing', () => {
    const caseload: Caseload = {
      citizens: numbered([
        {
          id: 'X',
          team: 'Nord',
          caseworker: 'Sara',
          targetGroup: 'Aktivitetsparat kontanthjælp',
          startDate: '2025-01-01',
        } as const,
        {
          id: 'Y',
          team: 'Nord',
          caseworker: 'Sara',
          targetGroup: 'Aktivitetsparat kontanthjælp',
          startDate: '2025-01-01',
          companyConsultant: 'Vera',
        } as const,
      ]),
      placements: numbered([
        {
          citizenId: 'X',
          type: 'Virksomhedspraktik',
          startDate: '2025-02-10',
          endDate: '2025-03-20',
          companyConsultant: 'Vera',
        } as const,
      ]),
      hours: [],
      settings: { ruleId: 'fsm-rate3', periodFrom: '2025-01' },
      issues: [],
    };
    const { report } = measure(caseload, { asOf: '2025-04-15' });
    // Feb: X's praktik is ongoing on the last day; Mar: it ended on the 20th; Apr: not Vera's.
    expect(report.byConsultant.Vera.months.map((m) => [m.month, m.gross, m.active])).toEqual([
      ['2025-01', 1, 0],
      ['2025-02', 2, 1],
      ['2025-03', 1, 0],
      ['2025-04', 1, 0],
    ]);
  });
});
