// The proof a reader can look at: LibreOffice renders the Overblik of a workbook written by the real CLI
// (`fremdrift demo`) to PDF, and the Overblik's first page (headline, chart, teams, Målgrupper) is saved
// as test-results/overblik-libreoffice.png. The page's text must carry the headline, the teams and the
// Målgruppe table, and the charts' own texts (title, percent axis, legends) show they were drawn.
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnCli } from '../cli/helpers';
import { libreOfficePdf } from '../support/otherTools';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!SOFFICE)
  console.warn('!!! LibreOffice (soffice) findes ikke: Overblik-PNG-testen springes over (sæt SOFFICE_PATH).');
else if (!hasPoppler)
  console.warn(
    '!!! pdftoppm/pdftotext (poppler-utils) findes ikke: Overblik-PNG-testen springes over (apt-get install poppler-utils).',
  );

const RESULTS = join(__dirname, '..', '..', 'test-results');
export const OVERBLIK_PNG = join(RESULTS, 'overblik-libreoffice.png');

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 180000 });

(SOFFICE && hasPoppler ? test : test.skip)(
  'LibreOffice renders the Overblik dashboard of a CLI-written demo to test-results/overblik-libreoffice.png',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'fremdrift-lo-png-'));
    const file = join(dir, 'demo.xlsx');
    const cli = spawnCli(['demo', file, '--as-of', '2026-11-23']);
    expect(cli.code).toBe(0);

    const pdf = libreOfficePdf(file);
    expect(existsSync(pdf)).toBe(true);

    // LibreOffice prints every sheet; the Overblik's first page is the one that opens with its title and headline.
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).stdout)?.[1] ?? '0');
    let page = 0;
    let text = '';
    for (let p = 1; p <= pages && !page; p++) {
      const t = run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']).stdout;
      if (/^\s*Overblik\s*$/m.test(t) && t.includes('Status for målet')) {
        page = p;
        text = t;
      }
    }
    expect(page).toBeGreaterThan(0);
    for (const expected of [
      'Mangler til målet',
      'Tidligst opfyldt',
      'Tranchebeløb',
      '1.250.000 kr.',
      'Team Nord',
      'Team Syd',
      'Team Vest',
      'Målgrupper',
      'I alt',
    ]) {
      expect(text).toContain(expected);
    }

    // The charts were drawn: the main chart's title (the sheet's heading says "mod", the chart ", "), its percent
    // axis, and a legend line under the main chart and under the three team charts.
    expect(text).toContain('Andel i indsats, mål og milepæl');
    expect(text).toMatch(/^\s*45%\s*$/m);
    expect(text.match(/Andel\s+Mål\s+Milepæl/g)?.length).toBe(4);
    expect(text.match(/Andel\s+Mål\s+Milepæl\s+Andel\s+Mål\s+Milepæl\s+Andel\s+Mål\s+Milepæl/g)?.length).toBe(1);

    const out = run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page),
      '-l',
      String(page),
      pdf,
      join(dir, 'overblik'),
    ]);
    expect(out.status).toBe(0);
    const png = readdirSync(dir).find((f) => /^overblik-\d+\.png$/.test(f));
    expect(png).toBeDefined();
    mkdirSync(RESULTS, { recursive: true });
    copyFileSync(join(dir, png!), OVERBLIK_PNG);
    expect(statSync(OVERBLIK_PNG).size).toBeGreaterThan(0);
  },
  240000,
);
