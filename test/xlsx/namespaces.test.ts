// Issue 22, namespace-correct package edits, at the port: prefixes are resolved by namespace URI, what is
// written declares what it uses, and a save that would leave an unbound prefix in a part Fremdrift
// changed is refused (so no command says it succeeded on a file it broke). The workbook here is written
// with a prefixed root (`<x:workbook xmlns:x=... xmlns:rel=...>`), as some generators do, and LibreOffice
// must open what Fremdrift made of it.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { SHEET_MARK } from '../../src/workbook/ownSheets';
import { XlsxPackage } from '../../src/xlsx/xlsxPackage';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { undeclaredPrefixes } from '../../src/xlsx/xml';
import { libreOfficeCsv, openpyxlSheets } from '../support/otherTools';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-ns-'));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

test('undeclaredPrefixes finds an r:id outside any xmlns:r, and accepts per-element and root declarations', () => {
  const openpyxlStyle = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  expect(undeclaredPrefixes(openpyxlStyle)).toEqual([]);
  expect(
    undeclaredPrefixes(openpyxlStyle.replace('</sheets>', '<sheet name="B" sheetId="2" r:id="rId2"/></sheets>')),
  ).toEqual(['r']);
  expect(undeclaredPrefixes(`<?xml version="1.0"?><x:a xmlns:x="u"><x:b y:c="1"/><!-- z:d --></x:a>`)).toEqual(['y']);
});

/** Our own workbook with the input tables, its workbook.xml rewritten with prefixes x: (main) and rel: (r). */
async function prefixedWorkbook(extra = ''): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) wb.createTable(def);
  const pkg = XlsxPackage.fromBuffer(await wb.toBuffer());
  const xml = pkg.text('xl/workbook.xml')!;
  const prefixed = xml
    .replace(/<(\/?)([A-Za-z]+)\b/g, (m, slash: string, name: string) => (name === 'xml' ? m : `<${slash}x:${name}`))
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`)
    .replace(/\br:id=/g, 'rel:id=')
    .replace('</x:workbook>', `${extra}</x:workbook>`);
  pkg.setText('xl/workbook.xml', prefixed);
  return pkg.toBuffer();
}

test('a prefixed workbook.xml gets x:sheet, rel:id and x:definedName, and LibreOffice and openpyxl open the result', async () => {
  const wb = XlsxWorkbook.fromBuffer(await prefixedWorkbook());
  await wb.writeOutputSheets([{ name: 'Overblik', values: [['Overblik'], ['ny']] }]);
  const out = await wb.toBuffer();
  const xml = XlsxPackage.fromBuffer(out).text('xl/workbook.xml')!;
  expect(xml).toMatch(/<x:sheet name="Overblik" sheetId="\d+" rel:id="rId\d+"\/>/);
  expect(xml).toContain(
    `<x:definedName name="${SHEET_MARK}" localSheetId="0" hidden="1">'Overblik'!$A$1</x:definedName>`,
  );
  expect(undeclaredPrefixes(xml)).toEqual([]);
  const file = join(dir, 'prefixed.xlsx');
  writeFileSync(file, out);
  expect(libreOfficeCsv(file)).toMatch(/^"?Overblik"?\s*\n"?ny"?/);
  expect(openpyxlSheets(file)[0]).toEqual({ name: 'Overblik', a1: 'Overblik' });
  // Written again: the marked sheet is replaced, not refused.
  const again = XlsxWorkbook.fromBuffer(out);
  await again.writeOutputSheets([{ name: 'Overblik', values: [['Overblik'], ['igen']] }]);
  expect((await again.toBuffer()).length).toBeGreaterThan(0);
}, 180000);

test('a save that would leave an unbound prefix in a changed part is refused with a Danish message', async () => {
  // A foreign element with an undeclared prefix: once Fremdrift changes workbook.xml, it would save it.
  const wb = XlsxWorkbook.fromBuffer(await prefixedWorkbook('<ext:odd/>'));
  await wb.writeOutputSheets([{ name: 'Overblik', values: [['x']] }]);
  await expect(wb.toBuffer()).rejects.toThrow(
    /delen xl\/workbook\.xml med navnerumspræfikset "ext", som ikke er erklæret.*intet er gemt/,
  );
});
