// Renders a SheetModel to a worksheet part's XML: values (strings inline, never formulas), formats as
// cell styles appended to the workbook's styles.xml, conditional fills, column widths, freeze panes,
// print setup and tab colour. Charts are drawn separately (drawingXml.ts) and linked by the caller.
// The XML goes row by row to a writer (deflateSink.ts), so a large sheet is deflated as it is rendered
// and never held whole; each distinct combination of formats is merged and styled once, not per cell.
import type { CellRange, CellValue, SheetModel } from '../workbook/port';
import { columnLetter } from './address';
import { DeflateSink, StringSink, type DeflatedPart, type XmlWriter } from './deflateSink';
import type { CellLook, StyleSheet } from './styles';
import { escapeXml, xmlSafe } from './xml';

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

/** The sheet as one XML string (tests and small sheets); the adapter uses renderSheetPart. */
export function renderSheetXml(model: SheetModel, styles: StyleSheet, drawingRelId?: string): RenderedSheet {
  const sink = new StringSink();
  const printTitles = renderSheetTo(sink, model, styles, drawingRelId);
  return { xml: sink.toString(), printTitles };
}

/** The sheet deflated as it is rendered, ready for the zip (`drawingRelId` as for renderSheetXml). */
export function renderSheetPart(
  model: SheetModel,
  styles: StyleSheet,
  drawingRelId?: string,
): { part: DeflatedPart; printTitles?: string } {
  const sink = new DeflateSink();
  const printTitles = renderSheetTo(sink, model, styles, drawingRelId);
  return { part: sink.finish(), printTitles };
}

