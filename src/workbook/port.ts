// The narrow port for "a workbook". Two adapters implement it: the project's own zip/XML code for .xlsx
// files (src/xlsx/, which edits only the parts it must) and Office.js inside Excel (src/excel/). An
// in-memory one serves preview mode and tests. Both file adapters split the same way: read.ts,
// inputTables.ts, outputSheets.ts.
import type { OutputSheetName, TableDef } from './contract';

/** A raw cell value as a workbook holds it. Dates arrive as Excel serial numbers (or text typed by users). */
export type CellValue = string | number | boolean | null;

/** An input table as read: headers as found (any order, extra columns kept), data body rows. */
export interface RawTable {
  name: string;
  headers: string[];
  /** Data body rows; rows[i] is row i+1 of the body. Each row has headers.length cells. */
  rows: CellValue[][];
  /**
   * Cells holding a formula with no calculated value (files saved by tools that do not calculate, e.g.
   * openpyxl): they read as empty, and the reader says why instead of "missing". Row is 1-based in the body.
   */
  formulasWithoutValue?: { row: number; column: string }[];
}

/** A rectangle on an output sheet, zero-based, `rows`/`cols` default 1. */
export interface CellRange {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}

export interface RangeFormat extends CellRange {
  /** Excel number format in the file's invariant syntax, e.g. `0.0%`, `dd-mm-yyyy`, `#,##0`. */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Fill colour `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  borderBottom?: boolean;
}

/** Colour cells whose value equals `equals` (conditional formatting, so it survives edits). */
export interface ConditionalFill extends CellRange {
  equals: string;
  fill: string;
  fontColor?: string;
}

export interface ChartSpec {
  type: 'line' | 'column';
  title: string;
  /** Data block: first row holds series names, first column holds categories. */
  data: CellRange;
  /** Top-left cell where the chart is placed. */
  anchor: { row: number; col: number };
  widthPx?: number;
  heightPx?: number;
  /** Optional look per series, in data order (a series without one keeps the adapter's default). */
  series?: ChartSeriesStyle[];
  /** Number format of the value axis, e.g. `0%` (default: the cells' own). */
  valueFormat?: string;
}

export interface ChartSeriesStyle {
  /** Line or column colour `#RRGGBB`. */
  color: string;
  /** A dashed line (a goal or a plan rather than a measurement). */
  dashed?: boolean;
  /** Markers on the points of a line (default true). */
  markers?: boolean;
}

export interface PrintSetup {
  landscape?: boolean;
  fitToWidth?: boolean;
  /** Zero-based rows that start a new printed page. */
  rowBreaksBefore?: number[];
  /** Zero-based first/last row repeated on each page. */
  titleRows?: [number, number];
}

/** An output sheet, described once and rendered by every adapter the same way. */
export interface SheetModel {
  /** Only Fremdrift's own sheets (OUTPUT_SHEETS); adapters enforce it at run time with assertOwnSheet. */
  name: OutputSheetName;
  /** values[r][c] is the cell at zero-based row r, column c. Dates as Excel serial numbers. */
  values: CellValue[][];
  columnWidths?: number[];
  formats?: RangeFormat[];
  conditionalFills?: ConditionalFill[];
  freeze?: { rows: number; columns: number };
  charts?: ChartSpec[];
  print?: PrintSetup;
  tabColor?: string;
}

export interface SetupResult {
  created: string[];
  /** Table name -> headers appended to an existing table. */
  upgraded: Record<string, string[]>;
  unchanged: string[];
}

export interface CellUpdate {
  /** 1-based row within the table's data body. */
  row: number;
  column: string;
  value: CellValue;
}

export interface WorkbookPort {
  /** Reads the named tables in one batch; a missing table maps to null. */
  readTables(names: readonly string[]): Promise<Record<string, RawTable | null>>;
  /**
   * Replaces Fremdrift's own output sheets (creating them as needed). Never touches input tables.
   * Refuses with OwnSheetError, before writing anything, what ownSheets.ts's rule refuses.
   */
  writeOutputSheets(sheets: readonly SheetModel[]): Promise<void>;
  /**
   * Optional: writeOutputSheets for sheets handed over one at a time (renderEach), each written before the
   * next is rendered, so no caller holds every sheet's cells at once (issue 26). `names` are all the sheets
   * `produce` will hand to `write`, in that order; each is checked as writeOutputSheets checks them, before
   * anything is written. The .xlsx adapter has it; Office.js writes the sheets of renderAll in its batches.
   */
  writeOutputSheetsEach?(
    names: readonly OutputSheetName[],
    produce: (write: (sheet: SheetModel) => void) => void,
  ): Promise<void>;
  /** Appends rows to an input table (explicit user action); cells keyed by header, others left empty. */
  appendRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void>;
  /** Updates single cells of an input table (explicit user action after a preview). */
  updateCells(table: string, updates: readonly CellUpdate[]): Promise<void>;
  /** Creates missing input tables and appends missing columns; never removes or rewrites rows. */
  ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult>;
  /**
   * Optional: replaces every data row of one of Fremdrift's own tables (ownedByFremdrift), never a user's
   * table; `fremdrift upgrade` converts Historik_borgere to its compact form with it (issue 28).
   */
  replaceOwnRows?(table: string, rows: readonly Record<string, CellValue>[]): Promise<void>;
  /**
   * Optional: calls back when a user edits an input table (not on Fremdrift's own writes).
   * Returns an unsubscribe function. The Office.js adapter debounces to about one second.
   */
  onInputChanged?(callback: () => void): () => void;
  /**
   * Optional: selects one cell of an input table in the workbook's window (`row` 1-based in the data
   * body, 0 for the header row; `column` a header), so the user can correct what a data issue names.
   * Only an adapter with a window has it (Office.js); without it, callers show the row instead.
   */
  selectCell?(table: string, row: number, column: string): Promise<void>;
}
