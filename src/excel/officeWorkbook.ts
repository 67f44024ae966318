// The workbook port inside Excel (Office.js). Each port call is one Excel.run; within it, every
// context.sync is sized by an estimate of its payload (payload.ts) so no request or response comes near
// Excel on the web's 5 MB limit, with a retry at half size if Excel refuses one anyway.
// Text is written so Excel keeps it as text (excelText.ts). Table rows are updated one row per range
// with null for unchanged cells, after re-reading the rows' Borger-ID in the same Excel.run. Rows and
// columns are only inserted when no user cell would be shifted.
// API level: ExcelApi 1.8 (manifest.xml). Print setup and multi-area formats use ExcelApi 1.9 members
// only when the host supports 1.9 (Office.context.requirements.isSetSupported); on Excel 2019 (1.8)
// printing setup is skipped and formats go one rectangle at a time.
// https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
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
import { asExcelText, toExcelCell } from './excelText';
import { groupByStyle, type Style } from './formatAreas';
import { blockBytes, CALL_BYTES, cellBytes, rowBlockPiece, SyncPlanner, SYNC_BUDGET_BYTES } from './payload';
import { watchInputTables } from './inputEvents';

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Excel.run by default; tests pass the fake's runner. */
  run?: ExcelRun;
  /** Office.context.requirements.isSetSupported by default. */
  supports?: (set: string, version: string) => boolean;
  /** Delay after the last input change before calling back (ms). */
  debounceMs?: number;
  /** Payload aim per sync (tests). */
  syncBudgetBytes?: number;
}

/** Delay after the last user edit before a recompute. */
export const INPUT_DEBOUNCE_MS = 1000;
/** First guess of the payload of one read cell; corrected after every read sync. */
const READ_BYTES_PER_CELL_GUESS = 24;
/** The column that identifies a citizen's row in the input tables. */
const ID_HEADER = 'Borger-ID';

const DATE_FORMAT = 'dd-mm-yyyy';
const MONTH_FORMAT = 'mm-yyyy';
const TEXT_FORMAT = '@';
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

