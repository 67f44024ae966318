// Fremdrift's input tables inside Excel, changed only by explicit user actions: rows appended (refused if
// anything below the table would be pushed down), single cells updated one row per range with null for
// unchanged cells (after re-reading the rows' Borger-ID in the same Excel.run, so a sort since the
// preview never writes into another citizen's row), missing tables created and missing columns appended
// (refused if anything right of the table would be pushed). Each call is one Excel.run's context.
import { normalizeKey } from '../workbook/cells';
import type { ColumnDef, TableDef } from '../workbook/contract';
import type { CellUpdate, CellValue, SetupResult } from '../workbook/port';
import { asExcelText, toExcelCell } from './excelText';
import { columnIndexOf, filled, fromExcel, headerTexts, ID_HEADER, loadTable } from './officeCells';
import { blockBytes, CALL_BYTES, rowBlockPiece, SyncPlanner } from './payload';
import type { SeenIds } from './read';
import { fremdriftError } from '../text/errors';
import { maxOf, minOf } from '../domain/collections';

const DATE_FORMAT = 'dd-mm-yyyy';
const MONTH_FORMAT = 'mm-yyyy';
const TEXT_FORMAT = '@';

/** Id and text columns are formatted as text so Excel keeps "0012" and "2025-01" as typed. */
function isTextColumn(def: ColumnDef): boolean {
  return def.type === 'id' || def.type === 'text' || def.type === 'cvr';
}

export async function appendRows(
  context: Excel.RequestContext,
  table: string,
  rows: readonly Record<string, CellValue>[],
  budget: number,
): Promise<void> {
  const {
    table: t,
    loaded: { header, whole, used, ws },
  } = await loadTable(context, table, (x) => ({
    header: x.getHeaderRowRange().load('values'),
    whole: x.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
    used: x.worksheet.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,rowCount'),
    ws: x.worksheet,
  }));
  const headers = headerTexts(header);
  const values = rows.map((record) => {
    const row: (string | number | boolean)[] = headers.map(() => '');
    for (const [key, value] of Object.entries(record)) {
      const at = columnIndexOf(headers, key);
      if (at < 0) throw fremdriftError('table.noColumn', { table, column: key });
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
      throw fremdriftError('table.contentBelow', { table, row: bottom + 1 });
    }
  }
  // A table without rows shows one empty body row; Excel's rows.add puts the first added row in its place.
  const planner = new SyncPlanner(context, budget);
  let start = 0;
  while (start < values.length) {
    let n = 0;
    let bytes = CALL_BYTES;
    while (start + n < values.length && (n === 0 || bytes + blockBytes([values[start + n]]) <= planner.budgetBytes / 2))
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
}

/** Checks every update, then writes them; `seenIds` is what the last read found in each row. */
export async function updateCells(
  context: Excel.RequestContext,
  table: string,
  updates: readonly CellUpdate[],
  budget: number,
  seenIds: SeenIds,
): Promise<void> {
  const {
    loaded: { header, body },
  } = await loadTable(context, table, (x) => ({
    header: x.getHeaderRowRange().load('values'),
    body: x.getDataBodyRange().load('rowCount'),
  }));
  const headers = headerTexts(header);
  // Check every update before writing any, so a bad one leaves the table as it was.
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const u of updates) {
    if (!Number.isInteger(u.row) || u.row < 1 || u.row > body.rowCount)
      throw fremdriftError('table.noRow', { table, row: u.row });
    const col = columnIndexOf(headers, u.column);
    if (col < 0) throw fremdriftError('table.noColumn', { table, column: u.column });
    if (!byRow.has(u.row)) byRow.set(u.row, new Map());
    byRow.get(u.row)!.set(col, u.value);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);

  // The row numbers come from an earlier read (the preview). A sort or a co-author's insert since
  // then would put another citizen in that row: re-read the Borger-IDs now and refuse if they moved.
  const idCol = columnIndexOf(headers, ID_HEADER);
  const expected = seenIds.get(normalizeKey(table));
  if (idCol >= 0 && expected) await refuseMovedRows(context, body, table, idCol, rows, expected, budget);
  await writeRowLines(context, body, byRow, rows, budget);
}

/** Re-reads the Borger-IDs of the rows to update and refuses if any row now holds another citizen. */
async function refuseMovedRows(
  context: Excel.RequestContext,
  body: Excel.Range,
  table: string,
  idCol: number,
  rows: readonly number[],
  expected: readonly (CellValue | undefined)[],
  budget: number,
): Promise<void> {
  const planner = new SyncPlanner(context, budget);
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
      throw fremdriftError('table.rowMoved', {
        table,
        row,
        was: was === null ? null : String(was),
        now: now === null ? null : String(now),
      });
    }
  }
}

