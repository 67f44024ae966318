// Which export column fills which contract column. Headers that already match the contract map
// themselves (ignoring case, spaces, hyphens and diacritics: "borger id", "BORGER-ID", "Start dato");
// the rest are mapped once by the user and stored in the workbook's Indstillinger table as
// `Importkort:<tabel>:<kildekolonne>` = contract header, so next month's export maps itself.
// Problems with a mapping are codes with parameters; src/text/imports.ts words them (Danish and English).
import { INDSTILLINGER, type TableDef } from '../workbook/contract';
import type { CellUpdate, WorkbookPort } from '../workbook/port';
import { IMPORT_MAPPING_KEY_PREFIX, VALUE_MAPPING_KEY_PREFIX } from '../workbook/settingsKeys';
import { importableTable } from './tables';
import { checkValueMapping, type ValueMappingProblem } from './valueMappingRules';

/** Source header -> contract header; '' means "do not import this column". */
export type UserMapping = Record<string, string>;

export interface MappedColumn {
  sourceIndex: number;
  sourceHeader: string;
  /** Contract header this column fills, or null when it is not imported. */
  target: string | null;
  /** True when the header matched the contract by itself. */
  automatic: boolean;
}

export interface ResolvedMapping {
  table: string;
  columns: MappedColumn[];
  /** Contract headers -> source column index, for the imported columns. */
  targets: Map<string, number>;
  /** Required contract headers no source column fills. */
  missingRequired: string[];
  /** Problems with the mapping itself (unknown target, two sources for one target). */
  errors: MappingProblem[];
}

/** What keeps a mapping from being used, as a code with parameters (worded in src/text/imports.ts). */
export type MappingProblem =
  /** The stored or given mapping names a contract column the table does not have. */
  | { code: 'unknownTarget'; params: { source: string; target: string; table: string } }
  /** Two export columns fill the same contract column. */
  | { code: 'twoSources'; params: { first: string; second: string; table: string; target: string } }
  /** Required contract columns no export column fills. */
  | { code: 'missingRequired'; params: { table: string; columns: string[] } };

/** Folds a header for comparison: lower case, no diacritics (å->a, æ->ae, ø->o), only letters/digits. */
export function foldHeader(header: string): string {
  return header
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/aa/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Resolves the mapping of source headers onto a contract table. User entries win over automatic ones. */
export function resolveMapping(
  def: TableDef,
  sourceHeaders: readonly string[],
  user: UserMapping = {},
): ResolvedMapping {
  const byFold = new Map(def.columns.map((c) => [foldHeader(c.header), c.header]));
  const userByFold = new Map<string, string>();
  const errors: MappingProblem[] = [];
  const present = new Set(sourceHeaders.map(foldHeader));
  for (const [source, target] of Object.entries(user)) {
    // Entries for columns this export does not have (stored for another month's export) do not matter.
    if (!present.has(foldHeader(source))) continue;
    if (target !== '' && !byFold.has(foldHeader(target))) {
      errors.push({ code: 'unknownTarget', params: { source, target, table: def.name } });
      continue;
    }
    userByFold.set(foldHeader(source), target === '' ? '' : byFold.get(foldHeader(target))!);
  }
  const columns: MappedColumn[] = sourceHeaders.map((sourceHeader, sourceIndex) => {
    const fold = foldHeader(sourceHeader);
    const chosen = userByFold.get(fold);
    if (chosen !== undefined)
      return { sourceIndex, sourceHeader, target: chosen === '' ? null : chosen, automatic: false };
    const own = byFold.get(fold);
    return { sourceIndex, sourceHeader, target: own ?? null, automatic: own !== undefined };
  });
  const targets = new Map<string, number>();
  for (const col of columns) {
    if (col.target === null || col.sourceHeader === '') continue;
    const earlier = targets.get(col.target);
    if (earlier !== undefined) {
      const first = columns[earlier].sourceHeader;
      errors.push({
        code: 'twoSources',
        params: { first, second: col.sourceHeader, table: def.name, target: col.target },
      });
      continue;
    }
    targets.set(col.target, col.sourceIndex);
  }
  const missingRequired = def.columns.filter((c) => c.required && !targets.has(c.header)).map((c) => c.header);
  return { table: def.name, columns, targets, missingRequired, errors };
}

/** The problems that stop an import before anything else, or null when the mapping is usable. */
export function mappingError(mapping: ResolvedMapping): MappingProblem[] | null {
  const parts = [...mapping.errors];
  if (mapping.missingRequired.length > 0)
    parts.push({ code: 'missingRequired', params: { table: mapping.table, columns: mapping.missingRequired } });
  return parts.length > 0 ? parts : null;
}

export const MAPPING_KEY_PREFIX = IMPORT_MAPPING_KEY_PREFIX;

export function mappingKey(table: string, sourceHeader: string): string {
  return `${MAPPING_KEY_PREFIX}${table}:${sourceHeader}`;
}

function keyColumns(headers: readonly string[]) {
  const fold = headers.map(foldHeader);
  return { key: fold.indexOf(foldHeader('Nøgle')), value: fold.indexOf(foldHeader('Værdi')) };
}

/** Stored entries under a key prefix: the rest of the key -> value (later rows win). */
async function loadStored(port: WorkbookPort, prefix: string): Promise<Record<string, string>> {
  const settings = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name];
  const stored: Record<string, string> = {};
  if (!settings) return stored;
  const at = keyColumns(settings.headers);
  if (at.key < 0) return stored;
  for (const row of settings.rows) {
    const key = row[at.key];
    if (typeof key !== 'string' || !key.startsWith(prefix)) continue;
    const value = at.value >= 0 ? row[at.value] : null;
    stored[key.slice(prefix.length)] = value === null || value === undefined ? '' : String(value).trim();
  }
  return stored;
}

