// The deflate sink writes a part in sync-flushed pieces; whatever the pieces and however the text is
// split into writes, the concatenation must inflate to exactly the text's UTF-8 bytes, with the CRC-32
// and length a zip reader checks. Also the writers built on it: a package saved with rendered and
// appended parts reads back with an independent inflater.
import fc from 'fast-check';
import { inflateRawSync } from 'zlib';
import { DeflateSink, StringSink } from '../../src/xlsx/deflateSink';
import { crc32, entryData, readZip } from '../../src/xlsx/zip';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { HISTORIK_BORGERE_V2 as HISTORIK_BORGERE } from '../../src/workbook/contract';
import { renderSheetXml } from '../../src/xlsx/renderSheet';
import { StyleSheet } from '../../src/xlsx/styles';
import type { SheetModel } from '../../src/workbook/port';

/** Text with XML-ish ASCII, Danish letters and characters outside the BMP (surrogate pairs). */
const text = fc
  .array(fc.constantFrom('<c r="A1">', 'æøå', 'Å', '😀', '𝔘', ' ', 'x', '\n', '"', 'B000123'), { maxLength: 300 })
  .map((parts) => parts.join(''));

test('any split into writes and any piece size inflates to the same bytes, CRC and length', () => {
  fc.assert(
    fc.property(fc.array(text, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (writes, pieceChars) => {
      const sink = new DeflateSink(1, pieceChars);
      for (const w of writes) sink.write(w);
      const part = sink.finish();
      const expected = Buffer.from(writes.join(''), 'utf8');
      const inflated = inflateRawSync(part.raw);
      expect(inflated.equals(expected)).toBe(true);
      expect(part.size).toBe(expected.length);
      expect(part.crc).toBe(crc32(expected));
    }),
    { numRuns: 300 },
  );
});

test('an empty part is a valid empty deflate stream', () => {
  const part = new DeflateSink().finish();
  expect(inflateRawSync(part.raw).length).toBe(0);
  expect(part.size).toBe(0);
  expect(part.crc).toBe(0);
});

test('a sink cannot be written after it is finished', () => {
  const sink = new DeflateSink();
  sink.write('a');
  sink.finish();
  expect(() => sink.write('b')).toThrow();
});

test('the CRC continues across pieces as one CRC of the whole', () => {
  const a = Buffer.from('første del æøå');
  const b = Buffer.from('anden del 😀');
  expect(crc32(b, crc32(a))).toBe(crc32(Buffer.concat([a, b])));
});

test('a large sheet is deflated in many pieces and reads back cell for cell', async () => {
  const values = Array.from({ length: 30_000 }, (_, i) => [`Række ${i} æøå`, i, i % 7 === 0 ? '😀' : null]);
  const model: SheetModel = { name: 'Forløbsoversigt', values, formats: [{ row: 0, col: 0, cols: 3, bold: true }] };
  const wb = XlsxWorkbook.create();
  await wb.writeOutputSheets([model]);
  const saved = await wb.toBuffer();
  const entries = readZip(saved);
  const sheet = entries.find((e) => e.name.startsWith('xl/worksheets/'))!;
  // Checked against the stated CRC and length by entryData; and against a render to one string.
  const xml = entryData(sheet).toString('utf8');
  expect(xml).toBe(renderSheetXml(model, new StyleSheet(null)).xml);
  expect(sheet.size).toBeGreaterThan(2 * (1 << 20));
});

test('rows appended by value are written once and read back; a later edit of one still works', async () => {
  const wb = XlsxWorkbook.create();
  await wb.ensureInputTables([HISTORIK_BORGERE]);
  const rows = Array.from({ length: 20_000 }, (_, i) => ({
    Måned: '2025-03',
    'Borger-ID': `B${String(i).padStart(6, '0')}`,
    'I indsats': i % 2 ? 'Ja' : 'Nej',
  }));
  await wb.appendRows(HISTORIK_BORGERE.name, rows.slice(0, 10_000));
  await wb.appendRows(HISTORIK_BORGERE.name, rows.slice(10_000));
  await wb.updateCells(HISTORIK_BORGERE.name, [{ row: 20_000, column: 'I indsats', value: 'Måske' }]);
  const back = XlsxWorkbook.fromBuffer(await wb.toBuffer());
  const table = (await back.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  expect(table.rows).toHaveLength(20_000);
  // Historik_borgere's older form's first three columns (its I målgruppe and Parathed stay empty here).
  expect(table.rows[0].slice(0, 3)).toEqual(['2025-03', 'B000000', 'Nej']);
  expect(table.rows[10_000].slice(0, 3)).toEqual(['2025-03', 'B010000', 'Nej']);
  expect(table.rows[19_999].slice(0, 3)).toEqual(['2025-03', 'B019999', 'Måske']);
  expect(table.rows[0].slice(3)).toEqual([null, null]);
});

test('StringSink gives the text written', () => {
  const s = new StringSink();
  s.write('a');
  s.write('ø');
  expect(s.toString()).toBe('aø');
});
