// The browser-safe part-name helpers give what Node's posix path functions gave before (xlsxPackage.ts
// used them), for the targets Excel, LibreOffice and openpyxl write: relative, absolute, with ./ and ../.
import { posix } from 'path';
import fc from 'fast-check';
import { parseSheets, parseRels, relsPathOf, resolveTarget } from '../../src/xlsx/packageParts';

/** The old, posix-based implementation, kept here as the reference. */
function posixResolve(sourcePart: string, target: string): string {
  const t = decodeURIComponent(target);
  if (t.startsWith('/')) return posix.normalize(t).replace(/^\/+/, '');
  return posix.normalize(posix.join(posix.dirname(sourcePart), t)).replace(/^(\.\/)+/, '');
}

const segment = fc.constantFrom('xl', 'worksheets', 'sheet1.xml', '_rels', '..', '.', 'media', 'Ark 1.xml');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
const part = fc
  .array(fc.constantFrom('xl', 'worksheets', 'charts', 'workbook.xml'), { maxLength: 3 })
  .map((s) => s.join('/'));

test('resolveTarget agrees with posix for relative and absolute targets', () => {
  fc.assert(
    fc.property(part, path, fc.boolean(), (source, target, absolute) => {
      const t = absolute ? `/${target}` : target;
      const expected = posixResolve(source, t);
      // posix writes "." for an empty result and keeps leading "../"; neither names a part.
      fc.pre(expected !== '.' && !expected.startsWith('..'));
      expect(resolveTarget(source, t)).toBe(expected);
    }),
  );
});

test.each([
  ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
  ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
  ['xl/workbook.xml', '/xl/worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
  ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ['xl/workbook.xml', 'worksheets/Ark%201.xml', 'xl/worksheets/Ark 1.xml'],
  ['xl/workbook.xml', 'worksheets/100%.xml', 'xl/worksheets/100%.xml'],
])('resolveTarget(%s, %s) is %s', (source, target, expected) => {
  expect(resolveTarget(source, target)).toBe(expected);
});

test('relsPathOf names the .rels part beside a part, and the package root rels for ""', () => {
  expect(relsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  expect(relsPathOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
  expect(relsPathOf('')).toBe('_rels/.rels');
});

test('parseSheets resolves worksheets and leaves chart sheets without a part', () => {
  const rels = parseRels(
    '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://x/chartsheet" Target="chartsheets/sheet1.xml"/>' +
      '<Relationship Id="rId3" Type="http://x/hyperlink" Target="https://job.net" TargetMode="External"/></Relationships>',
    'xl/workbook.xml',
  );
  expect(rels.map((r) => r.part)).toEqual(['xl/worksheets/sheet1.xml', 'xl/chartsheets/sheet1.xml', '']);
  const sheets = parseSheets(
    '<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Graf" sheetId="2" r:id="rId2"/></sheets></workbook>',
    rels,
  );
  expect(sheets.map((s) => [s.name, s.part])).toEqual([
    ['Data', 'xl/worksheets/sheet1.xml'],
    ['Graf', ''],
  ]);
});
