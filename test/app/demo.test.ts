import { measure } from '../../src/domain';
import { demoCaseload, demoTables } from '../../src/demo/demoCaseload';

const asOf = '2026-11-22';

test('the demo is deterministic for an as-of date', () => {
  expect(demoTables(asOf)).toEqual(demoTables(asOf));
  expect(demoTables(asOf)).not.toEqual(demoTables('2026-10-22'));
});

test('the demo is a realistic jobcentre: 3 teams, 12 caseworkers, about 650 citizens over 24 months', () => {
  const c = demoCaseload(asOf);
  // One deliberate typing error the reader catches (the others are row rules, seen in the report).
  expect(c.issues.map((i) => `${i.table} ${i.column} ${i.code}`)).toEqual(['Borgere CV notYesNo']);
  expect(new Set(c.citizens.map((x) => x.team))).toEqual(new Set(['Team Nord', 'Team Syd', 'Team Vest']));
  expect(new Set(c.citizens.map((x) => x.caseworker)).size).toBe(12);
  expect(c.citizens.length).toBeGreaterThanOrEqual(600);
  expect(c.citizens.length).toBeLessThanOrEqual(720);
  expect(c.agreements!.length).toBeGreaterThanOrEqual(12);
  expect(c.starFigures).toHaveLength(4);
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
  expect(c.settings).toMatchObject({
    ruleId: 'fsm-rate3',
    baseMonth: '2026-05',
    deadline: '2027-05',
    periodFrom: '2024-12',
    trancheAmount: 1250000,
  });
});

test('caseloads sit inside the bands (caseworkers 40-50, consultants near 30-35) with a few above; Datakvalitet has work', () => {
  const { report } = measure(demoCaseload(asOf), { asOf });
  const s = report.caseloads.filter((x) => x.role === 'Sagsbehandler');
  const vk = report.caseloads.filter((x) => x.role === 'Virksomhedskonsulent');
  expect(s).toHaveLength(12);
  expect(s.filter((x) => x.above).length).toBeGreaterThanOrEqual(1);
  expect(s.filter((x) => x.citizens >= 38 && x.citizens <= 50).length).toBeGreaterThanOrEqual(9);
  expect(vk).toHaveLength(9);
  expect(vk.filter((x) => x.citizens >= 20 && x.citizens <= 36).length).toBeGreaterThanOrEqual(7);
  expect(report.issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(2);
  // Most rows were reviewed within the month: not-reviewed signals are the exception, not the rule.
  const notReviewed = report.signals.filter((x) => x.kind === 'notReviewed').length;
  expect(notReviewed).toBeLessThan(report.months[23].gross * 0.2);
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
