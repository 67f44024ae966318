// A report --write and an import keep every part of the package Fremdrift does not own: a user's chart,
// drawing, image, comments, defined name and an unknown part come out with identical bytes, and the
// result opens in LibreOffice with the appended row in place.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip');
import { refreshOutputs } from '../../src/app/refresh';
import { OUTPUT_SHEETS } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { bytesOf, foreignPartsWorkbook, FOREIGN_PARTS } from './fixtures/packages';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-keep-'));
const SOFFICE = '/usr/bin/soffice';

/** Every part's uncompressed bytes, read with JSZip (independent of the adapter's own zip code). */
async function parts(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name).async('nodebuffer'));
  return out;
}

test('report --write plus an import keep the chart, drawing, image, comments, defined name and unknown parts byte for byte', async () => {
  const file = join(dir, 'fremmed.xlsx');
  const original = await foreignPartsWorkbook();
  writeFileSync(file, original);
  const before = await parts(original);

  const wb = await XlsxWorkbook.open(file);
  const tablesBefore = await wb.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger']);
  await refreshOutputs(wb, { asOf: '2025-06-15', now: new Date('2025-06-15T12:00:00Z') });
  await wb.appendRows('Borgere', [{ 'Borger-ID': 'NY-1', Målgruppe: 'Aktivitetsparat', Team: 'Team Nord' }]);
  await wb.save(file);

  const written = readFileSync(file);
  const after = await parts(written);
  // The foreign parts, and the rels that tie them in, are identical.
  for (const [name, v] of Object.entries(FOREIGN_PARTS))
    expect([name, after.get(name)?.equals(bytesOf(v))]).toEqual([name, true]);
  const grafer = [...before.keys()].filter(
    (n) =>
      /xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/.test(n) && before.get(n)!.toString().includes('drawing77'),
  );
  expect(grafer.length).toBe(1);
  expect(after.get(grafer[0])!.equals(before.get(grafer[0])!)).toBe(true);
  // Only parts Fremdrift owns or must patch differ.
  const changed = [...before.keys()].filter((n) => !after.get(n)?.equals(before.get(n)!));
  for (const n of changed)
    expect(n).toMatch(
      /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet1\.xml|xl\/tables\/table1\.xml)$/,
    );
  expect([...before.keys()].filter((n) => !after.has(n))).toEqual([]);
  // The defined name, and Borgere's link to its comments, survive the patched parts.
  expect(after.get('xl/workbook.xml')!.toString()).toContain('<definedName name="Mål">Grafer!$B$2:$B$3</definedName>');
  expect(after.get('xl/worksheets/sheet1.xml')!.toString()).toMatch(/<legacyDrawing r:id="rId\d+"\/><tableParts/);

  const back = await XlsxWorkbook.open(file);
  expect(back.sheetNames().slice(0, OUTPUT_SHEETS.length)).toEqual([...OUTPUT_SHEETS]);
  const tablesAfter = await back.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger']);
  expect(tablesAfter.Borgere!.rows.slice(0, -1)).toEqual(tablesBefore.Borgere!.rows);
  expect(tablesAfter.Borgere!.rows.at(-1)!.slice(0, 4)).toEqual(['NY-1', null, 'Aktivitetsparat', 'Team Nord']);
  expect(tablesAfter.Forløb).toEqual(tablesBefore.Forløb);

  if (!existsSync(SOFFICE)) {
    console.warn(
      'SPRUNGET OVER: LibreOffice (soffice) er ikke installeret; at filen åbner i LibreOffice er ikke prøvet.',
    );
    return;
  }
  // Borgere's sheet number (1-based) after the output sheets.
  const sheetNo = back.sheetNames().indexOf('Borgere') + 1;
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,${sheetNo}`;
  const lo = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8', timeout: 180000 },
  );
  expect(lo.status).toBe(0);
  const csv = readFileSync(join(dir, 'fremmed-Borgere.csv'), 'utf8');
  expect(csv.split('\n')[0]).toMatch(/^Borger-ID,Navn,Målgruppe,Team/);
  expect(csv).toMatch(/\nNY-1,,Aktivitetsparat,Team Nord/);
}, 240000);
