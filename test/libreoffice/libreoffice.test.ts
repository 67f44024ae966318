// LibreOffice opens a workbook written by `fremdrift demo` headlessly, and the Overblik values it
// reads back match the JSON report of the same run: the headline, the month series (planned months
// after it), the teams' shares with their counts and the Målgruppe total.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { headline } from '../../src/text/headline';
import { runCli } from '../cli/helpers';

// LibreOffice's soffice (SOFFICE_PATH); without it the test is skipped and counted (scripts/ensure-tools.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
if (!SOFFICE)
  console.warn('!!! LibreOffice (soffice) findes ikke: LibreOffice-testen springes over (sæt SOFFICE_PATH).');
const dir = mkdtempSync(join(tmpdir(), 'fremdrift-lo-'));

/** A number as LibreOffice writes it; percent-formatted cells keep their % sign even as raw values. */
function num(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** Minimal CSV reader for LibreOffice's output (comma separated, double-quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

(SOFFICE ? test : test.skip)(
  'soffice converts the rendered demo workbook and reads the same Overblik numbers',
  async () => {
    const file = join(dir, 'demo.xlsx');
    const r = await runCli(['demo', file, '--as-of', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);

    const profile = join(dir, 'lo-profile');
    // Sheet 1 is Overblik; raw values (not "as shown") so shares come out as plain decimals.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,1';
    const lo = spawnSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, file],
      {
        encoding: 'utf8',
        timeout: 180000,
      },
    );
    expect(lo.status).toBe(0);
    // With a sheet number LibreOffice names the output after the sheet: demo-Overblik.csv.
    expect(lo.stdout).toMatch(/Writing sheet Overblik/);
    const csvFile = join(dir, 'demo-Overblik.csv');
    expect(existsSync(csvFile)).toBe(true);
    const rows = parseCsv(readFileSync(csvFile, 'utf8'));
    expect(rows[0][0]).toBe('Overblik');
    expect(rows[1][0]).toMatch(/^Beregnet .* Målregel: .*\(fsm-rate3\)/);
    const h = rows.findIndex((x) => x[0] === 'Måned');
    const headers = rows[h];
    const at = (name: string) => headers.indexOf(name);
    const series = rows.slice(h + 1, h + 1 + report.months.length);
    expect(series.map((x) => x[0])).toEqual(report.months.map((m: { month: string }) => m.month));
    report.months.forEach((m: { gross: number; active: number; share: number | null; streak: number }, i: number) => {
      expect(Number(series[i][at('Brutto')])).toBe(m.gross);
      expect(Number(series[i][at('I indsats')])).toBe(m.active);
      expect(Number(series[i][at('I træk')])).toBe(m.streak);
      if (m.share === null) expect(series[i][at('Andel')]).toBe('');
      // Shares are written truncated to one decimal of a percent (never rounded up to the threshold).
      else expect(num(series[i][at('Andel')])).toBeCloseTo(Math.floor(m.share * 1000 + 1e-9) / 1000, 10);
    });
    // Planned months follow the measured ones, up to the deadline.
    const lastMeasured = report.months.at(-1).month;
    const plannedMonths = report.plan
      .filter((p: { month: string }) => p.month > lastMeasured)
      .map((p: { month: string }) => p.month);
    expect(plannedMonths.at(-1)).toBe(report.goal.deadline);
    expect(
      rows.slice(h + 1 + report.months.length, h + 1 + report.months.length + plannedMonths.length).map((x) => x[0]),
    ).toEqual(plannedMonths);

    // The headline block opens the sheet with the same lines the CLI prints.
    const top = rows.findIndex((x) => x[0] === 'Målet og tranchen');
    expect(top).toBe(3);
    headline(report, 'da').forEach((item, i) =>
      expect(rows[top + 1 + i].slice(0, 2)).toEqual([item.label, item.value]),
    );

    // Each team's block: the share truncated and the count beside it.
    const names = rows.findIndex((x) => x[0] === 'Teams i seneste måned') + 1;
    for (const [team, slice] of Object.entries(report.byTeam) as [
      string,
      { months: { active: number; gross: number; share: number }[] },
    ][]) {
      const col = rows[names].indexOf(team);
      expect(col).toBeGreaterThanOrEqual(0);
      const last = slice.months.at(-1)!;
      expect(num(rows[names + 1][col + 1])).toBeCloseTo(Math.floor(last.share * 1000 + 1e-9) / 1000, 10);
      expect(rows[names + 1][col + 2]).toBe(`${last.active} af ${last.gross}`);
    }

    // The Målgruppe table's total is the whole target group's last month.
    const groupHeader = rows.findIndex((x) => x[0] === 'Målgruppe');
    const total = rows.slice(groupHeader).find((x) => x[0] === 'I alt')!;
    const g = (name: string) => total[rows[groupHeader].indexOf(name)];
    const last = report.months.at(-1);
    expect(Number(g('Brutto'))).toBe(last.gross);
    expect(Number(g('I indsats'))).toBe(last.active);
    expect(Number(g('Mangler til målet'))).toBe(report.goal.gapToGoal);
  },
  240000,
);
