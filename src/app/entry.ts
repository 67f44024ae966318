// Entry actions behind the task pane's forms. Each validates every field with parseCell and the
// domain checks (known Borger-ID, unique ID, end not before start), writes nothing on any error, and
// otherwise writes through the port: new rows appended, single cells updated. Never deletes rows.
import { formatDanishDate, isoToExcelSerial } from '../domain/dates';
import { normalizeKey, parseCell } from '../workbook/cells';
import { BORGERE, FORLØB, TIMER, type ColumnDef, type TableDef } from '../workbook/contract';
import type { CellValue, RawTable, WorkbookPort } from '../workbook/port';
import { headerIndex } from '../workbook/read';

export interface FieldError {
  /** The column header the message is about. */
  field: string;
  message: string;
}
export type EntryResult = { ok: true; row?: number } | { ok: false; errors: FieldError[] };

type Values = Record<string, CellValue | undefined>;

/** The value written to the workbook for a parsed field: dates as serials, yes/no as Ja/Nej. */
function cellFor(col: ColumnDef, value: unknown): CellValue {
  if (value === undefined) return null;
  if (col.type === 'date') return isoToExcelSerial(value as string);
  if (col.type === 'yesno') return value ? 'Ja' : 'Nej';
  return value as CellValue;
}

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
      errors.push({ field: key, message: `Tabellen ${def.name} har ingen kolonne "${key}"` });
    }
  }
  for (const col of def.columns) {
    const raw = lookup(values, col.header);
    if (partial && raw === undefined) continue;
    const r = parseCell(col, raw ?? null);
    if (!r.ok) errors.push({ field: col.header, message: `${col.header}: ${r.message}` });
    else if (r.value === undefined && col.required) errors.push({ field: col.header, message: `${col.header} skal udfyldes` });
    else {
      parsed[col.field] = r.value;
      cells[col.header] = cellFor(col, r.value);
    }
  }
  return { errors, parsed, cells };
}

function endBeforeStart(start: unknown, end: unknown): FieldError | null {
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    return { field: 'Slutdato', message: `Slutdato ${formatDanishDate(end)} ligger før Startdato ${formatDanishDate(start)}` };
  }
  return null;
}

async function table(port: WorkbookPort, def: TableDef): Promise<RawTable> {
  const t = (await port.readTables([def.name]))[def.name];
  if (!t) throw new Error(`Projektmappen mangler tabellen "${def.name}". Brug "Opsæt projektmappe" først.`);
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

async function citizenIds(port: WorkbookPort): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { row, value } of column(BORGERE, await table(port, BORGERE), 'Borger-ID')) {
    if (typeof value === 'string' && !ids.has(value)) ids.set(value, row);
  }
  return ids;
}

function unknownCitizen(id: string): FieldError {
  return { field: 'Borger-ID', message: `Borger-ID "${id}" findes ikke i Borgere` };
}

export async function addCitizen(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(BORGERE, values, false);
  const ids = await citizenIds(port);
  const id = parsed.id as string | undefined;
  if (id !== undefined && [...ids.keys()].some((k) => normalizeKey(k) === normalizeKey(id))) {
    errors.push({ field: 'Borger-ID', message: `Borger-ID "${id}" findes allerede` });
  }
  const bad = endBeforeStart(parsed.startDate, parsed.endDate);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(BORGERE.name, [cells]);
  return { ok: true };
}

export async function startPlacement(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(FORLØB, values, false);
  const id = parsed.citizenId as string | undefined;
  if (id !== undefined && !(await citizenIds(port)).has(id)) errors.push(unknownCitizen(id));
  const bad = endBeforeStart(parsed.startDate, parsed.endDate);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(FORLØB.name, [cells]);
  return { ok: true };
}

/** Sets Slutdato on an existing Forløb row (1-based in the data body). */
export async function endPlacement(port: WorkbookPort, row: number, endDate: CellValue): Promise<EntryResult> {
  const slut = FORLØB.columns.find((c) => c.header === 'Slutdato')!;
  const parsed = parseCell(slut, endDate);
  if (!parsed.ok) return { ok: false, errors: [{ field: 'Slutdato', message: `Slutdato: ${parsed.message}` }] };
  if (parsed.value === undefined) return { ok: false, errors: [{ field: 'Slutdato', message: 'Slutdato skal udfyldes' }] };
  const t = await table(port, FORLØB);
  if (!Number.isInteger(row) || row < 1 || row > t.rows.length) {
    return { ok: false, errors: [{ field: 'Række', message: `Forløb har ingen række ${row}` }] };
  }
  const start = column(FORLØB, t, 'Startdato')[row - 1]?.value;
  const bad = endBeforeStart(start, parsed.value);
  if (bad) return { ok: false, errors: [bad] };
  await port.updateCells(FORLØB.name, [{ row, column: 'Slutdato', value: cellFor(slut, parsed.value) }]);
  return { ok: true, row };
}

export async function logHours(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(TIMER, values, false);
  const id = parsed.citizenId as string | undefined;
  if (id !== undefined && !(await citizenIds(port)).has(id)) errors.push(unknownCitizen(id));
  if (errors.length === 0) {
    const t = await table(port, TIMER);
    const ids = column(TIMER, t, 'Borger-ID');
    const months = column(TIMER, t, 'Måned');
    const existing = ids.find((x, i) => x.value === id && months[i]?.value === parsed.month);
    if (existing) {
      errors.push({ field: 'Måned', message: `Der er allerede timer for "${id}" i ${parsed.month} (række ${existing.row} i Timer); ret den række i stedet` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(TIMER.name, [cells]);
  return { ok: true };
}

/** Changes fields of an existing citizen, found by Borger-ID (which itself cannot change here). */
export async function updateCitizen(port: WorkbookPort, id: string, changes: Values): Promise<EntryResult> {
  const errors: FieldError[] = [];
  if (lookup(changes, 'Borger-ID') !== undefined) errors.push({ field: 'Borger-ID', message: 'Borger-ID kan ikke ændres her' });
  const t = await table(port, BORGERE);
  const row = column(BORGERE, t, 'Borger-ID').find((x) => x.value === id)?.row;
  if (row === undefined) return { ok: false, errors: [unknownCitizen(id)] };
  const { errors: fieldErrors, parsed, cells } = validate(BORGERE, changes, true);
  errors.push(...fieldErrors);
  const start = 'startDate' in parsed ? parsed.startDate : column(BORGERE, t, 'Startdato')[row - 1]?.value;
  const end = 'endDate' in parsed ? parsed.endDate : column(BORGERE, t, 'Slutdato')[row - 1]?.value;
  const bad = endBeforeStart(start, end);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  await port.updateCells(BORGERE.name, Object.entries(cells).map(([column, value]) => ({ row, column, value })));
  return { ok: true, row };
}
