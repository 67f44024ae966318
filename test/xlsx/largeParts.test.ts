// Parts over 4 MB are not kept inflated (zip.ts): they are unpacked and checked when the file is opened,
// and unpacked again when read. This proves the large sheet reads back whole, twice, with the same bytes;
// that damage inside it is still refused when the file is opened, naming the file; and that an entry
// whose directory claims a wrong length or checksum is refused; and that a read after an edit sees it.
import { deflateRawSync } from 'zlib';
import { TIMER } from '../../src/workbook/contract';
import { crc32, entryData, releaseHandoffs, type ZipEntry } from '../../src/xlsx/zip';
import { readZipDirectory } from '../../src/xlsx/zipDirectory';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

jest.setTimeout(120000);

/** A Timer table large enough that its sheet part is over 4 MB uncompressed. */
function largeRows(n: number) {
  const rows = [];
  for (let i = 0; i < n; i++)
    rows.push([`B-${i % 5000}`, `20${23 + (i % 3)}-0${1 + (i % 9)}`, (i % 37) / 2, 'Lønseddel']);
  return rows;
}

test('a sheet part over 4 MB reads back whole, and again, from the bytes it was saved with', async () => {
  const rows = largeRows(60_000);
  const wb = XlsxWorkbook.create();
  wb.createTable(TIMER, rows);
  const bytes = await wb.toBuffer();
  const sheet = readZipDirectory(bytes).find((e) => e.name.startsWith('xl/worksheets/'))!;
  expect(sheet.size).toBeGreaterThan(4 << 20);

  const opened = XlsxWorkbook.fromBuffer(bytes, 'stor.xlsx');
  const first = (await opened.readTables(['Timer'])).Timer!;
  expect(first.rows.length).toBe(rows.length);
  expect(first.rows[0]).toEqual(rows[0]);
  expect(first.rows[59_999]).toEqual(rows[59_999]);
  // Read a second time (inflated again, since it was not kept), the same.
  expect((await opened.readTables(['Timer'])).Timer).toEqual(first);
  expect(opened.partBytes(sheet.name)!.equals(opened.partBytes(sheet.name)!)).toBe(true);
  // An untouched package saves to the same part bytes.
  const again = readZipDirectory(await opened.toBuffer()).find((e) => e.name === sheet.name)!;
  expect(Buffer.from(again.raw).equals(Buffer.from(sheet.raw))).toBe(true);
});

test('damage inside a large sheet part is refused when the file is opened, naming the file', async () => {
  const wb = XlsxWorkbook.create();
  wb.createTable(TIMER, largeRows(60_000));
  const bytes = Buffer.from(await wb.toBuffer());
  const sheet = readZipDirectory(bytes).find((e) => e.name.startsWith('xl/worksheets/'))!;
  // One byte changed in the CRC the directory states for it: the data inflates, but is not what was written.
  const central = bytes.lastIndexOf(Buffer.from(sheet.name, 'utf8')) - 46;
  bytes.writeUInt32LE((sheet.crc ^ 1) >>> 0, central + 16);
  expect(() => XlsxWorkbook.fromBuffer(bytes, 'stor.xlsx')).toThrow(/stor\.xlsx.*beskadiget|beskadiget.*stor\.xlsx/s);
});

test('an entry not kept is checked on each inflate: its length every time, its checksum until it matched once', () => {
  const data = Buffer.alloc(5 << 20, 'abc');
  const good: ZipEntry = {
    name: 'xl/worksheets/sheet9.xml',
    method: 8,
    crc: crc32(data),
    size: data.length,
    raw: deflateRawSync(data),
    flags: 0,
    dosTime: 0,
    dosDate: 0,
  };
  const checked = entryData(good);
  expect(checked.equals(data)).toBe(true);
  expect(good.data).toBeUndefined();
  // The bytes from the first inflate (the check at open) serve the next use once; then it inflates again.
  expect(entryData(good)).toBe(checked);
  const again = entryData(good);
  expect(again).not.toBe(checked);
  expect(again.equals(data)).toBe(true);
  // Released after a read of tables: the next use inflates.
  const fresh: ZipEntry = { ...good, verified: false, handoff: undefined };
  const first = entryData(fresh);
  releaseHandoffs();
  expect(entryData(fresh)).not.toBe(first);
  expect(() => entryData({ ...good, crc: (good.crc ^ 1) >>> 0, verified: false })).toThrow(/forkert kontrolsum/);
  expect(() => entryData({ ...good, size: data.length - 1 })).toThrow(/forkert længde/);
  // A small entry is kept after its first inflate.
  const small = Buffer.from('<x/>');
  const kept: ZipEntry = { ...good, crc: crc32(small), size: small.length, raw: deflateRawSync(small) };
  delete kept.verified;
  expect(entryData(kept)).toBe(entryData(kept));
});

test('a table read after an edit in the same session sees the edit (the sheet is read from its pending text)', async () => {
  const wb = XlsxWorkbook.create();
  wb.createTable(TIMER, [['A', '2025-01', 5, 'Lønseddel']]);
  await wb.appendRows('Timer', [{ 'Borger-ID': 'B', Måned: '2025-02', 'Ordinære timer': 7.5 }]);
  await wb.updateCells('Timer', [{ row: 1, column: 'Ordinære timer', value: 6 }]);
  expect((await wb.readTables(['Timer'])).Timer!.rows).toEqual([
    ['A', '2025-01', 6, 'Lønseddel'],
    ['B', '2025-02', 7.5, null],
  ]);
});
