// Parathed siden on import (issue 23): when an update changes a citizen's Parathed and the export row
// does not give Parathed siden, the import dates the change with its own date (today), as one more change
// in the preview. New citizens are left as the export has them: the import cannot know when their
// Parathed was set. A pass over a finished plan, so plan.ts plans every table the same way.
import { formatDanishDate } from '../domain/dates';
import { cellValueFor, isEmptyCell, parseCell } from '../workbook/cells';
import type { CellValue } from '../workbook/port';
import { foldHeader } from './mapping';
import type { ImportPlan, PlanInput } from './plan';

const READINESS = 'Parathed';
const READINESS_SINCE = 'Parathed siden';

/** Adds the dated Parathed siden to the plan's updates that change Parathed (Borgere, with today only). */
export function dateReadinessChanges(plan: ImportPlan, input: PlanInput): void {
  const column = input.def.columns.find((c) => c.header === READINESS_SINCE);
  const today = input.today;
  if (input.def.name !== 'Borgere' || !today || !column) return;
  const sourceAt = input.mapping.targets.get(READINESS_SINCE);
  const headers = input.existing?.headers ?? [];
  const existingAt = headers.findIndex((h) => foldHeader(String(h ?? '')) === foldHeader(READINESS_SINCE));
  const next = cellValueFor(column, today);
  let dated = false;
  for (const u of plan.updated) {
    if (!u.changes.some((c) => c.column === READINESS) || u.changes.some((c) => c.column === READINESS_SINCE)) continue;
    // The export's own date wins, even when it equals the workbook's (then there is no change to see).
    const given = sourceAt === undefined ? null : (input.source.rows[u.row - 1]?.[sourceAt] ?? null);
    if (!isEmptyCell(given)) continue;
    const old: CellValue = existingAt < 0 ? null : (input.existing?.rows[u.tableRow - 1]?.[existingAt] ?? null);
    const was = parseCell(column, old);
    const oldText = was.ok && typeof was.value === 'string' ? formatDanishDate(was.value) : String(old ?? '');
    u.changes.push({ column: READINESS_SINCE, old, new: next, oldText, newText: formatDanishDate(today) });
    dated = true;
  }
  // Parathed siden is Borgere's last column, so appending it keeps the plan's columns in contract order.
  if (dated && !plan.columns.includes(READINESS_SINCE)) {
    plan.columns.push(READINESS_SINCE);
    for (const a of plan.added) a.values.push(null);
  }
}