/** Id and text columns are formatted as text so Excel keeps "0012" and "2025-01" as typed. */
function isTextColumn(def: ColumnDef): boolean {
  return def.type === 'id' || def.type === 'text' || def.type === 'cvr';
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly supports: (set: string, version: string) => boolean;
  private readonly debounceMs: number;
  private readonly budget: number;
  /** Borger-IDs per table as last read: what a preview built on that read expects each row to hold. */
  private readonly seenIds = new Map<string, (CellValue | undefined)[]>();
  /** Set when an input table changed after the last read started (see onInputChanged). */
  private dirty = false;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.supports =
      options.supports ??
      ((set, version) =>
        typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version)));
    this.debounceMs = options.debounceMs ?? INPUT_DEBOUNCE_MS;
    this.budget = options.syncBudgetBytes ?? SYNC_BUDGET_BYTES;
  }

  private planner(context: Excel.RequestContext): SyncPlanner {
    return new SyncPlanner(context, this.budget);
  }

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    // What is read from here on reflects every change made before now.
    this.dirty = false;
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
          return { name, header, body, rows: [] as CellValue[][] };
        });
      await context.sync();

      // Blocks sized by the bytes a cell has cost so far; the planner syncs before ~2 MB.
      const planner = this.planner(context);
      let perCell = READ_BYTES_PER_CELL_GUESS;
      let seenCells = 0;
      let seenBytes = 0;
      // Each queued block keeps its own range; its done() reads it after the sync.
      const blocks = new Map<string, Excel.Range>();
      for (const t of found) {
        const cols = Math.max(1, t.body.columnCount);
        const total = t.body.rowCount;
        let start = 0;
        while (start < total) {
          const count = Math.max(
            1,
            Math.min(total - start, Math.floor((planner.budgetBytes * 0.8) / (cols * perCell))),
          );
          await planner.add(
            rowBlockPiece(
              start,
              count,
              (_s, n) => CALL_BYTES + n * cols * perCell,
              (s, n) => {
                blocks.set(
                  `${t.name}|${s}`,
                  t.body
                    .getCell(s, 0)
                    .getResizedRange(n - 1, cols - 1)
                    .load('values'),
                );
              },
              (s, n) => {
                const values = blocks.get(`${t.name}|${s}`)!.values;
                for (let i = 0; i < n; i++) t.rows[s + i] = values[i].map(fromExcel);
                seenCells += n * cols;
                seenBytes += blockBytes(values);
                perCell = Math.max(4, Math.ceil((seenBytes / seenCells) * 1.25));
              },
            ),
          );
          start += count;
        }
      }
      await planner.flush();

      const out: Record<string, RawTable | null> = {};
      for (const name of names) out[name] = null;
      for (const { name, header, rows } of found) {
        const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
        // A new Excel table has one empty body row; trailing blank rows are not data.
        while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
        out[name] = { name, headers, rows };
        const idCol = columnIndexOf(headers, ID_HEADER);
        if (idCol >= 0)
          this.seenIds.set(
            normalizeKey(name),
            rows.map((r) => r[idCol]),
          );
      }
      return out;
    });
  }

  async writeOutputSheets(sheets: readonly SheetModel[]): Promise<void> {
    // The shared rule (workbook/ownSheets.ts): names first, then (below) output-named sheets holding a table.
    for (const s of sheets) assertOwnSheet(s.name);
    const api19 = this.supports('ExcelApi', '1.9');
    await this.run(async (context) => {
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
      const planner = this.planner(context);
      const targets: Excel.Worksheet[] = [];
      for (let i = 0; i < sheets.length; i++) {
        const s = sheets[i];
        const exists = !existing[i].isNullObject;
        const chartItems = exists ? charts[present.indexOf(existing[i])].items : [];
        await planner.add({
          bytes: CALL_BYTES * (6 + chartItems.length),
          queue: () => {
            if (!exists) {
              targets[i] = sheetsApi.add(s.name);
              return;
            }
            const ws = sheetsApi.getItem(s.name);
            const all = ws.getRange();
            all.conditionalFormats.clearAll();
            all.clear();
            ws.freezePanes.unfreeze();
            if (api19) ws.horizontalPageBreaks.removePageBreaks();
            for (const chart of chartItems) chart.delete();
            targets[i] = ws;
          },
        });
      }

      for (let i = 0; i < sheets.length; i++) await this.queueValues(planner, () => targets[i], sheets[i]);
      for (let i = 0; i < sheets.length; i++) await this.queueLayout(planner, () => targets[i], sheets[i], api19);
      await planner.flush();
    });
  }

  /** Values of one sheet in row blocks sized by their bytes; null cells written as ''. */
  private async queueValues(planner: SyncPlanner, ws: () => Excel.Worksheet, model: SheetModel): Promise<void> {
    const width = model.values.reduce((m, r) => Math.max(m, r.length), 0);
    if (width === 0) return;
    const rowBytes = model.values.map((r) => {
      let n = 2 + (width - r.length) * 3;
      for (const v of r) n += cellBytes(v) + (typeof v === 'string' ? 1 : 0);
      return n;
    });
    const bytesOf = (s: number, n: number) => {
      let b = CALL_BYTES;
      for (let i = s; i < s + n; i++) b += rowBytes[i];
      return b;
    };
    const queue = (s: number, n: number) => {
      const block = model.values.slice(s, s + n).map((r) => {
        const row = r.map((v) => toExcelCell(v, ''));
        while (row.length < width) row.push('');
        return row;
      });
      ws().getRangeByIndexes(s, 0, n, width).values = block;
    };
    let start = 0;
    while (start < model.values.length) {
      // Grow a block row by row up to about half a sync, so one block never dominates.
      let n = 0;
      let bytes = CALL_BYTES;
      while (start + n < model.values.length && (n === 0 || bytes + rowBytes[start + n] <= planner.budgetBytes / 2))
        bytes += rowBytes[start + n++];
      await planner.add(rowBlockPiece(start, n, bytesOf, queue));
      start += n;
    }
  }

  /** Formats (merged by style), number formats, widths, conditional fills, freeze, charts, print. */
  private async queueLayout(
    planner: SyncPlanner,
    wsOf: () => Excel.Worksheet,
    model: SheetModel,
    api19: boolean,
  ): Promise<void> {
    const rect = (ws: Excel.Worksheet, r: { row: number; col: number; rows?: number; cols?: number }) =>
      ws.getRangeByIndexes(r.row, r.col, r.rows ?? 1, r.cols ?? 1);
    const formats = model.formats ?? [];
    // Number formats: one array per rectangle (RangeAreas has no numberFormat), sized by its cells.
    for (const f of formats) {
      if (!f.numberFormat) continue;
      const rows = f.rows ?? 1;
      const cols = f.cols ?? 1;
      const fmt = f.numberFormat;
      await planner.add(
        rowBlockPiece(
          0,
          rows,
          (_s, n) => CALL_BYTES + n * cols * (fmt.length + 3),
          (s, n) => {
            rect(wsOf(), { row: f.row + s, col: f.col, rows: n, cols }).numberFormat = filled(n, cols, fmt);
          },
        ),
      );
    }
    // Other formats: rectangles with the same style share one multi-area range (1.9) per address list.
    for (const group of groupByStyle(formats)) {
      const calls = Object.keys(group.style).length;
      if (api19) {
        for (const address of group.addresses) {
          await planner.add({
            bytes: CALL_BYTES * (calls + 1) + address.length,
            queue: () => applyStyle(wsOf().getRanges(address).format, group.style),
          });
        }
      } else {
        for (const r of group.rects) {
          await planner.add({
            bytes: CALL_BYTES * (calls + 1),
            queue: () => applyStyle(rect(wsOf(), r).format, group.style),
          });
        }
      }
    }
    const widths = model.columnWidths ?? [];
    if (widths.length > 0) {
      await planner.add({
        bytes: CALL_BYTES * widths.length,
        queue: () =>
          widths.forEach((w, i) => {
            // Model widths are in characters (as in .xlsx); Office.js wants points (about 7 px per character).
            wsOf().getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round((w * 7 + 5) * 0.75);
          }),
      });
    }
    for (const c of model.conditionalFills ?? []) {
      await planner.add({
        bytes: CALL_BYTES * 4 + c.equals.length,
        queue: () => {
          const cf = rect(wsOf(), c).conditionalFormats.add('CellValue');
          cf.cellValue.format.fill.color = c.fill;
          if (c.fontColor) cf.cellValue.format.font.color = c.fontColor;
          cf.cellValue.rule = { formula1: textEqualsFormula(c.equals), operator: 'EqualTo' };
        },
      });
    }
    const freeze = model.freeze;
    if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
      await planner.add({
        bytes: CALL_BYTES * 2,
        queue: () => {
          const ws = wsOf();
          if (freeze.rows > 0 && freeze.columns > 0)
            ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
          else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
          else ws.freezePanes.freezeColumns(freeze.columns);
        },
      });
    }
    for (const chart of model.charts ?? []) {
      await planner.add({ bytes: CALL_BYTES * 6 + chart.title.length, queue: () => addChart(wsOf(), chart) });
    }
    const p = model.print;
    // Worksheet.pageLayout and horizontalPageBreaks are ExcelApi 1.9: on Excel 2019 (1.8) the sheet is
    // written without print setup rather than not at all.
    if (p && api19) {
      await planner.add({
        bytes: CALL_BYTES * 4,
        queue: () => {
          const ws = wsOf();
          if (p.landscape !== undefined) ws.pageLayout.orientation = p.landscape ? 'Landscape' : 'Portrait';
          // Fit to one page wide: horizontalFitToPages alone is ignored (office-js #1860); the zoom
          // object is replaced whole, so both parts go together, 0 = as many pages tall as needed.
          // https://github.com/OfficeDev/office-js/issues/1860
          // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
          if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (p.titleRows) ws.pageLayout.setPrintTitleRows(`$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`);
        },
      });
      for (const r of p.rowBreaksBefore ?? []) {
        if (r > 0 && api19)
          await planner.add({ bytes: CALL_BYTES, queue: () => void wsOf().horizontalPageBreaks.add(`A${r + 1}`) });
      }
    }
    if (model.tabColor) {
      const color = model.tabColor;
      await planner.add({ bytes: CALL_BYTES, queue: () => void (wsOf().tabColor = color) });
    }
  }

  async appendRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    if (rows.length === 0) return;
    await this.run(async (context) => {
      const t = await requireTable(context, table);
      const header = t.getHeaderRowRange().load('values');
      const whole = t.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
      const body = t.getDataBodyRange().load('rowCount');
      const ws = t.worksheet;
      const used = ws.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,rowCount');
      await context.sync();
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
      const values = rows.map((record) => {
        const row: (string | number | boolean)[] = headers.map(() => '');
        for (const [key, value] of Object.entries(record)) {
          const at = columnIndexOf(headers, key);
          if (at < 0) throw new Error(`Tabellen "${table}" har ingen kolonne "${key}"`);
          row[at] = toExcelCell(value, '');
        }
        return row;
      });
      // Adding rows shifts every cell below the table (in its columns) down, or fails with
      // InsertDeleteConflict when that would cut through another table. Refuse if anything is there.
      const bottom = whole.rowIndex + whole.rowCount; // first row below the table
      const lastUsed = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
      if (lastUsed >= bottom) {
        const below = ws
          .getRangeByIndexes(bottom, whole.columnIndex, lastUsed - bottom + 1, whole.columnCount)
          .getUsedRangeOrNullObject(true);
        below.load('isNullObject');
        await context.sync();
        if (!below.isNullObject) {
          throw new Error(
            `Der står noget under tabellen "${table}" (fra række ${bottom + 1}), som nye rækker ville skubbe ned. ` +
              'Flyt det væk fra tabellens kolonner, og prøv igen.',
          );
        }
      }
      // A table without rows shows one empty body row; the first added row takes its place.
      void body;
      const planner = this.planner(context);
      let start = 0;
      while (start < values.length) {
        let n = 0;
        let bytes = CALL_BYTES;
        while (
          start + n < values.length &&
          (n === 0 || bytes + blockBytes([values[start + n]]) <= planner.budgetBytes / 2)
        )
          bytes += blockBytes([values[start + n++]]);
        await planner.add(
          rowBlockPiece(
            start,
            n,
            (s, k) => CALL_BYTES + blockBytes(values.slice(s, s + k)),
            (s, k) => t.rows.add(undefined, values.slice(s, s + k)),
          ),
        );
        start += n;
      }
      await planner.flush();
    });
  }

  async updateCells(table: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.run(async (context) => {
      const t = await requireTable(context, table);
      const header = t.getHeaderRowRange().load('values');
      const body = t.getDataBodyRange().load('rowCount');
      await context.sync();
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ''));
      // Check every update before writing any, so a bad one leaves the table as it was.
      const byRow = new Map<number, Map<number, CellValue>>();
      for (const u of updates) {
        if (!Number.isInteger(u.row) || u.row < 1 || u.row > body.rowCount)
          throw new Error(`Tabellen "${table}" har ingen række ${u.row}`);
        const col = columnIndexOf(headers, u.column);
        if (col < 0) throw new Error(`Tabellen "${table}" har ingen kolonne "${u.column}"`);
        if (!byRow.has(u.row)) byRow.set(u.row, new Map());
        byRow.get(u.row)!.set(col, u.value);
      }
      const rows = [...byRow.keys()].sort((a, b) => a - b);

      // The row numbers come from an earlier read (the preview). A sort or a co-author's insert since
      // then would put another citizen in that row: re-read the Borger-IDs now and refuse if they moved.
      const idCol = columnIndexOf(headers, ID_HEADER);
      const expected = this.seenIds.get(normalizeKey(table));
      if (idCol >= 0 && expected) {
        const planner = this.planner(context);
        const ids = new Map<number, unknown>();
        const idRanges = new Map<number, Excel.Range>();
        const first = rows[0];
        const span = rows[rows.length - 1] - first + 1;
        await planner.add(
          rowBlockPiece(
            0,
            span,
            (_s, n) => CALL_BYTES + n * 24,
            (s, n) => {
              const r = body
                .getCell(first - 1 + s, idCol)
                .getResizedRange(n - 1, 0)
                .load('values');
              idRanges.set(s, r);
            },
            (s, n) => {
              const v = idRanges.get(s)!.values;
              for (let i = 0; i < n; i++) ids.set(first + s + i, v[i][0]);
            },
          ),
        );
        await planner.flush();
        for (const row of rows) {
          const was = expected[row - 1];
          const now = fromExcel(ids.get(row));
          if (was !== undefined && String(was ?? '') !== String(now ?? '')) {
            throw new Error(
              `Tabellen "${table}" er ændret siden forhåndsvisningen: række ${row} indeholdt ${String(was ?? '(tom)')}, ` +
                `nu ${String(now ?? '(tom)')} (sorteret eller rækker indsat?). Intet er skrevet; læs tabellen igen, og prøv igen.`,
            );
          }
        }
      }

      // One range per row, from its first to its last changed cell; null leaves the others untouched
      // ("Blank and null values in Excel add-ins": null in a 2-D array keeps that cell as it is).
      // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values
      const planner = this.planner(context);
      const lines = rows.map((row) => {
        const cells = byRow.get(row)!;
        const cols = [...cells.keys()];
        const from = Math.min(...cols);
        const to = Math.max(...cols);
        const values = Array.from({ length: to - from + 1 }, (_, j) =>
          cells.has(from + j) ? toExcelCell(cells.get(from + j)!, '') : null,
        );
        return { row, from, values };
      });
      let start = 0;
      while (start < lines.length) {
        const n = Math.min(lines.length - start, 500);
        await planner.add(
          rowBlockPiece(
            start,
            n,
            (s, k) => lines.slice(s, s + k).reduce((b, l) => b + CALL_BYTES + blockBytes([l.values]), 0),
            (s, k) => {
              for (const l of lines.slice(s, s + k))
                body.getCell(l.row - 1, l.from).getResizedRange(0, l.values.length - 1).values = [l.values];
            },
          ),
        );
        start += n;
      }
      await planner.flush();
    });
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
    await this.run(async (context) => {
      const lookups = contract.map((def) => {
        const table = context.workbook.tables.getItemOrNullObject(def.name);
        table.load('isNullObject');
        const sheet = context.workbook.worksheets.getItemOrNullObject(def.sheet);
        sheet.load('isNullObject');
        return { def, table, sheet };
      });
      await context.sync();

      const info = lookups.map((l) => {
        if (l.table.isNullObject) {
          return {
            header: null,
            body: null,
            whole: null,
            used: l.sheet.isNullObject
              ? null
              : l.sheet.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,rowCount,columnIndex,columnCount'),
          };
        }
        return {
          header: l.table.getHeaderRowRange().load('values'),
          body: l.table.getDataBodyRange().load('rowCount'),
          whole: l.table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
          used: l.table.worksheet
            .getUsedRangeOrNullObject(true)
            .load('isNullObject,rowIndex,rowCount,columnIndex,columnCount'),
        };
      });
      await context.sync();

      // Columns are appended at the table's right end, which shifts the cells right of the table (in
      // its rows); refuse before changing anything if a user has something there.
      const rightChecks = lookups.map((l, i) => {
        const { whole, used } = info[i];
        if (!whole || !used || used.isNullObject) return null;
        const right = whole.columnIndex + whole.columnCount;
        const lastCol = used.columnIndex + used.columnCount - 1;
        if (lastCol < right) return null;
        return l.table.worksheet
          .getRangeByIndexes(whole.rowIndex, right, whole.rowCount, lastCol - right + 1)
          .getUsedRangeOrNullObject(true)
          .load('isNullObject');
      });
      if (rightChecks.some(Boolean)) await context.sync();

      const work: (() => void)[] = [];
      lookups.forEach(({ def, table, sheet }, i) => {
        const { header, body, used } = info[i];
        if (header && body) {
          const have = (header.values[0] ?? []).map((h) => String(h ?? ''));
          const missing = def.columns.filter((c) => columnIndexOf(have, c.header) < 0);
          if (missing.length === 0) {
            result.unchanged.push(def.name);
            return;
          }
          const check = rightChecks[i];
          if (check && !check.isNullObject) {
            throw new Error(
              `Der står noget til højre for tabellen "${def.name}", som nye kolonner ville skubbe. ` +
                'Flyt det væk fra tabellens rækker, og prøv igen.',
            );
          }
          const rows = Math.max(1, body.rowCount);
          work.push(() => {
            for (const col of missing)
              this.formatColumn(table.columns.add(undefined, undefined, col.header), col, rows);
          });
          result.upgraded[def.name] = missing.map((c) => c.header);
          return;
        }
        work.push(() => {
          const ws = sheet.isNullObject ? context.workbook.worksheets.add(def.sheet) : sheet;
          // On a sheet that already holds something, place the table to the right of it, never over it.
          const firstCol = used && !used.isNullObject ? used.columnIndex + used.columnCount + 1 : 0;
          const headers = def.columns.map((c) => c.header);
          const headerRange = ws.getRangeByIndexes(0, firstCol, 1, headers.length);
          headerRange.values = [headers.map(asExcelText)];
          const created = ws.tables.add(headerRange, true);
          created.name = def.name;
          // A new table has one (empty) body row.
          for (const col of def.columns) this.formatColumn(created.columns.getItem(col.header), col, 1);
          if (firstCol === 0) ws.freezePanes.freezeRows(1);
        });
        result.created.push(def.name);
      });
      for (const w of work) w();
      await context.sync();
    });
    return result;
  }

  /**
   * Calls back (debounced) after an input table changed: one workbook.tables.onChanged registration,
   * events kept when their table id is an input table's (tables created later included), Local and
   * Remote alike. A dirty flag, not a time window: any change marks the data dirty, a read clears the
   * flag when it starts, and the callback fires only while the flag is still set. Fremdrift's own
   * writes to input tables come back as Local events too; they cost one extra read, never a lost edit.
   */
  onInputChanged(callback: () => void): () => void {
    return watchInputTables({
      run: this.run,
      inputNames: INPUT_TABLES.map((t) => t.name),
      debounceMs: this.debounceMs,
      markDirty: () => {
        this.dirty = true;
      },
      isDirty: () => this.dirty,
      callback,
    });
  }

  /** Drop-down list for list columns, text format for id and text columns, Danish date formats. */
  private formatColumn(column: Excel.TableColumn, def: ColumnDef, bodyRows: number): void {
    const body = column.getDataBodyRange();
    if ((def.type === 'list' || def.type === 'yesno') && def.values && def.values.length > 0) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: def.values.join(',') } };
    }
    // Office.js wants one format per cell of the column body.
    if (def.type === 'date') body.numberFormat = filled(bodyRows, 1, DATE_FORMAT);
    if (def.type === 'month') body.numberFormat = filled(bodyRows, 1, MONTH_FORMAT);
    if (isTextColumn(def)) body.numberFormat = filled(bodyRows, 1, TEXT_FORMAT);
  }
}

