// The shared steps of every entry action: parse the given fields with the contract, read the current
// table, find citizens the way the reader does, and turn a rule's finding into a field error. Entry
// actions (entry.ts, dialogue.ts) are built from these, so each check is made one way. A field error is
// a code with parameters, not a sentence: the task pane renders it in the user's language
// (src/text/fields.ts), a headless caller in Danish.
import type { IssueCode, IssueParams } from '../domain/issues';
import { CitizenRegistry, periodFinding, type Finding } from '../domain/rowRules';
import { cellValueFor, normalizeKey, parseCell } from '../workbook/cells';
import { BORGERE, type TableDef } from '../workbook/contract';
import { headerIndex } from '../workbook/headers';
import type { CellValue, RawTable, WorkbookPort } from '../workbook/port';
import { fremdriftError } from '../text/errors';

export interface FieldError {
  /** The column header (or form field) the error is about. */
  field: string;
  code: IssueCode;
  params: IssueParams[IssueCode];
  /** True when the rule is about this one cell, so its text starts with the field ("Startdato: ..."). */
  aboutCell: boolean;
}
export type EntryResult = { ok: true; row?: number } | { ok: false; errors: FieldError[] };

export type Values = Record<string, CellValue | undefined>;

export function fieldError<C extends IssueCode>(
  field: string,
  code: C,
  params: IssueParams[C],
  aboutCell = false,
): FieldError {
  return { field, code, params, aboutCell };
}

export const fromFinding = (f: Finding): FieldError => fieldError(f.column, f.code, f.params);

export function lookup(values: Values, header: string): CellValue | undefined {
  const key = Object.keys(values).find((k) => normalizeKey(k) === normalizeKey(header));
  return key === undefined ? undefined : values[key];
}

/** Parses the given fields; `partial` skips columns not given (updates). */
export function validate(def: TableDef, values: Values, partial: boolean) {
  const errors: FieldError[] = [];
  const parsed: Record<string, unknown> = {};
  const cells: Record<string, CellValue> = {};
  for (const key of Object.keys(values)) {
    if (!def.columns.some((c) => normalizeKey(c.header) === normalizeKey(key))) {
      errors.push(fieldError(key, 'unknownColumn', { column: key }));
    }
  }
  for (const col of def.columns) {
    const raw = lookup(values, col.header);
    if (partial && raw === undefined) continue;
    const r = parseCell(col, raw ?? null);
    if (!r.ok) errors.push(fieldError(col.header, r.code, r.params, true));
    else if (r.value === undefined && col.required) errors.push(fieldError(col.header, 'required', {}, true));
    else {
      parsed[col.field] = r.value;
      cells[col.header] = cellValueFor(col, r.value);
    }
  }
  return { errors, parsed, cells };
}

export async function table(port: WorkbookPort, def: TableDef): Promise<RawTable> {
  const t = (await port.readTables([def.name]))[def.name];
  if (!t) throw fremdriftError('table.missingUseSetup', { table: def.name });
  return t;
}

/** Rows (1-based) of a table by the parsed value of one column. */
export function column(def: TableDef, t: RawTable, header: string): { row: number; value: unknown }[] {
  const at = headerIndex(def, t).get(header);
  if (at === undefined) return [];
  const col = def.columns.find((c) => c.header === header)!;
  return t.rows.map((cells, i) => {
    const r = parseCell(col, cells[at] ?? null);
    return { row: i + 1, value: r.ok ? r.value : undefined };
  });
}

/** The citizens as the reader sees them: the first row of each Borger-ID. */
export async function citizens(port: WorkbookPort): Promise<CitizenRegistry> {
  const registry = new CitizenRegistry();
  for (const { row, value } of column(BORGERE, await table(port, BORGERE), 'Borger-ID')) {
    if (typeof value === 'string') registry.register(value, row);
  }
  return registry;
}

export function periodError(start: unknown, end: unknown): FieldError | null {
  const f = periodFinding(start as string | undefined, end as string | undefined);
  return f ? fromFinding(f) : null;
}

/**
 * Makes sure the table has the v2 columns an action writes (Opfølgning, Afslutningsårsag): a v1 workbook
 * gets them appended, as "Opret sagsstamme" would, without touching any row.
 */
export async function ensureColumns(
  port: WorkbookPort,
  def: TableDef,
  t: RawTable,
  headers: readonly string[],
): Promise<void> {
  const have = new Set(t.headers.map((h) => normalizeKey(String(h ?? ''))));
  if (headers.some((h) => !have.has(normalizeKey(h)))) await port.ensureInputTables([def]);
}

/** The error for a row number the table does not have (1-based in the data body), or null. */
export function missingRowError(t: RawTable, row: number): FieldError | null {
  return Number.isInteger(row) && row >= 1 && row <= t.rows.length ? null : fieldError('Række', 'noSuchRow', { row });
}
