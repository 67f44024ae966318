// Entry actions behind the task pane's forms for Borgere, Forløb and Timer. Each parses every field with
// the contract and asks the domain's row rules (known Borger-ID, unique ID, end not before start, one Timer
// row a month), writes nothing on any error, and otherwise writes through the port: new rows appended,
// single cells updated. Never deletes rows. Errors carry the rule's code for the UI's language and a
// Danish message.
import { CitizenRegistry, MonthlyHoursRegistry } from '../domain/rowRules';
import { BORGERE, FORLØB, TIMER } from '../workbook/contract';
import type { IsoDate } from '../domain/model';
import type { CellValue, WorkbookPort } from '../workbook/port';
import {
  citizens,
  column,
  ensureColumns,
  fieldError,
  fromFinding,
  missingRowError,
  lookup,
  periodError,
  table,
  validate,
  type EntryResult,
  type FieldError,
  type Values,
} from './entryCore';
import { pushAll } from '../domain/collections';

export type { EntryResult, FieldError } from './entryCore';

/** The Borgere column that dates the current Parathed (issue 23); the forms fill it when Parathed is set. */
const READINESS_SINCE = 'Parathed siden';

/** Today as the Parathed siden cell (an Excel serial, as every date the entry writes). */
const sinceCell = (today: IsoDate): CellValue =>
  validate(BORGERE, { [READINESS_SINCE]: today }, true).cells[READINESS_SINCE];

/**
 * Adds a citizen. With `today`, a Parathed given without Parathed siden is dated today (it was set now);
 * a v1/v2 workbook without the column gets it appended first, no row touched.
 */
export async function addCitizen(port: WorkbookPort, values: Values, today?: IsoDate): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(BORGERE, values, false);
  if (today && parsed.readiness !== undefined && lookup(values, READINESS_SINCE) === undefined)
    cells[READINESS_SINCE] = sinceCell(today);
  const id = parsed.id as string | undefined;
  const duplicate = id === undefined ? null : (await citizens(port)).register(id, Number.MAX_SAFE_INTEGER);
  if (duplicate) errors.push(fromFinding(duplicate));
  const bad = periodError(parsed.startDate, parsed.endDate);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  // An empty Parathed siden is left out, so a workbook without the column takes the row as before.
  if (cells[READINESS_SINCE] === null) delete cells[READINESS_SINCE];
  else await ensureColumns(port, BORGERE, await table(port, BORGERE), [READINESS_SINCE]);
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
  // Empty cells are not written, so a workbook without an optional column (Mål for forløbet, Skriftlig
  // aftale, a v1's Opfølgning) takes the row as before; a value for one it lacks adds the column first.
  const written = Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null));
  const later = FORLØB.columns.filter((c) => c.since === 2 && c.header in written).map((c) => c.header);
  if (later.length > 0) await ensureColumns(port, FORLØB, await table(port, FORLØB), later);
  await port.appendRows(FORLØB.name, [written]);
  return { ok: true };
}

/**
 * Ends a placement: sets Slutdato (and, when given, Afslutningsårsag) on an existing Forløb row (1-based in
 * the data body). The form asks for the reason; the contract keeps it optional for v1 workbooks.
 */
export async function endPlacement(
  port: WorkbookPort,
  row: number,
  endDate: CellValue,
  reason?: CellValue,
): Promise<EntryResult> {
  const t = await table(port, FORLØB);
  const values: Values = { Slutdato: endDate ?? null };
  if (reason !== undefined) values['Afslutningsårsag'] = reason;
  const { errors, parsed, cells } = validate(FORLØB, values, true);
  if (parsed.endDate === undefined && !errors.some((e) => e.field === 'Slutdato'))
    errors.push(fieldError('Slutdato', 'required', {}, true));
  if (errors.length > 0) return { ok: false, errors };
  const missing = missingRowError(t, row);
  if (missing) return { ok: false, errors: [missing] };
  const start = column(FORLØB, t, 'Startdato')[row - 1]?.value;
  const bad = periodError(start, parsed.endDate);
  if (bad) return { ok: false, errors: [bad] };
  if (cells['Afslutningsårsag'] !== undefined) await ensureColumns(port, FORLØB, t, ['Afslutningsårsag']);
  await port.updateCells(
    FORLØB.name,
    Object.entries(cells)
      .filter(([, v]) => v !== null)
      .map(([column, value]) => ({ row, column, value })),
  );
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
      if (typeof x.value === 'string' && typeof months[i]?.value === 'string')
        registry.check(x.value, months[i].value as string, x.row);
    });
    const duplicate = registry.check(id!, parsed.month as string, t.rows.length + 1);
    if (duplicate) errors.push(fromFinding(duplicate));
  }
  if (errors.length > 0) return { ok: false, errors };
  await port.appendRows(TIMER.name, [cells]);
  return { ok: true };
}

/**
 * Changes fields of an existing citizen, found by Borger-ID (which itself cannot change here). With
 * `today`, a Parathed that differs from the row's writes today into Parathed siden in the same write
 * (unless the changes give Parathed siden themselves); the same Parathed again leaves it alone.
 */
export async function updateCitizen(
  port: WorkbookPort,
  id: string,
  changes: Values,
  today?: IsoDate,
): Promise<EntryResult> {
  const errors: FieldError[] = [];
  if (lookup(changes, 'Borger-ID') !== undefined) errors.push(fieldError('Borger-ID', 'idCannotChange', {}));
  const t = await table(port, BORGERE);
  const registry = new CitizenRegistry();
  for (const { row, value } of column(BORGERE, t, 'Borger-ID'))
    if (typeof value === 'string') registry.register(value, row);
  const row = registry.rowOf(id);
  if (row === undefined) return { ok: false, errors: [fieldError('Borger-ID', 'unknownCitizen', { id })] };
  const { errors: fieldErrors, parsed, cells } = validate(BORGERE, changes, true);
  pushAll(errors, fieldErrors);
  const was = column(BORGERE, t, 'Parathed')[row - 1]?.value;
  const changed = parsed.readiness !== undefined && parsed.readiness !== was;
  if (today && changed && lookup(changes, READINESS_SINCE) === undefined) {
    cells[READINESS_SINCE] = sinceCell(today);
  }
  const start = 'startDate' in parsed ? parsed.startDate : column(BORGERE, t, 'Startdato')[row - 1]?.value;
  const end = 'endDate' in parsed ? parsed.endDate : column(BORGERE, t, 'Slutdato')[row - 1]?.value;
  const bad = periodError(start, end);
  if (bad) errors.push(bad);
  if (errors.length > 0) return { ok: false, errors };
  if (cells[READINESS_SINCE] !== undefined) await ensureColumns(port, BORGERE, t, [READINESS_SINCE]);
  await port.updateCells(
    BORGERE.name,
    Object.entries(cells).map(([column, value]) => ({ row, column, value })),
  );
  return { ok: true, row };
}
