import { asLiteralText, asLiteralValues, isFormulaLike } from '../../src/security/formula';

describe('formula injection', () => {
  test.each(['=SUM(A1:A9)', '+45 1234', '-3 dage', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://x","klik")'])(
    '%j is formula-like and is written to Office with a quote prefix',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(asLiteralText(text)).toBe(`'${text}`);
    },
  );

  test.each(['Søren', '1+1', 'a=b', ' =x', '', "'quoted"])('%j is plain text and unchanged', (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(asLiteralText(text)).toBe(text);
  });
});

describe('asLiteralValues for Office.js range.values', () => {
  test('protects formula-like strings and leaves other values as they are', () => {
    expect(asLiteralValues([['=1+1', 45717, null, true, 'Søren', '-2']])).toEqual([
      ["'=1+1", 45717, null, true, 'Søren', "'-2"],
    ]);
  });
});
