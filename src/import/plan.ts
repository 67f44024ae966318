// Upsert planning: every row of an export ends in exactly one of added, updated, unchanged or
// rejected, before anything is written. Keys: Borgere by Borger-ID; Forløb by Borger-ID + Type +
// Startdato; Timer by Borger-ID + Måned; STAR_tal by Måned; Indikatorer by Måned + Indikator + Målgruppe +
// Team (the last two may be empty). Open workbook rows missing from the export
// are listed ("ikke i eksporten") with a suggested action for the user to take by hand (closed ones are
// only counted: an export of current cases leaves them out); an import never deletes a row. Case-system codes ("VP", "Kontanthjælp, aktivitetsparat") are translated by the
// workbook's stored value mapping; values nobody has mapped yet are listed once, to be mapped.
//
// Choice, documented: an update changes only the columns the mapping imports, and an EMPTY export
// cell never blanks a filled workbook cell. Exports often leave fields out (a consultant not yet
// known), and silently erasing what a caseworker typed would be worse than keeping an old value; a
// value the user wants gone is cleared by hand.
//
// Memory: the workbook table is indexed once (key -> row number); added rows keep only their
// imported values as an array, unchanged rows only their numbers. Nothing copies the whole table
// per row, so 100,000 rows plan in one pass.
//
// The plan holds codes, not sentences: row keys, rejections and mapping problems are data that
// src/text/imports.ts words in Danish (CLI, JSON) or the task pane's language.
import { formatDanishDate } from '../domain/dates';
import type { IssueCode, IssueParams } from '../domain/issues';
import type { IsoDate } from '../domain/model';
import { CitizenRegistry, idKey, periodFinding } from '../domain/rowRules';
import { cellValueFor, isEmptyCell, normalizeKey, parseCell } from '../workbook/cells';
import type { ColumnDef, TableDef } from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { foldHeader, mappingError, type MappingProblem, type ResolvedMapping } from './mapping';
import type { ReaderRowIssue } from './readerProblems';
import { numeratorProblem, stampFirstImport } from './indicatorRows';
import { columnIndex, keyValues, optionalKeys, workbookKeyReader } from './keyParts';

export { workbookKeyReader } from './keyParts';
import { openRows } from './openRows';
import type { SourceTable } from './source';
import { IMPORT_TABLES, importableTable, type MissingSuggestion } from './tables';

/** A finding about one cell, as the contract's rules give it (src/domain/issues.ts). */
export type CellFinding = { [C in IssueCode]: { code: C; params: IssueParams[C] } }[IssueCode];

/** Why an export row is refused: a cell finding, or one of the import's own reasons. */
export type RowFinding =
  | CellFinding
  /** The reader's issue with the row (an unterminated quote, too many fields). */
  | { code: 'sourceIssue'; params: { issue: ReaderRowIssue } }
  | { code: 'emptyRow'; params: Record<string, never> }
  /** A key column is empty, so the row cannot be matched. */
  | { code: 'keyMissing'; params: Record<string, never> }
  | { code: 'duplicateInExport'; params: { key: RowKey; earlierRow: number } }
  /** The row names a citizen the workbook does not have (yet). */
  | { code: 'citizenFirst'; params: { finding: CellFinding } };

/** One problem of a rejected row: the contract column ('' for the whole row) and the finding. */
export type RowProblem = RowFinding & { column: string };

/** A row's key as values (Borger-ID; Type; Startdato as ISO; Måned), worded by src/text/imports.ts. */
export interface RowKey {
  table: string;
  parts: readonly string[];
}

export interface RejectedRow {
  /** Data row in the export (the first row after the header is 1). */
  row: number;
  /** Contract column of the first problem ('' when the problem is the whole row). */
  column: string;
  /** Every problem found, first one first. */
  problems: RowProblem[];
}

export interface AddedRow {
  row: number;
  key: RowKey;
  /** Values to write, aligned with ImportPlan.columns (null = leave empty). */
  values: CellValue[];
}

export interface ColumnChange {
  column: string;
  old: CellValue;
  new: CellValue;
  /** The old and new values as a person reads them (dates as dd-mm-åååå, not Excel serials). */
  oldText: string;
  newText: string;
}

export interface UpdatedRow {
  row: number;
  /** 1-based row in the workbook table's data body. */
  tableRow: number;
  key: RowKey;
  /** The key in comparable form, to check the workbook row is still the same one when writing. */
  match: string;
  changes: ColumnChange[];
}

