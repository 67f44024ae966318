// Privacy by construction for the aggregate export: a person count of 1 or 2 is suppressed (as Jobindsats
// shows "<3"), and so is every figure in the same row computed from it (a share of 1 of 2 would give the
// counts back). Why here, apart from the mapping: one rule for every table, tested on its own.
import { SUPPRESSED, SUPPRESSION_LIMIT, type ExportColumn, type ExportRow } from './schema';

/** A person count that must not be shown: at least one person and fewer than SUPPRESSION_LIMIT. */
export const isSmallCount = (v: unknown): v is number => typeof v === 'number' && v > 0 && v < SUPPRESSION_LIMIT;

/**
 * Suppresses the small person counts of `row` (columns marked `count`), nulls the columns that
 * `derivedFrom` lists for a suppressed count, and sets `undertrykt`. With `suppress` false only
 * `undertrykt` is set (false): the internal export of --no-suppress.
 */
export function suppressRow(
  row: ExportRow,
  columns: readonly ExportColumn[],
  suppress: boolean,
  derivedFrom: Readonly<Record<string, readonly string[]>> = {},
): ExportRow {
  const out: ExportRow = { ...row };
  let suppressed = false;
  if (suppress) {
    for (const c of columns) {
      if (!c.count || !isSmallCount(out[c.name])) continue;
      out[c.name] = SUPPRESSED;
      suppressed = true;
      for (const derived of derivedFrom[c.name] ?? []) out[derived] = null;
    }
  }
  out.undertrykt = suppressed;
  return out;
}