function applyStyle(format: Excel.RangeFormat, f: Style): void {
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontColor) format.font.color = f.fontColor;
  if (f.fontSize) format.font.size = f.fontSize;
  if (f.fill) format.fill.color = f.fill;
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.hAlign) format.horizontalAlignment = f.hAlign === 'left' ? 'Left' : f.hAlign === 'center' ? 'Center' : 'Right';
  if (f.borderBottom) format.borders.getItem('EdgeBottom').style = 'Continuous';
}

function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const data = ws.getRangeByIndexes(spec.data.row, spec.data.col, spec.data.rows ?? 1, spec.data.cols ?? 1);
  const chart = ws.charts.add(spec.type === 'line' ? 'Line' : 'ColumnClustered', data, 'Columns');
  chart.title.text = spec.title;
  const cols = Math.max(1, Math.ceil((spec.widthPx ?? 480) / CELL_WIDTH_PX));
  const rows = Math.max(1, Math.ceil((spec.heightPx ?? 288) / CELL_HEIGHT_PX));
  chart.setPosition(
    ws.getRangeByIndexes(spec.anchor.row, spec.anchor.col, 1, 1),
    ws.getRangeByIndexes(spec.anchor.row + rows - 1, spec.anchor.col + cols - 1, 1, 1),
  );
  // The same look as the .xlsx adapter's charts (the sheet model says it once): series colours, dashed goal
  // and plan lines, no markers where asked, the value axis in percent. ChartSeries.format, lineStyle and
  // markerStyle are ExcelApi 1.7, ChartAxis.numberFormat 1.8 (the manifest's minimum):
  // https://learn.microsoft.com/javascript/api/excel/excel.chartseries
  spec.series?.forEach((style, i) => {
    const series = chart.series.getItemAt(i);
    if (spec.type === 'line') {
      series.format.line.color = style.color;
      if (style.dashed) series.format.line.lineStyle = 'Dash';
      if (style.markers === false) series.markerStyle = 'None';
    } else series.format.fill.setSolidColor(style.color);
  });
  if (spec.valueFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
}

/** The named table, loaded; a clear Danish error when the workbook lacks it. */
async function requireTable(context: Excel.RequestContext, table: string): Promise<Excel.Table> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  t.load('isNullObject');
  await context.sync();
  if (t.isNullObject) throw new Error(`Projektmappen mangler tabellen "${table}"`);
  return t;
}

export type { RangeFormat };
