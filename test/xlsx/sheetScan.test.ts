// The byte scanner (sheetScan.ts) must read exactly what the text reader (readRect) reads, for every kind
// of cell and row the format allows, and the lazy shared strings exactly what parseSharedStrings gives:
// property tests over generated worksheet XML, plus the cases that matter most named one by one.
import fc from 'fast-check';
import { parseSharedStrings, readRect } from '../../src/xlsx/sheetCells';
import { SharedStringTable } from '../../src/xlsx/sharedStrings';
import { scanRect } from '../../src/xlsx/sheetScan';
import { columnLetter } from '../../src/xlsx/address';

const SHARED = ['nul', 'én', 'to & tre', 'Løntilskud', ''];

/** Text that needs escaping sometimes: Danish letters, entities, Excel's _x000D_, a CR LF. */
const text = fc.constantFrom('Virksomhedspraktik', 'Tæt på', 'A&amp;B', 'x_x000D_y', 'a\r\nb', ' ', 'ø', '1,5');

/** The inner XML and type attribute of one cell, of every kind readRect knows. */
const cellBody = fc.oneof(
  fc.integer({ min: -5, max: 50000 }).map((n) => ({ t: '', inner: `<v>${n}</v>` })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ t: '', inner: `<v>${n}</v>` })),
  fc.integer({ min: 0, max: 6 }).map((i) => ({ t: ' t="s"', inner: `<v>${i}</v>` })),
  text.map((s) => ({ t: ' t="inlineStr"', inner: `<is><t>${s}</t></is>` })),
  text.map((s) => ({ t: ' t="inlineStr"', inner: `<is><t xml:space="preserve">${s}</t></is>` })),
  text.map((s) => ({ t: ' t="inlineStr"', inner: `<is><r><rPr><b/></rPr><t>${s}</t></r><r><t>!</t></r></is>` })),
  text.map((s) => ({ t: ' t="str"', inner: `<f>A1&amp;"x"</f><v>${s}</v>` })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((e) => ({ t: ' t="e"', inner: `<f>1/0</f><v>${e}</v>` })),
  fc.constantFrom('0', '1').map((b) => ({ t: ' t="b"', inner: `<v>${b}</v>` })),
  fc.constant({ t: '', inner: '<f>SUM(A1:A2)</f>' }),
  fc.constant({ t: '', inner: '<f>SUM(A1:A2)</f><v></v>' }),
  fc.constant({ t: ' t="d"', inner: '<v>2025-03-01T00:00:00</v>' }),
  fc.constant({ t: '', inner: ' <v>7</v> ' }),
  fc.constant({ t: '', inner: '<v> 8 </v>' }),
  fc.constant({ t: '', inner: '<v>tekst</v>' }),
  fc.constant({ t: ' t="s"', inner: '<v>99</v>' }),
  fc.constant({ t: '', inner: '' }),
);

interface SheetShape {
  prefix: string;
  rows: {
    omitR: boolean;
    cells: { col: number; omitR: boolean; selfClosing: boolean; body: { t: string; inner: string } }[];
  }[];
  gaps: number[];
}

