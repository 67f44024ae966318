// Which value mappings may be stored (issue 27: settings that cannot poison later runs). A mapping
// "export value -> Fremdrift value" is kept only when it names an existing list column of the table and
// its target is one of that column's values; neither side may look like a CPR number. The CLI's
// --map-value and the task pane's value choices both store through saveValueMapping, which applies
// these rules, and loading ignores stored entries that break them.
import { looksLikeCpr } from '../security/cpr';
import { normalizeKey, parseCell } from '../workbook/cells';
import type { TableDef } from '../workbook/contract';

/** Contract header -> export value as typed -> contract value (mapping.ts's UserValueMapping). */
type UserValueMapping = Record<string, Record<string, string>>;

/** Why a value mapping is not stored, as a code with parameters (worded in src/text/imports.ts). */
export type ValueMappingProblem =
  /** The column is not one of the table's columns. */
  | { code: 'valueMapUnknownColumn'; params: { table: string; column: string; columns: readonly string[] } }
  /** The column has no fixed values, so nothing is translated in it. */
  | { code: 'valueMapNotAList'; params: { table: string; column: string; listColumns: readonly string[] } }
  /** The target is not one of the column's values. */
  | {
      code: 'valueMapBadTarget';
      params: { table: string; column: string; source: string; target: string; allowed: readonly string[] };
    }
  /** The export value or the target looks like a CPR number (neither is echoed). */
  | { code: 'valueMapCpr'; params: { table: string; column: string } };

export interface CheckedValueMapping {
  /** The entries that may be stored, under the contract's own header and value spelling. */
  valid: UserValueMapping;
  problems: ValueMappingProblem[];
}

/** Sorts a value mapping into what may be stored and why the rest may not. */
export function checkValueMapping(def: TableDef, mapping: UserValueMapping): CheckedValueMapping {
  const valid: UserValueMapping = {};
  const problems: ValueMappingProblem[] = [];
  const table = def.name;
  const listColumns = def.columns.filter((c) => c.type === 'list').map((c) => c.header);
  for (const [column, values] of Object.entries(mapping)) {
    const entries = Object.entries(values);
    if (looksLikeCpr(column) || entries.some(([s, t]) => looksLikeCpr(s) || looksLikeCpr(t))) {
      problems.push({ code: 'valueMapCpr', params: { table, column: looksLikeCpr(column) ? '' : column } });
      continue;
    }
    const col = def.columns.find((c) => normalizeKey(c.header) === normalizeKey(column));
    if (!col) {
      problems.push({
        code: 'valueMapUnknownColumn',
        params: { table, column, columns: def.columns.map((c) => c.header) },
      });
      continue;
    }
    if (col.type !== 'list') {
      problems.push({ code: 'valueMapNotAList', params: { table, column: col.header, listColumns } });
      continue;
    }
    for (const [source, target] of entries) {
      const parsed = parseCell(col, target);
      if (!parsed.ok || parsed.value === undefined) {
        const allowed = col.values ?? [];
        problems.push({ code: 'valueMapBadTarget', params: { table, column: col.header, source, target, allowed } });
        continue;
      }
      (valid[col.header] ??= {})[source] = parsed.value as string;
    }
  }
  return { valid, problems };
}
