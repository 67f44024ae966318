// LibreOffice opens the Overblik of a workbook written by the real CLI (`fremdrift demo`) and reads the
// indicator rows as they were written: one row per indicator for the whole target group, with the latest
// month's value, counts, target, pass/fail and the 12-month text sparkline, matching `--json`'s indicators.
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../cli/helpers';
import { libreOfficeCsv, libreOfficePdf } from '../support/otherTools';
import type { JsonIndicator } from '../../src/app/jsonReport';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 180000 });
const RESULTS = join(__dirname, '..', '..', 'test-results');
if (!SOFFICE) console.warn('!!! LibreOffice (soffice) findes ikke: indikator-testen springes over (sæt SOFFICE_PATH).');

/** Minimal CSV reader (comma separated, double-quoted fields, quotes doubled). */
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
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

(SOFFICE ? test : test.skip)(
  'LibreOffice reads the Overblik indicator rows of a CLI-written demo as the JSON report has them',
  async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fremdrift-lo-ind-')), 'demo.xlsx');
    const r = await runCli(['demo', file, '--as-of', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    const indicators = (JSON.parse(r.stdout).indicators as JsonIndicator[]).filter((i) => i.level === 'Alle');
    expect(indicators.length).toBeGreaterThanOrEqual(5);

    const rows = parseCsv(libreOfficeCsv(file));
    expect(rows[0][0]).toBe('Overblik');
    const heading = rows.findIndex((x) => x[0] === 'Indikatorer');
    expect(heading).toBeGreaterThan(rows.findIndex((x) => x[0] === 'Målgrupper'));
    const header = rows.findIndex((x, i) => i > heading && x[0] === 'Indikator');
    expect(rows[header].filter(Boolean)).toEqual([
      'Indikator',
      'Målgruppe',
      'Måned',
      'Værdi',
      'Antal',
      'Mål',
      'Seneste 12 mdr.',
      'Bestået',
      'I træk',
      'Fra målet',
      'Milepæl',
      'Få tal',
    ]);
    const body = rows.slice(header + 1, header + 1 + indicators.length);
    expect(body.map((x) => x[0])).toEqual(indicators.map((i) => i.goal.indicator));
    // The JS II rows: the latest month with figures (the month before the as-of month), shown as formatted.
    for (const [i, row] of body.slice(0, 5).entries()) {
      const last = indicators[i].months.filter((m) => m.denominator > 0 && !m.notYetKnown).at(-1)!;
      expect(row[5]).toBe(last.month);
      expect(row[5]).toBe('2026-10');
      expect(row[6]).toBe(`${(Math.floor((last.numerator * 1000) / last.denominator) / 10).toFixed(1)}%`);
      expect(row[7]).toBe(`${last.numerator} af ${last.denominator}`);
      expect(row[8]).toBe(`≥ ${indicators[i].goal.target} %`);
      expect(row[9]).toMatch(/^[▁▂▃▄▅▆▇█·]{12}$/);
      expect(row[10]).toBe(last.passes ? 'Ja' : 'Nej');
      expect(row[12]).toBe(String(last.gap));
    }
    // The survey's latest month got few answers.
    expect(body[3][14]).toBe('få tal (n < 20)');

    // Printed: the page with the indicator rows carries the names, counts and the sparklines' bars, and is
    // saved as test-results/overblik-indikatorer-libreoffice.png.
    if (!hasPoppler) return;
    const pdf = libreOfficePdf(file);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).stdout)?.[1] ?? '0');
    let page = 0;
    let text = '';
    for (let p = 1; p <= pages && !page; p++) {
      const t = run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']).stdout;
      if (t.includes('Seneste 12 mdr.')) [page, text] = [p, t];
    }
    expect(page).toBeGreaterThan(0);
    for (const i of indicators.slice(0, 5)) expect(text).toContain(i.goal.indicator);
    expect(text).toMatch(/[▁▂▃▄▅▆▇█]{12}/);
    expect(text).toContain('få tal (n < 20)');
    const dir = join(file, '..');
    expect(
      run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), pdf, join(dir, 'ind')]).status,
    ).toBe(0);
    const png = readdirSync(dir).find((f) => /^ind-\d+\.png$/.test(f))!;
    mkdirSync(RESULTS, { recursive: true });
    copyFileSync(join(dir, png), join(RESULTS, 'overblik-indikatorer-libreoffice.png'));
  },
  240000,
);