export interface UnchangedRow {
  row: number;
  tableRow: number;
}

export type { MissingSuggestion };

export interface MissingRow {
  tableRow: number;
  key: RowKey;
  suggestion: MissingSuggestion;
}

/** A list value the contract does not know and no stored mapping translates: to be mapped once. */
export interface UnmappedValue {
  column: string;
  value: string;
  /** Export rows holding it (all rejected until it is mapped). */
  rows: number;
  /** A contract value with the same words in another order, if there is one. */
  suggestion: string | null;
}

export interface ImportPlan {
  table: string;
  /** Number of data rows in the export. added + updated + unchanged + rejected = rows. */
  rows: number;
  /** Contract headers the import writes, in contract order. */
  columns: string[];
  added: AddedRow[];
  updated: UpdatedRow[];
  unchanged: UnchangedRow[];
  rejected: RejectedRow[];
  /** Open workbook rows (openRows.ts) whose key is not in the export: listed, never deleted. */
  notInExport: MissingRow[];
  /** Closed workbook rows not in the export: expected, only counted. */
  closedNotInExport: number;
  /** The export's header row in the file: data row r is file row headerRow + r ("række 2 i filen"). */
  headerRow: number;
  /** List values no mapping translates yet (their rows are rejected until mapped). */
  unmappedValues: UnmappedValue[];
  /** Export columns that are not imported. */
  ignoredColumns: string[];
}

export interface PlanInput {
  def: TableDef;
  source: SourceTable;
  mapping: ResolvedMapping;
  /** The workbook's current table (null when it does not exist yet). */
  existing: RawTable | null;
  /** For Forløb: the workbook's Borgere table, whose Borger-IDs placements must refer to. */
  citizens?: RawTable | null;
  /** For Forløb: Borger-IDs added by an import in the same session but not yet in `citizens`. */
  extraCitizenIds?: Iterable<string>;
  /** Stored value mapping: contract header -> folded export value -> contract value. */
  valueMapping?: ValueMapping;
  /** Today: a Forløb ending today or later is open (without it only an empty Slutdato is). */
  today?: IsoDate;
}

/** Contract header -> export value (folded with foldValue) -> contract value. */
export type ValueMapping = Record<string, Record<string, string>>;

/** How export values are compared: case, spacing and punctuation do not matter. */
export function foldValue(value: string): string {
  return normalizeKey(value)
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A contract value whose words are the export value's words in another order ("Kontanthjælp, aktivitetsparat"). */
export function suggestValue(value: string, allowed: readonly string[]): string | null {
  const words = (v: string) => foldValue(v).split(' ').sort().join(' ');
  const target = words(value);
  return allowed.find((a) => words(a) === target) ?? null;
}

/** What stops a plan: the mapping's problems, or a table nothing can be imported into. */
export type PlanProblem = MappingProblem | { code: 'notImportable'; params: { table: string; importable: string[] } };

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: PlanProblem[] };

