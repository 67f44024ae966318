// The workbook port inside Excel (Office.js). Each port call is one Excel.run; within it, every
// context.sync is sized by an estimate of its payload (payload.ts) so no request or response comes near
// Excel on the web's 5 MB limit, with a retry at half size if Excel refuses one anyway.
// Text is written so Excel keeps it as text (excelText.ts). Table rows are updated one row per range
// with null for unchanged cells, after re-reading the rows' Borger-ID in the same Excel.run. Rows and
// columns are only inserted when no user cell would be shifted.
// API level: ExcelApi 1.8 (manifest.xml). Print setup and multi-area formats use ExcelApi 1.9 members
// only when the host supports 1.9 (Office.context.requirements.isSetSupported); on Excel 2019 (1.8)
// printing setup is skipped and formats go one rectangle at a time. A workbook in the 1904 date system
// (Workbook.use1904DateSystem, read guarded once per session, on the first read's first sync) has its
// dates converted (dateSystem.ts).
// https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// This class holds the options and the state between calls and delegates: read.ts, inputTables.ts and
// outputSheets.ts (the same files as the .xlsx adapter's), each working in the Excel.run's context.
import { READ_TABLES, type TableDef } from '../workbook/contract';
import { assertOwnSheet } from '../workbook/ownSheets';
import type { CellUpdate, CellValue, RawTable, SetupResult, SheetModel, WorkbookPort } from '../workbook/port';
import * as inputTables from './inputTables';
import { watchInputTables } from './inputEvents';
import { writeOutputSheets } from './outputSheets';
import { SYNC_BUDGET_BYTES } from './payload';
import { readTables, type SeenIds } from './read';
import {
  DateSystemQuestion,
  readsDate1904,
  rowsTo1904,
  sheetsIn1904,
  tablesFrom1904,
  updatesTo1904,
} from './dateSystem';
import { selectCell } from './selectCell';

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

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly supports: (set: string, version: string) => boolean;
  private readonly debounceMs: number;
  private readonly budget: number;
  /** Borger-IDs per table as last read: what a preview built on that read expects each row to hold. */
  private readonly seenIds: SeenIds = new Map();
  /** Set when an input table changed after the last read started (see onInputChanged). */
  private dirty = false;
  /** Whether the workbook uses the 1904 date system: asked once per session (dateSystem.ts). */
  private date1904: Promise<boolean> | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.supports =
      options.supports ??
      ((set, version) =>
        typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version)));
    this.debounceMs = options.debounceMs ?? INPUT_DEBOUNCE_MS;
    this.budget = options.syncBudgetBytes ?? SYNC_BUDGET_BYTES;
  }

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    // What is read from here on reflects every change made before now.
    this.dirty = false;
    if (this.date1904 === undefined) return this.firstRead(names);
    const in1904 = await this.date1904;
    const tables = await this.run((context) => readTables(context, names, this.budget, this.seenIds));
    return in1904 ? tablesFrom1904(tables) : tables;
  }

  /** The session's first read asks the 1904 question in its own first sync (no sync of its own). */
  private async firstRead(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    const question = new DateSystemQuestion();
    this.date1904 = question.answer;
    let tables: Record<string, RawTable | null>;
    try {
      tables = await this.run((context) => readTables(context, names, this.budget, this.seenIds, question));
    } catch (error) {
      // Failed before its first sync answered: whoever waits on the answer gets it the plain way.
      if (!question.answered) question.answerWith(readsDate1904(this.run));
      throw error;
    }
    return (await question.answer) ? tablesFrom1904(tables) : tables;
  }

  /** The 1904 question, asked on the first call that reads or writes dates and kept for the session. */
  private uses1904(): Promise<boolean> {
    this.date1904 ??= readsDate1904(this.run);
    return this.date1904;
  }

  async writeOutputSheets(sheets: readonly SheetModel[]): Promise<void> {
    // The shared rule (workbook/ownSheets.ts): names first, then (in the run) output-named sheets holding a table.
    for (const s of sheets) assertOwnSheet(s.name);
    const api19 = this.supports('ExcelApi', '1.9');
    const models = (await this.uses1904()) ? sheetsIn1904(sheets) : sheets;
    await this.run((context) => writeOutputSheets(context, models, this.budget, api19));
  }

  async appendRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    if (rows.length === 0) return;
    const values = (await this.uses1904()) ? rowsTo1904(table, rows) : rows;
    await this.run((context) => inputTables.appendRows(context, table, values, this.budget));
  }

  async updateCells(table: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const values = (await this.uses1904()) ? updatesTo1904(table, updates) : updates;
    await this.run((context) => inputTables.updateCells(context, table, values, this.budget, this.seenIds));
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    return this.run((context) => inputTables.ensureInputTables(context, contract));
  }

  async selectCell(table: string, row: number, column: string): Promise<void> {
    await this.run((context) => selectCell(context, table, row, column));
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
      inputNames: READ_TABLES.map((t) => t.name),
      debounceMs: this.debounceMs,
      markDirty: () => {
        this.dirty = true;
      },
      isDirty: () => this.dirty,
      callback,
    });
  }
}