/** One range per changed row, from its first to its last changed cell. */
async function writeRowLines(
  context: Excel.RequestContext,
  body: Excel.Range,
  byRow: Map<number, Map<number, CellValue>>,
  rows: readonly number[],
  budget: number,
): Promise<void> {
  // One range per row, from its first to its last changed cell; null leaves the others untouched
  // ("Blank and null values in Excel add-ins": null in a 2-D array keeps that cell as it is).
  // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  const planner = new SyncPlanner(context, budget);
  const lines = rows.map((row) => {
    const cells = byRow.get(row)!;
    const from = minOf(cells.keys());
    const to = maxOf(cells.keys());
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
}

interface SetupLookup {
  def: TableDef;
  table: Excel.Table;
  sheet: Excel.Worksheet;
}

interface TableSpan {
  header: Excel.Range | null;
  body: Excel.Range | null;
  whole: Excel.Range | null;
  used: Excel.Range | null;
}

/** Creates missing tables and appends missing columns; refuses before changing anything. */
export async function ensureInputTables(
  context: Excel.RequestContext,
  contract: readonly TableDef[],
): Promise<SetupResult> {
  const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
  const lookups = contract.map((def): SetupLookup => {
    const table = context.workbook.tables.getItemOrNullObject(def.name);
    table.load('isNullObject');
    const sheet = context.workbook.worksheets.getItemOrNullObject(def.sheet);
    sheet.load('isNullObject');
    return { def, table, sheet };
  });
  await context.sync();
  const info = await loadSpans(context, lookups);
  const rightChecks = await checkRightOfTables(context, lookups, info);

  const work: (() => void)[] = [];
  lookups.forEach(({ def, table, sheet }, i) => {
    const { header, body, used } = info[i];
    if (header && body) {
      const have = headerTexts(header);
      const missing = def.columns.filter((c) => columnIndexOf(have, c.header) < 0);
      if (missing.length === 0) {
        result.unchanged.push(def.name);
        return;
      }
      const check = rightChecks[i];
      if (check && !check.isNullObject) {
        throw fremdriftError('table.contentRight', { table: def.name });
      }
      const rows = Math.max(1, body.rowCount);
      work.push(() => {
        for (const col of missing) formatColumn(table.columns.add(undefined, undefined, col.header), col, rows);
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
      for (const col of def.columns) formatColumn(created.columns.getItem(col.header), col, 1);
      if (firstCol === 0) ws.freezePanes.freezeRows(1);
    });
    result.created.push(def.name);
  });
  for (const w of work) w();
  await context.sync();
  return result;
}

/** Each table's header, body, whole range and its sheet's used range; for a missing table, its sheet's. */
async function loadSpans(context: Excel.RequestContext, lookups: readonly SetupLookup[]): Promise<TableSpan[]> {
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
  return info;
}

/**
 * Columns are appended at the table's right end, which shifts the cells right of the table (in its rows):
 * for each existing table, the used range right of it (null when nothing can be there).
 */
async function checkRightOfTables(
  context: Excel.RequestContext,
  lookups: readonly SetupLookup[],
  info: readonly TableSpan[],
): Promise<(Excel.Range | null)[]> {
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
  return rightChecks;
}

/** Drop-down list for list columns, text format for id and text columns, Danish date formats. */
function formatColumn(column: Excel.TableColumn, def: ColumnDef, bodyRows: number): void {
  const body = column.getDataBodyRange();
  if ((def.type === 'list' || def.type === 'yesno') && def.values && def.values.length > 0) {
    body.dataValidation.rule = { list: { inCellDropDown: true, source: def.values.join(',') } };
  }
  // Office.js wants one format per cell of the column body.
  if (def.type === 'date') body.numberFormat = filled(bodyRows, 1, DATE_FORMAT);
  if (def.type === 'month') body.numberFormat = filled(bodyRows, 1, MONTH_FORMAT);
  if (isTextColumn(def)) body.numberFormat = filled(bodyRows, 1, TEXT_FORMAT);
}
