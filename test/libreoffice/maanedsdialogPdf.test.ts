// The printed Månedsdialog, proved with a second engine: LibreOffice converts the demo's Månedsdialog to
// PDF, and every person of the demo gets exactly two A4 pages: page 1 for the meeting (status, last
// time's agreements, signals, movement, lines for new agreements) and page 2 with their whole citizen
// list, Målgruppe as a short code. LibreOffice prints every sheet of a file, so the sheet is written
// into a copy holding only it (the user's workbook is never touched); the demo is built as `fremdrift
// demo` builds it, as of 2 December, when the dialogue is about November.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { refreshOutputs } from '../../src/app/refresh';
import { demoTables } from '../../src/demo/demoCaseload';
import { dialogueMonth } from '../../src/domain/dialogue';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { renderMaanedsdialog } from '../../src/workbook/render/maanedsdialog';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!SOFFICE)
  console.warn('!!! LibreOffice (soffice) findes ikke: Månedsdialog-PDF-testen springes over (sæt SOFFICE_PATH).');
else if (!hasPoppler)
  console.warn('!!! pdfinfo/pdftotext (poppler-utils) findes ikke: Månedsdialog-PDF-testen springes over.');

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 240000 });
const AS_OF = '2026-12-02';
const CITIZEN_LINE = /^\s*(I gang|Klar|Tæt på|Længere fra|Ikke vurderet)\s{2,}B\d+\s/;

(SOFFICE && hasPoppler ? test : test.skip)(
  "LibreOffice prints the demo's Månedsdialog on two A4 pages per person: the meeting, then the citizen list",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fremdrift-lo-dialog-'));
    const tables = demoTables(AS_OF);
    const demo = XlsxWorkbook.create();
    for (const def of INPUT_TABLES) demo.createTable(def, tables[def.name]?.rows ?? []);
    const { measurement, caseload } = await refreshOutputs(demo, { asOf: AS_OF, now: new Date() });
    const month = dialogueMonth(AS_OF);
    expect(month).toBe('2026-11');
    const sheet = renderMaanedsdialog(measurement, caseload, { computedAt: '02-12-2026 kl. 09:00' }, { month });
    const copy = XlsxWorkbook.create();
    await copy.writeOutputSheets([sheet]);
    const file = join(dir, 'maanedsdialog.xlsx');
    await copy.save(file);

    const lo = run(SOFFICE!, [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ]);
    expect(lo.status).toBe(0);
    const pdf = join(dir, 'maanedsdialog.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = run('pdfinfo', [pdf]).stdout;
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
    // A4 portrait: 595 x 842 pt.
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841\.89 pts \(A4\)/);
    const pages = Array.from(
      { length: pageCount },
      (_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']).stdout,
    );

    const { report } = measurement;
    const people = [
      ...Object.entries(report.byCaseworker).map(([name, s]) => ({ name, role: 'Sagsbehandler', slice: s })),
      ...Object.entries(report.byConsultant).map(([name, s]) => ({ name, role: 'Virksomhedskonsulent', slice: s })),
    ];
    expect(people.length).toBeGreaterThanOrEqual(10);
    expect(pageCount).toBe(2 * people.length);
    for (const { name, role, slice } of people) {
      const first = pages.findIndex((t) => t.includes(`${name} · ${role} · ${slice.team}`));
      expect({ name, first: first >= 0 && first % 2 === 0 }).toEqual({ name, first: true });
      const meeting = pages[first];
      for (const block of [
        `Måned: november 2026`,
        'Status mod milepæl og mål',
        'Borgere i målgruppen',
        'Mangler til målet',
        'Starter der skal til',
        'Aftaler fra sidst (åbne)',
        'Signaler til dialogen',
        'Siden sidste måned',
        'Nye aftaler',
      ]) {
        expect({ name, block, found: meeting.includes(block) }).toEqual({ name, block, found: true });
      }
      // Page 2 is the person's whole citizen list, every citizen on one line, Målgruppe as a code.
      const list = pages[first + 1];
      expect(list).toContain(`Borgerne – ${name}`);
      const gross = slice.months.find((m) => m.month === month)!.gross;
      const lines = list.split('\n').filter((l) => CITIZEN_LINE.test(l));
      expect({ name, citizens: lines.length }).toEqual({ name, citizens: gross });
      for (const l of lines) {
        expect(l).toMatch(/\s(AKH|AUH|SHY|RF|JKH|AND)\s/);
        expect(l).not.toMatch(/Aktivitetsparat|Selvforsørgelses/);
      }
      expect(list).toContain('AKH = Aktivitetsparat kontanthjælp');
    }
  },
  300000,
);
