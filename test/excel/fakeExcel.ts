// A strict stand-in for Excel behind Office.js, so OfficeWorkbook tests fail where real Excel would.
// Fremdrift cannot run in real Excel on these machines; this fake is the adapter's only judge, so it
// enforces the rules Microsoft documents (each rule cites its page next to the code):
// - calls are queued and run only at context.sync(), in order; properties are readable only after
//   load() + sync(); a batch that ends with queued calls never sent is an error;
// - every sync is metered (request: queued calls and their arguments; response: loaded values) and
//   throws RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded above 5 MB;
// - strings written through `values` are converted as if typed (numbers, dates, booleans, formulas),
//   unless quote-prefixed or written into text-formatted ('@') cells;
// - every setter checks the exact shape of what it is given;
// - sheet and table names follow Excel's rules; tables may not overlap; inserting table rows or
//   columns shifts the cells below / to the right, or fails with InsertDeleteConflict;
// - workbook.tables.onChanged events arrive asynchronously after the sync that caused them, with
//   source Local (this session, the adapter's own writes included) or Remote (a co-author);
// - ExcelApi 1.9 members (getRanges, pageLayout, horizontalPageBreaks) fail on a 1.8 host;
// - pageLayout.zoom is recorded whole, as the object handed over.

// Object-literal setters below stand for Office.js proxy properties and need the fake itself.
/* eslint-disable @typescript-eslint/no-this-alias */

/** A cell as Excel holds it: '' is empty. */
export type Cell = string | number | boolean;

// "Resource limits and performance optimization for Office Add-ins", section Excel add-ins:
// "Excel on the web has a payload size limit for requests and responses of 5MB. An add-in fails
// with a RequestPayloadSizeLimitExceeded error if that limit is exceeded."
// https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Rows and columns of a worksheet. */
const GRID_ROWS = 1_048_576;
const GRID_COLUMNS = 16_384;
/** Fixed cost of one queued call in the JSON request (object path, ids, action type). */
export const FAKE_CALL_BYTES = 120;

export interface FakeTable {
  id: string;
  name: string;
  sheet: string;
  /** Zero-based position of the header row's first cell on its sheet. */
  row: number;
  col: number;
  headers: string[];
  rows: Cell[][];
  /** Header -> data validation rule / number format array set on the column body. */
  validation: Record<string, unknown>;
  numberFormat: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, Cell>;
  /** Cells formatted as text ('@'): strings written there are kept as typed. */
  textCells: Set<string>;
  freezeRows?: number;
  freezeColumns?: number;
  charts: {
    type: string;
    seriesBy: string;
    title?: string;
    positioned: boolean;
    series: { color?: string; lineStyle?: string; markerStyle?: string; fill?: string }[];
    valueFormat?: string;
  }[];
  conditional: { rule?: unknown; fill?: string; fontColor?: string; area: string }[];
  pageBreaks: unknown[];
  printTitleRows?: string;
  orientation?: string;
  /** The zoom object exactly as last set (Excel replaces it whole). */
  zoom?: unknown;
  tabColor?: string;
  formats: { area: string; prop: string; value: unknown }[];
  /** Sheet-scoped defined names (worksheet.names), by name, with their reference and visibility. */
  names?: Map<string, { reference: string; visible: boolean }>;
}

export interface WriteOp {
  sheet: string;
  op: string;
}

export interface SyncMeter {
  requestBytes: number;
  responseBytes: number;
  calls: number;
  /** Where in src the sync was awaited (`file.ts:line` frames, innermost first): which call caused it. */
  site: string;
}

/** The 1904 property's value, or the failure of the sync that asks a host without it. */
function refuse1904(value: boolean | 'refused'): boolean {
  if (value === 'refused') throw new ExcelError('ApiNotFound', 'Workbook.use1904DateSystem findes ikke her');
  return value;
}

/** The src/ frames of the current stack, innermost first, e.g. `excel/read.ts:52 < excel/officeWorkbook.ts:71`. */
function srcFrames(): string {
  const frames = (new Error().stack ?? '').split('\n');
  const out: string[] = [];
  for (const f of frames) {
    const m = /src\/([\w/.-]+\.ts):(\d+)/.exec(f);
    if (m) out.push(`${m[1]}:${m[2]}`);
  }
  return out.slice(0, 4).join(' < ');
}

export interface TableChange {
  type: 'TableChanged';
  tableId: string;
  worksheetId: string;
  changeType: string;
  source: 'Local' | 'Remote';
  address: string;
}

/** What Excel would make of a formula-like text written without the quote prefix: not the text. */
export const FORMULA_MARK = '⚠ tolket som formel: ';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (Excel 2019 = 1.8). Default 1.9. */
  apiVersion?: number;
  /** Milliseconds after a sync before its table events arrive (default 5: always after the sync). */
  eventDelayMs?: number;
  /**
   * Workbook.use1904DateSystem (a preview API, not in @types/office-js): given, the host has it and the
   * workbook is in that system (cells hold the fake's serials as given); absent, loading it fails;
   * 'refused', the load is sent and the sync that carries it fails (a host that does not know it).
   */
  use1904DateSystem?: boolean | 'refused';
}

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const key = (r: number, c: number) => `${r},${c}`;

/** Column letters for a zero-based index (0 -> A). */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(r: number, c: number, nr = 1, nc = 1): string {
  const tl = `${columnLetters(c)}${r + 1}`;
  return nr === 1 && nc === 1 ? tl : `${tl}:${columnLetters(c + nc - 1)}${r + nr}`;
}

