// LibreOffice opens the Virksomheder sheet of a workbook written by `fremdrift demo` (issue 23) and reads
// the same per-company figures as the JSON report's byCompany of the same run (where byCompany shows them:
// its counts of 1 or 2 are suppressed, the sheet's are not), marked as Fremdrift's own sheet.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../cli/helpers';
import { libreOfficeSheetCsv, openpyxl, openpyxlSheets } from '../support/otherTools';
import type { JsonCompany } from '../../src/app/jsonCompanies';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
if (!SOFFICE)
  console.warn('!!! LibreOffice (soffice) findes ikke: Virksomheder-testen springes over (sæt SOFFICE_PATH).');

/** Minimal CSV reader (comma separated, double-quoted fields). */
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
  'LibreOffice reads the Virksomheder sheet with the figures of byCompany',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fremdrift-lo-co-'));
    const file = join(dir, 'demo.xlsx');
    const r = await runCli(['demo', file, '--as-of', '2026-11-23', '--json']);
    expect(r.code).toBe(0);
    const companies: JsonCompany[] = JSON.parse(r.stdout).byCompany;
    expect(companies.length).toBeGreaterThan(5);

    const sheets = openpyxlSheets(file).map((s) => s.name);
    const number = sheets.indexOf('Virksomheder') + 1;
    expect(number).toBeGreaterThan(0);
    // The sheet carries Fremdrift's mark: the sheet-scoped defined name, scoped to this sheet's index.
    const marks = openpyxl(
      `import zipfile, re\nxml = zipfile.ZipFile(${JSON.stringify(file)}).read("xl/workbook.xml").decode()\n` +
        `print(" ".join(re.findall(r'<definedName name="_Fremdrift_Ark"[^>]*localSheetId="(\\d+)"', xml)))`,
    );
    expect(marks.trim().split(' ')).toContain(String(number - 1));

    const rows = parseCsv(libreOfficeSheetCsv(file, number, 'Virksomheder'));
    expect(rows[0][0]).toBe('Virksomheder');
    expect(rows[1][0]).toMatch(/^Beregnet .* Målregel: .*\(fsm-rate3\) · Opgjort pr\. 23-11-2026$/);
    const h = rows.findIndex((x) => x[0] === 'Virksomhed');
    const headers = rows[h];
    const at = (name: string) => headers.indexOf(name);
    const body = rows.slice(h + 1, h + 1 + companies.length);
    expect(body.map((x) => x[at('CVR')])).toEqual(companies.map((c) => c.cvr ?? ''));
    companies.forEach((c, i) => {
      const row = body[i];
      expect(row[at('Virksomhed')].startsWith(c.name)).toBe(true);
      const check = (header: string, value: number | null) => {
        if (value === null) expect(['1', '2']).toContain(row[at(header)]);
        else expect(Number(row[at(header)])).toBe(value);
      };
      check('Igangværende', c.ongoing);
      check('Startet', c.starts);
      check('Afsluttet', c.ends);
      check('Fulgt af løntimer/job inden 3 mdr.', c.converted);
      for (const [reason, n] of Object.entries(c.endsByReason)) {
        if (n !== null) expect(Number(row[at(`Afsluttet: ${reason}`)])).toBe(n);
      }
      expect(row[at('Virksomhedskonsulenter')]).toBe(c.consultants.join(', '));
    });
    // The ends by reason add up to the ends on every line.
    for (const row of body) {
      const reasons = headers.filter((x) => x.startsWith('Afsluttet: ')).map((x) => Number(row[at(x)]));
      expect(reasons.reduce((a, b) => a + b, 0)).toBe(Number(row[at('Afsluttet')]));
    }
  },
  240000,
);
