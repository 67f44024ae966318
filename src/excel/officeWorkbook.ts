// The workbook port inside Excel (Office.js). Each port call is one Excel.run with as few
// context.sync round trips as possible: metadata first, then data in blocks of at most 5,000 rows,
// several blocks queued per sync, so the number of syncs follows the data volume, not the row count.
// Highest API used: ExcelApi 1.9 (Worksheet.pageLayout, horizontalPageBreaks) — see manifest.xml.
import { asLiteralCell, asLiteralText, asLiteralValues } from '../security/formula';
import { normalizeKey } from '../workbook/cells';
import { INPUT_TABLES, type TableDef, type ColumnDef } from '../workbook/contract';
import { assertOwnSheet } from '../workbook/ownSheets';
import type {
  CellUpdate,
  CellValue,
  ChartSpec,
  RawTable,
  RangeFormat,
  SetupResult,
  SheetModel,
  WorkbookPort,
} from '../workbook/port';

/** Rows per read/write block; Excel on the web limits one payload to about 5 MB. */
export const BLOCK_ROWS = 5000;
/** Blocks queued before one context.sync (4 x 5,000 = 20,000 rows per round trip). */
export const BLOCKS_PER_SYNC = 4;
/** Quiet period after Fremdrift's own writes in which table events are ignored. */
export const OWN_WRITE_QUIET_MS = 1500;
/** Delay after the last user edit before a recompute. */
export const INPUT_DEBOUNCE_MS = 1000;

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Excel.run by default; tests pass a runner around a mock context. */
  run?: ExcelRun;
  /** Clock in ms (tests). */
  now?: () => number;
}

const DATE_FORMAT = 'dd-mm-yyyy';
const MONTH_FORMAT = 'mm-yyyy';
/** Approximate size of a default cell, to place charts by cell anchor. */
const CELL_WIDTH_PX = 64;
const CELL_HEIGHT_PX = 20;