/** The stored mapping for a table, from Indstillinger (empty when there is none). */
export async function loadMapping(port: WorkbookPort, table: string): Promise<UserMapping> {
  return loadStored(port, mappingKey(table, ''));
}

export function valueMappingKey(table: string, column: string, sourceValue: string): string {
  return `${VALUE_MAPPING_KEY_PREFIX}${table}:${column}:${sourceValue}`;
}

/** Contract header -> export value as typed -> contract value, for one table. */
export type UserValueMapping = Record<string, Record<string, string>>;

/** Only entries that name a list column of the table and one of its values (valueMappingRules.ts). */
function storable(table: string, mapping: UserValueMapping): ReturnType<typeof checkValueMapping> {
  const def = importableTable(table)?.def;
  return def ? checkValueMapping(def, mapping) : { valid: {}, problems: [] };
}

/**
 * The stored value mapping for a table ("VP" means Virksomhedspraktik), from Indstillinger. A stored
 * entry the rules refuse (written by an older version, or typed by hand) is ignored, so it cannot make
 * every later import of that value fail.
 */
export async function loadValueMapping(port: WorkbookPort, table: string): Promise<UserValueMapping> {
  const stored = await loadStored(port, `${VALUE_MAPPING_KEY_PREFIX}${table}:`);
  const mapping: UserValueMapping = {};
  for (const [rest, target] of Object.entries(stored)) {
    const cut = rest.indexOf(':');
    if (cut <= 0 || target === '') continue;
    (mapping[rest.slice(0, cut)] ??= {})[rest.slice(cut + 1)] = target;
  }
  return storable(table, mapping).valid;
}

/**
 * Stores value mappings beside the column mapping, so next month's export maps itself. Nothing is
 * stored when any entry is refused (unknown column, a column without fixed values, a target that is not
 * one of its values, a CPR number); the problems are returned for the caller to show.
 */
export async function saveValueMapping(
  port: WorkbookPort,
  table: string,
  mapping: UserValueMapping,
): Promise<ValueMappingProblem[]> {
  const { valid, problems } = storable(table, mapping);
  if (problems.length > 0) return problems;
  const entries: Record<string, string> = {};
  for (const [column, values] of Object.entries(valid)) {
    for (const [source, target] of Object.entries(values)) entries[valueMappingKey(table, column, source)] = target;
  }
  await saveStored(port, entries);
  return [];
}

/**
 * Stores a user mapping in Indstillinger: changed keys are updated in place, new keys appended;
 * stored entries not in `mapping` are left alone (never deleted). Creates Indstillinger if missing.
 */
export async function saveMapping(port: WorkbookPort, table: string, mapping: UserMapping): Promise<void> {
  const entries: Record<string, string> = {};
  for (const [source, target] of Object.entries(mapping)) entries[mappingKey(table, source)] = target;
  await saveStored(port, entries);
}

/** Writes key/value entries into Indstillinger: existing keys updated in place, new ones appended. */
async function saveStored(port: WorkbookPort, stored: Record<string, string>): Promise<void> {
  const entries = Object.entries(stored);
  if (entries.length === 0) return;
  let settings = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name];
  if (!settings || keyColumns(settings.headers).value < 0) {
    await port.ensureInputTables([INDSTILLINGER]);
    settings = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name];
  }
  const rowsByKey = new Map<string, { row: number; value: string }>();
  if (settings) {
    const at = keyColumns(settings.headers);
    settings.rows.forEach((r, i) => {
      const key = r[at.key];
      // The last row of a key is the one loadStored uses, so it is the one to update.
      if (typeof key === 'string') {
        const value = r[at.value];
        rowsByKey.set(key, { row: i + 1, value: value === null || value === undefined ? '' : String(value) });
      }
    });
  }
  const updates: CellUpdate[] = [];
  const additions: Record<string, string>[] = [];
  for (const [key, target] of entries) {
    const existing = rowsByKey.get(key);
    if (!existing) additions.push({ Nøgle: key, Værdi: target });
    else if (existing.value !== target) updates.push({ row: existing.row, column: 'Værdi', value: target });
  }
  if (updates.length > 0) await port.updateCells(INDSTILLINGER.name, updates);
  if (additions.length > 0) await port.appendRows(INDSTILLINGER.name, additions);
}
