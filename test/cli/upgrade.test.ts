// `fremdrift upgrade` through the real bin on a v1 workbook (only the v1 tables and columns): the v2
// tables and columns are added, every row is unchanged, and the Danish output says what was added.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeSetup } from '../../src/text/setup';
import { BORGERE, FORLØB, INDSTILLINGER, TIMER, type TableDef } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { runCli, spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-upgrade-'));
const v1 = (def: TableDef): TableDef => ({ ...def, columns: def.columns.filter((c) => c.since !== 2) });

const ROWS = {
  Borgere: [
    [
      'B1',
      'AB',
      'Aktivitetsparat kontanthjælp',
      'Team Nord',
      'Anna',
      'Vera',
      '2025-01-01',
      null,
      null,
      null,
      'Klar',
      'Ja',
      'Lager',
      'Ring',
      '2025-03-01',
    ],
  ],
  Forløb: [
    ['B1', 'Virksomhedspraktik', 'Netto', null, '2025-02-01', null, 20, 'Vera', 'Note'],
    ['B1', 'Løntilskud', 'Føtex', '12345678', '2024-06-01', '2024-12-31', 37, null, null],
  ],
  Timer: [['B1', '2025-02', 10, 'Lønseddel']],
  Indstillinger: [['Målregel', 'fsm-rate3']],
};

async function writeV1(file: string) {
  const wb = XlsxWorkbook.create();
  for (const def of [BORGERE, FORLØB, TIMER, INDSTILLINGER])
    wb.createTable(v1(def), ROWS[def.name as keyof typeof ROWS]);
  await wb.save(file);
}

async function tables(file: string) {
  const wb = await XlsxWorkbook.open(file);
  return wb.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger', 'Aftaler', 'Historik', 'STAR_tal']);
}

test('upgrade adds the v2 tables and columns to a v1 workbook without changing a row', async () => {
  const file = join(dir, 'v1.xlsx');
  await writeV1(file);
  const before = await tables(file);
  expect(before.Aftaler).toBeNull();
  expect(before['Forløb']!.headers).not.toContain('Opfølgning');

  const r = spawnCli(['upgrade', file, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(
    'Oprettet tabellerne Aftaler, Historik, Historik_borgere, STAR_tal, Indikatorer og Indikatormål.\n' +
      'Tilføjet kolonnen Parathed siden til tabellen Borgere.\n' +
      'Tilføjet kolonnerne Opfølgning, Afslutningsårsag, Mål for forløbet og Skriftlig aftale til tabellen Forløb.\n' +
      'Ingen rækker er ændret.\n' +
      'Tilføjet Kommunekode og Projektmappe-ID til Indstillinger (projektmappens identitet i Fremdrift-udtræk).\n',
  );

  const after = await tables(file);
  expect(after['Forløb']!.headers.slice(-4)).toEqual([
    'Opfølgning',
    'Afslutningsårsag',
    'Mål for forløbet',
    'Skriftlig aftale',
  ]);
  expect(after.Borgere!.headers.at(-1)).toBe('Parathed siden');
  expect(before.Borgere!.headers).not.toContain('Parathed siden');
  expect(after.Aftaler!.headers).toEqual([
    'Dato',
    'Sagsbehandler',
    'Borger-ID',
    'Aftale',
    'Ansvarlig',
    'Frist',
    'Status',
  ]);
  expect(after.Historik!.rows).toEqual([]);
  expect(after.STAR_tal!.rows).toEqual([]);
  for (const name of ['Borgere', 'Forløb', 'Timer', 'Indstillinger'] as const) {
    const width = before[name]!.headers.length;
    expect(after[name]!.headers.slice(0, width)).toEqual(before[name]!.headers);
    const kept = after[name]!.rows.slice(0, before[name]!.rows.length);
    expect(kept.map((row) => row.slice(0, width))).toEqual(before[name]!.rows);
    // The new columns are empty in every existing row.
    expect(kept.every((row) => row.slice(width).every((v) => v === null || v === ''))).toBe(true);
  }
  // Rows are appended only to Indstillinger: the workbook's identity for Fremdrift-udtræk (issue 25).
  for (const name of ['Borgere', 'Forløb', 'Timer'] as const)
    expect(after[name]!.rows).toHaveLength(before[name]!.rows.length);
  const appended = after.Indstillinger!.rows.slice(before.Indstillinger!.rows.length);
  expect(appended.map((row) => row[0])).toEqual(['Kommunekode', 'Projektmappe-ID']);
  expect(String(appended[1][1])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
}, 120000);

test('a v2 workbook without the company columns gains Mål for forløbet and Skriftlig aftale only, rows unchanged', async () => {
  const file = join(dir, 'v2.xlsx');
  const wb = XlsxWorkbook.create();
  const older = (def: TableDef): TableDef => ({
    ...def,
    columns: def.columns.filter((c) => c.header !== 'Mål for forløbet' && c.header !== 'Skriftlig aftale'),
  });
  const forløb = [
    ['B1', 'Virksomhedspraktik', 'Netto', null, '2025-02-01', null, 20, 'Vera', 'Note', '2025-03-01', null],
    ['B1', 'Løntilskud', 'Føtex', '12345678', '2024-06-01', '2024-12-31', 37, null, null, null, 'Helbred'],
  ];
  wb.createTable(BORGERE, ROWS.Borgere);
  wb.createTable(older(FORLØB), forløb);
  wb.createTable(TIMER, ROWS.Timer);
  await wb.save(file);
  const before = (await XlsxWorkbook.open(file)).readTables(['Forløb']);

  const r = await runCli(['upgrade', file, '--quiet']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Tilføjet kolonnerne Mål for forløbet og Skriftlig aftale til tabellen Forløb.\n');
  const after = (await (await XlsxWorkbook.open(file)).readTables(['Forløb'])).Forløb!;
  const old = (await before).Forløb!;
  expect(after.headers).toEqual([...old.headers, 'Mål for forløbet', 'Skriftlig aftale']);
  expect(after.rows.map((row) => row.slice(0, old.headers.length))).toEqual(old.rows);
  expect(after.rows.every((row) => row.slice(old.headers.length).every((v) => v === null || v === ''))).toBe(true);
}, 120000);

test('a second upgrade finds nothing missing and leaves the file alone', async () => {
  const file = join(dir, 'twice.xlsx');
  await writeV1(file);
  expect((await runCli(['upgrade', file, '--quiet'])).code).toBe(0);
  const again = await runCli(['upgrade', file]);
  expect(again.code).toBe(0);
  expect(again.stdout).toBe('Projektmappen har allerede alle tabeller og kolonner; intet er ændret.\n');
  expect(again.stderr).toBe(`Læser ${file} …\n`);
});

test('upgrade: usage errors exit 1, a missing file exits 2, --help exits 0', async () => {
  expect((await runCli(['upgrade'])).code).toBe(1);
  expect((await runCli(['upgrade', 'a.xlsx', 'b.xlsx'])).code).toBe(1);
  expect((await runCli(['upgrade', 'x.xlsx', '--nope'])).stderr).toContain('Ukendt tilvalg --nope.');
  const missing = await runCli(['upgrade', join(dir, 'findes-ikke.xlsx')]);
  expect(missing.code).toBe(2);
  const help = await runCli(['upgrade', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('fremdrift upgrade <projektmappe.xlsx>');
});

test('describeSetup says it in English too, and in the singular for one table or column', () => {
  const result = { created: ['Aftaler'], upgraded: { Forløb: ['Opfølgning'] }, unchanged: [] };
  expect(describeSetup(result, 'da')).toEqual([
    'Oprettet tabellen Aftaler.',
    'Tilføjet kolonnen Opfølgning til tabellen Forløb.',
    'Ingen rækker er ændret.',
  ]);
  expect(describeSetup(result, 'en')).toEqual([
    'Created the table Aftaler.',
    'Added the column Opfølgning to the table Forløb.',
    'No rows were changed.',
  ]);
});
