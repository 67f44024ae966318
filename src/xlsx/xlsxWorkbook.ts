// The WorkbookPort for .xlsx files, on ExcelJS. Input tables are real Excel tables (ListObjects) read by
// name from their range; output sheets are deleted and rendered afresh from SheetModels. ExcelJS cannot
// write charts, so SheetModel.charts are skipped here (the data blocks they point at are still written;
// the Office.js adapter draws the charts).
import ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import { normalizeKey } from '../workbook/cells';
import { OUTPUT_SHEETS, type TableDef } from '../workbook/contract';
import type { CellUpdate, CellValue, RawTable, SetupResult, SheetModel, WorkbookPort } from '../workbook/port';
import { renderSheet } from './renderSheet';
import { columnLetter, decodeRange, encodeRange } from './address';
import { WorkbookFileError } from './errors';
import { saveAtomically } from './safeSave';

type Table = ReturnType<ExcelJS.Worksheet['getTables']>[number] & { table: TableModel };
interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

export { WorkbookFileError };

const MS_PER_DAY = 86400000;

/** ExcelJS gives dates as JS Dates at UTC midnight of the calendar day; back to an Excel serial. */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + 25569;
  // Whole days stay whole; a time part (rare in input tables) is kept as the fraction Excel holds.
  return Math.abs(serial - Math.round(serial)) < 1e-6 ? Math.round(serial) : serial;
}