/** Excel's empty cell ('') as the port's null. */
function fromExcel(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/** A rectangle filled with one value (Office.js wants one entry per cell). */
function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

function columnIndexOf(headers: readonly string[], header: string): number {
  const key = normalizeKey(header);
  return headers.findIndex((h) => normalizeKey(h) === key);
}

/** A formula1 for "cell equals this text", with quotes doubled as Excel requires. */
function textEqualsFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly now: () => number;
  /** > 0 while Fremdrift itself writes; table events then are our own. */
  private ownWrites = 0;
  private lastOwnWriteEnd = -Infinity;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.now = options.now ?? (() => Date.now());
  }

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    return this.run(async (context) => {
      const lookups = names.map((name) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        table.load('isNullObject');
        return { name, table };
      });
      await context.sync();

      const found = lookups
        .filter((l) => !l.table.isNullObject)
        .map(({ name, table }) => {
          const header = table.getHeaderRowRange().load('values');
          const body = table.getDataBodyRange().load('rowCount,columnCount');
          return { name, header, body };
        });
      await context.sync();

      // Queue every block of every table; sync once per BLOCKS_PER_SYNC blocks.
      const parts = new Map<string, Excel.Range[]>();
      let queued = 0;
      for (const { name, body } of found) {
        const ranges: Excel.Range[] = [];
        for (let start = 0; start < body.rowCount; start += BLOCK_ROWS) {
          const n = Math.min(BLOCK_ROWS, body.rowCount - start);
          ranges.push(body.getCell(start, 0).getResizedRange(n - 1, body.columnCount - 1).load('values'));
          if (++queued % BLOCKS_PER_SYNC === 0) await context.sync();
        }
        parts.set(name, ranges);
      }
      if (queued % BLOCKS_PER_SYNC !== 0) await context.sync();

      const out: Record<string, RawTable | null> = {};
      for (const name of names) out[name] = null;
      for (const { name, header } of found) {
        const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
        const rows: CellValue[][] = [];
        for (const range of parts.get(name) ?? []) {
          for (const row of range.values) rows.push(row.map(fromExcel));
        }
        // A new Excel table has one empty body row; trailing blank rows are not data.
        while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
        out[name] = { name, headers, rows };
      }
      return out;
    });
  }

  async writeOutputSheets(sheets: readonly SheetModel[]): Promise<void> {
    // The shared rule (workbook/ownSheets.ts): names first, then (below) output-named sheets holding a table.
    for (const s of sheets) assertOwnSheet(s.name);
    await this.ownWrite(async (context) => {
      const sheetsApi = context.workbook.worksheets;
      const existing = sheets.map((s) => {
        const ws = sheetsApi.getItemOrNullObject(s.name);
        ws.load('isNullObject');
        return ws;
      });
      await context.sync();

      // An output sheet holding a table is a user's sheet with the same name: refuse before changing anything.
      const present = existing.filter((ws) => !ws.isNullObject);
      const counts = present.map((ws) => ws.tables.load('count'));
      const charts = present.map((ws) => ws.charts.load('items'));
      if (present.length > 0) await context.sync();
      counts.forEach((tables, i) => assertOwnSheet(sheets[existing.indexOf(present[i])].name, tables.count > 0));

      // Existing output sheets are cleared, not deleted, so formulas on the user's own sheets that point
      // into them keep working (a deleted sheet would turn them into #REF!).
      const targets = sheets.map((s, i) => {
        if (existing[i].isNullObject) return sheetsApi.add(s.name);
        const ws = sheetsApi.getItem(s.name);
        const all = ws.getRange();
        all.conditionalFormats.clearAll();
        all.clear();
        ws.freezePanes.unfreeze();
        ws.horizontalPageBreaks.removePageBreaks();
        for (const chart of charts[present.indexOf(existing[i])].items) chart.delete();
        return ws;
      });

      let queuedRows = 0;
      for (let i = 0; i < sheets.length; i++) {
        const model = sheets[i];
        const ws = targets[i];
        const width = model.values.reduce((m, r) => Math.max(m, r.length), 0);
        for (let start = 0; start < model.values.length && width > 0; start += BLOCK_ROWS) {
          const block = model.values.slice(start, start + BLOCK_ROWS).map((r) => {
            const row = r.map((v) => (v === null ? '' : v));
            while (row.length < width) row.push('');
            return row;
          });
          ws.getRangeByIndexes(start, 0, block.length, width).values = asLiteralValues(block);
          queuedRows += block.length;
          if (queuedRows >= BLOCK_ROWS * BLOCKS_PER_SYNC) {
            await context.sync();
            queuedRows = 0;
          }
        }
      }
      // Values first; formats, charts and print setup after.
      await context.sync();
      sheets.forEach((model, i) => this.applyLayout(targets[i], model));
      await context.sync();
    });
  }

  async appendRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    if (rows.length === 0) return;
    await this.ownWrite(async (context) => {
      const t = await requireTable(context, table);
      const header = t.getHeaderRowRange().load('values');
      await context.sync();
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
      const values = rows.map((record) => {
        const row: (string | number | boolean)[] = headers.map(() => '');
        for (const [key, value] of Object.entries(record)) {
          const at = columnIndexOf(headers, key);
          if (at < 0) throw new Error(`Tabellen "${table}" har ingen kolonne "${key}"`);
          row[at] = value === null ? '' : value;
        }
        return row;
      });
      let queued = 0;
      for (let start = 0; start < values.length; start += BLOCK_ROWS) {
        t.rows.add(undefined, asLiteralValues(values.slice(start, start + BLOCK_ROWS)));
        if (++queued % BLOCKS_PER_SYNC === 0) await context.sync();
      }
      if (queued % BLOCKS_PER_SYNC !== 0) await context.sync();
    });
  }

  async updateCells(table: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.ownWrite(async (context) => {
      const t = await requireTable(context, table);
      const header = t.getHeaderRowRange().load('values');
      const body = t.getDataBodyRange().load('rowCount');
      await context.sync();
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
      // Check every update before writing any, so a bad one leaves the table as it was.
      const targets = updates.map((u) => {
        if (!Number.isInteger(u.row) || u.row < 1 || u.row > body.rowCount) {
          throw new Error(`Tabellen "${table}" har ingen række ${u.row}`);
        }
        const col = columnIndexOf(headers, u.column);
        if (col < 0) throw new Error(`Tabellen "${table}" har ingen kolonne "${u.column}"`);
        return { row: u.row - 1, col, value: u.value };
      });
      for (const { row, col, value } of targets) {
        body.getCell(row, col).values = [[asLiteralCell(value === null ? '' : value)]];
      }
      await context.sync();
    });
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
    await this.ownWrite(async (context) => {
      const lookups = contract.map((def) => {
        const table = context.workbook.tables.getItemOrNullObject(def.name);
        table.load('isNullObject');
        const sheet = context.workbook.worksheets.getItemOrNullObject(def.sheet);
        sheet.load('isNullObject');
        return { def, table, sheet };
      });
      await context.sync();

      const headerRanges = lookups.map((l) => (l.table.isNullObject ? null : l.table.getHeaderRowRange().load('values')));
      const bodies = lookups.map((l) => (l.table.isNullObject ? null : l.table.getDataBodyRange().load('rowCount')));
      const usedRanges = lookups.map((l) =>
        l.table.isNullObject && !l.sheet.isNullObject
          ? l.sheet.getUsedRangeOrNullObject(true).load('isNullObject,columnIndex,columnCount')
          : null,
      );
      await context.sync();

      lookups.forEach(({ def, table, sheet }, i) => {
        const header = headerRanges[i];
        if (header) {
          const have = (header.values[0] ?? []).map((h) => String(h ?? ''));
          const missing = def.columns.filter((c) => columnIndexOf(have, c.header) < 0);
          if (missing.length === 0) {
            result.unchanged.push(def.name);
            return;
          }
          // Appended at the right end; existing columns and rows stay as they are.
          const rows = bodies[i]!.rowCount;
          for (const col of missing) this.formatColumn(table.columns.add(undefined, undefined, col.header), col, rows);
          result.upgraded[def.name] = missing.map((c) => c.header);
          return;
        }
        const ws = sheet.isNullObject ? context.workbook.worksheets.add(def.sheet) : sheet;
        const used = usedRanges[i];
        // On a sheet that already holds something, place the table to the right of it, never over it.
        const firstCol = used && !used.isNullObject ? used.columnIndex + used.columnCount + 1 : 0;
        const headers = def.columns.map((c) => c.header);
        const headerRange = ws.getRangeByIndexes(0, firstCol, 1, headers.length);
        headerRange.values = [headers.map(asLiteralText)];
        const created = ws.tables.add(headerRange, true);
        created.name = def.name;
        // A new table has one (empty) body row.
        for (const col of def.columns) this.formatColumn(created.columns.getItem(col.header), col, 1);
        if (firstCol === 0) ws.freezePanes.freezeRows(1);
        result.created.push(def.name);
      });
      await context.sync();
    });
    return result;
  }

  onInputChanged(callback: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const handlers: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>[] = [];
    const onChanged = async (): Promise<void> => {
      if (stopped || this.isOwnWriteWindow()) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!stopped && !this.isOwnWriteWindow()) callback();
      }, INPUT_DEBOUNCE_MS);
    };
    void this.run(async (context) => {
      const tables = INPUT_TABLES.map(({ name }) => {
        const t = context.workbook.tables.getItemOrNullObject(name);
        t.load('isNullObject');
        return t;
      });
      await context.sync();
      for (const t of tables) if (!t.isNullObject) handlers.push(t.onChanged.add(onChanged));
      await context.sync();
    }).catch((error) => console.error('Fremdrift: kunne ikke lytte efter ændringer', error));
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      // Handlers belong to the context that added them; remove them through that context.
      if (typeof Excel === 'undefined') return;
      for (const h of handlers) {
        void Excel.run(h.context, async (ctx) => {
          h.remove();
          await ctx.sync();
        }).catch(() => undefined);
      }
    };
  }

  /** True while Fremdrift writes and for a short while after, when table events are its own. */
  private isOwnWriteWindow(): boolean {
    return this.ownWrites > 0 || this.now() - this.lastOwnWriteEnd < OWN_WRITE_QUIET_MS;
  }

  private async ownWrite(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
    this.ownWrites++;
    try {
      await this.run(batch);
    } finally {
      this.ownWrites--;
      this.lastOwnWriteEnd = this.now();
    }
  }

  /** Drop-down list for list columns and a Danish date format for date columns. */
  private formatColumn(column: Excel.TableColumn, def: ColumnDef, bodyRows: number): void {
    const body = column.getDataBodyRange();
    if ((def.type === 'list' || def.type === 'yesno') && def.values && def.values.length > 0) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: def.values.join(',') } };
    }
    // Office.js wants one format per cell of the column body.
    if (def.type === 'date') body.numberFormat = filled(bodyRows, 1, DATE_FORMAT);
    if (def.type === 'month') body.numberFormat = filled(bodyRows, 1, MONTH_FORMAT);
  }

  /** Formats, conditional fills, widths, freeze panes, charts and print setup of one output sheet. */
  private applyLayout(ws: Excel.Worksheet, model: SheetModel): void {
    const rect = (r: { row: number; col: number; rows?: number; cols?: number }) =>
      ws.getRangeByIndexes(r.row, r.col, r.rows ?? 1, r.cols ?? 1);
    for (const f of model.formats ?? []) this.applyFormat(rect(f), f);
    model.columnWidths?.forEach((w, i) => {
      // Model widths are in characters (as in .xlsx); Office.js wants points (about 7 px per character).
      ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round((w * 7 + 5) * 0.75);
    });
    for (const c of model.conditionalFills ?? []) {
      const cf = rect(c).conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = c.fill;
      if (c.fontColor) cf.cellValue.format.font.color = c.fontColor;
      cf.cellValue.rule = { formula1: textEqualsFormula(c.equals), operator: 'EqualTo' };
    }
    if (model.freeze && (model.freeze.rows > 0 || model.freeze.columns > 0)) {
      if (model.freeze.rows > 0 && model.freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, model.freeze.rows, model.freeze.columns));
      else if (model.freeze.rows > 0) ws.freezePanes.freezeRows(model.freeze.rows);
      else ws.freezePanes.freezeColumns(model.freeze.columns);
    }
    for (const chart of model.charts ?? []) this.addChart(ws, chart);
    const p = model.print;
    if (p) {
      if (p.landscape !== undefined) ws.pageLayout.orientation = p.landscape ? 'Landscape' : 'Portrait';
      if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      if (p.titleRows) ws.pageLayout.setPrintTitleRows(`$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`);
      for (const r of p.rowBreaksBefore ?? []) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
    }
    if (model.tabColor) ws.tabColor = model.tabColor;
  }

  private applyFormat(range: Excel.Range, f: RangeFormat): void {
    if (f.numberFormat) range.numberFormat = filled(f.rows ?? 1, f.cols ?? 1, f.numberFormat);
    if (f.bold !== undefined) range.format.font.bold = f.bold;
    if (f.italic !== undefined) range.format.font.italic = f.italic;
    if (f.fontColor) range.format.font.color = f.fontColor;
    if (f.fontSize) range.format.font.size = f.fontSize;
    if (f.fill) range.format.fill.color = f.fill;
    if (f.wrap !== undefined) range.format.wrapText = f.wrap;
    if (f.hAlign) range.format.horizontalAlignment = f.hAlign === 'left' ? 'Left' : f.hAlign === 'center' ? 'Center' : 'Right';
    if (f.borderBottom) range.format.borders.getItem('EdgeBottom').style = 'Continuous';
  }

  private addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
    const data = ws.getRangeByIndexes(spec.data.row, spec.data.col, spec.data.rows ?? 1, spec.data.cols ?? 1);
    const chart = ws.charts.add(spec.type === 'line' ? 'Line' : 'ColumnClustered', data, 'Columns');
    chart.title.text = spec.title;
    const cols = Math.max(1, Math.ceil((spec.widthPx ?? 480) / CELL_WIDTH_PX));
    const rows = Math.max(1, Math.ceil((spec.heightPx ?? 288) / CELL_HEIGHT_PX));
    chart.setPosition(
      ws.getRangeByIndexes(spec.anchor.row, spec.anchor.col, 1, 1),
      ws.getRangeByIndexes(spec.anchor.row + rows - 1, spec.anchor.col + cols - 1, 1, 1),
    );
  }
}

/** The named table, loaded; a clear Danish error when the workbook lacks it. */
async function requireTable(context: Excel.RequestContext, table: string): Promise<Excel.Table> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  t.load('isNullObject');
  await context.sync();
  if (t.isNullObject) throw new Error(`Projektmappen mangler tabellen "${table}"`);
  return t;
}
