// Parathed siden on import (issue 23): when an update changes a citizen's Parathed and the export does
// not give Parathed siden for that row, the import dates the change with its own date (today), as one
// more change in the preview. New citizens are left as the export has them: the import cannot know
// when their Parathed was set.
import { formatDanishDate } from '../domain/dates';
import type { IsoDate } from '../domain/model';
import { cellValueFor, parseCell } from '../workbook/cells';
import type { ColumnDef, TableDef } from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { foldHeader } from './mapping';

const READINESS = 'Parathed';
export const READINESS_SINCE = 'Parathed siden';

/** A change of one column, as plan.ts lists it for an updated row. */
interface Change {
  column: string;
  old: CellValue;
  new: CellValue;
  oldText: string;
  newText: string;
}

/** What the stamp needs, worked out once per plan; null when the import does not date Parathed. */
export interface ReadinessStamp {
  /** Position of Parathed siden among the imported columns (-1 when not imported). */
  importedAt: number;
  /** Its column in the workbook table (undefined when the table lacks it). */
  existingAt: number | undefined;
  column: ColumnDef;
  today: IsoDate;
}

export function readinessStamp(
  def: TableDef,
  imported: readonly ColumnDef[],
  existing: RawTable | null,
  today: IsoDate | undefined,
): ReadinessStamp | null {
  const column = def.columns.find((c) => c.header === READINESS_SINCE);
  if (def.name !== 'Borgere' || !today || !column) return null;
  const existingAt = (existing?.headers ?? []).findIndex(
    (h) => foldHeader(String(h ?? '')) === foldHeader(READINESS_SINCE),
  );
  return {
    importedAt: imported.findIndex((c) => c.header === READINESS_SINCE),
    existingAt: existingAt < 0 ? undefined : existingAt,
    column,
    today,
  };
}

/** Appends the Parathed siden change when Parathed changes and the export row does not date it. */
export function stampReadinessSince(
  stamp: ReadinessStamp | null,
  parsed: readonly unknown[],
  existingCells: readonly CellValue[],
  changes: Change[],
): void {
  if (!stamp || !changes.some((c) => c.column === READINESS)) return;
  if (stamp.importedAt >= 0 && parsed[stamp.importedAt] !== undefined) return;
  const old = stamp.existingAt === undefined ? null : (existingCells[stamp.existingAt] ?? null);
  const next = cellValueFor(stamp.column, stamp.today);
  const was = parseCell(stamp.column, old);
  const oldText = was.ok && typeof was.value === 'string' ? formatDanishDate(was.value) : String(old ?? '');
  changes.push({ column: READINESS_SINCE, old, new: next, oldText, newText: formatDanishDate(stamp.today) });
}
