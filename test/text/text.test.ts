// The text layer: statuses, signals, rule names and the headline in Danish and English, Danish number
// and month formats, and the JSON report's section-5 shape (Danish words beside the codes).
import { toJsonReport } from '../../src/app/jsonReport';
import { summaryText } from '../../src/text/summary';
import { measure, SIGNAL_KINDS, type Caseload, type Signal } from '../../src/domain';
import {
  formatCount,
  formatKroner,
  formatMonth,
  gapCountText,
  gapToGoalText,
  headline,
  ruleName,
  signalLabel,
  signalText,
  statusText,
  statusWithGap,
} from '../../src/text';
import { workedExample2 } from '../domain/workedExamples';

const base = { citizenId: 'B1', caseworker: 'Anne', companyConsultant: null, team: 'Nord', date: '2025-04-02' };
const examples: Signal[] = [
  {
    ...base,
    kind: 'placementEndingSoon',
    placementType: 'Løntilskud',
    company: 'Bageriet',
    endDate: '2025-07-10',
    placementRow: 1,
  },
  {
    ...base,
    kind: 'followUpDue',
    placementType: 'Virksomhedspraktik',
    company: null,
    lastFollowUp: '2025-04-02',
    neverFollowedUp: false,
    followUpDays: 31,
    placementRow: 2,
  },
  { ...base, kind: 'praktikWithoutHours', company: 'Netto', startDate: '2025-01-02', weeks: 13, placementRow: 3 },
  { ...base, kind: 'notReviewed', updated: null, reviewDays: 30 },
  { ...base, citizenId: null, date: null, kind: 'caseloadAboveBand', role: 'Sagsbehandler', citizens: 52, bandMax: 50 },
  { ...base, kind: 'agreementOverdue', text: 'Ring til Netto', due: '2025-04-02', agreementRow: 4 },
  { ...base, kind: 'readyWithoutStart', readinessSince: '2025-03-01', days: 30 },
  { ...base, kind: 'readyWithoutVk', readinessSince: null },
  {
    ...base,
    kind: 'movedBack',
    readiness: 'Længere fra',
    was: 'Klar',
    closedMonth: '2025-03',
    readinessSince: '2025-04-02',
  },
  {
    ...base,
    kind: 'placementWithoutAgreement',
    placementType: 'Virksomhedspraktik',
    company: 'Netto',
    startDate: '2025-03-03',
    placementRow: 5,
  },
];

describe('texts', () => {
  it('words every signal kind in Danish and English from its fields', () => {
    expect(examples.map((s) => s.kind).sort()).toEqual([...SIGNAL_KINDS].sort());
    expect(signalText(examples[0], 'da')).toBe('Løntilskud hos Bageriet slutter 10-07-2025: aftal næste skridt');
    expect(signalText(examples[0], 'en')).toBe('Løntilskud at Bageriet ends 2025-07-10: agree the next step');
    expect(signalText(examples[4], 'da')).toBe('Sagsbehandler Anne har 52 borgere; anbefalet højst 50');
    expect(signalText(examples[3], 'da')).toBe('Aldrig gennemgået (Opdateret er tom)');
    expect(signalText(examples[6], 'da')).toBe(
      'Klar siden 01-03-2025 (mere end 30 dage) uden et startet forløb: aftal en start',
    );
    expect(signalText(examples[8], 'da')).toBe(
      'Parathed gået tilbage fra Klar (lukning marts 2025) til Længere fra den 02-04-2025: tal om hvorfor',
    );
    expect(signalText(examples[8], 'en')).toBe(
      'Readiness went back from Ready (close March 2025) to Further away on 2025-04-02: talk about why',
    );
    expect(signalText(examples[9], 'da')).toBe(
      'Virksomhedspraktik hos Netto siden 03-03-2025 mangler mål og skriftlig aftale: aftal dem med virksomheden',
    );
    for (const s of examples) {
      expect(signalText(s, 'da')).not.toBe(signalText(s, 'en'));
      expect(signalLabel(s.kind, 'da')).not.toBe(signalLabel(s.kind, 'en'));
    }
  });

  it('words statuses, the gap to the goal and rule names', () => {
    expect(['onTrack', 'close', 'behind'].map((s) => statusText(s as 'onTrack', 'da'))).toEqual([
      'På sporet',
      'Tæt på',
      'Bagud',
    ]);
    expect(statusText('behind', 'en')).toBe('Behind');
    expect(gapToGoalText(4, 'da')).toBe('4 borgere mangler til målet');
    expect(gapToGoalText(1, 'da')).toBe('1 borger mangler til målet');
    expect(gapToGoalText(1, 'en')).toBe('1 citizen short of the goal');
    // Beside the label "Mangler til målet" the count stands alone; 0 and undefined read as before.
    expect([4, 1, 0, null].map((g) => gapCountText(g, 'da'))).toEqual(['4 borgere', '1 borger', 'Når målet', '–']);
    expect(gapCountText(2, 'en')).toBe('2 citizens');
    expect(statusWithGap('onTrack', 4, 'da')).toBe('På sporet · 4 borgere mangler til målet');
    expect(ruleName('fsm-rate3', 'da')).toMatch(/^Flere skal med, 3\. rate/);
    expect(ruleName('custom', 'en')).toBe('Local target');
  });

  it('formats months, counts and kroner the Danish way', () => {
    expect(formatMonth('2027-02', 'da')).toBe('februar 2027');
    expect(formatMonth('2027-02', 'en')).toBe('February 2027');
    expect(formatCount(158, 405, 'da')).toBe('158 af 405');
    expect(formatKroner(1250000, 'da')).toBe('1.250.000 kr.');
  });

  it('opens with a headline: status, gap, streak, earliest month against the deadline, tranche', () => {
    const c: Caseload = { ...workedExample2, settings: { ...workedExample2.settings, trancheAmount: 900000 } };
    const lines = headline(measure(c, { asOf: '2025-05-31' }).report, 'da').map((h) => `${h.label}: ${h.value}`);
    expect(lines).toEqual([
      'Status for målet: Målet er ikke nået: maj 2025 40,0 % (4 af 10) mod 40 %',
      'Mangler til målet: Når målet',
      'Bestået: 2 af 3 måneder i træk',
      'Tidligst opfyldt: juni 2025; deadline juni 2025: kan nås inden fristen',
      'Tranchebeløb: 900.000 kr. afhænger af målet',
    ]);
  });
});

