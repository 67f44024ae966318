// How many round trips a read costs inside Excel: a lookup sync (with the session's 1904 question on
// the first read), a sync for headers, sizes and each table's first 32 rows (so small tables are read
// whole there, and the first block of a large one is sized by its own cells), then blocks that fill each
// sync. A table at the very bottom of the sheet, where those first rows would reach past the grid, is
// read all the same.
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FakeExcel } from './fakeExcel';

const HEADERS = ['Borger-ID', 'Navn', 'Note'];
const rows = (n: number, note = 'kort') => Array.from({ length: n }, (_, i) => [`B${i + 1}`, `Navn ${i}`, note]);
const port = (fake: FakeExcel, syncBudgetBytes?: number) =>
  new OfficeWorkbook({ run: fake.run, supports: fake.supports, syncBudgetBytes });

describe('readTables round trips', () => {
  it('reads tables of up to 32 rows whole with their headers: two syncs for any number of them', async () => {
    const fake = new FakeExcel({ use1904DateSystem: false });
    fake.addTable('Borgere', HEADERS, rows(32));
    fake.addTable('Timer', HEADERS, rows(3));
    fake.addTable('Forløb', HEADERS, rows(1));
    const read = await port(fake).readTables(['Borgere', 'Timer', 'Forløb', 'Mangler']);
    expect(fake.syncCount).toBe(2);
    expect(read.Borgere!.rows).toEqual(rows(32));
    expect(read.Timer!.rows).toEqual(rows(3));
    expect(read.Forløb!.rows).toEqual(rows(1));
    expect(read.Mangler).toBeNull();
  });

  it('sizes the first block by the table’s own first rows: long texts give more, smaller syncs, none over budget', async () => {
    const budget = 100_000;
    const counts: number[] = [];
    for (const note of ['kort', 'x'.repeat(200)]) {
      const fake = new FakeExcel();
      fake.addTable('Borgere', HEADERS, rows(5000, note));
      const read = await port(fake, budget).readTables(['Borgere']);
      expect(read.Borgere!.rows).toEqual(rows(5000, note));
      expect(fake.meters.every((m) => m.responseBytes <= budget)).toBe(true);
      counts.push(fake.syncCount);
    }
    // Bytes decide: 5,000 short rows fill about 2 syncs, long ones about 12 (at ~220 bytes a row).
    expect(counts[0]).toBeLessThanOrEqual(2 + 3);
    expect(counts[1]).toBeGreaterThan(counts[0] + 5);
    expect(counts[1]).toBeLessThanOrEqual(2 + Math.ceil((5000 * 230) / (budget / 1.25 / 1.1)) + 1);
  });

  it('reads a table at the bottom of the sheet, where its first 32 rows would reach past the grid', async () => {
    const fake = new FakeExcel();
    fake.addTable('Borgere', HEADERS, rows(5), 'Borgere', { row: 1_048_576 - 6, col: 0 });
    const read = await port(fake).readTables(['Borgere']);
    expect(read.Borgere!.rows).toEqual(rows(5));
  });
});
