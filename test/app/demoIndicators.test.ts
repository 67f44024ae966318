// The demo's indicators (issue 24): the five Jobrettet Samtale II indicators for the twelve months before the
// as-of month, read and evaluated like a user's rows: no issues, deterministic, teams for the case-system ones,
// plausible values with some months under target, one survey month with a small denominator, and Selvbooking's
// milestones from its Indikatormål row.
import { measure } from '../../src/domain';
import { demoCaseload } from '../../src/demo/demoCaseload';
import { demoIndicatorMonths, demoIndicatorRows } from '../../src/demo/demoIndicators';
import { JS2_PRESETS } from '../../src/domain/indicators/presets';

const asOf = '2026-11-22';
const caseload = demoCaseload(asOf);
const { report } = measure(caseload, { asOf });
const table = (report.indicators ?? []).filter((r) => r.goal.source === 'table');
const whole = table.filter((r) => r.level === 'Alle');

test('the demo indicator rows are deterministic and cover the twelve months before the as-of month', () => {
  expect(demoIndicatorRows(asOf)).toEqual(demoIndicatorRows(asOf));
  expect(demoIndicatorRows(asOf)).not.toEqual(demoIndicatorRows('2026-10-22'));
  const months = demoIndicatorMonths(asOf);
  expect(months).toHaveLength(12);
  expect([months[0], months[11]]).toEqual(['2025-11', '2026-10']);
  expect(caseload.indicatorFigures!.every((f) => months.includes(f.month) && f.numerator <= f.denominator)).toBe(true);
  expect(report.issues.filter((i) => i.table === 'Indikatorer' || i.table === 'Indikatormål')).toEqual([]);
});

test('the demo carries the five JS II indicators, with teams for the case system’s figures', () => {
  expect(whole.map((r) => [r.goal.indicator, r.goal.population, r.goal.target])).toEqual(
    JS2_PRESETS.map((p) => [p.indicator, p.population, p.target]),
  );
  const teams = (indicator: string) =>
    table.filter((r) => r.goal.indicator === indicator && r.level === 'Team').map((r) => r.name);
  expect(teams('Selvbooking af samtaler')).toEqual(['Team Nord', 'Team Syd', 'Team Vest']);
  expect(new Set(teams('Joblog anvendt'))).toEqual(new Set(['Team Nord', 'Team Syd', 'Team Vest']));
  for (const r of whole) {
    expect(r.months.filter((m) => m.denominator > 0)).toHaveLength(12);
    // Plausible: every indicator has months under its target, and all but the survey-based ones end near it.
    expect(r.months.some((m) => m.passes === false)).toBe(true);
    for (const m of r.months) expect(m.share!).toBeGreaterThan(0.15);
  }
});

test('one survey month has a small denominator, and Selvbooking has milestones towards its deadline', () => {
  const small = whole.flatMap((r) => r.months.filter((m) => m.smallNumber).map((m) => [r.goal.indicator, m.month]));
  expect(small).toEqual([['Borgerens vurdering af samtalen (positiv)', '2026-10']]);
  const selvbooking = whole.find((r) => r.goal.indicator === 'Selvbooking af samtaler')!;
  expect(selvbooking.goal).toMatchObject({ monthsInARow: 3, baseMonth: '2025-11', deadline: '2027-02' });
  expect(selvbooking.months.slice(1).every((m) => m.milestone !== null)).toBe(true);
  // Under target at the start of the year, over it at the end.
  expect(selvbooking.months[0].passes).toBe(false);
  expect(selvbooking.months.at(-1)!.passes).toBe(true);
});
