// A workbook held in memory: input tables plus rendered output sheets. Used by tests and by the task
// pane's preview mode (outside Excel). It follows the port's contract exactly: outputs never touch
// input tables, appends add rows at the end, updates change only the named cells.
import { normalizeKey } from './cells';
import { OUTPUT_SHEETS, tableDef, type TableDef } from './contract';
import { assertOwnSheet } from './ownSheets';
import type { CellUpdate, CellValue, RawTable, SetupResult, SheetModel, WorkbookPort } from './port';
import { fremdriftError } from '../text/errors';
import { pushAll } from '../domain/collections';

function copyTable(t: RawTable): RawTable {
  return { name: t.name, headers: [...t.headers], rows: t.rows.map((r) => [...r]) };
}

/** Sheet models are plain JSON data; a JSON copy works in every runtime (jsdom lacks structuredClone). */
function cloneSheet(s: SheetModel): SheetModel {
  return JSON.parse(JSON.stringify(s)) as SheetModel;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly tables = new Map<string, RawTable>();
  /** Table name -> the sheet it sits on (the contract's sheet unless placed elsewhere). */
  private readonly tableSheets = new Map<string, string>();
  private readonly sheets = new Map<string, SheetModel>();
  private readonly listeners = new Set<() => void>();
  /** Number of writeOutputSheets calls (lets callers check outputs are written in one go). */
  outputWrites = 0;

  constructor(tables: Record<string, RawTable | null> | RawTable[] = []) {
    const list = Array.isArray(tables) ? tables : Object.values(tables);
    for (const t of list) if (t) this.addTable(t);
  }

  /** Adds a table on a sheet (default: the contract's sheet for that table, else a sheet of its name). */
  addTable(table: RawTable, sheet = tableDef(table.name)?.sheet ?? table.name): void {
    this.tables.set(table.name, copyTable(table));
    this.tableSheets.set(table.name, sheet);
  }

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    const out: Record<string, RawTable | null> = {};
    for (const name of names) {
      const t = this.tables.get(name);
      out[name] = t ? copyTable(t) : null;
    }
    return out;
  }

  async writeOutputSheets(sheets: readonly SheetModel[]): Promise<void> {
    // Every sheet is checked before any is written.
    const sheetsWithTables = new Set(this.tableSheets.values());
    // Its only sheets besides its own (marked) ones are the tables' sheets.
    for (const s of sheets)
      assertOwnSheet(
        s.name,
        sheetsWithTables.has(s.name) ? { name: s.name, marked: this.sheets.has(s.name), holdsTable: true } : null,
      );
    for (const s of sheets) this.sheets.set(s.name, cloneSheet(s));
    this.outputWrites++;
  }

  async appendRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    const t = this.requireTable(table);
    const added = rows.map((values) => {
      const row: CellValue[] = t.headers.map(() => null);
      for (const [header, value] of Object.entries(values)) row[this.columnOf(t, header)] = value;
      return row;
    });
    for (const row of added) t.rows.push(row); // no spread: an import may append 100,000 rows
  }

  async updateCells(table: string, updates: readonly CellUpdate[]): Promise<void> {
    const t = this.requireTable(table);
    // Validate everything before changing anything, so a bad update leaves the table as it was.
    const targets = updates.map((u) => {
      if (!Number.isInteger(u.row) || u.row < 1 || u.row > t.rows.length) {
        throw fremdriftError('table.noRow', { table, row: u.row });
      }
      return { row: u.row - 1, col: this.columnOf(t, u.column), value: u.value };
    });
    for (const { row, col, value } of targets) t.rows[row][col] = value;
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
    for (const def of contract) {
      const t = this.tables.get(def.name);
      if (!t) {
        this.addTable({ name: def.name, headers: def.columns.map((c) => c.header), rows: [] }, def.sheet);
        result.created.push(def.name);
        continue;
      }
      const have = new Set(t.headers.map((h) => normalizeKey(h)));
      const missing = def.columns.map((c) => c.header).filter((h) => !have.has(normalizeKey(h)));
      if (missing.length === 0) {
        result.unchanged.push(def.name);
        continue;
      }
      pushAll(t.headers, missing);
      for (const row of t.rows)
        pushAll(
          row,
          missing.map(() => null),
        );
      result.upgraded[def.name] = missing;
    }
    return result;
  }

  async replaceOwnRows(table: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    if (!tableDef(table)?.ownedByFremdrift) throw new Error(`Tabellen "${table}" er ikke Fremdrifts egen.`);
    const t = this.requireTable(table);
    t.rows = [];
    await this.appendRows(table, rows);
  }

  onInputChanged(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /** Simulates a user typing into an input table (preview mode and tests): changes the cell, notifies. */
  userEdit(table: string, update: CellUpdate): void {
    const t = this.requireTable(table);
    while (t.rows.length < update.row) t.rows.push(t.headers.map(() => null));
    t.rows[update.row - 1][this.columnOf(t, update.column)] = update.value;
    for (const l of this.listeners) l();
  }

  /** The last rendered model of an output sheet, or undefined. */
  sheet(name: string): SheetModel | undefined {
    const s = this.sheets.get(name);
    return s ? cloneSheet(s) : undefined;
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()].sort(
      (a, b) => OUTPUT_SHEETS.indexOf(a as never) - OUTPUT_SHEETS.indexOf(b as never),
    );
  }

  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  private requireTable(name: string): RawTable {
    const t = this.tables.get(name);
    if (!t) throw fremdriftError('table.missing', { table: name });
    return t;
  }

  private columnOf(t: RawTable, header: string): number {
    const i = t.headers.findIndex((h) => normalizeKey(h) === normalizeKey(header));
    if (i < 0) throw fremdriftError('table.noColumn', { table: t.name, column: header });
    return i;
  }
}
