// Import never writes over the user's own cells: a table that must grow into a non-empty cell is
// refused naming that cell, and a plain range with the contract's headers is refused with how to make
// it a table (never silently converted). In both cases the file stays byte-identical.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE, FORLØB } from '../../src/workbook/contract';
import { XlsxPackage } from '../../src/xlsx/xlsxPackage';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { makeEntry, writeZip } from '../../src/xlsx/zip';
import { runCli } from '../cli/helpers';
import { sampleTables } from '../import/helpers';
import { openpyxlStyleWorkbook, renameSheet } from './fixtures/packages';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-importsafety-'));
const EXPORT = ['Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato', 'NY1;Andet;Vest;Ole;01-03-2025'].join('\r\n');

/** A workbook whose Borgere table has the user's own note in the cell right below it. */
async function workbookWithNoteBelow(file: string): Promise<string> {
  const wb = XlsxWorkbook.create();
  const t = sampleTables();
  wb.createTable(BORGERE, t.Borgere.rows);
  wb.createTable(FORLØB, t.Forløb.rows);
  const pkg = XlsxPackage.fromBuffer(await wb.toBuffer());
  const part = pkg.sheets().find((s) => s.name === 'Borgere')!.part;
  const below = t.Borgere.rows.length + 2;
  pkg.setText(
    part,
    pkg
      .text(part)!
      .replace(
        '</sheetData>',
        `<row r="${below}"><c r="B${below}" t="inlineStr"><is><t>Min egen note</t></is></c></row></sheetData>`,
      ),
  );
  writeFileSync(file, writeZip(pkg.names().map((n) => makeEntry(n, pkg.bytes(n)!))));
  return `B${below}`;
}

test('appendRows refuses to grow a table over a non-empty cell below it and names the cell', async () => {
  const file = join(dir, 'note.xlsx');
  const cell = await workbookWithNoteBelow(file);
  const wb = await XlsxWorkbook.open(file);
  await expect(wb.appendRows('Borgere', [{ 'Borger-ID': 'NY1' }])).rejects.toThrow(
    new RegExp(`cellen ${cell} på arket "Borgere".*ikke tom`),
  );
  // Nothing was changed in memory either: the table reads as before.
  expect((await wb.readTables(['Borgere'])).Borgere!.rows.length).toBe(sampleTables().Borgere.rows.length);
});

test('fremdrift import next to a user cell exits non-zero with the cell named and leaves the file byte-identical', async () => {
  const file = join(dir, 'note-cli.xlsx');
  const cell = await workbookWithNoteBelow(file);
  const before = readFileSync(file);
  const exportFile = join(dir, 'eksport.csv');
  writeFileSync(exportFile, EXPORT);
  const r = await runCli(['import', exportFile, '--into', file, '--table', 'Borgere']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(`cellen ${cell}`);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test('a plain range with the contract headers is refused with how to make it a table, and nothing is written', async () => {
  const file = join(dir, 'plain.xlsx');
  const wb = XlsxWorkbook.create();
  wb.createTable(FORLØB, sampleTables().Forløb.rows);
  const b = sampleTables().Borgere;
  // A user's plain range named Borgere: written as an output sheet, then renamed (Fremdrift itself never could).
  await wb.writeOutputSheets([{ name: 'Afstemning', values: [b.headers, ...b.rows] }]);
  const pkg = XlsxPackage.fromBuffer(await wb.toBuffer());
  renameSheet(pkg, 'Afstemning', 'Borgere');
  writeFileSync(file, pkg.toBuffer());
  const before = readFileSync(file);

  const port = await XlsxWorkbook.open(file);
  await expect(port.ensureInputTables([BORGERE])).rejects.toThrow(
    /almindeligt celleområde, ikke en Excel-tabel.*Indsæt → Tabel.*Borgere.*Opret sagsstamme/,
  );

  const exportFile = join(dir, 'eksport-plain.csv');
  writeFileSync(exportFile, EXPORT);
  const r = await runCli(['import', exportFile, '--into', file, '--table', 'Borgere']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/Indsæt → Tabel/);
  expect(readFileSync(file).equals(before)).toBe(true);
  // The user's data is still a plain range (no table was created over it).
  expect((await (await XlsxWorkbook.open(file)).readTables(['Borgere'])).Borgere).toBeNull();
});

test('updating the first cell of a shared formula is refused (it would break the cells that share it)', async () => {
  const pkg = XlsxPackage.fromBuffer(openpyxlStyleWorkbook());
  const sheet = 'xl/worksheets/sheet1.xml';
  pkg.setText(
    sheet,
    pkg
      .text(sheet)!
      .replace('<c r="C2" t="n"><v>7</v></c>', '<c r="C2"><f t="shared" ref="C2:C3" si="0">1+6</f><v>7</v></c>'),
  );
  const wb = XlsxWorkbook.fromBuffer(writeZip(pkg.names().map((n) => makeEntry(n, pkg.bytes(n)!))));
  await expect(wb.updateCells('Data', [{ row: 1, column: 'Timer', value: 8 }])).rejects.toThrow(
    /Cellen C2 på arket "Ark1" holder en formel, som andre celler deler/,
  );
  await wb.updateCells('Data', [{ row: 1, column: 'Navn', value: 'ok' }]);
  expect((await wb.readTables(['Data'])).Data!.rows[0]).toEqual(['B-1', 'ok', 7]);
});