/** "B3:D7" -> rectangle (zero-based). */
function parseA1(address: string): { r: number; c: number; nr: number; nc: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new ExcelError('InvalidArgument', `ugyldig adresse "${address}"`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r = Number(m[2]) - 1;
  const c = col(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r;
  const c2 = m[3] ? col(m[3]) : c;
  return { r, c, nr: r2 - r + 1, nc: c2 - c + 1 };
}

// Excel converts a string written through Range.values as if the user had typed it: "0012" becomes
// the number 12, "2025-01" a date, "TRUE" a boolean, "=…" a formula; a leading apostrophe (quote
// prefix) or a text number format ('@') keeps the text. "Range.values … If the value starts with a
// plus, minus or equal sign, Excel interprets it as a formula" and "Format numbers as text":
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
// https://support.microsoft.com/office/format-numbers-as-text-583160db-35e0-4e2c-a2fa-3e5a4e41b3d6
const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}
export function excelConverts(text: string): Cell {
  const s = text.trim();
  if (/^[=+\-@]/.test(text)) return FORMULA_MARK + text;
  if (/^[+-]?(\d+([.,]\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)([eE][+-]?\d+)?$/.test(s))
    return Number(s.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  if (/^\d+([.,]\d+)?%$/.test(s)) return Number(s.slice(0, -1).replace(',', '.')) / 100;
  if (/^(true|false|sand|falsk)$/i.test(s)) return /^(true|sand)$/i.test(s);
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3] ?? 1)) ?? text;
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?$/.exec(s);
  if (m)
    return serial(m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : 2025, Number(m[2]), Number(m[1])) ?? text;
  return text;
}

function stored(v: unknown, textFormat: boolean): Cell {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  if (s.startsWith("'")) return s.slice(1);
  return textFormat ? s : excelConverts(s);
}

/** Exact 2-D shape check every Range setter makes ("The number of rows or columns in the input array
 * doesn't match the size or dimensions of the range", InvalidArgument). */
function assertShape(what: string, v: unknown, nr: number, nc: number, cellOk: (x: unknown) => boolean): void {
  if (!Array.isArray(v) || v.length !== nr || v.some((row) => !Array.isArray(row) || row.length !== nc)) {
    throw new ExcelError('InvalidArgument', `${what}: arrayet har ikke områdets størrelse ${nr}×${nc}`);
  }
  for (const row of v as unknown[][])
    for (const x of row)
      if (!cellOk(x)) throw new ExcelError('InvalidArgument', `${what}: ugyldig celle ${JSON.stringify(x)}`);
}
const isCellInput = (x: unknown) => x === null || ['string', 'number', 'boolean'].includes(typeof x);

// Sheet names: at most 31 characters, not blank, none of : \ / ? * [ ], not starting or ending with an
// apostrophe, not "History", unique ignoring case. "Rename a worksheet":
// https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
function checkSheetName(name: string, taken: Iterable<string>): void {
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    /^history$/i.test(name)
  ) {
    throw new ExcelError('InvalidArgument', `ugyldigt arknavn "${name}"`);
  }
  for (const t of taken)
    if (t.toLowerCase() === name.toLowerCase()) throw new ExcelError('ItemAlreadyExists', `arket "${name}" findes`);
}

// Table names: start with a letter, underscore or backslash; letters, digits, periods and underscores
// after; no spaces; at most 255 characters; not a cell reference ("A1", "R1C1"); unique ignoring case.
// "Rename an Excel table": https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
function checkTableName(name: string, taken: Iterable<string>): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^([A-Z]{1,3}\d+|R\d*C\d*|[RC])$/i.test(name)
  ) {
    throw new ExcelError('InvalidArgument', `ugyldigt tabelnavn "${name}"`);
  }
  for (const t of taken)
    if (t.toLowerCase() === name.toLowerCase()) throw new ExcelError('ItemAlreadyExists', `tabellen "${name}" findes`);
}

type Rect = { r: number; c: number; nr: number; nc: number };
const overlaps = (a: Rect, b: Rect) => a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;

/** One batch (Excel.run): the queue of calls since the last sync and the objects waiting for loads. */
class Batch {
  ops: { bytes: number; run: () => void }[] = [];
  constructor(readonly fake: FakeExcel) {}
  queue(args: unknown, run: () => void): void {
    this.ops.push({ bytes: FAKE_CALL_BYTES + (args === undefined ? 0 : JSON.stringify(args).length), run });
  }
}

/** A loadable proxy object: `load()` queues a snapshot taken at sync; reads before that throw. */
function loadable<T extends object>(
  batch: Batch,
  props: Record<string, () => unknown>,
  extra: T,
): T & { load(p?: string): unknown } {
  const loaded = new Map<string, unknown>();
  const obj = extra as T & { load(p?: string): unknown };
  obj.load = (p?: string) => {
    // "items/id,items/name" loads the collection's items (with those properties).
    const names = [
      ...new Set(
        (p ?? Object.keys(props).join(','))
          .split(',')
          .map((s) => s.trim().split('/')[0])
          .filter(Boolean),
      ),
    ];
    for (const n of names) if (!(n in props)) throw new ExcelError('PropertyNotLoaded', `ukendt egenskab "${n}"`);
    batch.queue(names, () => {
      for (const n of names) {
        const v = props[n]();
        loaded.set(n, v);
        if (n === 'values') batch.fake.responseBytes += JSON.stringify(v).length;
        else batch.fake.responseBytes += 20;
      }
    });
    return obj;
  };
  for (const n of Object.keys(props)) {
    const own = Object.getOwnPropertyDescriptor(obj, n);
    if (own && (own.get || 'value' in own)) continue;
    Object.defineProperty(obj, n, {
      configurable: true,
      enumerable: true,
      set: own?.set,
      get: () => {
        if (!loaded.has(n))
          throw new ExcelError('PropertyNotLoaded', `egenskaben "${n}" blev læst før load() og context.sync()`);
        return loaded.get(n);
      },
    });
  }
  return obj;
}

