// Issue 22, "no sheet of the user's is ever overwritten", through the real bin: a sheet with an output
// sheet's name that lacks Fremdrift's mark (_Fremdrift_Ark) is the user's — with notes, hidden, in lower
// case, with formulas — and is refused with exit 2, a Danish message naming it, and the file byte-identical.
// Fremdrift's own (marked) sheets are replaced as before; an old unmarked Fremdrift file is marked by
// `fremdrift upgrade` and then written. The user's sheets are added by openpyxl, and LibreOffice reopens
// every file Fremdrift wrote.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { spawnCli, writeWorkbook } from './helpers';
import { libreOfficeCsv, openpyxl } from '../support/otherTools';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-ownsheets-'));
const TABLES = Object.fromEntries(
  INPUT_TABLES.map((d) => [d.name, { name: d.name, headers: d.columns.map((c) => c.header), rows: [] }]),
);
const REPORT = ['--write', '--quiet', '--as-of', '2025-05-20'];

/** A workbook with the input tables, to which openpyxl adds the user's sheet that `python` builds (as `ws`). */
async function withUserSheet(file: string, python: string): Promise<string> {
  await writeWorkbook(file, TABLES);
  openpyxl(`wb = openpyxl.load_workbook(${JSON.stringify(file)})\n${python}\nwb.save(${JSON.stringify(file)})`);
  return file;
}

const USER_SHEETS: [string, string, RegExp][] = [
  [
    'Overblik med noter',
    `ws = wb.create_sheet("Overblik")\nws["A1"] = "Mine noter"\nws["B3"] = "ring til Anna"`,
    /"Overblik"/,
  ],
  [
    'skjult Datakvalitet med noter',
    `ws = wb.create_sheet("Datakvalitet")\nws["A1"] = "Noter"\nws.sheet_state = "hidden"`,
    /"Datakvalitet"/,
  ],
  ['overblik med små bogstaver', `ws = wb.create_sheet("overblik")\nws["A1"] = "noter"`, /"overblik"/],
  ['Afstemning med formler', `ws = wb.create_sheet("Afstemning")\nws["A1"] = 5\nws["A2"] = "=A1*2"`, /"Afstemning"/],
];

test.each(USER_SHEETS)(
  "a user's sheet (%s) is refused with exit 2, a Danish message naming it, and the file byte-identical",
  async (label, python, named) => {
    const file = await withUserSheet(join(dir, `${label.replace(/\W+/g, '-')}.xlsx`), python);
    const before = readFileSync(file);
    const r = spawnCli(['report', file, ...REPORT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(named);
    expect(r.stderr).toMatch(/mangler Fremdrifts mærke.*Omdøb arket/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file).equals(before)).toBe(true);
  },
  180000,
);

test("Fremdrift's own marked sheets are replaced on the next run, and LibreOffice reopens the file", async () => {
  const file = join(dir, 'egne.xlsx');
  await writeWorkbook(file, TABLES);
  expect(spawnCli(['report', file, ...REPORT])).toMatchObject({ code: 0, stderr: '' });
  const again = spawnCli(['report', file, '--write', '--quiet', '--as-of', '2025-06-20']);
  expect(again).toMatchObject({ code: 0, stderr: '' });
  const wb = await XlsxWorkbook.open(file);
  expect(wb.sheetNames().filter((n) => n.toLowerCase() === 'overblik')).toEqual(['Overblik']);
  expect(libreOfficeCsv(file)).toMatch(/Opgjort pr\. 20-06-2025/);
}, 240000);

test('an old Fremdrift file without marks is refused, marked by upgrade, and then written', async () => {
  const file = join(dir, 'gammel.xlsx');
  await writeWorkbook(file, TABLES);
  expect(spawnCli(['report', file, ...REPORT]).code).toBe(0);
  // As a Fremdrift from before the mark left it: the same sheets, no _Fremdrift_Ark names.
  openpyxl(`import zipfile, re, shutil
src = ${JSON.stringify(file)}
zin = zipfile.ZipFile(src)
items = [(i, zin.read(i.filename)) for i in zin.infolist()]
zin.close()
with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as out:
    for i, data in items:
        if i.filename == "xl/workbook.xml":
            data = re.sub(rb'<definedName name="_Fremdrift_Ark"[^>]*>[^<]*</definedName>', b"", data)
        out.writestr(i, data)`);
  expect(readFileSync(file, 'utf8')).not.toContain('_Fremdrift_Ark'); // zipped: proves nothing alone
  const refused = spawnCli(['report', file, ...REPORT]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/fremdrift upgrade/);
  const up = spawnCli(['upgrade', file]);
  expect(up.code).toBe(0);
  expect(up.stdout).toMatch(
    /Arkene Overblik, Milepæle, Månedsdialog, Forløbsoversigt, Datakvalitet, Afstemning, Virksomheder er .*mærket/,
  );
  const r = spawnCli(['report', file, ...REPORT]);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(libreOfficeCsv(file)).toMatch(/Overblik/);
}, 240000);

test('upgrade leaves a user-made "Overblik" unmarked (its content is not Fremdrift\'s layout)', async () => {
  const file = await withUserSheet(
    join(dir, 'bruger-upgrade.xlsx'),
    `ws = wb.create_sheet("Overblik")\nws["A1"] = "Overblik"\nws["A2"] = "mine egne tal"`,
  );
  const up = spawnCli(['upgrade', file]);
  expect(up.code).toBe(0);
  expect(up.stdout).not.toMatch(/mærket/);
  const before = readFileSync(file);
  expect(spawnCli(['report', file, ...REPORT]).code).toBe(2);
  expect(readFileSync(file).equals(before)).toBe(true);
}, 240000);
