// The printed Månedsdialog, proved with a second engine: LibreOffice converts the demo's Månedsdialog to
// PDF, and every person of the demo gets exactly one A4 page (issue 21's "done when"): the meeting (status,
// last time's agreements, signals, movement, lines for new agreements) and then their whole citizen list,
// Målgruppe as a short code. (A caseload far above its band may run on to a second page; the demo's
// biggest, 59 citizens against a band of 50, still fits.) LibreOffice prints every sheet of a file, so the sheet is written
// into a copy holding only it (the user's workbook is never touched); the demo is built as `fremdrift
// demo` builds it, as of 2 December, when the dialogue is about November.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { refreshOutputs } from '../../src/app/refresh';
import { demoTables } from '../../src/demo/demoCaseload';
import { dialogueMonth } from '../../src/domain/dialogue';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { renderMaanedsdialog } from '../../src/workbook/render/maanedsdialog';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { libreOfficePdf } from '../support/otherTools';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SOFFICE: string | null = require('../../scripts/ensure-tools').findSoffice();
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!SOFFICE)
  console.warn('!!! LibreOffice (soffice) findes ikke: Månedsdialog-PDF-testen springes over (sæt SOFFICE_PATH).');
else if (!hasPoppler) console.warn('!!! pdftotext (poppler-utils) findes ikke: Månedsdialog-PDF-testen springes over.');

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 240000 });
const AS_OF = '2026-12-02';
const CITIZEN_LINE = /^\s*(I gang|Klar|Tæt på|Længere fra|Ikke vurderet)\s{2,}B\d+\s/;

(SOFFICE && hasPoppler ? test : test.skip)(
  "LibreOffice prints the demo's Månedsdialog on one A4 page per person: the meeting, then the citizen list",
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

    const pdf = libreOfficePdf(file, 240000);
    expect(existsSync(pdf)).toBe(true);
    // pdftotext ends every page with a form feed; every page is A4 portrait (595.3 x 841.9 pt).
    const pages = run('pdftotext', ['-layout', pdf, '-']).stdout.split('\f').slice(0, -1);
    const boxes = readFileSync(pdf, 'latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toMatch(/\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
    const pageCount = pages.length;

    const { report } = measurement;
    const people = [
      ...Object.entries(report.byCaseworker).map(([name, s]) => ({ name, role: 'Sagsbehandler', slice: s })),
      ...Object.entries(report.byConsultant).map(([name, s]) => ({ name, role: 'Virksomhedskonsulent', slice: s })),
    ];
    expect(people.length).toBeGreaterThanOrEqual(10);
    const firstPages = people.map(({ name, role, slice }) =>
      pages.findIndex((t) => t.includes(`${name} · ${role} · ${slice.team}`)),
    );
    expect(firstPages.every((p) => p >= 0)).toBe(true);
    const ordered = [...firstPages].sort((a, b) => a - b);
    people.forEach(({ name, slice }, i) => {
      const first = firstPages[i];
      const next = ordered.find((p) => p > first) ?? pages.length;
      const own = pages.slice(first, next);
      const meeting = own[0];
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
        `Borgerne – ${name}`,
      ]) {
        expect({ name, block, found: meeting.includes(block) }).toEqual({ name, block, found: true });
      }
      // Every citizen on a line of their own, all of them on the person's one page.
      const gross = slice.months.find((m) => m.month === month)!.gross;
      const lines = (texts: string[]) => texts.flatMap((t) => t.split('\n')).filter((l) => CITIZEN_LINE.test(l));
      expect({ name, pages: own.length, citizens: lines(own).length }).toEqual({ name, pages: 1, citizens: gross });
      for (const l of lines(own)) {
        expect(l).toMatch(/\s(AKH|AUH|SHY|RF|JKH|AND)\s/);
        expect(l).not.toMatch(/Aktivitetsparat|Selvforsørgelses/);
      }
      expect(own.join('\n')).toContain('AKH = Aktivitetsparat kontanthjælp');
    });
    expect(pageCount).toBe(people.length);
  },
  300000,
);
