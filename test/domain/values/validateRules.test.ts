// validateCaseload and resolveRule by value: owners of placements and hours rows resolved to the right
// citizen, rows the reader refused, the issues of a measurement in reading order with the rows used;
// each preset's rule as data and how Indstillinger change (only) the custom rule.
import { measure, resolveRule, isRuleId, RULE_PRESETS, type Caseload, type Citizen } from '../../../src/domain';
import { validateCaseload } from '../../../src/domain/validate';

const person = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});

describe('validateCaseload', () => {
  const caseload = (): Caseload => ({
    citizens: [
      person(1, 'A'),
      person(2, 'B', { exitReason: 'Død' }),
      person(3, 'C', { startDate: '2025-02-01', endDate: '2025-01-01' }),
      person(4, 'D'),
    ],
    placements: [
      { row: 1, citizenId: 'D', type: 'Job', startDate: '2025-01-01', hoursPerWeek: 90 },
      { row: 2, citizenId: 'R', type: 'Job', startDate: '2025-01-01' },
      { row: 3, citizenId: 'b', type: 'Job', startDate: '2024-01-01', endDate: '2024-02-01' },
      { row: 4, citizenId: 'C', type: 'Job', startDate: '2025-01-01' },
    ],
    hours: [
      { row: 1, citizenId: 'D', month: '2025-01', hours: 3 },
      { row: 2, citizenId: 'R', month: '2025-01', hours: 3 },
      { row: 3, citizenId: 'A', month: '2025-01', hours: 3 },
      { row: 4, citizenId: 'd', month: '2025-01', hours: 4 },
    ],
    settings: {},
    refusedCitizens: [
      { id: 'R', row: 7 },
      { id: 'A', row: 8 },
    ],
    issues: [],
  });

  it("resolves each row's citizen once and keeps the used rows with their warnings", () => {
    const v = validateCaseload(caseload());
    expect(v.citizens.map((c) => c.id)).toEqual(['A', 'B', 'D']);
    expect(v.placements.map((p) => p.row)).toEqual([1, 3]);
    expect(Array.from(v.placementOwner)).toEqual([2, 1]);
    expect(v.hours.map((h) => h.row)).toEqual([1, 3, 4]);
    expect(Array.from(v.hoursOwner)).toEqual([2, 0, 2]);
    expect(v.issues.map((i) => [i.table, i.row, i.severity, i.code])).toEqual([
      ['Borgere', 2, 'warning', 'exitReasonWithoutEnd'],
      ['Borgere', 3, 'error', 'endBeforeStart'],
      ['Forløb', 1, 'warning', 'hoursPerWeekHigh'],
      ['Forløb', 2, 'error', 'citizenRowRejected'],
      ['Forløb', 3, 'warning', 'placementOutsidePeriod'],
      ['Forløb', 4, 'error', 'citizenRowRejected'],
      ['Timer', 2, 'error', 'citizenRowRejected'],
      ['Timer', 4, 'warning', 'duplicateHoursMonth'],
    ]);
  });

  it("a measurement lists the reader's and the engine's issues in reading order, and the rows it used", () => {
    const c = caseload();
    c.issues = [
      {
        severity: 'error',
        table: 'Timer',
        row: 9,
        column: 'Timer',
        code: 'notANumber',
        params: { value: 'x' },
        consequence: 'rowSkipped',
      },
      {
        severity: 'error',
        table: 'Borgere',
        row: 5,
        column: 'Startdato',
        code: 'notADate',
        params: { value: 'x' },
        consequence: 'rowSkipped',
      },
    ];
    const { report, usedRows } = measure(c, { asOf: '2025-01-31' });
    expect(report.issues.map((i) => `${i.table}${i.row}`)).toEqual([
      'Borgere2',
      'Borgere3',
      'Borgere5',
      'Forløb1',
      'Forløb2',
      'Forløb3',
      'Forløb4',
      'Timer2',
      'Timer4',
      'Timer9',
    ]);
    expect(usedRows).toEqual({ Borgere: [1, 2, 4], Forløb: [1, 3], Timer: [1, 3, 4] });
    expect(report.months[0]).toMatchObject({ gross: 3, active: 2, withOrdinaryHours: 2 });
    expect(report.agreements).toEqual([]);
    expect(report.reconciliation).toEqual([]);
    expect(report.asOf).toBe('2025-01-31');
  });
});

describe('resolveRule', () => {
  it("defaults to fsm-rate3, takes Indstillinger's rule, and the option over both", () => {
    expect(resolveRule({})).toEqual({
      id: 'fsm-rate3',
      threshold: 40,
      monthsInARow: 3,
      counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'],
      countsOrdinaryHours: true,
      basis: 'active',
      targetGroups: null,
    });
    expect(resolveRule({ ruleId: 'fsm2-20' }).id).toBe('fsm2-20');
    expect(resolveRule({ ruleId: 'fsm2-20' }, 'afklaring-80').id).toBe('afklaring-80');
  });

  it('gives each preset its threshold, streak, counts and basis', () => {
    expect(resolveRule({}, 'fsm-rate2')).toMatchObject({
      threshold: 100,
      monthsInARow: 1,
      counts: [],
      countsOrdinaryHours: false,
      basis: 'visited',
    });
    expect(resolveRule({}, 'fsm2-20')).toMatchObject({
      threshold: 20,
      monthsInARow: 1,
      counts: ['Ordinære timer', 'Job', 'Uddannelse'],
      countsOrdinaryHours: true,
      basis: 'active',
    });
    expect(resolveRule({}, 'afklaring-80')).toMatchObject({
      threshold: 80,
      monthsInARow: 1,
      counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job', 'Uddannelse', 'Anden ydelse'],
      basis: 'active',
    });
    expect(resolveRule({}, 'custom')).toMatchObject({
      threshold: 40,
      monthsInARow: 3,
      counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'],
      basis: 'active',
    });
    expect(Object.keys(RULE_PRESETS)).toEqual(['fsm-rate3', 'fsm-rate2', 'fsm2-20', 'afklaring-80', 'custom']);
    expect(Object.entries(RULE_PRESETS).every(([key, preset]) => preset.id === key)).toBe(true);
  });

  it('applies threshold, months in a row (whole, at least 1) and counts only to the custom rule', () => {
    const settings = { threshold: 55, monthsInARow: 2.7, counts: ['Job' as const, 'Virksomhedspraktik' as const] };
    expect(resolveRule(settings, 'custom')).toMatchObject({
      threshold: 55,
      monthsInARow: 2,
      counts: ['Virksomhedspraktik', 'Job'],
      countsOrdinaryHours: false,
    });
    expect(resolveRule(settings, 'fsm-rate3')).toMatchObject({
      threshold: 40,
      monthsInARow: 3,
      counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'],
    });
    expect(resolveRule({ monthsInARow: 0 }, 'custom').monthsInARow).toBe(1);
    expect(resolveRule({ threshold: 0, counts: [] }, 'custom')).toMatchObject({
      threshold: 0,
      counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'],
    });
  });

  it('keeps the Målgrupper as a copy, none when the list is empty', () => {
    const targetGroups: Citizen['targetGroup'][] = ['Ressourceforløb'];
    const rule = resolveRule({ targetGroups });
    expect(rule.targetGroups).toEqual(['Ressourceforløb']);
    expect(rule.targetGroups).not.toBe(targetGroups);
    expect(resolveRule({ targetGroups: [] }).targetGroups).toBeNull();
  });

  it('knows the rule ids', () => {
    expect(['fsm-rate3', 'custom', 'fsm-rate4', ''].map(isRuleId)).toEqual([true, true, false, false]);
  });
});
