// A small Excel object model for OfficeWorkbook tests. Everything the adapter must load (tables,
// sheets, header/body ranges, blocks) is an office-addin-mock OfficeMockObject, wrapped so that reading
// a property before load + context.sync() THROWS instead of quietly returning the mock's error text.
// Writes land in a plain model (sheets, tables, output cells) the tests inspect, and every write
// operation is logged with the sheet it touched.
//
// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the installed
// office-addin-manifest cannot load (its @microsoft/app-manifest dependency misses fs-extra at the top
// level), so the enum is taken from its own dependency-free file.
jest.mock(require.resolve('office-addin-mock/node_modules/office-addin-manifest'), () =>
  jest.requireActual('office-addin-mock/node_modules/office-addin-manifest/lib/officeApp.js'),
);
import { OfficeMockObject } from 'office-addin-mock';
import { isValidError } from 'office-addin-mock/lib/possibleErrors';

const EXCEL_HOST = 'excel';

export type Cell = string | number | boolean;

export interface FakeTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: Cell[][];
  /** Header -> data validation rule / number format set on the column body. */
  validation: Record<string, unknown>;
  numberFormat: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, Cell>;
  freezeRows?: number;
  charts: { type: string; seriesBy: string; title?: string; positioned: boolean }[];
  conditional: { rule?: unknown; fill?: string }[];
  pageBreaks: unknown[];
  printTitleRows?: string;
  orientation?: string;
  formats: { row: number; col: number; prop: string; value: unknown }[];
}

export interface WriteOp {
  sheet: string;
  op: string;
}

/** Wraps a mock so unloaded reads throw; sub-mocks and `load` results are wrapped too. */
function guard<T extends object>(target: T, onSet?: (prop: string, value: unknown) => void): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop === 'symbol' || prop.startsWith('_')) return value;
      if (prop === 'load') {
        return (...args: unknown[]) => {
          (t as unknown as { load: (...a: unknown[]) => unknown }).load(...args);
          return guard(t, onSet);
        };
      }
      if (typeof value === 'function') return value.bind(t);
      if (value instanceof OfficeMockObject) return guard(value);
      if (typeof value === 'string' && isValidError(value)) throw new Error(`Egenskaben "${prop}" blev læst før load() og context.sync(): ${value}`);
      return value;
    },
    set(t, prop, value) {
      if (typeof prop === 'string') onSet?.(prop, value);
      return Reflect.set(t, prop, value, t);
    },
  });
}

const key = (r: number, c: number) => `${r},${c}`;

/** What Excel would make of a formula-like text written without the quote prefix: not the text. */
export const FORMULA_MARK = '⚠ tolket som formel: ';

export interface FakeExcelOptions {
  /**
   * Store written values the way Excel does (used by the adapter conformance suite): a leading quote
   * prefix is not part of the stored text, and text starting with = + - @ written WITHOUT it is taken as
   * a formula, so it is stored marked with FORMULA_MARK instead of as the text.
   * Off by default: the other tests inspect exactly what the adapter handed to Excel.
   */
  excelValues?: boolean;
}

export class FakeExcel {
  constructor(private readonly options: FakeExcelOptions = {}) {}

  /** A written value as this fake stores it (see FakeExcelOptions). */
  private stored(v: Cell): Cell {
    if (!this.options.excelValues || typeof v !== 'string') return v;
    if (v.startsWith("'")) return v.slice(1);
    return /^[=+\-@]/.test(v) ? FORMULA_MARK + v : v;
  }