const sheetShape: fc.Arbitrary<SheetShape> = fc.record({
  prefix: fc.constantFrom('', 'x:'),
  rows: fc.array(
    fc.record({
      omitR: fc.boolean(),
      cells: fc.array(
        fc.record({
          col: fc.integer({ min: 1, max: 3 }),
          omitR: fc.boolean(),
          selfClosing: fc.boolean(),
          body: cellBody,
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 12 },
  ),
  gaps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
});

/** A worksheet part from a shape: rows (with gaps), cells at increasing columns, some without addresses. */
function sheetXml(s: SheetShape): string {
  const p = s.prefix;
  const ns = p
    ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  let rowNo = 0;
  const rows = s.rows.map((row, k) => {
    rowNo += 1 + s.gaps[k];
    let col = 0;
    const cells = row.cells.map((c) => {
      col += c.col;
      // Without its own address a cell is placed by position, so only the next column may omit it.
      const omit = c.omitR && c.col === 1;
      const r = omit ? '' : ` r="${columnLetter(col)}${rowNo}"`;
      return c.selfClosing || c.body.inner === ''
        ? `<${p}c${r} s="1"/>`
        : `<${p}c${r}${c.body.t}>${c.body.inner.replace(/<(\/?)(?=[a-z])/g, `<$1${p}`)}</${p}c>`;
    });
    // Rows omit r only after a row that is directly above (no gap), where counting finds the same number.
    const omitRow = row.omitR && s.gaps[k] === 0;
    return `<${p}row${omitRow ? '' : ` r="${rowNo}"`} spans="1:9">${cells.join('')}</${p}row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}dimension ref="A1"/><${p}sheetData>${rows.join('')}</${p}sheetData><${p}mergeCells count="0"/></${p}worksheet>`;
}

const rect = fc
  .record({
    top: fc.integer({ min: 1, max: 30 }),
    h: fc.integer({ min: 0, max: 30 }),
    left: fc.integer({ min: 1, max: 12 }),
    w: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ top, h, left, w }) => ({ top, bottom: top + h, left, right: left + w }));

test('scanRect reads what readRect reads, values and problems, for any sheet and rectangle', () => {
  fc.assert(
    fc.property(sheetShape, rect, (shape, r) => {
      const xml = sheetXml(shape);
      const expected = readRect(xml, SHARED, r.top, r.left, r.bottom, r.right);
      const actual = scanRect(Buffer.from(xml, 'utf8'), SHARED, r.top, r.left, r.bottom, r.right);
      expect(actual).toEqual(expected);
    }),
    { numRuns: 400 },
  );
});

test('named cases: numbers, shared and inline strings, errors, formulas without a cached value, 1-row skips', () => {
  const xml =
    '<worksheet><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Borger-ID</t></is></c><c r="B1" t="s"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>B-1 &amp; ø</t></is></c><c r="B2"><v>45000</v></c><c r="C2" t="e"><v>#N/A</v></c></row>' +
    '<row r="3"><c r="A3"><f>1+1</f></c><c r="B3"><v>2.5</v></c><c r="C3" t="b"><v>1</v></c></row>' +
    '<row r="5"><c r="A5"><v>9</v></c></row>' +
    '</sheetData></worksheet>';
  const grid = scanRect(Buffer.from(xml), SHARED, 1, 1, 5, 3);
  expect(grid.values).toEqual([
    ['Borger-ID', 'Løntilskud', null],
    ['B-1 & ø', 45000, '#N/A'],
    [null, 2.5, true],
    [null, null, null],
    [9, null, null],
  ]);
  expect(grid.problems).toEqual([
    { kind: 'error', error: '#N/A', row: 2, col: 3 },
    { kind: 'no-cached-value', formula: '1+1', row: 3, col: 1 },
  ]);
  // Only the rows asked for; the scan stops below them.
  expect(scanRect(Buffer.from(xml), SHARED, 3, 2, 3, 3).values).toEqual([[2.5, true]]);
});

test('cells in a comment are not cells (the text reader, by regular expression, reads them)', () => {
  const xml =
    '<worksheet><sheetData><!-- <row r="1"><c r="A1"><v>666</v></c></row> --><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>';
  expect(scanRect(Buffer.from(xml), [], 1, 1, 2, 1).values).toEqual([[null], [1]]);
});

test('a sheet without cells, or with an empty sheetData, reads as blanks of the rectangle size', () => {
  for (const xml of [
    '<worksheet/>',
    '<worksheet><sheetData/></worksheet>',
    '<worksheet><sheetData></sheetData></worksheet>',
  ])
    expect(scanRect(Buffer.from(xml), [], 1, 1, 2, 2)).toEqual({
      values: [
        [null, null],
        [null, null],
      ],
      problems: [],
    });
});

/** One `<si>` item of every form: plain, preserved space, rich text runs, phonetic runs, empty, prefixed. */
const siItem = fc.oneof(
  text.map((s) => ({ xml: `<si><t>${s}</t></si>`, prefixed: false })),
  text.map((s) => ({ xml: `<si><t xml:space="preserve"> ${s} </t></si>`, prefixed: false })),
  text.map((s) => ({ xml: `<si><r><rPr><b/></rPr><t>${s}</t></r><r><t>!</t></r></si>`, prefixed: false })),
  text.map((s) => ({ xml: `<si><t>${s}</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`, prefixed: false })),
  fc.constant({ xml: '<si/>', prefixed: false }),
  fc.constant({ xml: '<si></si>', prefixed: false }),
  text.map((s) => ({ xml: `<x:si><x:t>${s}</x:t></x:si>`, prefixed: true })),
);

test('SharedStringTable decodes each item as parseSharedStrings does, on use', () => {
  fc.assert(
    fc.property(fc.array(siItem, { maxLength: 30 }), (items) => {
      const xml = `<?xml version="1.0"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}">${items.map((i) => i.xml).join('')}</sst>`;
      const expected = parseSharedStrings(xml);
      const table = new SharedStringTable(Buffer.from(xml, 'utf8'));
      expect(table.length).toBe(expected.length);
      // In reverse order and twice: decoding on use, then from what was kept.
      for (let k = expected.length - 1; k >= 0; k--) expect(table.at(k)).toBe(expected[k]);
      for (let k = 0; k < expected.length; k++) expect(table.at(k)).toBe(expected[k]);
      expect(table.at(expected.length)).toBeUndefined();
      expect(table.at(-1)).toBeUndefined();
      expect(table.at(0.5)).toBeUndefined();
    }),
    { numRuns: 300 },
  );
  expect(new SharedStringTable(null).at(0)).toBeUndefined();
});
