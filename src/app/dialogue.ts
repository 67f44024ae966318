// Entry actions of the monthly dialogue (DOMAIN.md v2; 004 section 4.3 and 4.6): what was agreed is
// written to Aftaler in one step and closed as Udført or Droppet at the next dialogue; a praktik's
// follow-up with the company is registered on its Forløb row. Same rules as every other entry: nothing is
// written on any error, rows are never deleted, and a row is re-checked right before it is changed.
import { followUpFinding, idKey } from '../domain/rowRules';
import type { AgreementStatus, IsoDate } from '../domain/model';
import { AFTALER, FORLØB } from '../workbook/contract';
import type { WorkbookPort } from '../workbook/port';
import {
  citizens,
  column,
  ensureColumns,
  fieldError,
  fromFinding,
  missingRowError,
  table,
  validate,
  type EntryResult,
  type Values,
} from './entryCore';

/** Appends an agreement. Dato, Sagsbehandler and Aftale are required; a Borger-ID must be a known citizen. */
export async function addAgreement(port: WorkbookPort, values: Values): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(AFTALER, { Status: 'Åben', ...values }, false);
  const id = parsed.citizenId as string | undefined;
  const unknown = id === undefined ? null : (await citizens(port)).reference(id);
  if (unknown) errors.push(fromFinding(unknown));
  if (errors.length > 0) return { ok: false, errors };
  await port.ensureInputTables([AFTALER]);
  await port.appendRows(AFTALER.name, [cells]);
  return { ok: true };
}

/** Which agreement the user saw, so a row that moved in between (a sort, a co-author) is not changed. */
export interface AgreementRef {
  /** 1-based row in Aftaler's data body. */
  row: number;
  date: IsoDate;
  text: string;
}

/** Closes (or reopens) an agreement: sets Status on its row after checking it is still the same one. */
export async function setAgreementStatus(
  port: WorkbookPort,
  ref: AgreementRef,
  status: AgreementStatus,
): Promise<EntryResult> {
  const { errors, cells } = validate(AFTALER, { Status: status }, true);
  if (errors.length > 0) return { ok: false, errors };
  const t = await table(port, AFTALER);
  const missing = missingRowError(t, ref.row);
  if (missing) return { ok: false, errors: [missing] };
  const date = column(AFTALER, t, 'Dato')[ref.row - 1]?.value;
  const text = column(AFTALER, t, 'Aftale')[ref.row - 1]?.value;
  if (date !== ref.date || text !== ref.text) {
    return { ok: false, errors: [fieldError('Aftale', 'rowMoved', { id: ref.text })] };
  }
  await port.updateCells(AFTALER.name, [{ row: ref.row, column: 'Status', value: cells.Status }]);
  return { ok: true, row: ref.row };
}

/**
 * Registers a follow-up with the company on a Forløb row (Opfølgning): not before the placement started,
 * not after today. `citizenId` is the citizen the user chose, checked against the row before writing.
 */
export async function registerFollowUp(
  port: WorkbookPort,
  row: number,
  citizenId: string,
  date: Values[string],
  today: IsoDate,
): Promise<EntryResult> {
  const { errors, parsed, cells } = validate(FORLØB, { Opfølgning: date ?? null }, true);
  if (errors.length > 0) return { ok: false, errors };
  if (parsed.followUp === undefined) return { ok: false, errors: [fieldError('Opfølgning', 'required', {}, true)] };
  const t = await table(port, FORLØB);
  const missing = missingRowError(t, row);
  if (missing) return { ok: false, errors: [missing] };
  const owner = column(FORLØB, t, 'Borger-ID')[row - 1]?.value;
  if (typeof owner !== 'string' || idKey(owner) !== idKey(citizenId)) {
    return { ok: false, errors: [fieldError('Borger-ID', 'rowMoved', { id: citizenId })] };
  }
  const start = column(FORLØB, t, 'Startdato')[row - 1]?.value as string | undefined;
  const bad = start === undefined ? null : followUpFinding(parsed.followUp as string, start, today);
  if (bad) return { ok: false, errors: [fromFinding(bad)] };
  await ensureColumns(port, FORLØB, t, ['Opfølgning']);
  await port.updateCells(FORLØB.name, [{ row, column: 'Opfølgning', value: cells['Opfølgning'] }]);
  return { ok: true, row };
}
