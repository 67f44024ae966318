// The Overblik dashboard as a SheetModel, from the measured demo: the headline first with the report's
// numbers, one chart over the whole's month table (planned months included), a small chart per team
// over that team's table, the Målgruppe table adding up, readable headers and a printable page.
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { headline } from '../../../src/text/headline';
import { truncateShare } from '../../../src/text/format';
import { readCaseload } from '../../../src/workbook/read';
import { rowsForPx } from '../../../src/workbook/render/builder';
import { TARGET_GROUP_HEADERS } from '../../../src/workbook/render/maalgrupper';
import { MONTH_TABLE_HEADERS, renderOverblik } from '../../../src/workbook/render/overblik';
import type { CellValue } from '../../../src/workbook/port';

const AS_OF = '2026-11-23';
// The demo workbook's tables read as the CLI reads them (settings such as Tranchebeløb included).
const { report } = measure(readCaseload(demoTables(AS_OF)), { asOf: AS_OF });
const sheet = renderOverblik(report, { computedAt: '23-11-2026 kl. 14:00' });
const v = sheet.values;
const rowOf = (text: string, from = 0) => v.findIndex((r, i) => i >= from && r[0] === text);
const last = report.months.at(-1)!;
const teams = Object.keys(report.byTeam).sort((a, b) => a.localeCompare(b, 'da'));

describe('Overblik headline', () => {
  it('opens with the headline block right after the title, with the report numbers', () => {
    const h = rowOf('Målet og tranchen');
    expect(h).toBe(3);
    const items = headline(report, 'da');
    items.forEach((item, i) => expect(v[h + 1 + i].slice(0, 2)).toEqual([item.label, item.value]));
    const value = (label: string) => v.find((r, i) => i > h && r[0] === label)?.[1];
    // The demo is short of the goal in its last month: the status names the month's count against 40 %.
    expect(report.goal.met).toBe(false);
    expect(value('Status for målet')).toContain(`(${last.active} af ${last.gross}) mod 40 %`);
    // The gap is the citizens missing for 40 %, computed here from the counts.
    const gap = Math.ceil((last.gross * 40) / 100) - last.active;
    expect(gap).toBeGreaterThan(0);
    expect(value('Mangler til målet')).toBe(`${gap} borgere`);
    expect(value('Bestået')).toBe(`${report.goal.currentStreak} af 3 måneder i træk`);
    expect(value('Tidligst opfyldt')).toMatch(/^\w+ \d{4}; deadline \w+ \d{4}: kan (ikke )?nås inden fristen$/);
    expect(value('Tranchebeløb')).toBe('1.250.000 kr. afhænger af målet');
  });
});

describe('Overblik charts', () => {
  const header = rowOf('Måned', rowOf('Hele målgruppen pr. måned'));
  const planned = report.plan.filter((p) => p.month > last.month).map((p) => p.month);

  it('draws one chart of share, goal and milestone from the whole month table, planned months included', () => {
    const main = sheet.charts![0];
    expect(main.type).toBe('line');
    expect(main.data).toEqual({ row: header, col: 0, rows: report.months.length + planned.length + 1, cols: 4 });
    expect(v[header].slice(0, 4)).toEqual(['Måned', 'Andel', 'Mål', 'Milepæl']);
    const body = v.slice(header + 1, header + main.data.rows!);
    expect(body.map((r) => r[0])).toEqual([...report.months.map((m) => m.month), ...planned]);
    report.months.forEach((m, i) => expect(body[i][1]).toBe(truncateShare(m.share)));
    expect(body.every((r) => r[2] === 0.4)).toBe(true);
    // A planned month has its milestone but no share yet.
    const p = report.plan.find((x) => x.month === planned[0])!;
    expect(body[report.months.length].slice(1, 4)).toEqual([null, 0.4, truncateShare(p.milestoneShare)]);
    expect(main.valueFormat).toBe('0%');
    // Placed after the headline and before the teams, over empty rows only.
    expect(main.anchor.row).toBeGreaterThan(rowOf('Andel i indsats mod mål og milepæl'));
    expect(main.anchor.row).toBeLessThan(rowOf('Teams i seneste måned'));
    for (let r = main.anchor.row; r < main.anchor.row + rowsForPx(main.heightPx!); r++)
      expect(v[r].every((c) => c === null)).toBe(true);
  });

  it('gives every team a small chart over its own month table, the teams side by side', () => {
    const teamCharts = sheet.charts!.slice(1);
    expect(teamCharts.map((c) => c.title)).toEqual(teams);
    teamCharts.forEach((chart, i) => {
      const tableHeader = rowOf('Måned', rowOf(teams[i], rowOf('Hele målgruppen pr. måned')));
      expect(chart.data).toEqual({
        row: tableHeader,
        col: 0,
        rows: report.byTeam[teams[i]].months.length + planned.length + 1,
        cols: 4,
      });
      const body = v.slice(tableHeader + 1, tableHeader + 1 + report.byTeam[teams[i]].months.length);
      report.byTeam[teams[i]].months.forEach((m, j) => expect(body[j][1]).toBe(truncateShare(m.share)));
      for (let r = chart.anchor.row; r < chart.anchor.row + rowsForPx(chart.heightPx!); r++) {
        expect(v[r].every((c) => c === null)).toBe(true);
      }
    });
    // Three teams in one line: same row, different columns.
    expect(new Set(teamCharts.map((c) => c.anchor.row)).size).toBe(1);
    expect(teamCharts.map((c) => c.anchor.col)).toEqual([0, 5, 10]);
  });

  it("shows each team's share truncated with the count beside it, and its status with the gap", () => {
    const names = rowOf('Teams i seneste måned') + 1;
    teams.forEach((team, i) => {
      const col = i * 5;
      const t = report.byTeam[team].months.at(-1)!;
      expect(v[names][col]).toBe(team);
      expect(v[names + 1].slice(col, col + 3)).toEqual(['Andel', truncateShare(t.share), `${t.active} af ${t.gross}`]);
      expect(String(v[names + 3][col + 1])).toMatch(
        t.gapToGoal === 0 ? /Når målet$/ : new RegExp(`${t.gapToGoal} borgere? mangler til målet$`),
      );
    });
  });
});

