// Correct, don't refuse: the pane offers to correct an existing row (an hours entry for a month that has a
// row, a second open placement of the same type) instead of refusing the entry. The pane shows the change
// as a preview; this action applies it on the user's explicit confirmation. It updates only the given cells
// of that one row, after checking the row still holds what the preview showed (rows may have moved since),
// and never touches any other row.
import { idKey } from '../domain/rowRules';
import type { TableDef } from '../workbook/contract';
import type { WorkbookPort } from '../workbook/port';
import {
  column,
  ensureColumns,
  fieldError,
  missingRowError,
  periodError,
  table,
  validate,
  type EntryResult,
  type Values,
} from './entryCore';

/** What the preview was built on: parsed values of key columns the row must still hold (e.g. Borger-ID, Måned). */
export type RowIdentity = Record<string, string>;

const same = (a: unknown, b: string) => typeof a === 'string' && idKey(a) === idKey(b);

/**
 * Sets the given cells of one row (1-based in the data body) of an input table. Refuses, writing nothing,
 * when a value does not parse, the row is gone, the row no longer matches `identity`, or Startdato/Slutdato
 * would end before they start. Empty values are left out (a correction never blanks a cell).
 */
export async function correctRow(
  port: WorkbookPort,
  def: TableDef,
  row: number,
  identity: RowIdentity,
  changes: Values,
): Promise<EntryResult> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== null && v !== undefined));
  const { errors, parsed, cells } = validate(def, given, true);
  if (errors.length > 0) return { ok: false, errors };
  const t = await table(port, def);
  const missing = missingRowError(t, row);
  if (missing) return { ok: false, errors: [missing] };
  for (const [header, value] of Object.entries(identity)) {
    if (!same(column(def, t, header)[row - 1]?.value, value))
      return { ok: false, errors: [fieldError('Række', 'noSuchRow', { row })] };
  }
  if (def.columns.some((c) => c.header === 'Startdato')) {
    const start = 'startDate' in parsed ? parsed.startDate : column(def, t, 'Startdato')[row - 1]?.value;
    const end = 'endDate' in parsed ? parsed.endDate : column(def, t, 'Slutdato')[row - 1]?.value;
    const bad = periodError(start, end);
    if (bad) return { ok: false, errors: [bad] };
  }
  await ensureColumns(port, def, t, Object.keys(cells));
  await port.updateCells(
    def.name,
    Object.entries(cells).map(([header, value]) => ({ row, column: header, value })),
  );
  return { ok: true, row };
}
