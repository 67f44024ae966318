// Renders a SheetModel onto an ExcelJS worksheet: values, formats, conditional fills, freeze panes and
// print setup. Charts are not rendered: ExcelJS cannot write charts.
import type ExcelJS from 'exceljs';
import type { CellRange, SheetModel } from '../workbook/port';
import { columnLetter } from './address';

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

function rangeRef(r: CellRange): string {
  const top = r.row + 1;
  const left = r.col + 1;
  return `${columnLetter(left)}${top}:${columnLetter(left + (r.cols ?? 1) - 1)}${top + (r.rows ?? 1) - 1}`;
}

function eachCell(ws: ExcelJS.Worksheet, r: CellRange, fn: (cell: ExcelJS.Cell) => void) {
  for (let i = 0; i < (r.rows ?? 1); i++) {
    for (let j = 0; j < (r.cols ?? 1); j++) fn(ws.getCell(r.row + 1 + i, r.col + 1 + j));
  }
}

export function renderSheet(ws: ExcelJS.Worksheet, model: SheetModel): void {
  model.values.forEach((row, r) => {
    row.forEach((v, c) => {
      // Strings are stored as strings (shared strings), never as formulas, whatever they start with.
      if (v !== null && v !== undefined && v !== '') ws.getCell(r + 1, c + 1).value = v;
    });
  });
  model.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const f of model.formats ?? []) {
    eachCell(ws, f, (cell) => {
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      if (f.bold || f.italic || f.fontColor || f.fontSize) {
        cell.font = {
          ...cell.font,
          ...(f.bold ? { bold: true } : {}),
          ...(f.italic ? { italic: true } : {}),
          ...(f.fontSize ? { size: f.fontSize } : {}),
          ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
        };
      }
      if (f.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
      if (f.wrap || f.hAlign) {
        cell.alignment = { ...cell.alignment, ...(f.wrap ? { wrapText: true, vertical: 'top' } : {}), ...(f.hAlign ? { horizontal: f.hAlign } : {}) };
      }
      if (f.borderBottom) cell.border = { ...cell.border, bottom: { style: 'thin', color: { argb: 'FF808080' } } };
    });
  }
  let priority = 1;
  for (const cf of model.conditionalFills ?? []) {
    ws.addConditionalFormatting({
      ref: rangeRef(cf),
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: priority++,
          formulae: [`"${cf.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: model.freeze.columns, ySplit: model.freeze.rows }];
  }
  if (model.print) {
    const p = model.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.landscape ? 'landscape' : 'portrait',
      paperSize: 9, // A4
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0] + 1}:${p.titleRows[1] + 1}` } : {}),
    };
    // ExcelJS records a break after a row; a page starting at zero-based row r breaks after 1-based row r.
    for (const r of p.rowBreaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }
  if (model.tabColor) ws.properties.tabColor = { argb: argb(model.tabColor) };
}
