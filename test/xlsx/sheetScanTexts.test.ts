// sheetScan.ts remembers short inline texts by their bytes within one scan (TextTable, issue 26). Beyond the
// property tests against readRect (sheetScan.test.ts), the table's own edges: more distinct texts than it
// keeps, texts of equal length that differ in one byte, texts longer than it remembers, Danish letters,
// and texts that need unescaping, each read exactly as written.
import { scanRect } from '../../src/xlsx/sheetScan';

const cell = (row: number, text: string) =>
  `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c></row>`;

function sheet(texts: readonly string[]): Buffer {
  const rows = texts.map((t, i) => cell(i + 1, t)).join('');
  return Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, 'utf8');
}

describe('inline texts remembered by their bytes', () => {
  it('reads 50,000 distinct texts and their repeats exactly', () => {
    const distinct = Array.from({ length: 50_000 }, (_, i) => `B${String(i).padStart(6, '0')}`);
    const texts = distinct.concat(distinct.slice(0, 1000), distinct.slice(49_000));
    const values = scanRect(sheet(texts), [], 1, 1, texts.length, 1).values.map((r) => r[0]);
    expect(values).toEqual(texts);
  });

  it('tells apart texts of equal length and keeps long, Danish and escaped texts', () => {
    const long = 'Virksomhedspraktik hos en virksomhed med en meget lang note om forløbet og mere';
    const texts = [
      'abc',
      'abd',
      'abc',
      'Tæt på',
      'Tæt på',
      long,
      long,
      'A&amp;B',
      'A&amp;B',
      'x_x000D_y',
      'x_x000D_y',
      '',
    ];
    const expected = ['abc', 'abd', 'abc', 'Tæt på', 'Tæt på', long, long, 'A&B', 'A&B', 'x\ry', 'x\ry', ''];
    const grid = scanRect(sheet(texts), [], 1, 1, texts.length, 1);
    expect(grid.values.map((r) => r[0])).toEqual(expected);
  });
});
