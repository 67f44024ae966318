// One share display rule everywhere (issue 21): the sheets write shares truncated to one decimal of a
// percent, so Excel's 0.0% format shows the same text as the pane. A milestone share of 30,366... % read
// 30,4 % in Milepæle (rounded by Excel) while the pane showed 30,3 %; here both must say 30,3 %.
import { measure, type Caseload, type Citizen } from '../../../src/domain';
import { texts } from '../../../src/text/ui';
import { renderMilepaele, PLAN_HEADERS } from '../../../src/workbook/render/milepaele';
import { MONTH_TABLE_HEADERS, renderOverblik } from '../../../src/workbook/render/overblik';
import type { CellValue } from '../../../src/workbook/port';

const person = (row: number): Citizen => ({
  row,
  id: `C${row}`,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2024-12-01',
});

// Nobody active at Basismåned (s0 = 0), goal 91,1 %, T = April: February's milestone is 91,1 / 3 = 30,366... %.
const caseload: Caseload = {
  citizens: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(person),
  placements: [],
  hours: [],
  settings: { ruleId: 'custom', threshold: 91.1, monthsInARow: 1, baseMonth: '2025-01', deadline: '2025-04' },
  issues: [],
};
const { report } = measure(caseload, { asOf: '2025-02-20' });
const tx = texts('da');
/** The pane's text, spaces normalised and a whole percent written with its decimal as Excel does ("40 %" -> "40,0 %"). */
const pane = {
  percent: (share: number) =>
    tx
      .percent(share)
      .replace(/\s/g, ' ')
      .replace(/^(\d+) %$/, '$1,0 %'),
};

/** What Excel shows for a number cell formatted 0.0% (it rounds half away from zero), in Danish. */
const excelPercent = (v: CellValue) => `${(Math.round(Number(v) * 1000) / 10).toFixed(1).replace('.', ',')} %`;

describe('a share reads the same in the pane and in the sheets', () => {
  const february = report.plan.find((p) => p.month === '2025-02')!;

  it('the fixture is a share that rounding and truncation disagree on', () => {
    expect(february.milestoneShare).toBeCloseTo(0.911 / 3, 12);
    expect(excelPercent(february.milestoneShare)).toBe('30,4 %');
    expect(pane.percent(february.milestoneShare)).toBe('30,3 %');
  });

  it('Milepæle: every milestone and actual share as the pane shows it', () => {
    const v = renderMilepaele(report, { computedAt: '20-02-2025 kl. 10:00' }).values;
    const header = v.findIndex((r) => r[0] === PLAN_HEADERS[0] && r[3] === 'Måned');
    const col = (name: string) => PLAN_HEADERS.indexOf(name);
    const body = v.slice(header + 1).filter((r) => r[0] === 'Samlet');
    expect(body.map((r) => r[col('Måned')])).toEqual(report.plan.map((p) => p.month));
    report.plan.forEach((p, i) => {
      expect(excelPercent(body[i][col('Milepæl andel')])).toBe(pane.percent(p.milestoneShare));
      if (p.actual !== null) expect(excelPercent(body[i][col('Faktisk andel')])).toBe(pane.percent(p.actual / p.gross));
    });
  });

  it('Overblik: the month table and the team block show the milestone as the pane does', () => {
    const v = renderOverblik(report, { computedAt: '20-02-2025 kl. 10:00' }).values;
    const header = v.findIndex((r) => r[0] === 'Måned' && r[3] === 'Milepæl');
    const row = v.slice(header + 1).find((r) => r[0] === '2025-02')!;
    expect(excelPercent(row[MONTH_TABLE_HEADERS.indexOf('Milepæl')])).toBe('30,3 %');
    const teamMilestone = v.find((r) => r[0] === 'Milepæl')!;
    expect(excelPercent(teamMilestone[1])).toBe(pane.percent(report.byTeam.Nord.months.at(-1)!.milestone!.share));
  });
});