export class FakeExcel {
  readonly tables = new Map<string, FakeTable>();
  readonly sheets = new Map<string, FakeSheet>();
  readonly writes: WriteOp[] = [];
  /** One entry per context.sync() that reached "Excel". */
  readonly meters: SyncMeter[] = [];
  /** Events delivered to handlers, in order. */
  readonly delivered: TableChange[] = [];
  /** Cells moved by row/column inserts (user content the adapter should have protected). */
  shiftedCells = 0;
  responseBytes = 0;
  /** The sheet last activated and the range last selected (Worksheet.activate, Range.select), e.g. `Timer!A3`. */
  activeSheet: string | null = null;
  selection: string | null = null;
  private handlers: ((e: TableChange) => Promise<void> | void)[] = [];
  private nextTableId = 1;
  private pendingEvents = 0;

  constructor(private readonly options: FakeExcelOptions = {}) {}

  get syncCount(): number {
    return this.meters.length;
  }
  /** Syncs since meter `from`, counted per call site (see SyncMeter.site): what a sync count is made of. */
  syncSites(from = 0): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of this.meters.slice(from)) out[m.site] = (out[m.site] ?? 0) + 1;
    return out;
  }
  /** Largest request or response of any one sync, in bytes. */
  get largestSyncBytes(): number {
    return this.meters.reduce((m, s) => Math.max(m, s.requestBytes, s.responseBytes), 0);
  }
  /** Number of onChanged registrations alive. */
  get handlerCount(): number {
    return this.handlers.length;
  }

  /** Office.context.requirements.isSetSupported for this host. */
  supports = (name: string, version: string): boolean =>
    name === 'ExcelApi' && Number(version) <= (this.options.apiVersion ?? 1.9) + 1e-9;

  addSheet(name: string): FakeSheet {
    checkSheetName(name, this.sheets.keys());
    const s: FakeSheet = {
      name,
      cells: new Map(),
      textCells: new Set(),
      charts: [],
      conditional: [],
      pageBreaks: [],
      formats: [],
    };
    this.sheets.set(name, s);
    return s;
  }

  /** A table on `sheet` (default: its own sheet) at `at` (default A1, or right of what the sheet holds). */
  addTable(
    name: string,
    headers: string[],
    rows: Cell[][],
    sheet = name,
    at?: { row: number; col: number },
  ): FakeTable {
    if (!this.sheets.has(sheet)) this.addSheet(sheet);
    checkTableName(
      name,
      [...this.tables.values()].map((t) => t.name),
    );
    const pos = at ?? { row: 0, col: this.nextFreeColumn(sheet) };
    const t: FakeTable = {
      id: `{T${this.nextTableId++}}`,
      name,
      sheet,
      row: pos.row,
      col: pos.col,
      headers: [...headers],
      rows: rows.map((r) => [...r]),
      validation: {},
      numberFormat: {},
    };
    this.assertNoOverlap(t);
    this.tables.set(name, t);
    return t;
  }

  /** Value of a free (non-table) cell, zero-based. */
  cellAt(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheets.get(sheet)?.cells.get(key(r, c));
  }

  /** A user in this session (Local) or a co-author (Remote) edits one table cell; the event follows. */
  edit(table: string, row: number, column: string, value: Cell, source: 'Local' | 'Remote' = 'Remote'): void {
    const t = this.table(table);
    const c = t.headers.indexOf(column);
    t.rows[row - 1][c] = value;
    this.emit(t, 'RangeEdited', source, a1(t.row + row, t.col + c));
  }

  /** A user sorts a table by a column (descending text order), as between a preview and its write. */
  sort(table: string, column: string): void {
    const t = this.table(table);
    const c = t.headers.indexOf(column);
    t.rows.sort((a, b) => String(b[c]).localeCompare(String(a[c])));
    this.emit(t, 'RangeEdited', 'Local', this.tableAddress(t));
  }

  /** Resolves when every scheduled event has been delivered. */
  async settle(): Promise<void> {
    for (let i = 0; i < 200 && this.pendingEvents > 0; i++) await new Promise((r) => setTimeout(r, 2));
  }

  /** The runner handed to OfficeWorkbook instead of Excel.run. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const b = new Batch(this);
    const result = await batch(this.context(b) as unknown as Excel.RequestContext);
    if (b.ops.length > 0)
      throw new Error(
        `Excel.run sluttede med ${b.ops.length} kald i kø, der aldrig blev sendt (mangler context.sync())`,
      );
    return result;
  };

  private table(name: string): FakeTable {
    const t = [...this.tables.values()].find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    if (!t) throw new ExcelError('ItemNotFound', `tabellen "${name}" findes ikke`);
    return t;
  }

  private tableRect(t: FakeTable): Rect {
    return { r: t.row, c: t.col, nr: 1 + Math.max(1, t.rows.length), nc: t.headers.length };
  }

  private tableAddress(t: FakeTable): string {
    const r = this.tableRect(t);
    return a1(r.r, r.c, r.nr, r.nc);
  }

  private nextFreeColumn(sheet: string): number {
    let end = 0;
    for (const t of this.tables.values()) if (t.sheet === sheet) end = Math.max(end, t.col + t.headers.length + 1);
    return end;
  }

  // A table can't overlap another table ("A table can't overlap another table" / InvalidOperation);
  // see "Work with tables using the Excel JavaScript API":
  // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables
  private assertNoOverlap(t: FakeTable): void {
    for (const o of this.tables.values()) {
      if (o !== t && o.sheet === t.sheet && overlaps(this.tableRect(o), this.tableRect(t))) {
        throw new ExcelError('InvalidOperation', `tabellen "${t.name}" ville overlappe "${o.name}"`);
      }
    }
  }

  private emit(t: FakeTable, changeType: string, source: 'Local' | 'Remote', address: string): void {
    // Events are raised after the change and reach the add-in asynchronously; "Work with events using
    // the Excel JavaScript API" and Excel.EventSource (Local: this session, Remote: a co-author):
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventsource
    const e: TableChange = { type: 'TableChanged', tableId: t.id, worksheetId: t.sheet, changeType, source, address };
    this.pendingEvents++;
    setTimeout(() => {
      this.pendingEvents--;
      this.delivered.push(e);
      for (const h of [...this.handlers]) void h(e);
    }, this.options.eventDelayMs ?? 5);
  }

  private log(sheet: string, op: string): void {
    this.writes.push({ sheet, op });
  }

  private requireApi(version: number, member: string): void {
    if ((this.options.apiVersion ?? 1.9) + 1e-9 < version)
      throw new ExcelError('ApiNotFound', `${member} kræver ExcelApi ${version}`);
  }

  private context(b: Batch) {
    const fake = this;
    const date1904 = this.options.use1904DateSystem;
    return {
      workbook: loadable(b, date1904 === undefined ? {} : { use1904DateSystem: () => refuse1904(date1904) }, {
        tables: loadable(
          b,
          { items: () => [...this.tables.values()].map((t) => ({ id: t.id, name: t.name })) },
          {
            getItemOrNullObject: (name: string) => this.tableObject(b, name),
            getItem: (name: string) => this.tableObject(b, name, true),
            onChanged: {
              add: (handler: (e: TableChange) => Promise<void> | void) => {
                const result = {
                  context: {},
                  // Real handlers are removed through their own context (Excel.run(h.context, …)); the
                  // fake takes the removal at once.
                  remove: () => {
                    fake.handlers = fake.handlers.filter((h) => h !== handler);
                  },
                };
                b.queue(undefined, () => fake.handlers.push(handler));
                return result;
              },
            },
          },
        ),
        worksheets: {
          getItemOrNullObject: (name: string) => this.sheetObject(b, name),
          getItem: (name: string) => this.sheetObject(b, name, true),
          add: (name: string) => {
            checkSheetName(name, this.sheets.keys());
            b.queue(name, () => {
              this.log(name, 'addSheet');
              this.addSheet(name);
            });
            return this.sheetObject(b, name, true, true);
          },
        },
      }),
      sync: async () => {
        const site = srcFrames();
        await new Promise((resolve) => setImmediate(resolve));
        const ops = b.ops;
        b.ops = [];
        const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
        const meter: SyncMeter = { requestBytes, responseBytes: 0, calls: ops.length, site };
        this.meters.push(meter);
        if (requestBytes > PAYLOAD_LIMIT_BYTES)
          throw Object.assign(new ExcelError('RequestPayloadSizeLimitExceeded', `${requestBytes} bytes`), {
            code: 'RequestPayloadSizeLimitExceeded',
          });
        this.responseBytes = 0;
        try {
          for (const o of ops) o.run();
        } finally {
          meter.responseBytes = this.responseBytes;
        }
        if (meter.responseBytes > PAYLOAD_LIMIT_BYTES)
          throw Object.assign(new ExcelError('ResponsePayloadSizeLimitExceeded', `${meter.responseBytes} bytes`), {
            code: 'ResponsePayloadSizeLimitExceeded',
          });
      },
    };
  }

  private tableObject(b: Batch, name: string, must = false) {
    const find = () =>
      [...this.tables.values()].find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    const t = () => {
      const found = find();
      if (!found) throw new ExcelError('ItemNotFound', `tabellen "${name}" findes ikke`);
      return found;
    };
    if (must && !find()) throw new ExcelError('ItemNotFound', `tabellen "${name}" findes ikke`);
    const fake = this;
    const rangeOf = (f: () => Rect) => this.rangeObject(b, () => t().sheet, f);
    return loadable(
      b,
      { isNullObject: () => !find(), name: () => t().name, id: () => t().id },
      {
        getHeaderRowRange: () => rangeOf(() => ({ ...this.tableRect(t()), nr: 1 })),
        getDataBodyRange: () =>
          rangeOf(() => ({ ...this.tableRect(t()), r: t().row + 1, nr: Math.max(1, t().rows.length) })),
        getRange: () => rangeOf(() => this.tableRect(t())),
        get worksheet() {
          // Reached through a missing table's null object, the sheet is a proxy too: its loads fail at sync.
          const found = find();
          if (found) return fake.sheetObject(b, found.sheet);
          const missing = () => {
            throw new ExcelError('ItemNotFound', `tabellen "${name}" findes ikke`);
          };
          const props = ['isNullObject', 'rowIndex', 'rowCount', 'columnIndex', 'columnCount'];
          return {
            getUsedRangeOrNullObject: () => loadable(b, Object.fromEntries(props.map((p) => [p, missing])), {}),
          };
        },
        rows: {
          add: (index: unknown, values: unknown) => {
            if (index !== undefined && index !== null)
              throw new ExcelError('InvalidArgument', 'testen tillader kun rækker i bunden');
            const width = find()?.headers.length ?? 0;
            assertShape('rows.add', values, (values as unknown[]).length, width, isCellInput);
            b.queue(values, () => this.insertRows(t(), values as Cell[][]));
          },
        },
        columns: {
          add: (index: unknown, values: unknown, header: string) => {
            if (index !== undefined && index !== null)
              throw new ExcelError('InvalidArgument', 'testen tillader kun kolonner til højre');
            if (values !== undefined && values !== null)
              throw new ExcelError('InvalidArgument', 'testen tillader ikke værdier her');
            b.queue(header, () => this.insertColumn(t(), header));
            return this.columnApi(b, t, header);
          },
          getItem: (header: string) => this.columnApi(b, t, header),
        },
      },
    );
  }

  // Inserting table rows shifts the cells below the table (in its columns) down; a shift that would
  // cut through another table fails. Excel.ErrorCodes: InsertDeleteConflict "The insert or delete
  // operation attempted resulted in a conflict":
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes
  private insertRows(t: FakeTable, values: Cell[][]): void {
    this.log(t.sheet, `appendRows:${t.name}`);
    const s = this.sheets.get(t.sheet)!;
    const bottom = t.row + Math.max(1, t.rows.length); // last row of the table
    const n = t.rows.length === 0 ? values.length - 1 : values.length; // the empty body row is reused
    if (n > 0) {
      for (const o of this.tables.values()) {
        if (o === t || o.sheet !== t.sheet || o.row <= bottom) continue;
        const inside = o.col >= t.col && o.col + o.headers.length <= t.col + t.headers.length;
        const touches = o.col < t.col + t.headers.length && t.col < o.col + o.headers.length;
        if (touches && !inside)
          throw new ExcelError('InsertDeleteConflict', `rækker i "${t.name}" ville flytte en del af "${o.name}"`);
        if (inside) o.row += n;
      }
      const moved = [...s.cells.entries()].filter(([k]) => {
        const [r, c] = k.split(',').map(Number);
        return r > bottom && c >= t.col && c < t.col + t.headers.length;
      });
      for (const [k] of moved) s.cells.delete(k);
      for (const [k, v] of moved) {
        const [r, c] = k.split(',').map(Number);
        s.cells.set(key(r + n, c), v);
      }
      this.shiftedCells += moved.length;
    }
    for (const v of values) t.rows.push(v.map((x, j) => (x === null ? '' : stored(x, this.isTextColumn(t, j)))));
    this.emit(t, 'RowInserted', 'Local', a1(bottom + 1, t.col, values.length, t.headers.length));
  }

  private insertColumn(t: FakeTable, header: string): void {
    this.log(t.sheet, `addColumn:${t.name}`);
    const s = this.sheets.get(t.sheet)!;
    const right = t.col + t.headers.length; // first column right of the table
    const rect = this.tableRect(t);
    for (const o of this.tables.values()) {
      if (o === t || o.sheet !== t.sheet || o.col < right) continue;
      const or = this.tableRect(o);
      const inside = or.r >= rect.r && or.r + or.nr <= rect.r + rect.nr;
      const touches = or.r < rect.r + rect.nr && rect.r < or.r + or.nr;
      if (touches && !inside)
        throw new ExcelError('InsertDeleteConflict', `en kolonne i "${t.name}" ville flytte en del af "${o.name}"`);
      if (inside) o.col += 1;
    }
    const moved = [...s.cells.entries()].filter(([k]) => {
      const [r, c] = k.split(',').map(Number);
      return c >= right && r >= rect.r && r < rect.r + rect.nr;
    });
    for (const [k] of moved) s.cells.delete(k);
    for (const [k, v] of moved) {
      const [r, c] = k.split(',').map(Number);
      s.cells.set(key(r, c + 1), v);
    }
    this.shiftedCells += moved.length;
    t.headers.push(header);
    for (const r of t.rows) r.push('');
    this.emit(t, 'ColumnInserted', 'Local', a1(t.row, right, rect.nr, 1));
  }

  private isTextColumn(t: FakeTable, j: number): boolean {
    const f = t.numberFormat[t.headers[j]];
    return Array.isArray(f) && Array.isArray(f[0]) && f[0][0] === '@';
  }

  private columnApi(b: Batch, t: () => FakeTable, header: string) {
    const fake = this;
    const at = () => {
      const j = t().headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
      if (j < 0) throw new ExcelError('ItemNotFound', `kolonnen "${header}" findes ikke`);
      return t().col + j;
    };
    const columnRange = (rows: () => { r: number; nr: number }) =>
      this.rangeObject(
        b,
        () => t().sheet,
        () => ({ ...rows(), c: at(), nc: 1 }),
      );
    return {
      getHeaderRowRange: () => columnRange(() => ({ r: t().row, nr: 1 })),
      getDataBodyRange: () => {
        const bodyRange = columnRange(() => ({ r: t().row + 1, nr: Math.max(1, t().rows.length) }));
        const body = {
          getCell: (i: number, j: number) => bodyRange.getCell(i, j),
          dataValidation: {
            set rule(rule: unknown) {
              if (!rule || typeof rule !== 'object')
                throw new ExcelError('InvalidArgument', 'dataValidation.rule skal være et objekt');
              b.queue(rule, () => {
                fake.log(t().sheet, `validation:${t().name}`);
                t().validation[header] = rule;
              });
            },
          },
          set numberFormat(f: unknown) {
            // The array must match the column body at the time of the call: for a table with no rows,
            // Excel shows one (empty) body row. Counted at sync, when earlier inserts have run.
            b.queue(f, () => {
              const rows = Math.max(1, t().rows.length);
              assertShape('numberFormat', f, rows, 1, (x) => typeof x === 'string' || x === null);
              fake.log(t().sheet, `numberFormat:${t().name}`);
              t().numberFormat[header] = f;
            });
          },
        };
        return body;
      },
    };
  }

  sheetObject(b: Batch, name: string, must = false, adding = false) {
    const s = () => {
      const found = this.sheets.get(name);
      if (!found) throw new ExcelError('ItemNotFound', `arket "${name}" findes ikke`);
      return found;
    };
    if (must && !adding && !this.sheets.has(name)) throw new ExcelError('ItemNotFound', `arket "${name}" findes ikke`);
    const tablesOn = () => [...this.tables.values()].filter((t) => t.sheet === name);
    const fake = this;
    const guardInput = () => {
      // Writing on a sheet that has an input table is exactly what the adapter must never do, except
      // creating the table itself (ensureInputTables).
      if (tablesOn().length > 0) throw new Error(`Skrivning på arket "${name}", der har en inputtabel`);
    };
    const write = (op: string, args: unknown, run: () => void) => {
      b.queue(args, () => {
        if (op !== 'freeze') guardInput();
        this.log(name, op);
        run();
      });
    };
    const pageLayout = {
      set orientation(v: string) {
        fake.requireApi(1.9, 'pageLayout');
        if (v !== 'Landscape' && v !== 'Portrait') throw new ExcelError('InvalidArgument', `orientation "${v}"`);
        write('print', v, () => (s().orientation = v));
      },
      // PageLayoutZoomOptions is replaced whole; horizontalFitToPages alone is ignored unless
      // verticalFitToPages is set too (office-js #1860). Recorded as handed over.
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
      // https://github.com/OfficeDev/office-js/issues/1860
      set zoom(v: unknown) {
        fake.requireApi(1.9, 'pageLayout');
        if (!v || typeof v !== 'object') throw new ExcelError('InvalidArgument', 'zoom skal være et objekt');
        write('print', v, () => (s().zoom = JSON.parse(JSON.stringify(v))));
      },
      setPrintTitleRows: (rows: string) => {
        fake.requireApi(1.9, 'pageLayout');
        if (!/^\$\d+:\$\d+$/.test(rows)) throw new ExcelError('InvalidArgument', `titelrækker "${rows}"`);
        write('print', rows, () => (s().printTitleRows = rows));
      },
    };
    const sheetNames = () => (s().names ??= new Map());
    const api = {
      activate: () => b.queue(name, () => (fake.activeSheet = s().name)),
      // Worksheet-scoped names (ExcelApi 1.4): getItemOrNullObject and add, as the adapter uses them.
      names: {
        getItemOrNullObject: (n: string) =>
          loadable(b, { isNullObject: () => !this.sheets.get(name)?.names?.has(n) }, {}),
        add: (n: string, reference: { address?: string } | string) => {
          const entry = { reference: typeof reference === 'string' ? reference : 'A1', visible: true };
          b.queue(n, () => {
            this.log(name, `name:${n}`);
            sheetNames().set(n, entry);
          });
          return {
            set visible(v: boolean) {
              b.queue(v, () => void (entry.visible = v));
            },
          };
        },
      },
      getRange: (address?: string) => ({
        address,
        clear: () =>
          write('clear', undefined, () => {
            s().cells.clear();
            s().textCells.clear();
            s().formats = [];
          }),
        conditionalFormats: { clearAll: () => write('clearConditional', undefined, () => (s().conditional = [])) },
      }),
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) => {
        if (![r, c, nr, nc].every(Number.isInteger) || nr < 1 || nc < 1 || r < 0 || c < 0)
          throw new ExcelError('InvalidArgument', `getRangeByIndexes(${r},${c},${nr},${nc})`);
        return this.rangeObject(
          b,
          () => name,
          () => ({ r, c, nr, nc }),
          write,
        );
      },
      getRanges: (address: string) => {
        this.requireApi(1.9, 'getRanges');
        const areas = address.split(',').map((a) => parseA1(a));
        return this.areasObject(b, name, address, areas, write);
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        void valuesOnly;
        const used = () => this.usedRect(name);
        return loadable(
          b,
          {
            isNullObject: () => used() === null,
            rowIndex: () => used()!.r,
            columnIndex: () => used()!.c,
            rowCount: () => used()!.nr,
            columnCount: () => used()!.nc,
          },
          {},
        );
      },
      tables: Object.assign(loadable(b, { count: () => tablesOn().length }, {}), {
        add: (range: { rect: () => Rect }, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error('Tabeller oprettes med overskrifter');
          const holder = { id: '' as string, t: undefined as FakeTable | undefined };
          b.queue(undefined, () => {
            const rect = range.rect();
            const sheet = s();
            const headers: string[] = [];
            for (let j = 0; j < rect.nc; j++) headers.push(String(sheet.cells.get(key(rect.r, rect.c + j)) ?? ''));
            for (let j = 0; j < rect.nc; j++) sheet.cells.delete(key(rect.r, rect.c + j));
            let n = this.tables.size + 1;
            while ([...this.tables.values()].some((t) => t.name.toLowerCase() === `tabel${n}`)) n++;
            holder.t = this.addTable(`Tabel${n}`, headers, [], name, { row: rect.r, col: rect.c });
            this.log(name, 'addTable');
          });
          const tables = this.tables;
          return {
            set name(n: string) {
              b.queue(n, () => {
                const t = holder.t!;
                checkTableName(
                  n,
                  [...tables.values()].filter((x) => x !== t).map((x) => x.name),
                );
                tables.delete(t.name);
                t.name = n;
                tables.set(n, t);
              });
            },
            columns: { getItem: (header: string) => this.columnApi(b, () => holder.t!, header) },
          };
        },
      }),
      charts: Object.assign(
        loadable(
          b,
          {
            items: () =>
              s().charts.map((chart) => ({
                delete: () => write('deleteChart', undefined, () => s().charts.splice(s().charts.indexOf(chart), 1)),
              })),
          },
          {},
        ),
        {
          add: (type: string, _range: unknown, seriesBy: string) => {
            const chart: FakeSheet['charts'][number] = {
              type,
              seriesBy,
              title: undefined,
              positioned: false,
              series: [],
            };
            write('chart', type, () => s().charts.push(chart));
            // ChartSeries setters take #RRGGBB colours and the ChartLineStyle / ChartMarkerStyle enums:
            // https://learn.microsoft.com/javascript/api/excel/excel.chartlineformat
            const COLOR = /^#[0-9A-Fa-f]{6}$/;
            const check = (ok: boolean, what: string) => {
              if (!ok) throw new ExcelError('InvalidArgument', what);
            };
            const seriesAt = (i: number) => {
              const entry = () => (chart.series[i] ??= {});
              return {
                set markerStyle(v: string) {
                  check(['None', 'Automatic', 'Circle', 'Square'].includes(v), 'markerStyle');
                  write('chart', v, () => (entry().markerStyle = v));
                },
                format: {
                  line: {
                    set color(v: string) {
                      check(COLOR.test(v), 'line.color');
                      write('chart', v, () => (entry().color = v));
                    },
                    set lineStyle(v: string) {
                      check(['Continuous', 'Dash', 'DashDot', 'Dot', 'None', 'RoundDot'].includes(v), 'lineStyle');
                      write('chart', v, () => (entry().lineStyle = v));
                    },
                  },
                  fill: {
                    setSolidColor: (v: string) => {
                      check(COLOR.test(v), 'fill');
                      write('chart', v, () => (entry().fill = v));
                    },
                  },
                },
              };
            };
            return {
              title: {
                set text(v: string) {
                  write('chart', v, () => (chart.title = v));
                },
              },
              series: { getItemAt: (i: number) => seriesAt(i) },
              axes: {
                valueAxis: {
                  set numberFormat(v: string) {
                    check(typeof v === 'string' && v.length > 0, 'numberFormat');
                    write('chart', v, () => (chart.valueFormat = v));
                  },
                },
              },
              setPosition: () => write('chart', undefined, () => (chart.positioned = true)),
            };
          },
        },
      ),
      freezePanes: {
        unfreeze: () =>
          write('freeze', undefined, () => ((s().freezeRows = undefined), (s().freezeColumns = undefined))),
        freezeRows: (n: number) => write('freeze', n, () => (s().freezeRows = n)),
        freezeColumns: (n: number) => write('freeze', n, () => (s().freezeColumns = n)),
        freezeAt: (range: { rect: () => Rect }) =>
          write('freeze', undefined, () => ((s().freezeRows = range.rect().nr), (s().freezeColumns = range.rect().nc))),
      },
      get pageLayout() {
        fake.requireApi(1.9, 'pageLayout');
        return pageLayout;
      },
      get horizontalPageBreaks() {
        fake.requireApi(1.9, 'horizontalPageBreaks');
        return {
          removePageBreaks: () => write('pageBreak', undefined, () => (s().pageBreaks = [])),
          add: (at: string) => write('pageBreak', at, () => s().pageBreaks.push(at)),
        };
      },
      set tabColor(v: string) {
        if (!/^#[0-9A-F]{6}$/i.test(v)) throw new ExcelError('InvalidArgument', `tabColor "${v}"`);
        write('tabColor', v, () => (s().tabColor = v));
      },
    };
    return loadable(b, { isNullObject: () => !this.sheets.has(name), name: () => s().name }, api);
  }

  /** Used rectangle of a sheet: free cells and tables. */
  private usedRect(sheet: string): Rect | null {
    const rects: Rect[] = [];
    for (const k of this.sheets.get(sheet)?.cells.keys() ?? []) {
      const [r, c] = k.split(',').map(Number);
      rects.push({ r, c, nr: 1, nc: 1 });
    }
    for (const t of this.tables.values()) if (t.sheet === sheet) rects.push(this.tableRect(t));
    if (rects.length === 0) return null;
    const r = Math.min(...rects.map((x) => x.r));
    const c = Math.min(...rects.map((x) => x.c));
    const r2 = Math.max(...rects.map((x) => x.r + x.nr));
    const c2 = Math.max(...rects.map((x) => x.c + x.nc));
    return { r, c, nr: r2 - r, nc: c2 - c };
  }

  /** The value of any sheet cell, whether free or in a table. */
  private cellValue(sheet: string, r: number, c: number): Cell {
    for (const t of this.tables.values()) {
      if (t.sheet !== sheet) continue;
      const rect = this.tableRect(t);
      if (!overlaps(rect, { r, c, nr: 1, nc: 1 })) continue;
      if (r === t.row) return t.headers[c - t.col];
      return t.rows[r - t.row - 1]?.[c - t.col] ?? '';
    }
    return this.sheets.get(sheet)?.cells.get(key(r, c)) ?? '';
  }

  private setCell(sheet: string, r: number, c: number, v: unknown): void {
    if (v === null) return; // "null in a 2-D array leaves that cell unchanged" (blank and null values page)
    for (const t of this.tables.values()) {
      if (t.sheet !== sheet || !overlaps(this.tableRect(t), { r, c, nr: 1, nc: 1 })) continue;
      if (r === t.row) throw new ExcelError('InvalidOperation', 'testen skriver ikke i overskrifter');
      t.rows[r - t.row - 1][c - t.col] = stored(v, this.isTextColumn(t, c - t.col));
      return;
    }
    const s = this.sheets.get(sheet)!;
    if (v === '') s.cells.delete(key(r, c));
    else s.cells.set(key(r, c), stored(v, s.textCells.has(key(r, c))));
  }

  private rangeObject(
    b: Batch,
    sheetOf: () => string,
    rectOf: () => Rect,
    write?: (op: string, args: unknown, run: () => void) => void,
  ) {
    const fake = this;
    const onTable = !write;
    const w =
      write ??
      ((op: string, args: unknown, run: () => void) =>
        b.queue(args, () => {
          this.log(sheetOf(), op);
          run();
        }));
    const rect = () => rectOf();
    const changedTables = (r: Rect) =>
      [...this.tables.values()].filter((t) => t.sheet === sheetOf() && overlaps(this.tableRect(t), r));
    const obj = loadable(
      b,
      {
        values: () => {
          const { r, c, nr, nc } = rect();
          // The grid ends at row 1,048,576 and column XFD ("Excel specifications and limits"); a range
          // reaching past it fails.
          if (r + nr > GRID_ROWS || c + nc > GRID_COLUMNS)
            throw new ExcelError('InvalidArgument', `området går ud over arket (${a1(r, c, nr, nc)})`);
          return Array.from({ length: nr }, (_, i) =>
            Array.from({ length: nc }, (_, j) => this.cellValue(sheetOf(), r + i, c + j)),
          );
        },
        rowCount: () => rect().nr,
        columnCount: () => rect().nc,
        rowIndex: () => rect().r,
        columnIndex: () => rect().c,
        address: () => `${sheetOf()}!${a1(rect().r, rect().c, rect().nr, rect().nc)}`,
      },
      {
        rect,
        getCell: (i: number, j: number) =>
          this.rangeObject(b, sheetOf, () => ({ r: rect().r + i, c: rect().c + j, nr: 1, nc: 1 }), write),
        getRow: (i: number) => this.rangeObject(b, sheetOf, () => ({ ...rect(), r: rect().r + i, nr: 1 }), write),
        // Selecting a range on a sheet that is not active activates that sheet (as Excel does).
        select: () =>
          b.queue(undefined, () => {
            fake.activeSheet = sheetOf();
            fake.selection = `${sheetOf()}!${a1(rect().r, rect().c, rect().nr, rect().nc)}`;
          }),
        getResizedRange: (dr: number, dc: number) =>
          this.rangeObject(b, sheetOf, () => ({ ...rect(), nr: rect().nr + dr, nc: rect().nc + dc }), write),
        getUsedRangeOrNullObject: () => {
          const used = () => {
            const { r, c, nr, nc } = rect();
            for (let i = 0; i < nr; i++)
              for (let j = 0; j < nc; j++) if (this.cellValue(sheetOf(), r + i, c + j) !== '') return true;
            return false;
          };
          return loadable(b, { isNullObject: () => !used() }, {});
        },
        set values(v: unknown) {
          const { nr, nc } = rectOf();
          assertShape('values', v, nr, nc, isCellInput);
          w(onTable ? 'updateCell' : 'values', v, () => {
            const { r, c } = rect();
            (v as unknown[][]).forEach((row, i) => row.forEach((x, j) => fake.setCell(sheetOf(), r + i, c + j, x)));
            if (onTable)
              for (const t of changedTables(rect()))
                fake.emit(t, 'RangeEdited', 'Local', a1(rect().r, rect().c, nr, nc));
          });
        },
        set numberFormat(f: unknown) {
          const { nr, nc } = rectOf();
          assertShape('numberFormat', f, nr, nc, (x) => x === null || typeof x === 'string');
          w('format', f, () => {
            const { r, c } = rect();
            const s = fake.sheets.get(sheetOf())!;
            (f as (string | null)[][]).forEach((row, i) =>
              row.forEach((x, j) => {
                if (x === '@') s.textCells.add(key(r + i, c + j));
                else if (x !== null) s.textCells.delete(key(r + i, c + j));
              }),
            );
            s.formats.push({ area: a1(r, c, nr, nc), prop: 'numberFormat', value: f });
          });
        },
        format: this.formatObject(sheetOf, () => a1(rect().r, rect().c, rect().nr, rect().nc), w),
        conditionalFormats: this.conditionalApi(sheetOf, () => a1(rect().r, rect().c, rect().nr, rect().nc), w),
      },
    );
    return obj;
  }

  private areasObject(
    b: Batch,
    sheet: string,
    address: string,
    areas: Rect[],
    write: (op: string, args: unknown, run: () => void) => void,
  ) {
    void b;
    void areas;
    return {
      format: this.formatObject(
        () => sheet,
        () => address,
        write,
      ),
      conditionalFormats: this.conditionalApi(
        () => sheet,
        () => address,
        write,
      ),
    };
  }

  // Range.format setters: typed values only ("null isn't valid for single properties like
  // range.format.fill.color"), colours as #RRGGBB or names. Blank and null values page:
  // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  private formatObject(
    sheetOf: () => string,
    area: () => string,
    write: (op: string, args: unknown, run: () => void) => void,
  ) {
    const record = (prop: string, value: unknown, ok: boolean) => {
      if (!ok) throw new ExcelError('InvalidArgument', `${prop} = ${JSON.stringify(value)}`);
      write('format', value, () => this.sheets.get(sheetOf())!.formats.push({ area: area(), prop, value }));
    };
    const color = (v: unknown) => typeof v === 'string' && /^#[0-9A-F]{6}$/i.test(v);
    const bool = (v: unknown) => typeof v === 'boolean';
    return {
      font: {
        set bold(v: boolean) {
          record('format.font.bold', v, bool(v));
        },
        set italic(v: boolean) {
          record('format.font.italic', v, bool(v));
        },
        set color(v: string) {
          record('format.font.color', v, color(v));
        },
        set size(v: number) {
          record('format.font.size', v, typeof v === 'number' && v >= 1 && v <= 409);
        },
      },
      fill: {
        set color(v: string) {
          record('format.fill.color', v, color(v));
        },
      },
      set wrapText(v: boolean) {
        record('format.wrapText', v, bool(v));
      },
      set horizontalAlignment(v: string) {
        record('format.horizontalAlignment', v, ['Left', 'Center', 'Right', 'General'].includes(v));
      },
      set columnWidth(v: number) {
        record('format.columnWidth', v, typeof v === 'number' && v >= 0 && v <= 255 * 7.5);
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            record(`format.borders.${edge}.style`, v, edge === 'EdgeBottom' && v === 'Continuous');
          },
        }),
      },
    };
  }

  private conditionalApi(
    sheetOf: () => string,
    area: () => string,
    write: (op: string, args: unknown, run: () => void) => void,
  ) {
    return {
      add: (type: string) => {
        if (type !== 'CellValue') throw new ExcelError('InvalidArgument', `conditional format "${type}"`);
        const entry: { rule?: unknown; fill?: string; fontColor?: string; area: string } = { area: '' };
        write('conditional', type, () => {
          entry.area = area();
          this.sheets.get(sheetOf())!.conditional.push(entry);
        });
        return {
          cellValue: {
            format: {
              fill: {
                set color(v: string) {
                  write('conditional', v, () => (entry.fill = v));
                },
              },
              font: {
                set color(v: string) {
                  write('conditional', v, () => (entry.fontColor = v));
                },
              },
            },
            set rule(v: { formula1?: string; operator?: string }) {
              if (!v || typeof v.formula1 !== 'string' || typeof v.operator !== 'string')
                throw new ExcelError('InvalidArgument', 'rule');
              write('conditional', v, () => (entry.rule = v));
            },
          },
        };
      },
    };
  }
}
