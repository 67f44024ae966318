// `fremdrift export`'s refusals and its folder handling, in-process (CSV, so no Parquet writer is loaded):
// wrong usage exits 1; a workbook without Projektmappe-ID, a bad Kommunekode, a short key or a target folder
// that is not an earlier export exits 2 in Danish with nothing written; a second export replaces the first
// and leaves no temporary folder behind; the demo exports as it is written (it has its own Projektmappe-ID).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { caseloadToTables } from '../../src/workbook/toTables';
import { runCli, writeWorkbook } from '../cli/helpers';
import { generateCaseload } from '../support/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-export-cli-'));
const AS_OF = '2025-12-15';

async function workbook(name: string, settings: [string, string][]): Promise<string> {
  const c = generateCaseload({
    citizens: 30,
    placements: 40,
    hoursRows: 40,
    months: 6,
    startMonth: '2025-07',
    teams: 2,
    caseworkersPerTeam: 2,
    seed: 7,
  });
  const tables = caseloadToTables(c);
  tables.Indstillinger.rows.push(...settings);
  const file = join(dir, name);
  await writeWorkbook(file, tables);
  return file;
}

const ok: [string, string][] = [
  ['Kommunekode', '101'],
  ['Projektmappe-ID', 'pm-1'],
];

test('wrong usage exits 1 with the reason', async () => {
  const file = await workbook('brug.xlsx', ok);
  const cases: [string[], string][] = [
    [['export', file], 'export kræver --out <mappe>'],
    [['export', '--out', dir], 'export kræver mindst én projektmappe'],
    [['export', file, '--out', dir, '--format', 'xml'], '--format "xml" kendes ikke'],
    [['export', file, '--out', dir, '--level', 'borger'], '--level "borger" kendes ikke'],
    [['export', file, '--out', dir, '--key-file', 'k.txt'], '--key-file bruges kun med --level citizen'],
    [['export', file, join(dir, 'x', 'brug.xlsx'), '--out', dir], 'har samme filnavn'],
  ];
  for (const [args, message] of cases) {
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  }
  const help = await runCli(['export', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('fremdrift export <projektmappe.xlsx> ... --out <mappe>');
}, 60000);

test('a workbook without Projektmappe-ID, with a bad Kommunekode or a short key is refused, nothing written', async () => {
  const out = join(dir, 'afvist');
  const noId = await workbook('uden-id.xlsx', [['Kommunekode', '101']]);
  const badCode = await workbook('forkert-kode.xlsx', [
    ['Kommunekode', '1O1'],
    ['Projektmappe-ID', 'pm-2'],
  ]);
  const shortKey = await workbook('kort-noegle.xlsx', [...ok, ['Pseudonymnøgle', 'kort']]);
  const good = await workbook('god.xlsx', ok);
  const cases: [string[], string][] = [
    [[good, noId], 'uden-id.xlsx: Indstillinger har intet Projektmappe-ID; kør fremdrift upgrade'],
    [[badCode], 'tabellen Indstillinger, række 4, kolonne Værdi: Kommunekode "1O1" er ikke tre cifre'],
    [[shortKey, '--level', 'citizen'], 'Pseudonymnøglen fra Indstillinger har 4 tegn; den skal have mindst 16'],
  ];
  for (const [args, message] of cases) {
    const r = await runCli(['export', ...args, '--out', out, '--format', 'csv', '--as-of', AS_OF, '--quiet']);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Intet er skrevet.');
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }
}, 60000);

test('a folder that is not an earlier export is never touched; an earlier export is replaced whole', async () => {
  const file = await workbook('hold.xlsx', ok);
  const out = join(dir, 'ud');
  mkdirSync(join(out, 'hold'), { recursive: true });
  writeFileSync(join(out, 'hold', 'mine noter.txt'), 'mit eget');
  const refused = await runCli(['export', file, '--out', out, '--format', 'csv', '--as-of', AS_OF, '--quiet']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('er ikke et tidligere Fremdrift-udtræk');
  expect(readdirSync(join(out, 'hold'))).toEqual(['mine noter.txt']);

  const out2 = join(dir, 'ud2');
  const first = await runCli(['export', file, '--out', out2, '--format', 'csv', '--as-of', AS_OF, '--quiet']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Fremdrift-udtræk v1 er skrevet i');
  expect(readdirSync(join(out2, 'hold')).sort()).toEqual([
    'afstemning.csv',
    'aftaler.csv',
    'maaneder.csv',
    'manifest.json',
    'signaler.csv',
  ]);
  const second = await runCli(['export', file, '--out', out2, '--format', 'csv', '--as-of', '2025-11-15', '--quiet']);
  expect(second.code).toBe(0);
  expect(JSON.parse(readFileSync(join(out2, 'hold', 'manifest.json'), 'utf8')).asOf).toBe('2025-11-15');
  expect(readdirSync(out2)).toEqual(['hold']); // no temporary folder left behind
}, 60000);

test('the demo workbook has its own Projektmappe-ID and exports without an upgrade first', async () => {
  const demo = join(dir, 'demo.xlsx');
  expect((await runCli(['demo', demo, '--as-of', AS_OF, '--quiet'])).code).toBe(0);
  const out = join(dir, 'demo-udtraek');
  const r = await runCli(['export', demo, '--out', out, '--format', 'csv', '--as-of', AS_OF, '--quiet']);
  expect(r.code).toBe(0);
  const manifest = JSON.parse(readFileSync(join(out, 'demo', 'manifest.json'), 'utf8'));
  expect(manifest.source.workbookId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
}, 120000);
