// The streaming renderer merges each combination of overlapping formats once instead of per cell; for any
// model it must write the same rows and add the same styles, in the same order, as the per-cell renderer
// it replaced (kept below as the reference).
import fc from 'fast-check';
import { columnLetter } from '../../src/xlsx/address';
import { renderSheetXml } from '../../src/xlsx/renderSheet';
import { cellXml } from '../../src/xlsx/sheetEditor';
import { StyleSheet, type CellLook } from '../../src/xlsx/styles';
import type { CellValue, RangeFormat, SheetModel } from '../../src/workbook/port';

/** The renderer's rows before this change: a merged look object per cell, styled cell by cell. */
function referenceRows(model: SheetModel, styles: StyleSheet): string {
  const looks = new Map<number, Map<number, CellLook>>();
  for (const f of model.formats ?? []) {
    const { row, col, rows = 1, cols = 1, ...look } = f;
    const defined = Object.fromEntries(
      Object.entries(look).filter(([, v]) => v !== undefined && v !== false),
    ) as CellLook;
    for (let r = row; r < row + rows; r++) {
      let line = looks.get(r);
      if (!line) looks.set(r, (line = new Map()));
      for (let c = col; c < col + cols; c++) line.set(c, { ...line.get(c), ...defined });
    }
  }
  let lastLook = -1;
  for (const r of looks.keys()) lastLook = Math.max(lastLook, r);
  const rowCount = Math.max(lastLook, model.values.length - 1) + 1;
  const rowsXml: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const values: CellValue[] = model.values[r] ?? [];
    const line = looks.get(r);
    let lineWidth = 0;
    for (const c of line?.keys() ?? []) lineWidth = Math.max(lineWidth, c + 1);
    const width = Math.max(values.length, lineWidth);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const look = line?.get(c);
      const style = look ? styles.xf(look) : 0;
      const v = values[c];
      const xml = cellXml(
        `${columnLetter(c + 1)}${r + 1}`,
        v === '' || v === undefined ? null : v,
        style ? String(style) : undefined,
      );
      if (xml) cells.push(xml);
    }
    if (cells.length > 0) rowsXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return rowsXml.length > 0 ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>';
}

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom('Klar', 'Tæt på', 'æøå & <x>', 'a\u0001"b\ufffe', ' 😀 '),
  fc.integer({ min: -5, max: 50000 }),
  fc.constant(Number.NaN),
  fc.boolean(),
);

const format: fc.Arbitrary<RangeFormat> = fc.record(
  {
    row: fc.integer({ min: 0, max: 12 }),
    col: fc.integer({ min: 0, max: 6 }),
    rows: fc.integer({ min: 0, max: 4 }),
    cols: fc.integer({ min: 0, max: 4 }),
    bold: fc.boolean(),
    italic: fc.boolean(),
    fill: fc.constantFrom('#D9E1F2', '#C6EFCE'),
    numberFormat: fc.constantFrom('0.0%', 'dd-mm-yyyy', '#,##0'),
    fontColor: fc.constantFrom('#1F3864', '#595959'),
    wrap: fc.boolean(),
  },
  { requiredKeys: ['row', 'col'] },
);

const model: fc.Arbitrary<SheetModel> = fc.record({
  name: fc.constant('Overblik' as const),
  values: fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 14 }),
  formats: fc.array(format, { maxLength: 12 }),
});

function sheetData(xml: string): string {
  return /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/.exec(xml)![0];
}

test('rows and styles are exactly those of the per-cell renderer, for any values and overlapping formats', () => {
  fc.assert(
    fc.property(model, (m) => {
      const ours = new StyleSheet(null);
      const theirs = new StyleSheet(null);
      const xml = renderSheetXml(m, ours).xml;
      expect(sheetData(xml)).toBe(referenceRows(m, theirs));
      expect(ours.xml()).toBe(theirs.xml());
    }),
    { numRuns: 400 },
  );
});

test('the dimension names the last row and column written', () => {
  const xml = renderSheetXml(
    { name: 'Overblik', values: [['a'], [], [null, null, 3]], formats: [{ row: 4, col: 1, bold: true }] },
    new StyleSheet(null),
  ).xml;
  expect(xml).toContain('<dimension ref="A1:C5"/>');
});
