// The steps an import takes, shared by the CLI and the task pane wizard: read the export, work out
// the mapping (stored in the workbook + the user's), and plan against the workbook's current tables.
import type { TableDef } from '../workbook/contract';
import type { RawTable, WorkbookPort } from '../workbook/port';
import {
  loadMapping,
  loadValueMapping,
  resolveMapping,
  type ResolvedMapping,
  type UserMapping,
  type UserValueMapping,
} from './mapping';
import { foldValue, planImport, type PlanResult, type ValueMapping } from './plan';
import { dateReadinessChanges } from './readinessSince';
import { readerFor } from './readers';
import { EMPTY_FILE } from './readerProblems';
import type { IsoDate } from '../domain/model';
import { type SourceResult, type SourceTable } from './source';
import { IMPORT_TABLES } from './tables';

/** A table by name, forgiving case, a missing ø ("forlob") and the sheet's hyphen ("STAR-tal"). */
export function importTable(name: string): TableDef | undefined {
  const fold = (s: string) => s.toLocaleLowerCase('da').replace(/ø/g, 'o').replace(/[-_ ]/g, '');
  return IMPORT_TABLES.find((t) => fold(t.name) === fold(name.trim()));
}

/** Folds the export values of a value mapping the way the plan compares them. */
function foldedValueMapping(mapping: UserValueMapping): ValueMapping {
  const folded: ValueMapping = {};
  for (const [column, values] of Object.entries(mapping)) {
    folded[column] = {};
    for (const [source, target] of Object.entries(values)) folded[column][foldValue(source)] = target;
  }
  return folded;
}

/** Reads an export with the reader its bytes (or name) call for (readers.ts); an empty file is refused. */
export async function readExport(bytes: Uint8Array, fileName = '', sheet?: string): Promise<SourceResult> {
  if (bytes.length === 0) return { ok: false, problem: EMPTY_FILE };
  return readerFor(bytes, fileName).read(bytes, sheet);
}

export interface PreparedImport {
  mapping: ResolvedMapping;
  /** The mapping stored in the workbook merged with the user's changes (user wins). */
  userMapping: UserMapping;
  /** The value mapping stored in the workbook merged with the user's (user wins). */
  valueMapping: UserValueMapping;
  result: PlanResult;
  existing: RawTable | null;
}

/** Loads the stored mapping, applies the user's, and plans against the workbook. Writes nothing. */
export async function prepareImport(
  port: WorkbookPort,
  def: TableDef,
  source: SourceTable,
  userMapping: UserMapping = {},
  userValues: UserValueMapping = {},
  /** Today, so a Forløb ending today or later still counts as open when missing from the export. */
  today?: IsoDate,
): Promise<PreparedImport> {
  const stored = await loadMapping(port, def.name);
  const merged = { ...stored, ...userMapping };
  const storedValues = await loadValueMapping(port, def.name);
  const valueMapping: UserValueMapping = { ...storedValues };
  for (const [column, values] of Object.entries(userValues))
    valueMapping[column] = { ...valueMapping[column], ...values };
  const namesCitizens = def.columns.some((c) => c.refersToCitizen);
  const tables = await port.readTables(namesCitizens ? [def.name, 'Borgere'] : [def.name]);
  const mapping = resolveMapping(def, source.headers, merged);
  const existing = tables[def.name] ?? null;
  const input = {
    def,
    source,
    mapping,
    existing,
    citizens: tables.Borgere ?? null,
    valueMapping: foldedValueMapping(valueMapping),
    today,
  };
  const result = planImport(input);
  // A changed Parathed is dated with the import's date where the export does not date it (issue 23).
  if (result.ok) dateReadinessChanges(result.plan, input);
  return { mapping, userMapping: merged, valueMapping, result, existing };
}
