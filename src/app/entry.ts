// Entry actions behind the task pane's forms. Each parses every field with parseCell and asks the
// domain's row rules (known Borger-ID, unique ID, end not before start, one Timer row a month), writes
// nothing on any error, and otherwise writes through the port: new rows appended, single cells updated.
// Never deletes rows. Errors carry the rule's code for the UI's language and a Danish message.
import type { IssueCode, IssueParams } from '../domain/issues';
import { CitizenRegistry, MonthlyHoursRegistry, periodFinding, type Finding } from '../domain/rowRules';
import { findingText } from '../text/issues';
import { cellValueFor, normalizeKey, parseCell } from '../workbook/cells';
import { BORGERE, FORLØB, TIMER, type TableDef } from '../workbook/contract';
import { headerIndex } from '../workbook/headers';
import type { CellValue, RawTable, WorkbookPort } from '../workbook/port';

export interface FieldError {
  /** The column header the message is about. */
  field: string;
  code: IssueCode;
  params: IssueParams[IssueCode];
  /** Danish, starting with the column when the rule is about one cell ("Startdato: ..."). */
  message: string;
}
export type EntryResult = { ok: true; row?: number } | { ok: false; errors: FieldError[] };

type Values = Record<string, CellValue | undefined>;

function fieldError<C extends IssueCode>(field: string, code: C, params: IssueParams[C], prefix = false): FieldError {
  const text = findingText(code, params, 'da');
  return { field, code, params, message: prefix ? `${field}: ${text}` : text };
}

const fromFinding = (f: Finding): FieldError => fieldError(f.column, f.code, f.params);

function lookup(values: Values, header: string): CellValue | undefined {
  const key = Object.keys(values).find((k) => normalizeKey(k) === normalizeKey(header));
  return key === undefined ? undefined : values[key];
}

/** Parses the given fields; `partial` skips columns not given (updates). */
function validate(def: TableDef, values: Values, partial: boolean) {
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

async function table(port: WorkbookPort, def: TableDef): Promise<RawTable> {
  const t = (await port.readTables([def.name]))[def.name];
  if (!t) throw new Error(`Projektmappen mangler tabellen "${def.name}". Brug "Opret sagsstamme" først.`);
  return t;
}

/** Rows (1-based) of a table by the parsed value of one column. */
function column(def: TableDef, t: RawTable, header: string): { row: number; value: unknown }[] {
  const at = headerIndex(def, t).get(header);
  if (at === undefined) return [];
  const col = def.columns.find((c) => c.header === header)!;
  return t.rows.map((cells, i) => {
    const r = parseCell(col, cells[at] ?? null);
    return { row: i + 1, value: r.ok ? r.value : undefined };
  });
}

/** The citizens as the reader sees them: the first row of each Borger-ID. */
async function citizens(port: WorkbookPort): Promise<CitizenRegistry> {
  const registry = new CitizenRegistry();
  for (const { row, value } of column(BORGERE, await table(port, BORGERE), 'Borger-ID')) {
    if (typeof value === 'string') registry.register(value, row);
  }
  return registry;
}

function periodError(start: unknown, end: unknown): FieldError | null {
  const f = periodFinding(start as string | undefined, end as string | undefined);
  return f ? fromFinding(f) : null;
}

export async function addCitizen(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(BORGERE, values, false);
  const id = parsed.id as string | undefined;
  const duplicate = id === undefined ? null : (await citizens(port)).register(id, Number.MAX_SAFE_INTEGER);
  if (duplicate) errors.push(fromFinding(duplicate));
  const bad = periodError(parsed.startDate, parsed.endDate);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(BORGERE.name, [cells]);
  return { ok: true };
}

export async function startPlacement(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(FORLØB, values, false);
  const id = parsed.citizenId as string | undefined;
  const unknown = id === undefined ? null : (await citizens(port)).reference(id);
  if (unknown) errors.push(fromFinding(unknown));
  const bad = periodError(parsed.startDate, parsed.endDate);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(FORLØB.name, [cells]);
  return { ok: true };
}

/** Sets Slutdato on an existing Forløb row (1-based in the data body). */
export async function endPlacement(port: WorkbookPort, row: number, endDate: CellValue): Promise<EntryResult> {
  const slut = FORLØB.columns.find((c) => c.header === 'Slutdato')!;
  const parsed = parseCell(slut, endDate);
  if (!parsed.ok) return { ok: false, errors: [fieldError('Slutdato', parsed.code, parsed.params, true)] };
  if (parsed.value === undefined) return { ok: false, errors: [fieldError('Slutdato', 'required', {}, true)] };
  const t = await table(port, FORLØB);
  if (!Number.isInteger(row) || row < 1 || row > t.rows.length) {
    return { ok: false, errors: [fieldError('Række', 'noSuchRow', { row })] };
  }
  const start = column(FORLØB, t, 'Startdato')[row - 1]?.value;
  const bad = periodError(start, parsed.value);
  if (bad) return { ok: false, errors: [bad] };
  await port.updateCells(FORLØB.name, [{ row, column: 'Slutdato', value: cellValueFor(slut, parsed.value) }]);
  return { ok: true, row };
}

export async function logHours(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(TIMER, values, false);
  const id = parsed.citizenId as string | undefined;
  const unknown = id === undefined ? null : (await citizens(port)).reference(id);
  if (unknown) errors.push(fromFinding(unknown));
  if (errors.length === 0) {
    // A second row for the same month would be counted twice; typed entry refuses it (ret den række).
    const t = await table(port, TIMER);
    const ids = column(TIMER, t, 'Borger-ID');
    const months = column(TIMER, t, 'Måned');
    const registry = new MonthlyHoursRegistry();
    ids.forEach((x, i) => {
      if (typeof x.value === 'string' && typeof months[i]?.value === 'string') registry.check(x.value, months[i].value as string, x.row);
    });
    const duplicate = registry.check(id!, parsed.month as string, t.rows.length + 1);
    if (duplicate) errors.push(fromFinding(duplicate));
  }
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(TIMER.name, [cells]);
  return { ok: true };
}

/** Changes fields of an existing citizen, found by Borger-ID (which itself cannot change here). */
export async function updateCitizen(port: WorkbookPort, id: string, changes: Values): Promise<EntryResult> {
  const errors: FieldError[] = [];
  if (lookup(changes, 'Borger-ID') !== undefined) errors.push(fieldError('Borger-ID', 'idCannotChange', {}));
  const t = await table(port, BORGERE);
  const registry = new CitizenRegistry();
  for (const { row, value } of column(BORGERE, t, 'Borger-ID')) if (typeof value === 'string') registry.register(value, row);
  const row = registry.rowOf(id);
  if (row === undefined) return { ok: false, errors: [fieldError('Borger-ID', 'unknownCitizen', { id })] };
  const { errors: fieldErrors, parsed, cells } = validate(BORGERE, changes, true);
  errors.push(...fieldErrors);
  const start = 'startDate' in parsed ? parsed.startDate : column(BORGERE, t, 'Startdato')[row - 1]?.value;
  const end = 'endDate' in parsed ? parsed.endDate : column(BORGERE, t, 'Slutdato')[row - 1]?.value;
  const bad = periodError(start, end);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.updateCells(BORGERE.name, Object.entries(cells).map(([column, value]) => ({ row, column, value })));
  return { ok: true, row };
}
