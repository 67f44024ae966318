// LibreOffice opens the Overblik of a workbook written by the real CLI (`fremdrift demo`) and reads the
// indicator rows as they were written: one row per indicator for the whole target group, with the latest
// month's value, counts, target, pass/fail and the 12-month text sparkline, matching `--json`'s indicators.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../cli/helpers';
import { libreOfficeCsv } from '../support/otherTools';
import type { JsonIndicator } from '../../src/app/jsonReport';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
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
  },
  240000,
);