/** Writes the worksheet XML to `out`; returns the print titles. `drawingRelId` links the caller's drawing part. */
function renderSheetTo(
  out: XmlWriter,
  model: SheetModel,
  styles: StyleSheet,
  drawingRelId?: string,
): string | undefined {
  const grid = new StyleGrid(model, styles);
  const { rowCount, maxCol } = grid.extent();

  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`);
  const p = model.print;
  const sheetPr = `${model.tabColor ? `<tabColor rgb="FF${model.tabColor.replace('#', '').toUpperCase()}"/>` : ''}${p?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
  if (sheetPr) out.write(`<sheetPr>${sheetPr}</sheetPr>`);
  out.write(`<dimension ref="${maxCol > 0 ? `A1:${columnLetter(maxCol)}${Math.max(rowCount, 1)}` : 'A1'}"/>`);
  const fz = model.freeze;
  if (fz && (fz.rows > 0 || fz.columns > 0)) {
    const pane = fz.rows > 0 && fz.columns > 0 ? 'bottomRight' : fz.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${columnLetter(fz.columns + 1)}${fz.rows + 1}`;
    out.write(
      `<sheetViews><sheetView workbookViewId="0"><pane${fz.columns > 0 ? ` xSplit="${fz.columns}"` : ''}${fz.rows > 0 ? ` ySplit="${fz.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else out.write('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = model.columnWidths ?? [];
  if (widths.length > 0) {
    out.write(
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    );
  }
  if (grid.hasCells()) {
    out.write('<sheetData>');
    grid.writeRows(out);
    out.write('</sheetData>');
  } else out.write('<sheetData/>');
  let priority = 1;
  for (const cf of model.conditionalFills ?? []) {
    const dxf = styles.dxf(cf.fill, cf.fontColor);
    out.write(
      `<conditionalFormatting sqref="${rangeRef(cf)}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="equal"><formula>${escapeXml(`"${cf.equals.replace(/"/g, '""')}"`)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (p) {
    out.write(
      `<pageSetup paperSize="9"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''} orientation="${p.landscape ? 'landscape' : 'portrait'}"/>`,
    );
    // A page starting at zero-based row r breaks after 1-based row r.
    const breaks = (p.rowBreaksBefore ?? []).filter((r) => r > 0);
    if (breaks.length > 0) {
      out.write(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
      );
    }
  }
  if (drawingRelId) out.write(`<drawing r:id="${drawingRelId}"/>`);
  out.write('</worksheet>');
  return p?.titleRows ? `'${model.name.replace(/'/g, "''")}'!$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}` : undefined;
}

/** Characters that need escaping or removing in cell text (escapeXml, xmlSafe). */
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Exactly what cellXml writes for a cell that writes anything, without its intermediate parts. */
function renderedCell(ref: string, v: CellValue, style: number): string {
  const s = style !== 0 ? ` s="${style}"` : '';
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = String(v);
  const safe = NEEDS_CARE.test(text) ? escapeXml(xmlSafe(text)) : text;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${safe}</t></is></c>`;
}

/** A cell's value as written: '' and undefined are empty. */
function cellValue(v: CellValue | undefined): CellValue {
  return v === '' || v === undefined ? null : v;
}

/** Whether cellXml writes anything for this value and style. */
function writesCell(v: CellValue, style: number): boolean {
  return style !== 0 || (v !== null && !(typeof v === 'number' && !Number.isFinite(v)));
}

/**
 * The look of each formatted cell (later formats refine earlier ones, as in Excel), kept as a small id per
 * cell; each distinct merge of looks is computed once and styled once, in cell order, so the style
 * sheet gains its entries in the same order as when every cell was styled on its own.
 */
class StyleGrid {
  /** looks[row][col]: an id into `merged` (undefined: no format). */
  private readonly looks: (number[] | undefined)[] = [];
  private readonly merged: CellLook[] = [{}];
  private readonly styleOf: (number | undefined)[] = [0];
  private readonly mergeCache = new Map<string, number>();
  private lastLookRow = -1;
  private counted: { rowCount: number; maxCol: number } | null = null;

  constructor(
    private readonly model: SheetModel,
    private readonly styles: StyleSheet,
  ) {
    const formats = model.formats ?? [];
    for (let i = 0; i < formats.length; i++) {
      const { row, col, rows = 1, cols = 1, ...look } = formats[i];
      const defined = Object.fromEntries(
        Object.entries(look).filter(([, v]) => v !== undefined && v !== false),
      ) as CellLook;
      // Formats with the same look share their merges (a sheet repeats a few looks many thousand times).
      const lookKey = JSON.stringify(defined);
      // This format's merge with each look already under it, looked up once per look, not per cell.
      const onto = new Map<number, number>();
      for (let r = row; r < row + rows; r++) {
        let line = this.looks[r];
        if (!line) this.looks[r] = line = [];
        if (r > this.lastLookRow) this.lastLookRow = r;
        for (let c = col; c < col + cols; c++) {
          const base = line[c] ?? 0;
          let id = onto.get(base);
          if (id === undefined) onto.set(base, (id = this.merge(base, lookKey, defined)));
          line[c] = id;
        }
      }
    }
  }

  private merge(base: number, lookKey: string, defined: CellLook): number {
    const key = `${base}:${lookKey}`;
    let id = this.mergeCache.get(key);
    if (id === undefined) {
      id = this.merged.length;
      this.merged.push({ ...this.merged[base], ...defined });
      this.mergeCache.set(key, id);
    }
    return id;
  }

  private style(id: number | undefined): number {
    if (id === undefined || id === 0) return 0;
    let s = this.styleOf[id];
    if (s === undefined) this.styleOf[id] = s = this.styles.xf(this.merged[id]);
    return s;
  }

  private width(r: number): number {
    return Math.max(this.model.values[r]?.length ?? 0, this.looks[r]?.length ?? 0);
  }

  /** Rows (with a format or a value) and the last column written; styles are added here, in cell order. */
  extent(): { rowCount: number; maxCol: number } {
    if (this.counted) return this.counted;
    const rowCount = Math.max(this.lastLookRow, this.model.values.length - 1) + 1;
    let maxCol = 0;
    for (let r = 0; r < rowCount; r++) {
      const values = this.model.values[r];
      const line = this.looks[r];
      const width = this.width(r);
      for (let c = 0; c < width; c++) {
        if (writesCell(cellValue(values?.[c]), this.style(line?.[c])) && c + 1 > maxCol) maxCol = c + 1;
      }
    }
    return (this.counted = { rowCount, maxCol });
  }

  hasCells(): boolean {
    return this.extent().maxCol > 0;
  }

  /** The `<row>` elements, one write per row (each cell as cellXml writes it). */
  writeRows(out: XmlWriter): void {
    const { rowCount, maxCol } = this.extent();
    const letters: string[] = [];
    for (let c = 0; c < maxCol; c++) letters.push(columnLetter(c + 1));
    const cells: string[] = [];
    for (let r = 0; r < rowCount; r++) {
      const values = this.model.values[r];
      const line = this.looks[r];
      const width = Math.min(this.width(r), maxCol);
      const rowNo = String(r + 1);
      cells.length = 0;
      for (let c = 0; c < width; c++) {
        const style = this.style(line?.[c]);
        const v = cellValue(values?.[c]);
        if (writesCell(v, style)) cells.push(renderedCell(letters[c] + rowNo, v, style));
      }
      if (cells.length > 0) out.write(`<row r="${rowNo}">${cells.join('')}</row>`);
    }
  }
}
