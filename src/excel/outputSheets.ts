// Fremdrift's own output sheets inside Excel: an existing one (only if it carries Fremdrift's mark, the
// sheet-scoped name SHEET_MARK that a sheet gets when Fremdrift creates it: worksheet.names, ExcelApi 1.4,
// below the manifest's 1.8) is cleared, not deleted (formulas on the
// user's sheets that point into it keep working), then values go in row blocks sized by their bytes and
// the layout (formats merged by style, widths, conditional fills, freeze, charts, print, tab colour) in
// pieces the SyncPlanner batches under Excel on the web's payload limit. Print setup and multi-area
// formats are ExcelApi 1.9; on 1.8 print setup is skipped and formats go one rectangle at a time.
import { assertOwnSheet, SHEET_MARK } from '../workbook/ownSheets';
import type { CellRange, ChartSpec, SheetModel } from '../workbook/port';
import { toExcelCell } from './excelText';
import { groupByStyle, type Style } from './formatAreas';
import { filled } from './officeCells';
import { CALL_BYTES, cellBytes, rowBlockPiece, SyncPlanner } from './payload';

/** Approximate size of a default cell, to place charts by cell anchor. */
const CELL_WIDTH_PX = 64;
const CELL_HEIGHT_PX = 20;

type SheetOf = () => Excel.Worksheet;

/** A formula1 for "cell equals this text", with quotes doubled as Excel requires. */
function textEqualsFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function rect(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows ?? 1, r.cols ?? 1);
}

/**
 * Writes the sheets in one Excel.run's context. The caller has checked the names (assertOwnSheet); an
 * output-named sheet that holds a table is refused here, before anything is changed.
 */
export async function writeOutputSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetModel[],
  budget: number,
  api19: boolean,
): Promise<void> {
  const sheetsApi = context.workbook.worksheets;
  const existing = sheets.map((s) => {
    const ws = sheetsApi.getItemOrNullObject(s.name);
    ws.load('isNullObject');
    return ws;
  });
  await context.sync();

  // An output-named sheet without the mark, or holding a table, is a user's sheet: refuse before changing anything.
  const present = existing.filter((ws) => !ws.isNullObject);
  const counts = present.map((ws) => ws.tables.load('count'));
  const charts = present.map((ws) => ws.charts.load('items'));
  const marks = present.map((ws) => ws.names.getItemOrNullObject(SHEET_MARK).load('isNullObject'));
  present.forEach((ws) => ws.load('name'));
  if (present.length > 0) await context.sync();
  counts.forEach((tables, i) =>
    assertOwnSheet(sheets[existing.indexOf(present[i])].name, {
      name: present[i].name,
      marked: !marks[i].isNullObject,
      holdsTable: tables.count > 0,
    }),
  );

  // Existing output sheets are cleared, not deleted, so formulas on the user's own sheets that point
  // into them keep working (a deleted sheet would turn them into #REF!).
  const planner = new SyncPlanner(context, budget);
  const targets: Excel.Worksheet[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const exists = !existing[i].isNullObject;
    const chartItems = exists ? charts[present.indexOf(existing[i])].items : [];
    await planner.add({
      bytes: CALL_BYTES * (6 + chartItems.length),
      queue: () => {
        if (!exists) {
          const ws = sheetsApi.add(s.name);
          // The mark that makes it Fremdrift's: hidden from the Name Manager, it moves with the sheet.
          ws.names.add(SHEET_MARK, ws.getRange('A1')).visible = false;
          targets[i] = ws;
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

  for (let i = 0; i < sheets.length; i++) await queueValues(planner, () => targets[i], sheets[i]);
  for (let i = 0; i < sheets.length; i++) await queueLayout(planner, () => targets[i], sheets[i], api19);
  await planner.flush();
}

/** Values of one sheet in row blocks sized by their bytes; null cells written as ''. */
async function queueValues(planner: SyncPlanner, ws: () => Excel.Worksheet, model: SheetModel): Promise<void> {
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
async function queueLayout(planner: SyncPlanner, wsOf: SheetOf, model: SheetModel, api19: boolean): Promise<void> {
  await queueNumberFormats(planner, wsOf, model);
  await queueStyles(planner, wsOf, model, api19);
  await queueSheetLook(planner, wsOf, model);
  await queueChartsAndPrint(planner, wsOf, model, api19);
}

/** Number formats: one array per rectangle (RangeAreas has no numberFormat), sized by its cells. */
async function queueNumberFormats(planner: SyncPlanner, wsOf: SheetOf, model: SheetModel): Promise<void> {
  for (const f of model.formats ?? []) {
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
}

/** Other formats: rectangles with the same style share one multi-area range (1.9) per address list. */
async function queueStyles(planner: SyncPlanner, wsOf: SheetOf, model: SheetModel, api19: boolean): Promise<void> {
  for (const group of groupByStyle(model.formats ?? [])) {
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
}

/** Column widths, conditional fills and frozen panes. */
async function queueSheetLook(planner: SyncPlanner, wsOf: SheetOf, model: SheetModel): Promise<void> {
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
}

/** Charts, print setup (ExcelApi 1.9 only) and the tab colour. */
async function queueChartsAndPrint(planner: SyncPlanner, wsOf: SheetOf, model: SheetModel, api19: boolean) {
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
