import { measure } from '../../src/domain';
import { demoCaseload, demoTables } from '../../src/demo/demoCaseload';

const asOf = '2026-11-22';

test('the demo is deterministic for an as-of date', () => {
  expect(demoTables(asOf)).toEqual(demoTables(asOf));
  expect(demoTables(asOf)).not.toEqual(demoTables('2026-10-22'));
});

test('the demo is a realistic jobcentre: 3 teams, 12 caseworkers, about 450 citizens, 24 months', () => {
  const c = demoCaseload(asOf);
  expect(c.issues).toEqual([]);
  expect(new Set(c.citizens.map((x) => x.team))).toEqual(new Set(['Team Nord', 'Team Syd', 'Team Vest']));
  expect(new Set(c.citizens.map((x) => x.caseworker)).size).toBe(12);
  expect(c.citizens.length).toBeGreaterThanOrEqual(420);
  expect(c.citizens.length).toBeLessThanOrEqual(480);
  expect(new Set(c.citizens.map((x) => x.targetGroup)).size).toBeGreaterThanOrEqual(5);
  for (const x of c.citizens.filter((y) => !y.endDate)) {
    expect(x.readiness).toBeDefined();
    expect(x.nextStep).toBeDefined();
  }
  expect(c.placements.every((p) => p.startDate <= asOf)).toBe(true);
  expect(new Set(c.placements.map((p) => p.type))).toEqual(
    new Set(['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job', 'Uddannelse', 'Nytteindsats']),
  );
  expect(c.hours.length).toBeGreaterThan(50);
  expect(c.settings).toMatchObject({ ruleId: 'fsm-rate3', baseMonth: '2026-05', deadline: '2027-05', periodFrom: '2024-12' });
});

test('the goal is reachable but not met: share climbs to just under 40 %, streak below 3', () => {
  const { report } = measure(demoCaseload(asOf), { asOf });
  expect(report.months).toHaveLength(24);
  expect(report.goal.met).toBe(false);
  expect(report.goal.currentStreak).toBeLessThan(3);
  const shares = report.months.map((m) => m.share!);
  expect(shares[0]).toBeLessThan(0.25);
  expect(shares[23]).toBeGreaterThan(0.3);
  expect(shares.filter((s) => s >= 0.4).length).toBeLessThanOrEqual(4);
  expect(report.plan.length).toBeGreaterThan(0);
  expect(report.months[23].milestone).not.toBeNull();
});
