// Microsoft's office-addin-mock as a second judge of the Office.js adapter, independent of our own
// test/excel/fakeExcel.ts: each OfficeMockObject answers a property read with an error text until load()
// and sync() have both been called for it, so an adapter that reads what it did not load gets nonsense
// back and these tests fail. The mock's object tree is fixed data, while Office.js hands out a new proxy
// on every getItemOrNullObject/getHeaderRowRange/getCell/getResizedRange call, chosen by the arguments.
// The model below therefore makes a new OfficeMockObject per call (a slice of a plain grid), and the
// context's sync() calls the mock's own sync() on every proxy made in the batch.
// What the mock cannot check: that writes wait for a sync (an assignment lands at once) and the order of
// queued calls, whether a method's arguments are valid (the model slices whatever it is asked for), Excel's
// text conversion, what null in values means, and payload limits. An unloaded read returns an error text
// rather than throwing, so it shows only where the adapter uses the value. Those stay with fakeExcel.ts
// (officeWorkbook.test.ts, officeConformance.test.ts).
// https://learn.microsoft.com/office/dev/add-ins/testing/unit-testing
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';

// The mock uses one thing from its office-addin-manifest, the OfficeApp enum (to spot Outlook), but that
// package's main module pulls in an ES-module-only dependency Jest cannot load. Hand the mock the enum's
// own file, the real one. (Jest hoists this above the imports.)
jest.mock(mockManifestPath(), () => jest.requireActual(mockManifestPath('lib/officeApp')));
function mockManifestPath(file?: string): string {
  const from = { paths: [require.resolve('office-addin-mock')] };
  return require.resolve(file ? `office-addin-manifest/${file}` : 'office-addin-manifest', from);
}

type Grid = unknown[][];

/** One range handed out by the model: where it sits in its table's grid and the proxy the adapter got. */
interface HandedOut {
  table: string;
  row: number;
  col: number;
  values: Grid;
  proxy: OfficeMockObject;
}

/** Tables as grids (header row first, then the body as Excel holds it: '' is an empty cell). */
function mockExcel(tables: Record<string, Grid>) {
  const proxies: OfficeMockObject[] = [];
  const bodyRanges: HandedOut[] = [];
  const proxy = (data: object): OfficeMockObject => {
    const p = new OfficeMockObject(data);
    proxies.push(p);
    return p;
  };

  /** A body range of `rowCount` x `colCount` cells from (row, col); getCell/getRow/getResizedRange as Office.js. */
  function bodyRange(table: string, row: number, col: number, rowCount: number, colCount: number): OfficeMockObject {
    const values = tables[table].slice(1 + row, 1 + row + rowCount).map((r) => r.slice(col, col + colCount));
    const p = proxy({
      values,
      rowCount,
      columnCount: colCount,
      getCell: (r: number, c: number) => bodyRange(table, row + r, col + c, 1, 1),
      getRow: (r: number) => bodyRange(table, row + r, col, 1, colCount),
      getResizedRange: (dr: number, dc: number) => bodyRange(table, row, col, rowCount + dr, colCount + dc),
    });
    bodyRanges.push({ table, row, col, values, proxy: p });
    return p;
  }

  function table(name: string): OfficeMockObject {
    if (!(name in tables)) return proxy({ isNullObject: true });
    const grid = tables[name];
    return proxy({
      isNullObject: false,
      getHeaderRowRange: () => proxy({ values: [grid[0]] }),
      getDataBodyRange: () => bodyRange(name, 0, 0, grid.length - 1, grid[0].length),
    });
  }

  const context = new OfficeMockObject({
    workbook: { tables: { getItemOrNullObject: (name: string) => table(name) } },
    // One sync for the whole batch: the mock's own sync() on every proxy handed out so far.
    sync: async () => {
      for (const p of proxies) await p.sync();
    },
  });
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(context as unknown as Excel.RequestContext);

  /** Body blocks whose values the adapter read (loaded, synced, an array now), as [first row, rows]. */
  const readBlocks = (name: string) =>
    bodyRanges.filter((r) => r.table === name && r.proxy.values === r.values).map((r) => [r.row, r.values.length]);
  /** Ranges whose values the adapter assigned: an array that is not the one the model handed out. */
  const writes = () =>
    bodyRanges
      .filter((r) => Array.isArray(r.proxy.values) && r.proxy.values !== r.values)
      .map((r) => ({ table: r.table, row: r.row, col: r.col, values: r.proxy.values as Grid }));
  return { run, readBlocks, writes };
}

const BORGERE_HEADERS = ['Borger-ID', 'Navn', 'Ydelse', 'Startdato', 'Aktiv'];

function borgere(n: number): Grid {
  const rows = Array.from({ length: n }, (_, i) => [
    `B${i + 1}`,
    `Navn ${i + 1}`,
    i % 2 ? '' : 'Kontant',
    45000 + i,
    i % 3 === 0,
  ]);
  // Blank rows at the end (a table keeps its empty body row; spaces count as blank) are not data.
  return [BORGERE_HEADERS, ...rows, ['', ' ', '', '', ''], ['', '', '', '', '']];
}

