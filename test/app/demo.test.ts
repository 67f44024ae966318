// The demo jobcentre: deterministic, realistic caseloads and bands, a goal reachable but not met, and an
// Afstemning that explains (Historik closed on each 10th since adoption, one late registration).
import { refreshOutputs } from '../../src/app/refresh';
import { measure } from '../../src/domain';
import { buildDemoTables, demoCaseload, demoTableSteps, demoTables } from '../../src/demo/demoCaseload';
import { LATE_NOTE } from '../../src/demo/demoHistory';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { RECONCILIATION_HEADERS } from '../../src/workbook/render/afstemning';

const asOf = '2026-11-22';

test('the demo is deterministic for an as-of date', () => {
  // Built twice from scratch (not from demoTables' cache), and the cached copy is the same again.
  expect(buildDemoTables(asOf)).toEqual(buildDemoTables(asOf));
  expect(demoTables(asOf)).toEqual(buildDemoTables(asOf));
  expect(demoTables(asOf)).not.toEqual(demoTables('2026-10-22'));
  // A caller changing its copy does not change the next one.
  const mine = demoTables(asOf);
  mine.Borgere.rows[0][0] = 'ændret';
  expect(demoTables(asOf).Borgere.rows[0][0]).not.toBe('ændret');
}, 60000);

test('built in steps (the task pane yields between them), the demo is the same, and it pauses at its long parts', () => {
  const steps = demoTableSteps(asOf);
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      expect(step.value).toEqual(buildDemoTables(asOf));
      break;
    }
    pauses++;
  }
  // After simulating, making the rows, reading them for Historik, and measuring them.
  expect(pauses).toBe(4);
}, 60000);

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
}, 60000);

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
}, 60000);

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
}, 60000);

test("the demo's Afstemning explains: a realistic Historik, a late registration, STAR's share, pass and gross difference", async () => {
  const asOfDay = '2026-12-03';
  const wb = new MemoryWorkbook(demoTables(asOfDay));
  const { measurement } = await refreshOutputs(wb, { asOf: asOfDay, now: new Date('2026-12-03T09:00:00Z') });
  const rec = measurement.report.reconciliation;
  // Taken into use on 10 June 2026: the months long past closed then, marked so; every month since on its 10th.
  const closed = rec.filter((r) => r.closed);
  expect(closed.at(-1)!.month).toBe('2026-10');
  expect(closed.filter((r) => r.closed!.atAdoption).map((r) => r.closed!.closedOn)).toEqual(
    Array(closed.length - 6).fill('2026-06-10'),
  );
  expect(closed.slice(-6).map((r) => [r.month, r.closed!.closedOn, r.closed!.atAdoption])).toEqual([
    ['2026-05', '2026-06-10', false],
    ['2026-06', '2026-07-10', false],
    ['2026-07', '2026-08-10', false],
    ['2026-08', '2026-09-10', false],
    ['2026-09', '2026-10-10', false],
    ['2026-10', '2026-11-10', false],
  ]);
  // The placement registered after October was closed: one citizen changed since close.
  const october = rec.find((r) => r.month === '2026-10')!;
  expect(october.changedSinceClose).toHaveLength(1);
  expect(october.changedSinceClose[0]).toMatchObject({ was: false, now: true });
  expect(october.now!.active - october.closed!.active).toBe(1);
  const late = (await wb.readTables(['Forløb'])).Forløb!;
  const note = late.headers.indexOf('Note');
  expect(late.rows.filter((r) => r[note] === LATE_NOTE)).toHaveLength(1);
  // The sheet shows STAR's share, whether STAR's figures pass, the gross difference and the changed citizen.
  const sheet = wb.sheet('Afstemning')!;
  const row = sheet.values.find((r) => r[0] === 'oktober 2026')!;
  const cell = (h: string) => row[RECONCILIATION_HEADERS.indexOf(h)];
  expect(cell('STAR andel')).toBe(Math.floor((october.star!.active * 1000) / october.star!.gross) / 1000);
  expect(cell('STAR opfylder målet')).toBe(october.star!.passes ? 'Ja' : 'Nej');
  expect(cell('Bruttoforskel nu − STAR')).toBe(october.now!.gross - october.star!.gross);
  expect(cell('Ændret siden lukning')).toBe(1);
  expect(sheet.values.some((r) => r[1] === october.changedSinceClose[0].citizenId && r[2] === 'Nej')).toBe(true);
  expect(sheet.values.some((r) => r.includes('ved ibrugtagning'))).toBe(true);
}, 60000);