describe('CLI summary', () => {
  it('prints the headline, then the latest month and each team with status beside the gap to the goal', () => {
    const c: Caseload = { ...workedExample2, settings: { ...workedExample2.settings, trancheAmount: 900000 } };
    const text = summaryText(measure(c, { asOf: '2025-05-31' }).report, 'eksempel.xlsx');
    expect(text).toContain('Bestået: 2 af 3 måneder i træk');
    expect(text).toContain('Tidligst opfyldt: juni 2025; deadline juni 2025: kan nås inden fristen');
    expect(text).toContain('Tranchebeløb: 900.000 kr. afhænger af målet');
    expect(text).toContain('Seneste måned (maj 2025): 4 af 10 borgere = 40,0 % (mål 40 %)');
    // Team B: C7 and C8 active of 4 (50 %); Team A: C5 of 6 in May (C1's praktik ended 31-05, still counted) = 2 of 6.
    expect(text).toMatch(/Team A\s+2 af\s+6 =\s+33,3 %\s+På sporet · 1 borger mangler til målet/);
    expect(text).toMatch(/Team B\s+2 af\s+4 =\s+50,0 %\s+På sporet · Når målet/);
  });
});

describe('JSON report (DOMAIN.md section 5)', () => {
  it('gives statuses as Danish words and each signal a Danish message beside its kind and fields', () => {
    const report = measure(workedExample2, { asOf: '2025-05-31' }).report;
    const json = JSON.parse(JSON.stringify(toJsonReport(report, (i) => `tekst for ${i.code}`)));
    expect(json.plan[0]).toEqual({
      month: '2025-02',
      milestoneShare: 0.2,
      milestoneCount: 2,
      gross: 10,
      actual: 2,
      status: 'På sporet',
      gap: 0,
      neededStarts: null,
      expectedEnds: null,
    });
    expect(json.months.find((m: { month: string }) => m.month === '2025-05').milestone).toEqual({
      share: 0.4,
      count: 4,
      status: 'På sporet',
      gap: 0,
    });
    expect(json.goal).toEqual({
      met: false,
      metInMonth: null,
      currentStreak: 2,
      gapToGoal: 0,
      earliestMetMonth: '2025-06',
      deadline: '2025-06',
      onTrack: true,
      trancheAmount: null,
    });
    expect(json.byCaseworker.S2).toMatchObject({ team: 'Team A' });
    expect(json.byCaseworker.S2.plan.map((p: { milestoneCount: number }) => p.milestoneCount)).toEqual([0, 1, 1, 1, 1]);
    expect(json.reconciliation).toEqual([]);
    expect(json.agreements).toEqual([]);
    for (const s of json.signals) {
      expect(s).toMatchObject({
        kind: expect.any(String),
        caseworker: expect.any(String),
        message: expect.any(String),
      });
      expect(s).toHaveProperty('citizenId');
      expect(s).toHaveProperty('team');
      expect(s).toHaveProperty('date');
    }
    expect(json.signals.map((s: { kind: string }) => s.kind)).toContain('notReviewed');
    expect(json.caseloads[0]).toEqual({
      name: 'S1',
      role: 'Sagsbehandler',
      team: 'Team A',
      citizens: 4,
      bandMin: 40,
      bandMax: 50,
      above: false,
    });
  });

  it('renders each issue with its code and the given Danish message', () => {
    const report = measure(workedExample2, { asOf: '2025-05-31' }).report;
    report.issues = [
      {
        severity: 'error',
        table: 'Forløb',
        row: 12,
        column: 'Slutdato',
        code: 'endBeforeStart',
        params: { start: '2025-03-01', end: '2025-01-01' },
        consequence: 'rowSkipped',
      },
    ];
    const json = toJsonReport(report, (i) => `tekst for ${i.code}`);
    expect(json.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        table: 'Forløb',
        row: 12,
        column: 'Slutdato',
        code: 'endBeforeStart',
        message: 'tekst for endBeforeStart',
      }),
    ]);
  });
});
