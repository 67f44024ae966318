// Renders a SheetModel to a worksheet part's XML: values (strings inline, never formulas), formats as
// cell styles appended to the workbook's styles.xml, conditional fills, column widths, freeze panes,
// print setup and tab colour. Charts are drawn separately (drawingXml.ts) and linked by the caller.
import type { CellRange, CellValue, SheetModel } from '../workbook/port';
import { columnLetter } from './address';
import { cellXml } from './sheetEditor';
import type { CellLook, StyleSheet } from './styles';
import { escapeXml } from './xml';
import { maxOf } from '../domain/collections';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function rangeRef(r: CellRange): string {
  const top = r.row + 1;
  const left = r.col + 1;
  const bottom = top + (r.rows ?? 1) - 1;
  const right = left + (r.cols ?? 1) - 1;
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

export interface RenderedSheet {
  xml: string;
  /** `'Sheet'!$1:$3` when the model repeats title rows on each printed page. */
  printTitles?: string;
}

/** `drawingRelId` links a drawing part (charts) the caller has added to the sheet's relationships. */
export function renderSheetXml(model: SheetModel, styles: StyleSheet, drawingRelId?: string): RenderedSheet {
  const { rowsXml, rowCount, maxCol } = sheetRows(model, styles, cellLooks(model));

  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`];
  const p = model.print;
  const sheetPr = `${model.tabColor ? `<tabColor rgb="FF${model.tabColor.replace('#', '').toUpperCase()}"/>` : ''}${p?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
  if (sheetPr) parts.push(`<sheetPr>${sheetPr}</sheetPr>`);
  parts.push(`<dimension ref="${maxCol > 0 ? `A1:${columnLetter(maxCol)}${Math.max(rowCount, 1)}` : 'A1'}"/>`);
  const fz = model.freeze;
  if (fz && (fz.rows > 0 || fz.columns > 0)) {
    const pane = fz.rows > 0 && fz.columns > 0 ? 'bottomRight' : fz.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${columnLetter(fz.columns + 1)}${fz.rows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${fz.columns > 0 ? ` xSplit="${fz.columns}"` : ''}${fz.rows > 0 ? ` ySplit="${fz.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = model.columnWidths ?? [];
  if (widths.length > 0) {
    parts.push(
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    );
  }
  parts.push(rowsXml.length > 0 ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>');
  let priority = 1;
  for (const cf of model.conditionalFills ?? []) {
    const dxf = styles.dxf(cf.fill, cf.fontColor);
    parts.push(
      `<conditionalFormatting sqref="${rangeRef(cf)}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="equal"><formula>${escapeXml(`"${cf.equals.replace(/"/g, '""')}"`)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (p) {
    parts.push(
      `<pageSetup paperSize="9"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''} orientation="${p.landscape ? 'landscape' : 'portrait'}"/>`,
    );
    // A page starting at zero-based row r breaks after 1-based row r.
    const breaks = (p.rowBreaksBefore ?? []).filter((r) => r > 0);
    if (breaks.length > 0) {
      parts.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
      );
    }
  }
  if (drawingRelId) parts.push(`<drawing r:id="${drawingRelId}"/>`);
  parts.push('</worksheet>');
  const printTitles = p?.titleRows
    ? `'${model.name.replace(/'/g, "''")}'!$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`
    : undefined;
  return { xml: parts.join(''), printTitles };
}

/** The look of each formatted cell, by zero-based row and column. */
function cellLooks(model: SheetModel): Map<number, Map<number, CellLook>> {
  // The look of each formatted cell: later formats refine earlier ones, as in Excel.
  const looks = new Map<number, Map<number, CellLook>>();
  for (const f of model.formats ?? []) {
    const { row, col, rows = 1, cols = 1, ...look } = f;
    const defined = Object.fromEntries(
      Object.entries(look).filter(([, v]) => v !== undefined && v !== false),
    ) as CellLook;
    for (let r = row; r < row + rows; r++) {
      let line = looks.get(r);
      if (!line) looks.set(r, (line = new Map()));
      for (let c = col; c < col + cols; c++) line.set(c, { ...line.get(c), ...defined });
    }
  }
  return looks;
}

/** The `<row>` elements (styles added to the style sheet in cell order), the row count and the last column used. */
function sheetRows(
  model: SheetModel,
  styles: StyleSheet,
  looks: Map<number, Map<number, CellLook>>,
): { rowsXml: string[]; rowCount: number; maxCol: number } {
  const rowCount = maxOf(looks.keys(), model.values.length - 1) + 1;
  const rowsXml: string[] = [];
  let maxCol = 0;
  for (let r = 0; r < rowCount; r++) {
    const values: CellValue[] = model.values[r] ?? [];
    const line = looks.get(r);
    const width = Math.max(values.length, line ? maxOf(line.keys()) + 1 : 0);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const look = line?.get(c);
      const style = look ? styles.xf(look) : 0;
      const v = values[c];
      const xml = cellXml(
        `${columnLetter(c + 1)}${r + 1}`,
        v === '' || v === undefined ? null : v,
        style ? String(style) : undefined,
      );
      if (xml) {
        cells.push(xml);
        maxCol = Math.max(maxCol, c + 1);
      }
    }
    if (cells.length > 0) rowsXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return { rowsXml, rowCount, maxCol };
}
