// The steps an import takes, shared by the CLI and the task pane wizard: read the export, work out
// the mapping (stored in the workbook + the user's), and plan against the workbook's current tables.
import { BORGERE, FORLØB, type TableDef } from '../workbook/contract';
import type { RawTable, WorkbookPort } from '../workbook/port';
import { loadMapping, resolveMapping, type ResolvedMapping, type UserMapping } from './mapping';
import { planImport, type PlanResult } from './plan';
import { EMPTY_FILE_MESSAGE, isXlsx, readCsvSource, type SourceResult, type SourceTable } from './source';

export const IMPORT_TABLES: readonly TableDef[] = [BORGERE, FORLØB];

/** Borgere or Forløb by name, forgiving case and a missing ø ("forlob"). */
export function importTable(name: string): TableDef | undefined {
  const fold = (s: string) => s.toLocaleLowerCase('da').replace(/ø/g, 'o');
  return IMPORT_TABLES.find((t) => fold(t.name) === fold(name.trim()));
}

export const UNKNOWN_TABLE_MESSAGE = (name: string) =>
  `Ukendt tabel "${name}"; der kan importeres til Borgere eller Forløb.`;

/** Reads an export: .xlsx (by its zip signature) with ExcelJS, loaded only when needed; else CSV. */
export async function readExport(bytes: Uint8Array, fileName = '', sheet?: string): Promise<SourceResult> {
  if (bytes.length === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
  if (isXlsx(bytes, fileName)) {
    const { readXlsxSource } = await import('./xlsxSource');
    return readXlsxSource(bytes, sheet);
  }
  return readCsvSource(bytes);
}

export interface PreparedImport {
  mapping: ResolvedMapping;
  /** The mapping stored in the workbook merged with the user's changes (user wins). */
  userMapping: UserMapping;
  result: PlanResult;
  existing: RawTable | null;
}

/** Loads the stored mapping, applies the user's, and plans against the workbook. Writes nothing. */
export async function prepareImport(
  port: WorkbookPort,
  def: TableDef,
  source: SourceTable,
  userMapping: UserMapping = {},
): Promise<PreparedImport> {
  const stored = await loadMapping(port, def.name);
  const merged = { ...stored, ...userMapping };
  const tables = await port.readTables(def.name === 'Forløb' ? ['Forløb', 'Borgere'] : [def.name]);
  const mapping = resolveMapping(def, source.headers, merged);
  const existing = tables[def.name] ?? null;
  const result = planImport({ def, source, mapping, existing, citizens: tables.Borgere ?? null });
  return { mapping, userMapping: merged, result, existing };
}