const TIMER: Grid = [
  ['Borger-ID', 'Dato', 'Timer'],
  ['B1', 45010, 12.5],
  ['B2', '', 0],
];

describe('the Office.js adapter on office-addin-mock', () => {
  it('reads two tables (a missing one as null): headers, rows in blocks, trailing blank rows dropped', async () => {
    const excel = mockExcel({ Borgere: borgere(40), Timer: TIMER });
    // A small payload aim, so Borgere's body comes in several blocks and syncs.
    const port = new OfficeWorkbook({ run: excel.run, syncBudgetBytes: 2000 });

    const tables = await port.readTables(['Borgere', 'Findes ikke', 'Timer']);

    expect(Object.keys(tables)).toEqual(['Borgere', 'Findes ikke', 'Timer']);
    expect(tables['Findes ikke']).toBeNull();
    expect(tables.Timer).toEqual({
      name: 'Timer',
      headers: ['Borger-ID', 'Dato', 'Timer'],
      rows: [
        ['B1', 45010, 12.5],
        ['B2', null, 0],
      ],
    });
    const b = tables.Borgere!;
    expect(b.headers).toEqual(BORGERE_HEADERS);
    expect(b.rows).toHaveLength(40);
    expect(b.rows[0]).toEqual(['B1', 'Navn 1', 'Kontant', 45000, true]);
    expect(b.rows[1]).toEqual(['B2', 'Navn 2', null, 45001, false]);
    expect(b.rows[39]).toEqual(['B40', 'Navn 40', null, 45039, true]);

    const blocks = excel.readBlocks('Borgere');
    expect(blocks.length).toBeGreaterThan(1);
    // The blocks follow each other and cover the whole body (40 rows and the 2 blank ones), once.
    let next = 0;
    for (const [first, rows] of blocks) {
      expect(first).toBe(next);
      next += rows;
    }
    expect(next).toBe(42);
  });

  it('updates cells one range per row, after re-reading the Borger-IDs', async () => {
    const excel = mockExcel({ Borgere: borgere(5) });
    const port = new OfficeWorkbook({ run: excel.run });
    await port.readTables(['Borgere']);

    await port.updateCells('Borgere', [
      { row: 2, column: 'navn', value: 'Ny Navn' },
      { row: 2, column: 'Aktiv', value: true },
      { row: 4, column: 'Ydelse', value: null },
    ]);

    // Row 2 from Navn to Aktiv, the cells between left as they are (null); row 4's empty cell as ''.
    expect(excel.writes()).toEqual([
      { table: 'Borgere', row: 1, col: 1, values: [['Ny Navn', null, null, true]] },
      { table: 'Borgere', row: 3, col: 2, values: [['']] },
    ]);
  });

  it('writes nothing when a row holds another citizen than the read found', async () => {
    const grid = borgere(5);
    const excel = mockExcel({ Borgere: grid });
    const port = new OfficeWorkbook({ run: excel.run });
    await port.readTables(['Borgere']);
    // Someone sorts the table between the read and the update.
    [grid[2], grid[3]] = [grid[3], grid[2]];

    await expect(port.updateCells('Borgere', [{ row: 2, column: 'Navn', value: 'Ny Navn' }])).rejects.toMatchObject({
      code: 'table.rowMoved',
      params: { table: 'Borgere', row: 2, was: 'B2', now: 'B3' },
    });
    expect(excel.writes()).toEqual([]);
  });

  it('refuses a row below the table body before writing anything', async () => {
    const excel = mockExcel({ Borgere: borgere(5) });
    const port = new OfficeWorkbook({ run: excel.run });

    // The body holds 7 rows (5 and the 2 blank ones): row 8 is not there, row 7 is.
    await expect(port.updateCells('Borgere', [{ row: 8, column: 'Navn', value: 'X' }])).rejects.toMatchObject({
      code: 'table.noRow',
    });
    await port.updateCells('Borgere', [{ row: 7, column: 'Navn', value: 'X' }]);
    expect(excel.writes()).toEqual([{ table: 'Borgere', row: 6, col: 1, values: [['X']] }]);
  });
});

describe('the model keeps the mock strict', () => {
  it('answers a property read before load and sync with the mock error text, after them with the value', async () => {
    const excel = mockExcel({ Timer: TIMER });
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject('Timer');
      expect(table.isNullObject).toMatch(/not loaded/);
      table.load('isNullObject');
      expect(table.isNullObject).toMatch(/sync\(\) was not called/);
      await context.sync();
      expect(table.isNullObject).toBe(false);
      // A new proxy per call, as in Office.js: what one range loaded does not make another readable.
      expect(table.getHeaderRowRange().values).toMatch(/not loaded/);
    });
  });
});