  readonly tables = new Map<string, FakeTable>();
  readonly sheets = new Map<string, FakeSheet>();
  readonly writes: WriteOp[] = [];
  syncCount = 0;
  /** Handlers registered with table.onChanged. */
  readonly changeHandlers: (() => Promise<void>)[] = [];
  /** Largest number of rows loaded in one block range. */
  largestBlockRows = 0;
  private created: OfficeMockObject[] = [];

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), charts: [], conditional: [], pageBreaks: [], formats: [] };
    this.sheets.set(name, s);
    return s;
  }

  addTable(name: string, headers: string[], rows: Cell[][], sheet = name): FakeTable {
    if (!this.sheets.has(sheet)) this.addSheet(sheet);
    const t: FakeTable = { name, sheet, headers: [...headers], rows: rows.map((r) => [...r]), validation: {}, numberFormat: {} };
    this.tables.set(name, t);
    return t;
  }

  /** The runner handed to OfficeWorkbook instead of Excel.run. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  private mock<T extends object>(data: T, onSet?: (prop: string, value: unknown) => void): T {
    const m = new OfficeMockObject(data as never, EXCEL_HOST as never);
    this.created.push(m);
    return guard(m as unknown as T, onSet);
  }

  private log(sheet: string, op: string): void {
    this.writes.push({ sheet, op });
  }

  private context() {
    const workbook = {
      tables: {
        getItemOrNullObject: (name: string) => this.tableObject(name),
      },
      worksheets: {
        getItemOrNullObject: (name: string) => this.sheetObject(name),
        getItem: (name: string) => {
          const s = this.sheets.get(name);
          if (!s) throw new Error(`ItemNotFound: arket "${name}"`);
          return this.sheetApi(s);
        },
        add: (name: string) => {
          if (this.sheets.has(name)) throw new Error(`Arket "${name}" findes allerede`);
          this.log(name, 'addSheet');
          return this.sheetApi(this.addSheet(name));
        },
      },
    };
    return {
      workbook,
      sync: async () => {
        this.syncCount++;
        for (const m of this.created) await m.sync();
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
  }

  private tableObject(name: string) {
    const t = [...this.tables.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) {
      const nope = () => {
        throw new Error(`Metode kaldt på en tabel, der ikke findes ("${name}")`);
      };
      return this.mock({ isNullObject: true, getHeaderRowRange: nope, getDataBodyRange: nope });
    }
    return this.mock({
      isNullObject: false,
      name: t.name,
      getHeaderRowRange: () => this.mock({ values: [[...t.headers]] }),
      getDataBodyRange: () => this.bodyRange(t),
      rows: {
        add: (_index: unknown, values: Cell[][]) => {
          this.log(t.sheet, `appendRows:${t.name}`);
          for (const v of values) {
            if (v.length !== t.headers.length) throw new Error('Rækkebredde passer ikke til tabellen');
            t.rows.push(v.map((x) => this.stored(x)));
          }
        },
      },
      columns: {
        add: (_index: unknown, _values: unknown, header: string) => {
          this.log(t.sheet, `addColumn:${t.name}`);
          t.headers.push(header);
          for (const r of t.rows) r.push('');
          return this.columnApi(t, header);
        },
        getItem: (header: string) => this.columnApi(t, header),
      },
      onChanged: {
        add: (handler: () => Promise<void>) => {
          this.changeHandlers.push(handler);
          return { context: {}, remove: () => undefined };
        },
      },
    });
  }

  private columnApi(t: FakeTable, header: string) {
    const formats = { validation: t.validation, numberFormat: t.numberFormat };
    const dataValidation = {} as { rule?: unknown };
    Object.defineProperty(dataValidation, 'rule', {
      set: (rule: unknown) => {
        this.log(t.sheet, `validation:${t.name}`);
        formats.validation[header] = rule;
      },
    });
    const body = { dataValidation } as { dataValidation: unknown; numberFormat?: unknown };
    Object.defineProperty(body, 'numberFormat', {
      set: (f: unknown) => {
        // Like Excel: the array must match the column body (a table shows at least one body row).
        const rows = Math.max(1, t.rows.length);
        if (!Array.isArray(f) || f.length !== rows || f.some((r) => !Array.isArray(r) || r.length !== 1)) {
          throw new Error('numberFormat passer ikke til kolonnens størrelse');
        }
        this.log(t.sheet, `numberFormat:${t.name}`);
        formats.numberFormat[header] = f;
      },
    });
    return { getDataBodyRange: () => body };
  }

  private bodyRange(t: FakeTable) {
    // An Excel table always shows at least one (empty) body row.
    const rowCount = Math.max(1, t.rows.length);
    return this.mock({
      rowCount,
      columnCount: t.headers.length,
      getCell: (r: number, c: number) => this.cell(t, r, c),
    });
  }

  private cell(t: FakeTable, r: number, c: number) {
    const cellObj = {
      getResizedRange: (dr: number, dc: number) => {
        const rows = dr + 1;
        this.largestBlockRows = Math.max(this.largestBlockRows, rows);
        const values = Array.from({ length: rows }, (_, i) => {
          const row = t.rows[r + i] ?? t.headers.map(() => '');
          return row.slice(c, c + dc + 1);
        });
        return this.mock({ values });
      },
    } as { getResizedRange: unknown; values?: unknown };
    Object.defineProperty(cellObj, 'values', {
      set: (v: Cell[][]) => {
        this.log(t.sheet, `updateCell:${t.name}`);
        t.rows[r][c] = this.stored(v[0][0]);
      },
    });
    return cellObj;
  }

  private sheetObject(name: string) {
    const s = this.sheets.get(name);
    if (!s) return this.mock({ isNullObject: true });
    const tablesOnSheet = [...this.tables.values()].filter((t) => t.sheet === name);
    return this.mock({
      isNullObject: false,
      name,
      tables: { count: tablesOnSheet.length, add: (range: { at: [number, number] }, hasHeaders: boolean) => this.addTableAt(s, range, hasHeaders) },
      charts: {
        items: s.charts.map((chart) => ({
          delete: () => {
            this.log(name, 'deleteChart');
            s.charts.splice(s.charts.indexOf(chart), 1);
          },
        })),
      },
      delete: () => {
        this.log(name, 'deleteSheet');
        if (tablesOnSheet.length > 0) throw new Error('Testen forbyder at slette et ark med tabeller');
        this.sheets.delete(name);
      },
      getUsedRangeOrNullObject: () => {
        if (s.cells.size === 0) return this.mock({ isNullObject: true });
        const cols = [...s.cells.keys()].map((k) => Number(k.split(',')[1]));
        const first = Math.min(...cols);
        return this.mock({ isNullObject: false, columnIndex: first, columnCount: Math.max(...cols) - first + 1 });
      },
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => this.sheetRange(s, r, c, nr, nc),
      freezePanes: this.freezeApi(s),
    });
  }

  private freezeApi(s: FakeSheet) {
    return {
      unfreeze: () => {
        this.log(s.name, 'freeze');
        s.freezeRows = undefined;
      },
      freezeRows: (n: number) => {
        this.log(s.name, 'freeze');
        s.freezeRows = n;
      },
      freezeColumns: () => this.log(s.name, 'freeze'),
      freezeAt: () => this.log(s.name, 'freeze'),
    };
  }

  /** Worksheet object for a sheet just added (nothing to load). */
  private sheetApi(s: FakeSheet) {
    const self = this;
    if ([...this.tables.values()].some((t) => t.sheet === s.name)) {
      // Writing on a sheet with an input table is exactly what the adapter must never do.
      return new Proxy({}, { get: () => { throw new Error(`Skrivning på arket "${s.name}", der har en inputtabel`); } });
    }
    return {
      name: s.name,
      getRange: () => ({
        clear: () => {
          this.log(s.name, 'clear');
          s.cells.clear();
          s.formats = [];
        },
        conditionalFormats: {
          clearAll: () => {
            this.log(s.name, 'clearConditional');
            s.conditional = [];
          },
        },
      }),
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => this.sheetRange(s, r, c, nr, nc),
      tables: { add: (range: { at: [number, number] }, hasHeaders: boolean) => this.addTableAt(s, range, hasHeaders) },
      freezePanes: this.freezeApi(s),
      charts: {
        add: (type: string, _range: unknown, seriesBy: string) => {
          this.log(s.name, 'chart');
          const chart = { type, seriesBy, title: undefined as string | undefined, positioned: false };
          s.charts.push(chart);
          return {
            title: {
              set text(v: string) {
                chart.title = v;
              },
            },
            setPosition: () => {
              chart.positioned = true;
            },
          };
        },
      },
      pageLayout: {
        set orientation(v: string) {
          self.log(s.name, 'print');
          s.orientation = v;
        },
        set zoom(_v: unknown) {
          self.log(s.name, 'print');
        },
        setPrintTitleRows: (rows: string) => {
          this.log(s.name, 'print');
          s.printTitleRows = rows;
        },
      },
      horizontalPageBreaks: {
        removePageBreaks: () => {
          this.log(s.name, 'pageBreak');
          s.pageBreaks = [];
        },
        add: (at: unknown) => {
          this.log(s.name, 'pageBreak');
          s.pageBreaks.push(at);
        },
      },
      set tabColor(_v: string) {
        self.log(s.name, 'tabColor');
      },
    };
  }

  private sheetRange(s: FakeSheet, r: number, c: number, nr: number, nc: number) {
    const self = this;
    const formatProxy = (path: string): object =>
      new Proxy(
        {},
        {
          get: (_t, prop) => {
            if (prop === 'getItem') return (item: string) => formatProxy(`${path}.${item}`);
            return formatProxy(`${path}.${String(prop)}`);
          },
          set: (_t, prop, value) => {
            self.log(s.name, 'format');
            s.formats.push({ row: r, col: c, prop: `${path}.${String(prop)}`, value });
            return true;
          },
        },
      );
    return {
      at: [r, c] as [number, number],
      set values(block: Cell[][]) {
        self.log(s.name, 'values');
        if (block.length !== nr || block.some((row) => row.length !== nc)) throw new Error('Værdiblok passer ikke til området');
        block.forEach((row, i) => row.forEach((v, j) => s.cells.set(key(r + i, c + j), self.stored(v))));
      },
      set numberFormat(f: unknown) {
        if (!Array.isArray(f) || f.length !== nr || f.some((row) => !Array.isArray(row) || row.length !== nc)) {
          throw new Error('numberFormat passer ikke til området');
        }
        self.log(s.name, 'format');
        s.formats.push({ row: r, col: c, prop: 'numberFormat', value: f });
      },
      format: formatProxy('format'),
      conditionalFormats: {
        add: () => {
          self.log(s.name, 'conditional');
          const entry: { rule?: unknown; fill?: string } = {};
          s.conditional.push(entry);
          return {
            cellValue: {
              format: {
                fill: {
                  set color(v: string) {
                    entry.fill = v;
                  },
                },
                font: { color: '' },
              },
              set rule(v: unknown) {
                entry.rule = v;
              },
            },
          };
        },
      },
    };
  }

  private addTableAt(s: FakeSheet, range: { at: [number, number] }, hasHeaders: boolean) {
    if (!hasHeaders) throw new Error('Tabeller oprettes med overskrifter');
    const [r, c] = range.at;
    const headers: string[] = [];
    for (let j = c; s.cells.has(key(r, j)); j++) headers.push(String(s.cells.get(key(r, j))));
    const t: FakeTable = { name: `Tabel${this.tables.size + 1}`, sheet: s.name, headers, rows: [], validation: {}, numberFormat: {} };
    this.log(s.name, 'addTable');
    let registered = t.name;
    this.tables.set(registered, t);
    const tables = this.tables;
    return {
      set name(n: string) {
        tables.delete(registered);
        t.name = n;
        registered = n;
        tables.set(n, t);
      },
      columns: { getItem: (header: string) => this.columnApi(t, header) },
    };
  }

  /** Value of an output cell (zero-based). */
  cellAt(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheets.get(sheet)?.cells.get(key(r, c));
  }
}
