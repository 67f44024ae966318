import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runImport } from '../../src/cli/importCommand';
import { BORGERE, FORLØB, INDSTILLINGER } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { sampleTables } from './helpers';

let dir: string;
let workbookPath: string;

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runImport(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function tables() {
  return (await XlsxWorkbook.open(workbookPath)).readTables(['Borgere', 'Forløb', 'Indstillinger']);
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fremdrift-import-'));
  workbookPath = join(dir, 'mappe.xlsx');
  const wb = XlsxWorkbook.create();
  const t = sampleTables();
  wb.createTable(BORGERE, t.Borgere.rows);
  wb.createTable(FORLØB, t.Forløb.rows);
  wb.createTable(INDSTILLINGER, t.Indstillinger.rows);
  await wb.save(workbookPath);
});

const EXPORT = [
  'Sagsnr;Målgruppe;Team;Sagsbehandler;Startdato;CPR-felt',
  'B1;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024;x', // unchanged
  'B2;Jobparat kontanthjælp;Øst;Per;01-01-2025;x', // Team changed
  'B3;Andet;Vest;Ole;01-03-2025;x', // new
  'B4;Andet;Vest;Ole;31-02-2025;x', // impossible date
].join('\r\n');

describe('fremdrift import', () => {
  test('--json --dry-run prints the exact contract and writes nothing', async () => {
    const before = readFileSync(workbookPath);
    const mapping = file('kort.json', JSON.stringify({ Sagsnr: 'Borger-ID' }));
    const r = await run(
      file('eksport.csv', EXPORT),
      '--into',
      workbookPath,
      '--table',
      'Borgere',
      '--mapping',
      mapping,
      '--dry-run',
      '--json',
      '--quiet',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      rows: 4,
      added: 1,
      updated: 1,
      unchanged: 1,
      rejected: [
        {
          row: 4,
          column: 'Startdato',
          message:
            'Række 4 i eksporten til Borgere — Startdato: "31-02-2025" er ikke en gyldig dato (dagen findes ikke)',
        },
      ],
    });
    expect(Object.keys(JSON.parse(r.out))).toEqual(['rows', 'added', 'updated', 'unchanged', 'rejected']);
    expect(readFileSync(workbookPath).equals(before)).toBe(true);
  });

  test('a real import appends and updates, keeps other rows, and stores the mapping for next month', async () => {
    const mapping = file('kort.json', JSON.stringify({ Sagsnr: 'Borger-ID', 'CPR-felt': '' }));
    const r = await run(
      file('eksport.csv', EXPORT),
      '--into',
      workbookPath,
      '--table',
      'borgere',
      '--mapping',
      mapping,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 rækker i eksporten: 1 nye, 1 ændrede, 1 uændrede, 1 afviste.');
    const t = await tables();
    const b = t.Borgere!;
    const id = b.headers.indexOf('Borger-ID');
    const team = b.headers.indexOf('Team');
    expect(b.rows.map((row) => row[id])).toEqual(['B1', 'B2', 'B3']);
    expect(b.rows.map((row) => row[team])).toEqual(['Nord', 'Øst', 'Vest']);
    expect(b.rows[0]).toEqual(sampleTables().Borgere.rows[0]);
    expect(t.Indstillinger!.rows).toEqual([
      ['Målregel', 'fsm-rate3'],
      ['Importkort:Borgere:Sagsnr', 'Borger-ID'],
      ['Importkort:Borgere:CPR-felt', ''],
    ]);
    // Next month: the stored mapping is used without --mapping; everything now matches.
    const again = await run(
      file('eksport2.csv', EXPORT.split('\r\n').slice(0, 4).join('\n')),
      '--into',
      workbookPath,
      '--table',
      'Borgere',
      '--json',
    );
    expect(JSON.parse(again.out)).toEqual({ rows: 3, added: 0, updated: 0, unchanged: 3, rejected: [] });
  });

  test('an .xlsx export (even named .csv) is read with its first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Udtræk');
    ws.addRow(['Borger-ID', 'Type', 'Startdato', 'Timer pr. uge']);
    ws.addRow(['B2', 'Job', new Date(Date.UTC(2025, 2, 1)), 37]);
    ws.addRow(['B1', 'Virksomhedspraktik', '01-03-2025', 15]);
    const path = file('forloeb.csv', new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run(path, '--into', workbookPath, '--table', 'Forlob', '--json');
    expect(JSON.parse(r.out)).toEqual({ rows: 2, added: 1, updated: 0, unchanged: 1, rejected: [] });
    expect((await tables()).Forløb!.rows.length).toBe(2);
  });

  test('header-only export: exit 0 with 0 rows, nothing written', async () => {
    const before = readFileSync(workbookPath);
    const r = await run(
      file('tom.csv', 'Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato\r\n'),
      '--into',
      workbookPath,
      '--table',
      'Borgere',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ rows: 0, added: 0, updated: 0, unchanged: 0, rejected: [] });
    expect(readFileSync(workbookPath).equals(before)).toBe(true);
  });

  test.each([
    [
      'empty file',
      () => file('tom.csv', ''),
      2,
      'tom.csv: Filen er tom; der er hverken en overskriftsrække eller data.',
    ],
    [
      'only blank lines',
      () => file('blank.csv', '\r\n\r\n'),
      2,
      'blank.csv: Filen er tom; der er hverken en overskriftsrække eller data.',
    ],
    ['missing file', () => join(dir, 'findes-ikke.csv'), 2, 'findes-ikke.csv" findes ikke.'],
    ['a directory', () => dir, 2, '" er en mappe, ikke en fil.'],
    [
      'binary file',
      () => file('bin.csv', Uint8Array.from([0x41, 0, 0x42])),
      2,
      'bin.csv: Filen indeholder binære data (et NUL-tegn ved byte 2)',
    ],
    [
      'truncated xlsx',
      () => file('halv.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0])),
      2,
      'halv.xlsx: Excel-filen kan ikke læses; den er beskadiget, afkortet eller ikke en .xlsx-fil.',
    ],
  ])('%s: Danish message and non-zero exit', async (_name, make, code, message) => {
    const before = readFileSync(workbookPath);
    const r = await run(make(), '--into', workbookPath, '--table', 'Borgere', '--json');
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(readFileSync(workbookPath).equals(before)).toBe(true);
  });

  test('--help prints the usage and exits 0', async () => {
    expect(await run('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Brug: fremdrift import <eksport.csv|xlsx> --into'),
    });
  });

  test('unknown table and bad usage exit 1 (usage error)', async () => {
    const csv = file('e.csv', EXPORT);
    expect(await run(csv, '--into', workbookPath, '--table', 'Kaffe')).toMatchObject({
      code: 1,
      err: 'Ukendt tabel "Kaffe"; der kan importeres til Borgere, Forløb, Timer, STAR_tal, Indikatorer.\n',
    });
    expect((await run(csv, '--table', 'Borgere')).code).toBe(1);
    expect((await run(csv, '--into', workbookPath, '--table', 'Borgere', '--frobnicate')).err).toContain(
      'Ukendt tilvalg --frobnicate.',
    );
  });

  test('a mapping that leaves a required column unfilled stops before anything else', async () => {
    const r = await run(file('e.csv', EXPORT), '--into', workbookPath, '--table', 'Borgere', '--json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Eksporten har ingen kolonne til "Borger-ID", som Borgere kræver.');
  });

  test('a workbook that cannot be opened is a Danish error', async () => {
    const r = await run(file('e.csv', EXPORT), '--into', join(dir, 'nej.xlsx'), '--table', 'Borgere');
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('findes ikke') });
  });
});