/** The plain value of an ExcelJS cell value: rich text joined, formula results, hyperlink text. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return null;
  }
  return String(v);
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static create(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Fremdrift';
    return new XlsxWorkbook(wb);
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    if (!existsSync(path)) throw new WorkbookFileError(`Filen "${path}" findes ikke.`);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.readFile(path);
    } catch (e) {
      throw new WorkbookFileError(
        `Filen "${path}" kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`,
      );
    }
    return new XlsxWorkbook(wb);
  }

  async save(path: string): Promise<void> {
    saveAtomically(path, await this.toBuffer());
  }

  async toBuffer(): Promise<Buffer> {
    this.orderSheets();
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** Finds a table by name anywhere in the workbook (names are workbook-wide, case-insensitive). */
  findTable(name: string): { sheet: ExcelJS.Worksheet; table: Table } | null {
    for (const sheet of this.workbook.worksheets) {
      for (const t of sheet.getTables() as Table[]) {
        if (normalizeKey(t.table.name) === normalizeKey(name)) return { sheet, table: t };
      }
    }
    return null;
  }

  private range(t: Table) {
    const ref = t.table.tableRef ?? t.table.ref;
    if (!ref) throw new Error(`Tabellen "${t.table.name}" har intet område`);
    const r = decodeRange(ref);
    // A table created by ExcelJS in this session has only its top-left cell in `ref`.
    if (r.top === r.bottom && r.left === r.right && !t.table.tableRef) {
      throw new Error(`Tabellen "${t.table.name}" har intet fuldt område`);
    }
    const bodyTop = t.table.headerRow === false ? r.top : r.top + 1;
    const bodyBottom = t.table.totalsRow ? r.bottom - 1 : r.bottom;
    return { ...r, bodyTop, bodyBottom };
  }

  private setRange(t: Table, top: number, left: number, bottom: number, right: number) {
    const ref = encodeRange(top, left, bottom, right);
    t.table.ref = ref;
    t.table.tableRef = ref;
    t.table.autoFilterRef = ref;
  }

  private headers(sheet: ExcelJS.Worksheet, t: Table): string[] {
    const r = this.range(t);
    const out: string[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const fromSheet = t.table.headerRow === false ? null : plainValue(sheet.getCell(r.top, c).value);
      out.push(String(fromSheet ?? t.table.columns[c - r.left]?.name ?? ''));
    }
    return out;
  }

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    const out: Record<string, RawTable | null> = {};
    for (const name of names) {
      const found = this.findTable(name);
      if (!found) {
        out[name] = null;
        continue;
      }
      const { sheet, table } = found;
      const r = this.range(table);
      const rows: CellValue[][] = [];
      for (let row = r.bodyTop; row <= r.bodyBottom; row++) {
        const cells: CellValue[] = [];
        for (let c = r.left; c <= r.right; c++) cells.push(plainValue(sheet.getCell(row, c).value));
        rows.push(cells);
      }
      out[name] = { name: table.table.name, headers: this.headers(sheet, table), rows };
    }
    return out;
  }

  async writeOutputSheets(sheets: readonly SheetModel[]): Promise<void> {
    for (const model of sheets) {
      const existing = this.workbook.getWorksheet(model.name);
      if (existing) {
        if ((existing.getTables() as Table[]).length > 0) {
          throw new WorkbookFileError(`Arket "${model.name}" er Fremdrifts eget outputark, men indeholder en tabel; omdøb arket, så overskrives intet`);
        }
        this.workbook.removeWorksheet(existing.id);
      }
      const ws = this.workbook.addWorksheet(model.name);
      renderSheet(ws, model);
    }
  }

  async appendRows(tableName: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    const { sheet, table } = this.requireTable(tableName);
    const headers = this.headers(sheet, table);
    const r = this.range(table);
    const columnOf = (h: string) => {
      const i = headers.findIndex((x) => normalizeKey(x) === normalizeKey(h));
      if (i < 0) throw new Error(`Tabellen "${tableName}" har ingen kolonne "${h}"`);
      return i;
    };
    const resolved = rows.map((values) => Object.entries(values).map(([h, v]) => [columnOf(h), v] as const));
    let next = r.bodyBottom + 1;
    // A new table is created with one blank body row (Excel needs one); the first append fills it.
    if (r.bodyBottom === r.bodyTop && this.rowIsBlank(sheet, r.bodyTop, r.left, r.right)) next = r.bodyTop;
    const template = r.bodyBottom >= r.bodyTop ? r.bodyBottom : null;
    for (const cells of resolved) {
      for (let c = r.left; c <= r.right; c++) {
        const cell = sheet.getCell(next, c);
        if (template !== null && template !== next) cell.numFmt = sheet.getCell(template, c).numFmt;
      }
      for (const [i, v] of cells) sheet.getCell(next, r.left + i).value = v;
      next++;
    }
    this.setRange(table, r.top, r.left, Math.max(next - 1, r.bodyBottom) + (table.table.totalsRow ? 1 : 0), r.right);
  }

  async updateCells(tableName: string, updates: readonly CellUpdate[]): Promise<void> {
    const { sheet, table } = this.requireTable(tableName);
    const headers = this.headers(sheet, table);
    const r = this.range(table);
    const targets = updates.map((u) => {
      const i = headers.findIndex((x) => normalizeKey(x) === normalizeKey(u.column));
      if (i < 0) throw new Error(`Tabellen "${tableName}" har ingen kolonne "${u.column}"`);
      const row = r.bodyTop + u.row - 1;
      if (!Number.isInteger(u.row) || u.row < 1 || row > r.bodyBottom) throw new Error(`Tabellen "${tableName}" har ingen række ${u.row}`);
      return { row, col: r.left + i, value: u.value };
    });
    for (const t of targets) sheet.getCell(t.row, t.col).value = t.value;
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
    for (const def of contract) {
      const found = this.findTable(def.name);
      if (!found) {
        this.createTable(def);
        result.created.push(def.name);
        continue;
      }
      const { sheet, table } = found;
      const have = new Set(this.headers(sheet, table).map(normalizeKey));
      const missing = def.columns.filter((c) => !have.has(normalizeKey(c.header)));
      if (missing.length === 0) {
        result.unchanged.push(def.name);
        continue;
      }
      const r = this.range(table);
      missing.forEach((col, k) => {
        const c = r.right + 1 + k;
        sheet.getCell(r.top, c).value = col.header;
        table.table.columns.push({ name: col.header });
        this.formatColumn(sheet, def, col.header, c, r.bodyTop, Math.max(r.bodyBottom, r.bodyTop + 999));
      });
      this.setRange(table, r.top, r.left, r.bottom, r.right + missing.length);
      result.upgraded[def.name] = missing.map((c) => c.header);
    }
    return result;
  }

  /** Writes a table with header row and the given rows (used by setup, demo and consolidate). */
  createTable(def: TableDef, rows: readonly CellValue[][] = [], extraHeaders: readonly string[] = []): void {
    const headers = [...def.columns.map((c) => c.header), ...extraHeaders];
    const sheet = this.workbook.getWorksheet(def.sheet) ?? this.workbook.addWorksheet(def.sheet);
    const body = rows.length > 0 ? rows.map((r) => headers.map((_, i) => r[i] ?? null)) : [headers.map(() => null)];
    sheet.addTable({
      name: def.name,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: body,
    });
    // Freeze the model's range now, so later appends know where the table ends.
    const t = sheet.getTable(def.name) as unknown as Table;
    this.setRange(t, 1, 1, body.length + 1, headers.length);
    headers.forEach((h, i) => {
      sheet.getColumn(i + 1).width = Math.max(12, Math.min(40, h.length + 4));
      this.formatColumn(sheet, def, h, i + 1, 2, Math.max(body.length + 1, 1000));
    });
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  }

  /** Date formats and drop-down lists (from the contract's `values`) for a column's cells. */
  private formatColumn(sheet: ExcelJS.Worksheet, def: TableDef, header: string, col: number, from: number, to: number) {
    const c = def.columns.find((x) => x.header === header);
    if (!c) return;
    const letter = columnLetter(col);
    if (c.type === 'date') sheet.getColumn(col).numFmt = 'dd-mm-yyyy';
    if (c.type === 'month') sheet.getColumn(col).numFmt = 'yyyy-mm';
    if (c.values && c.values.length > 0) {
      const list = c.values.join(',');
      (sheet as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(
        `${letter}${from}:${letter}${to}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [`"${list}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: c.header,
          error: `Vælg en af: ${c.values.join(', ')}`,
        },
      );
    }
    if (c.type === 'number' && c.min !== undefined) {
      (sheet as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(
        `${letter}${from}:${letter}${to}`,
        { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [c.min], showErrorMessage: true, error: `${c.header} skal være ${c.min} eller mere` },
      );
    }
  }

  private rowIsBlank(sheet: ExcelJS.Worksheet, row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (plainValue(sheet.getCell(row, c).value) !== null) return false;
    return true;
  }

  private requireTable(name: string) {
    const found = this.findTable(name);
    if (!found) throw new Error(`Projektmappen mangler tabellen "${name}"`);
    return found;
  }

  /** Output sheets first, in contract order; input sheets keep their relative order after them. */
  private orderSheets() {
    // `orderNo` decides the order ExcelJS writes sheets in; its typings omit it.
    const sheets = this.workbook.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
    const rank = (name: string) => {
      const i = OUTPUT_SHEETS.indexOf(name as never);
      return i >= 0 ? i : OUTPUT_SHEETS.length;
    };
    const sorted = [...sheets].sort((a, b) => rank(a.name) - rank(b.name) || a.orderNo - b.orderNo);
    sorted.forEach((ws, i) => (ws.orderNo = i));
  }
}
