// Issue 27: value mappings that cannot poison later runs, and no CPR number through --map-value.
// Each case through the real bin: a refused --map-value exits 1 with a Danish message and the workbook
// is byte for byte unchanged; a stored entry that breaks the rules is ignored on the next import.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE, FORLØB, INDSTILLINGER } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { sampleTables } from '../import/helpers';
import { spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-hostile-import-'));
const CSV = ['Borger-ID;Type;Startdato', 'B1;VP;01-04-2025', 'B2;VP;01-04-2025'].join('\r\n');
const csv = join(dir, 'forloeb.csv');
writeFileSync(csv, CSV);

async function workbook(name: string, settings: (string | null)[][] = [['Målregel', 'fsm-rate3']]): Promise<string> {
  const file = join(dir, name);
  const wb = XlsxWorkbook.create();
  const t = sampleTables();
  wb.createTable(BORGERE, t.Borgere.rows);
  wb.createTable(FORLØB, t.Forløb.rows);
  wb.createTable(INDSTILLINGER, settings);
  await wb.save(file);
  return file;
}

async function settingsRows(file: string) {
  return (await (await XlsxWorkbook.open(file)).readTables(['Indstillinger'])).Indstillinger!.rows;
}

const importInto = (file: string, ...extra: string[]) =>
  spawnCli(['import', csv, '--into', file, '--table', 'Forløb', '--quiet', ...extra]);

test.each([
  ['a CPR number as target', 'Borger-ID:B40=150190-1234', /ligner et CPR-nummer/],
  ['a CPR number (en dash) as source', 'Type:150190\u20131234=Job', /ligner et CPR-nummer/],
  ['a target that is not a valid value', 'Type:VP=Praktik', /"Praktik" er ikke en tilladt værdi.*Virksomhedspraktik/],
  ['an unknown column', 'Typ:VP=Virksomhedspraktik', /Forløb har ingen kolonne "Typ"/],
  ['a column without fixed values', 'Virksomhed:X=Y', /"Virksomhed" i Forløb har ingen faste værdier/],
])(
  '--map-value with %s: exit 1, Danish message, nothing stored or imported',
  async (_, spec, message) => {
    const file = await workbook(`refused-${spec.length}-${spec.charCodeAt(0)}.xlsx`);
    const before = readFileSync(file);
    const r = importInto(file, '--map-value', spec);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Intet værdikort er gemt|intet værdikort er gemt/);
    expect(r.stderr).not.toContain('150190');
    expect(readFileSync(file).equals(before)).toBe(true);
  },
  120000,
);

test('a valid --map-value is stored in the contract’s own spelling and used', async () => {
  const file = await workbook('valid.xlsx');
  const r = importInto(file, '--map-value', 'type:VP=virksomhedspraktik');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(await settingsRows(file)).toContainEqual(['Værdikort:Forløb:Type:VP', 'Virksomhedspraktik']);
}, 120000);

test('a poisoned value mapping already stored is ignored: the value is listed to map, not every row rejected by it', async () => {
  const file = await workbook('poisoned.xlsx', [
    ['Målregel', 'fsm-rate3'],
    ['Værdikort:Forløb:Type:VP', 'Praktik'],
  ]);
  const dry = importInto(file, '--dry-run');
  expect(dry.code).toBe(0);
  // Listed as an unknown value to map, as if nothing were stored (not translated to "Praktik").
  expect(dry.stdout).toMatch(/Ukendte værdier[^\n]*\n\s+Type "VP" \(2 rækker\)/);
  expect(dry.stdout).not.toMatch(/"Praktik"/);
  // Mapping it properly now works and replaces the poisoned entry.
  const fixed = importInto(file, '--map-value', 'Type:VP=Virksomhedspraktik');
  expect(fixed.code).toBe(0);
  expect(await settingsRows(file)).toContainEqual(['Værdikort:Forløb:Type:VP', 'Virksomhedspraktik']);
}, 120000);

test('a UTF-16 export without a byte-order mark is decoded and imported, æøå intact', async () => {
  const file = await workbook('utf16.xlsx');
  const text = ['Borger-ID;Type;Startdato;Virksomhed', 'B1;Job;01-04-2025;Ærø Bageri', ''].join('\r\n');
  const utf16 = join(dir, 'utf16.csv');
  writeFileSync(utf16, Buffer.from(text, 'utf16le'));
  const r = spawnCli(['import', utf16, '--into', file, '--table', 'Forløb', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const rows = (await (await XlsxWorkbook.open(file)).readTables(['Forløb'])).Forløb!.rows;
  expect(rows.some((row) => row.includes('Ærø Bageri'))).toBe(true);
}, 120000);