/** A cell value as a person reads it: dates as dd-mm-åååå, the rest as written. */
function displayValue(col: ColumnDef, value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (col.type === 'date' || col.type === 'month') {
    const parsed = parseCell(col, value);
    if (parsed.ok && typeof parsed.value === 'string')
      return col.type === 'date' ? formatDanishDate(parsed.value) : parsed.value;
  }
  return String(value);
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const rowKey = (table: string, parts: readonly unknown[]): RowKey => ({ table, parts: parts.map(String) });

/** The comparable form of a key: Borger-IDs compare as the workbook reader compares them. */
export function matchKey(parts: readonly unknown[]): string {
  return JSON.stringify(parts.map((v) => (typeof v === 'string' ? idKey(v) : v)));
}

/** The imported columns and where each one sits in the export and in the workbook table. */
interface PlanColumns {
  imported: ColumnDef[];
  /** Export column of each imported column. */
  sourceAt: number[];
  /** Positions (in `imported`) of the key columns, in key order (-1 for an optional key column not imported). */
  keyPositions: number[];
  /** Per key column: may it be empty (its part of the key is then '')? */
  keyOptional: boolean[];
  /** Workbook column of each imported column (undefined when the workbook lacks it). */
  existingAt: (number | undefined)[];
  /** Positions of Startdato and Slutdato when both are imported (Forløb), for the period check. */
  period: { startAt: number; endAt: number } | null;
}

/** What every row of the export is planned against. */
interface PlanContext extends PlanColumns {
  def: TableDef;
  keyHeaders: readonly string[];
  existing: RawTable | null;
  /** Workbook key (matchKey) -> 1-based table row; the first row wins when a key repeats. */
  existingKeys: Map<string, number>;
  /** For tables whose rows name a citizen: the citizens they may refer to. */
  citizenIds: CitizenRegistry | null;
  /** The export cell after the stored value mapping. */
  translate: (c: number, raw: CellValue | undefined) => CellValue;
}

/** What the rows so far have taken: accepted keys (key -> export row) and every well-formed key seen. */
interface PlanProgress {
  plan: ImportPlan;
  acceptedKeys: Map<string, number>;
  seenKeys: Set<string>;
}

function planColumns(
  def: TableDef,
  mapping: ResolvedMapping,
  keyHeaders: readonly string[],
  existing: RawTable | null,
): PlanColumns {
  const imported = def.columns.filter((c) => mapping.targets.has(c.header));
  const byHeader = new Map(imported.map((c, i) => [c.header, i]));
  const startAt = byHeader.get('Startdato');
  const endAt = byHeader.get('Slutdato');
  const existingIndex = columnIndex(existing?.headers ?? []);
  return {
    imported,
    sourceAt: imported.map((c) => mapping.targets.get(c.header)!),
    keyPositions: keyHeaders.map((h) => imported.findIndex((c) => c.header === h)),
    keyOptional: optionalKeys(def.name, keyHeaders),
    existingAt: imported.map((c) => existingIndex.get(foldHeader(c.header))),
    period: startAt !== undefined && endAt !== undefined ? { startAt, endAt } : null,
  };
}

/** The workbook table indexed once: key -> 1-based row. Rows with an empty or invalid key are left out. */
function indexExisting(
  existing: RawTable | null,
  keyParts: (cells: readonly CellValue[]) => unknown[] | null,
): Map<string, number> {
  const keys = new Map<string, number>();
  existing?.rows.forEach((cells, i) => {
    const parts = keyParts(cells);
    if (!parts) return;
    const key = matchKey(parts);
    if (!keys.has(key)) keys.set(key, i + 1);
  });
  return keys;
}

/** For tables whose key starts with a citizen (Forløb, Timer): the Borger-IDs rows may name; else null. */
function citizenRegistry(input: PlanInput, keyHeaders: readonly string[]): CitizenRegistry | null {
  if (!input.def.columns.some((c) => c.refersToCitizen && c.header === keyHeaders[0])) return null;
  const citizenIds = new CitizenRegistry();
  const table = input.citizens;
  const at = table ? columnIndex(table.headers).get(foldHeader('Borger-ID')) : undefined;
  if (table && at !== undefined) {
    table.rows.forEach((cells, i) => {
      if (!isBlank(cells[at])) citizenIds.register(String(cells[at]).trim(), i + 1);
    });
  }
  for (const id of input.extraCitizenIds ?? []) citizenIds.register(id, 0);
  return citizenIds;
}

/** The reader's first issue about each data row (row 0, the header or the file, is not a row's). */
function firstIssuePerRow(source: SourceTable): Map<number, ReaderRowIssue> {
  const issues = new Map<number, ReaderRowIssue>();
  for (const { row, code, params } of source.issues) {
    if (row > 0 && !issues.has(row)) issues.set(row, { code, params } as ReaderRowIssue);
  }
  return issues;
}

/**
 * Translates list values by the stored value mapping. A list value neither the contract nor the mapping
 * knows is noted once per column and folded value, with how many rows hold it, for the user to map.
 */
function valueTranslator(imported: readonly ColumnDef[], valueMapping: ValueMapping | undefined) {
  const valueMaps = imported.map((c) => valueMapping?.[c.header] ?? null);
  const unmapped = new Map<string, UnmappedValue>();
  const translate = (c: number, raw: CellValue | undefined): CellValue => {
    const col = imported[c];
    if (col.type !== 'list' || raw === null || raw === undefined || isEmptyCell(raw)) return raw ?? null;
    const mapped = valueMaps[c]?.[foldValue(String(raw))];
    if (mapped !== undefined) return mapped;
    if (!parseCell(col, raw).ok) {
      const key = `${col.header}\u0000${foldValue(String(raw))}`;
      const entry = unmapped.get(key) ?? {
        column: col.header,
        value: String(raw).trim(),
        rows: 0,
        suggestion: suggestValue(String(raw), col.values ?? []),
      };
      entry.rows++;
      unmapped.set(key, entry);
    }
    return raw;
  };
  const unmappedValues = () =>
    [...unmapped.values()].sort((a, b) => b.rows - a.rows || a.column.localeCompare(b.column, 'da'));
  return { translate, unmappedValues };
}

/** The export row's cells parsed per imported column (undefined where empty or invalid), with the problems. */
function parseRow(ctx: PlanContext, cells: readonly CellValue[]): { parsed: unknown[]; problems: RowProblem[] } {
  const parsed: unknown[] = new Array(ctx.imported.length);
  const problems: RowProblem[] = [];
  for (let c = 0; c < ctx.imported.length; c++) {
    const result = parseCell(ctx.imported[c], ctx.translate(c, cells[ctx.sourceAt[c]]));
    if (result.ok) parsed[c] = result.value;
    else {
      parsed[c] = undefined;
      problems.push({ column: ctx.imported[c].header, code: result.code, params: result.params } as RowProblem);
    }
  }
  return { parsed, problems };
}

/** Why a well-parsed row cannot be matched: a key column empty, a key already taken, an unknown citizen. */
function matchProblems(ctx: PlanContext, progress: PlanProgress, parsed: unknown[], key: string | null): RowProblem[] {
  if (!key) {
    const missing = ctx.keyPositions
      .filter((p, k) => !ctx.keyOptional[k] && p >= 0 && parsed[p] === undefined)
      .map((p) => ctx.imported[p].header);
    return missing.map((h) => ({ column: h, code: 'keyMissing', params: {} }));
  }
  const earlier = progress.acceptedKeys.get(key);
  if (earlier !== undefined) {
    const keyText = rowKey(ctx.def.name, keyValues(ctx, parsed) ?? []);
    return [{ column: ctx.keyHeaders[0], code: 'duplicateInExport', params: { key: keyText, earlierRow: earlier } }];
  }
  const unknown = ctx.citizenIds?.reference(parsed[ctx.keyPositions[0]] as string);
  if (unknown) {
    const finding = { code: unknown.code, params: unknown.params } as CellFinding;
    return [{ column: 'Borger-ID', code: 'citizenFirst', params: { finding } }];
  }
  return [];
}

/**
 * The row as it will be (export values, the workbook's where the export is empty) checked as a whole:
 * required columns filled, and a placement's period in order.
 */
function mergedProblems(ctx: PlanContext, parsed: unknown[], existingCells: readonly CellValue[] | null): RowProblem[] {
  const merged = (c: number): unknown => {
    if (parsed[c] !== undefined || !existingCells) return parsed[c];
    const at = ctx.existingAt[c];
    if (at === undefined) return undefined;
    const old = parseCell(ctx.imported[c], existingCells[at]);
    return old.ok ? old.value : undefined;
  };
  const problems: RowProblem[] = [];
  for (let c = 0; c < ctx.imported.length; c++) {
    if (ctx.imported[c].required && merged(c) === undefined)
      problems.push({ column: ctx.imported[c].header, code: 'required', params: {} });
  }
  const numerator = ctx.def.name === 'Indikatorer' ? numeratorProblem(ctx.imported, merged) : null;
  if (numerator) problems.push(numerator);
  if (ctx.period) {
    const { startAt, endAt } = ctx.period;
    const bad = periodFinding(merged(startAt) as string | undefined, merged(endAt) as string | undefined);
    if (bad) problems.push({ column: bad.column, code: bad.code, params: bad.params } as RowProblem);
  }
  return problems;
}

/** The columns an update changes. Empty export cells keep the workbook's value; the key keeps its spelling. */
function changesOf(ctx: PlanContext, parsed: unknown[], existingCells: readonly CellValue[]): ColumnChange[] {
  const changes: ColumnChange[] = [];
  for (let c = 0; c < ctx.imported.length; c++) {
    if (parsed[c] === undefined) continue;
    if (ctx.keyPositions.includes(c)) continue;
    const col = ctx.imported[c];
    const at = ctx.existingAt[c];
    const oldRaw = at === undefined ? null : (existingCells[at] ?? null);
    const old = parseCell(col, oldRaw);
    if (old.ok && old.value === parsed[c]) continue;
    const next = cellValueFor(col, parsed[c]);
    changes.push({
      column: col.header,
      old: oldRaw,
      new: next,
      oldText: displayValue(col, oldRaw),
      newText: displayValue(col, next),
    });
  }
  return changes;
}

/** Plans one export row: it ends in exactly one of added, updated, unchanged or rejected. */
function planRow(
  ctx: PlanContext,
  progress: PlanProgress,
  row: number,
  cells: readonly CellValue[],
  structural?: ReaderRowIssue,
): void {
  const { plan } = progress;
  const reject = (problems: RowProblem[]) => plan.rejected.push({ row, column: problems[0].column, problems });
  if (structural) return void reject([{ column: '', code: 'sourceIssue', params: { issue: structural } }]);
  if (cells.every(isBlank)) return void reject([{ column: '', code: 'emptyRow', params: {} }]);

  const { parsed, problems } = parseRow(ctx, cells);
  // Borger-IDs compare as the workbook reader compares them (case and spacing ignored), so "b1"
  // updates "B1" instead of adding a duplicate the reader would refuse.
  const parts = keyValues(ctx, parsed);
  const key = parts ? matchKey(parts) : null;
  if (key) progress.seenKeys.add(key);
  if (problems.length > 0) return void reject(problems);
  const unmatched = matchProblems(ctx, progress, parsed, key);
  if (unmatched.length > 0) return void reject(unmatched);

  const tableRow = ctx.existingKeys.get(key!);
  const existingCells = tableRow !== undefined ? ctx.existing!.rows[tableRow - 1] : null;
  const incomplete = mergedProblems(ctx, parsed, existingCells);
  if (incomplete.length > 0) return void reject(incomplete);
  progress.acceptedKeys.set(key!, row);

  const keyText = rowKey(ctx.def.name, parts!);
  if (tableRow === undefined) {
    plan.added.push({ row, key: keyText, values: ctx.imported.map((col, c) => cellValueFor(col, parsed[c])) });
    return;
  }
  const changes = changesOf(ctx, parsed, existingCells!);
  if (changes.length > 0) plan.updated.push({ row, tableRow, key: keyText, match: key!, changes });
  else plan.unchanged.push({ row, tableRow });
}

/** Builds the plan. Returns the problems instead when the mapping lacks a required column. */
export function planImport(input: PlanInput): PlanResult {
  const { def, source, mapping, existing } = input;
  const problems = mappingError(mapping);
  if (problems) return { ok: false, problems };
  const importable = importableTable(def.name);
  if (!importable)
    return {
      ok: false,
      problems: [{ code: 'notImportable', params: { table: def.name, importable: IMPORT_TABLES.map((t) => t.name) } }],
    };
  const keyHeaders = importable.keyColumns;
  const columns = planColumns(def, mapping, keyHeaders, existing);
  const existingKeyParts = workbookKeyReader(def, existing?.headers ?? []);
  const values = valueTranslator(columns.imported, input.valueMapping);
  const ctx: PlanContext = {
    ...columns,
    def,
    keyHeaders,
    existing,
    existingKeys: indexExisting(existing, existingKeyParts),
    citizenIds: citizenRegistry(input, keyHeaders),
    translate: values.translate,
  };
  const plan: ImportPlan = {
    table: def.name,
    rows: source.rows.length,
    columns: columns.imported.map((c) => c.header),
    added: [],
    updated: [],
    unchanged: [],
    rejected: [],
    notInExport: [],
    closedNotInExport: 0,
    headerRow: source.headerRow ?? 1,
    unmappedValues: [],
    ignoredColumns: mapping.columns
      .filter((c) => c.target === null && c.sourceHeader !== '')
      .map((c) => c.sourceHeader),
  };
  const progress: PlanProgress = { plan, acceptedKeys: new Map(), seenKeys: new Set() };
  const structural = firstIssuePerRow(source);
  for (let r = 0; r < source.rows.length; r++) planRow(ctx, progress, r + 1, source.rows[r], structural.get(r + 1));

  const missing = openRows(def, existing, ctx.existingKeys, progress.seenKeys, input.today);
  const keyOf = (row: number) => rowKey(def.name, existingKeyParts(existing!.rows[row - 1])!);
  plan.notInExport = missing.open.map((row) => ({ tableRow: row, key: keyOf(row), suggestion: importable.missing }));
  plan.closedNotInExport = missing.closed;
  plan.unmappedValues = values.unmappedValues();
  if (def.name === 'Indikatorer') stampFirstImport(plan, input.today);
  return { ok: true, plan };
}