describe('fremdrift import --map-value', () => {
  test('unknown case-system codes are listed with how to map them; a mapping is stored and used next month', async () => {
    const csv = file('forloeb.csv', ['Borger-ID;Type;Startdato', 'B1;VP;01-04-2025', 'B2;VP;01-04-2025'].join('\n'));
    const first = await run(csv, '--into', workbookPath, '--table', 'Forløb', '--dry-run', '--quiet');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Ukendte værdier');
    expect(first.out).toContain('Type "VP" (2 rækker)');
    const bad = await run(csv, '--into', workbookPath, '--table', 'Forløb', '--map-value', 'Type=VP', '--quiet');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Kolonne:kildeværdi=Fremdrift-værdi');
    const mapped = await run(
      csv,
      '--into',
      workbookPath,
      '--table',
      'Forløb',
      '--map-value',
      'Type:VP=Virksomhedspraktik',
      '--json',
      '--quiet',
    );
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.out)).toMatchObject({ rows: 2, added: 2, rejected: [] });
    // Next month's export uses the stored mapping without --map-value.
    const next = file('forloeb2.csv', ['Borger-ID;Type;Startdato', 'B1;vp;01-05-2025'].join('\n'));
    const again = await run(next, '--into', workbookPath, '--table', 'Forløb', '--json', '--quiet');
    expect(JSON.parse(again.out)).toMatchObject({ rows: 1, added: 1, rejected: [] });
    const stored = (await tables()).Indstillinger!.rows.map((r) => r[0]);
    expect(stored).toContain('Værdikort:Forløb:Type:VP');
  });
});
