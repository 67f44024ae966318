// Issue 22, "files from other tools stay valid": the same workbook as openpyxl, LibreOffice and ExcelJS
// write it (each declares namespaces its own way: openpyxl puts xmlns:r on every <sheet> and writes no
// XML declaration, LibreOffice declares r: on the root, ExcelJS its own layout) is edited by the real bin
// — `report --write` adds six sheets (workbook.xml, [Content_Types].xml, workbook.xml.rels, new sheet
// parts, definedNames), `upgrade` adds tables and columns, appendRows edits a sheet part — and every
// result is reopened by LibreOffice (CSV content checked) and by openpyxl (sheet names checked).
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE, INPUT_TABLES, OUTPUT_SHEETS } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { spawnCli, writeWorkbook } from '../cli/helpers';
import { libreOfficeCsv, libreOfficeXlsx, openpyxl, openpyxlSheets } from '../support/otherTools';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-writers-'));
const TABLES = Object.fromEntries(
  INPUT_TABLES.map((d) => [d.name, { name: d.name, headers: d.columns.map((c) => c.header), rows: [] }]),
);

const WRITERS = ['openpyxl', 'LibreOffice', 'ExcelJS'] as const;
type Writer = (typeof WRITERS)[number];

/** `file` opened and saved again by `writer`; returns the path of the saved file. */
async function resave(writer: Writer, file: string): Promise<string> {
  if (writer === 'openpyxl') {
    openpyxl(`wb = openpyxl.load_workbook(${JSON.stringify(file)})\nwb.save(${JSON.stringify(file)})`);
    return file;
  }
  if (writer === 'ExcelJS') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(file);
    return file;
  }
  return libreOfficeXlsx(file);
}

/** The workbook with the input tables, last saved by `writer`. */
async function savedBy(writer: Writer, name: string): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  await writeWorkbook(file, TABLES);
  return resave(writer, file);
}

test.each(WRITERS)(
  'a workbook saved by %s: report --write, then LibreOffice and openpyxl reopen it',
  async (writer) => {
    const file = await savedBy(writer, `report-${writer}`);
    const r = spawnCli(['report', file, '--write', '--quiet', '--as-of', '2025-05-20']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wbXml = (await XlsxWorkbook.open(file)).partBytes('xl/workbook.xml')!.toString('utf8');
    // Every r:id on a <sheet> is in scope of an xmlns:r (on the root or on the element itself).
    const rootDeclares = /^(?:<\?[^>]*>\s*)?<[^>]*\bxmlns:r="/.test(wbXml);
    for (const tag of wbXml.match(/<sheet\b[^>]*>/g) ?? []) if (!rootDeclares) expect(tag).toMatch(/xmlns:r="/);
    expect(libreOfficeCsv(file)).toMatch(/^"?Overblik"?/);
    const names = openpyxlSheets(file).map((s) => s.name);
    for (const sheet of OUTPUT_SHEETS) expect(names).toContain(sheet);
    expect(openpyxlSheets(file).find((s) => s.name === 'Overblik')?.a1).toBe('Overblik');
  },
  300000,
);

test.each(WRITERS)(
  'a v1 workbook saved by %s: upgrade adds tables and columns, and LibreOffice and openpyxl reopen it',
  async (writer) => {
    // v1: only Borgere, without its v2 columns.
    const file = join(dir, `v1-${writer}.xlsx`);
    const wb = XlsxWorkbook.create();
    wb.createTable({ ...BORGERE, columns: BORGERE.columns.filter((c) => c.since !== 2) }, [
      ['B1', 'AB', 'Aktivitetsparat kontanthjælp', 'Team Nord', 'Anna'],
    ]);
    await wb.save(file);
    const saved = await resave(writer, file);
    const up = spawnCli(['upgrade', saved, '--quiet']);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(libreOfficeCsv(saved)).toContain('B1');
    const names = openpyxlSheets(saved).map((s) => s.name);
    for (const def of INPUT_TABLES) expect(names).toContain(def.sheet ?? def.name);
  },
  300000,
);

test.each(WRITERS)(
  'a workbook saved by %s: appended rows (sheet part edit) reopen in LibreOffice and openpyxl',
  async (writer) => {
    const file = await savedBy(writer, `append-${writer}`);
    const wb = await XlsxWorkbook.open(file);
    await wb.appendRows('Borgere', [{ 'Borger-ID': 'B77', Navn: 'Tilføjet' }]);
    await wb.save(file);
    expect(libreOfficeCsv(file)).toContain('B77');
    const read = openpyxl(
      `wb = openpyxl.load_workbook(${JSON.stringify(file)})\nprint([c.value for row in wb["Borgere"].iter_rows() for c in row])`,
    );
    expect(read).toContain("'B77'");
  },
  300000,
);
