// Issue 26: whether an output sheet about to be replaced holds a formula (then the calculation chain goes)
// is asked of its bytes, not of its decoded text; it must answer as the regular expression over the text did.
import fc from 'fast-check';
import { holdsFormula } from '../../src/xlsx/holdsFormula';

const overText = (xml: string) => /<(?:\w+:)?f\b/.test(xml);

test('the same answer as /<(?:\\w+:)?f\\b/ over the UTF-8 text', () => {
  const pieces = ['<', 'f', 'x', ':', '_', '1', ' ', '>', '/', 'é', '→', '<f>', '<x:f ', '<c', '"', 'F', '\u{1F600}'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (list) => {
      const xml = list.join('');
      expect(holdsFormula(Buffer.from(xml, 'utf8'))).toBe(overText(xml));
    }),
    { numRuns: 5000 },
  );
});

test('worksheet shapes', () => {
  for (const [xml, has] of [
    ['<sheetData><row r="1"><c r="A1"><f>SUM(B1)</f><v>1</v></c></row></sheetData>', true],
    ['<x:c r="A1"><x:f t="shared" si="0"/></x:c>', true],
    ['<c r="A1" t="inlineStr"><is><t>f</t></is></c><font/><fill/>', false],
    ['<f', true],
    ['<f:', true],
    ['<ff>', false],
    ['<x:ff>', false],
    ['<é:f>', false],
  ] as const)
    expect([xml, holdsFormula(Buffer.from(xml))]).toEqual([xml, has]);
  expect(holdsFormula(null)).toBe(false);
});