describe('Overblik Målgruppe table', () => {
  const header = rowOf('Målgruppe', rowOf('Målgrupper'));
  const groups = Object.keys(report.byTargetGroup);
  const body = v.slice(header + 1, header + 1 + groups.length);
  const total = v[header + 1 + groups.length];
  const col = (name: string) => TARGET_GROUP_HEADERS.indexOf(name);
  const sum = (rows: CellValue[][], c: number) => rows.reduce((n, r) => n + (r[c] as number), 0);

  it('has one row per target group and a total that adds up to the whole', () => {
    expect(v[header]).toEqual(expect.arrayContaining(TARGET_GROUP_HEADERS));
    expect(body.map((r) => r[0]).sort()).toEqual([...groups].sort());
    expect(total[0]).toBe('I alt');
    expect(total[col('Brutto')]).toBe(sum(body, col('Brutto')));
    expect(total[col('I indsats')]).toBe(sum(body, col('I indsats')));
    // The demo's rule covers every target group, so the groups add up to the whole target group.
    expect(total[col('Brutto')]).toBe(last.gross);
    expect(total[col('I indsats')]).toBe(last.active);
    expect(total[col('Andel')]).toBe(truncateShare(last.share));
    expect(total[col('Mangler til målet')]).toBe(last.gapToGoal);
    // Largest group first.
    const gross = body.map((r) => r[col('Brutto')] as number);
    expect(gross).toEqual([...gross].sort((a, b) => b - a));
  });

  it('compares each group with three months earlier', () => {
    const then = report.months.at(-4)!.month;
    for (const r of body) {
      const slice = report.byTargetGroup[r[0] as string].months;
      const now = slice.at(-1)!;
      const before = slice.find((m) => m.month === then)!;
      expect(r[col('Brutto ±')]).toBe(now.gross - before.gross);
      expect(r[col('I indsats ±')]).toBe(now.active - before.active);
      expect(r[col('Mangler til målet ±')]).toBe(now.gapToGoal! - before.gapToGoal!);
      expect(r[col('Andel ±')]).toBeCloseTo((truncateShare(now.share)! - truncateShare(before.share)!) * 100, 6);
    }
    expect(total[col('Brutto ±')]).toBe(sum(body, col('Brutto ±')));
  });
});

describe('Overblik layout', () => {
  it('gives every header room on one line, so no header spills over the next', () => {
    const widths = sheet.columnWidths!;
    for (const r of v.filter((row) => row[0] === 'Måned' || row[0] === 'Målgruppe' || row[0] === 'Sagsbehandler')) {
      r.forEach((h, c) => {
        if (typeof h === 'string' && h) expect(widths[c]).toBeGreaterThanOrEqual(h.length + 1);
      });
    }
    expect(v.find((r) => r[0] === 'Måned')).toEqual(MONTH_TABLE_HEADERS);
  });

  it('prints landscape, fit to width, with the detail tables on their own page and no line wider than a page', () => {
    expect(sheet.print).toMatchObject({
      landscape: true,
      fitToWidth: true,
      rowBreaksBefore: [rowOf('Hele målgruppen pr. måned')],
    });
    // Below the title block, notes are split into lines that keep the printed page narrow.
    for (const r of v.slice(3))
      if (typeof r[0] === 'string' && r.slice(1).every((c) => c === null)) expect(r[0].length).toBeLessThanOrEqual(160);
  });
});
