// One municipal workbook from several team or department workbooks. A Borger-ID found in more than
// one file is kept from the first file only and reported (naming both files); its Forløb and Timer
// rows follow the file the citizen was taken from. Indikatorer rows come from every file (a row two files
// have alike is kept once), Indikatormål like Indstillinger from the first file that has it. The output may not be one of the inputs: that
// would replace a team's own workbook, so it is refused before anything is read or written.
import { existsSync, statSync } from 'fs';
import { basename, resolve } from 'path';
import { loadCaseload, refreshOutputs } from '../app';
import type { Caseload, DataIssue, IsoDate, RuleId } from '../domain/model';
import type { Report } from '../domain/report';
import { CLI_TEXT } from '../text/cli';
import { isEmptyCell, normalizeKey } from '../workbook/cells';
import {
  BORGERE,
  FORLØB,
  INDIKATORER,
  INDIKATORMÅL,
  INDSTILLINGER,
  INPUT_TABLES,
  TIMER,
  type TableDef,
} from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { PLACEMENT_AGREEMENT_COLUMNS } from '../workbook/placementAgreementColumns';
import { ContractError, headerIndex } from '../workbook/read';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { UsageError, type Progress } from './io';

export interface ConsolidateResult {
  report: Report;
  duplicates: number;
}

/** Rows of a table in the contract's column order (extra columns are not carried over). */
function contractRows(def: TableDef, t: RawTable): CellValue[][] {
  const index = headerIndex(def, t);
  return t.rows.map((cells) =>
    def.columns.map((c) => {
      const at = index.get(c.header);
      return at === undefined ? null : (cells[at] ?? null);
    }),
  );
}

/**
 * The tables shared by the whole municipality: Indstillinger and Indikatormål from the first file that has
 * them; Indikatorer from every file, a row alike in two files once (issue 24). `taken` remembers both.
 */
function mergeShared(
  merged: Record<string, CellValue[][]>,
  tables: Record<string, RawTable | null>,
  taken: Set<string>,
): void {
  for (const def of [INDSTILLINGER, INDIKATORMÅL]) {
    const t = tables[def.name];
    if (!t || taken.has(def.name)) continue;
    merged[def.name] = contractRows(def, t);
    taken.add(def.name);
  }
  const figures = tables[INDIKATORER.name];
  for (const cells of figures ? contractRows(INDIKATORER, figures) : []) {
    const key = `${INDIKATORER.name}:${JSON.stringify(cells)}`;
    if (taken.has(key)) continue;
    taken.add(key);
    (merged[INDIKATORER.name] ??= []).push(cells);
  }
}

const agreementHeaders = new Set<string>(PLACEMENT_AGREEMENT_COLUMNS.map((c) => c.header));

/** The file's Forløb has Mål for forløbet or Skriftlig aftale. */
const hasAgreementColumns = (t: RawTable | null | undefined) =>
  !!t && [...headerIndex(FORLØB, t).keys()].some((h) => agreementHeaders.has(h));

/**
 * The merged table's definition and rows: Mål for forløbet / Skriftlig aftale go into Forløb only when a file
 * had one of them, as an empty column would make every ongoing praktik and løntilskud a placementWithoutAgreement.
 */
function withoutEmptyColumns(def: TableDef, rows: CellValue[][], agreementColumns: boolean): [TableDef, CellValue[][]] {
  if (def !== FORLØB || agreementColumns) return [def, rows];
  const keep = def.columns.map((c) => !agreementHeaders.has(c.header));
  return [{ ...def, columns: def.columns.filter((_, c) => keep[c]) }, rows.map((r) => r.filter((_, c) => keep[c]))];
}

const idText = (v: CellValue) => (isEmptyCell(v) ? '' : String(v).trim());

/** Same file: same resolved path, or (both existing) the same file on disk, whatever link or spelling led there. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const sa = statSync(a);
  const sb = statSync(b);
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

type Owners = Map<string, { file: string; row: number }>;

/**
 * One file's Borgere appended to `merged` (a Borger-ID taken from an earlier file is reported, not merged);
 * its Forløb and Timer rows follow their citizen.
 */
function mergeRows(
  rows: Record<string, CellValue[][]>,
  name: string,
  owner: Owners,
  merged: Record<string, CellValue[][]>,
  issues: DataIssue[],
): void {
  rows.Borgere.forEach((cells, i) => {
    const id = idText(cells[0]);
    const first = id ? owner.get(normalizeKey(id)) : undefined;
    if (first && first.file !== name) {
      issues.push({
        severity: 'error',
        table: 'Borgere',
        row: i + 1,
        column: 'Borger-ID',
        code: 'duplicateAcrossFiles',
        params: { id, firstFile: first.file, firstRow: first.row, file: name, row: i + 1 },
        consequence: 'none',
      });
      return;
    }
    if (id && !first) owner.set(normalizeKey(id), { file: name, row: i + 1 });
    merged.Borgere.push(cells);
  });
  // Forløb and Timer follow their citizen: rows for a citizen taken from another file are left out.
  for (const def of [FORLØB, TIMER]) {
    for (const cells of rows[def.name]) {
      const id = normalizeKey(idText(cells[0]));
      const o = owner.get(id);
      if (!o || o.file === name) merged[def.name].push(cells);
    }
  }
}

export async function consolidate(
  files: readonly string[],
  out: string,
  opts: {
    asOf: IsoDate;
    ruleId?: RuleId;
    now?: Date;
    progress?: Progress;
    /** Checks the merged caseload before anything is computed or written (the CLI's --as-of bound). */
    check?: (caseload: Caseload) => void;
  },
): Promise<ConsolidateResult> {
  const input = files.find((f) => sameFile(f, out));
  if (input !== undefined) {
    throw new UsageError(
      `--out "${out}" er den samme fil som projektmappen "${input}", der skal samles; ` +
        'vælg en ny fil til den samlede projektmappe, så intet teams projektmappe overskrives. Intet er skrevet.',
    );
  }
  const progress = opts.progress ?? (() => undefined);
  const owner: Owners = new Map();
  const merged: Record<string, CellValue[][]> = { Borgere: [], Forløb: [], Timer: [], Indstillinger: [] };
  const issues: DataIssue[] = [];
  const shared = new Set<string>();
  let agreementColumns = false;
  for (const [i, file] of files.entries()) {
    const name = basename(file);
    progress(CLI_TEXT.consolidating(i + 1, files.length, file));
    const wb = await XlsxWorkbook.open(file);
    const tables = await wb.readTables(INPUT_TABLES.map((t) => t.name));
    let rows: Record<string, CellValue[][]>;
    try {
      rows = {};
      for (const def of [BORGERE, FORLØB, TIMER]) {
        const t = tables[def.name];
        if (!t) throw new ContractError(`Projektmappen mangler tabellen "${def.name}"`);
        rows[def.name] = contractRows(def, t);
      }
    } catch (e) {
      if (e instanceof ContractError) throw new ContractError(`${name}: ${e.message}`);
      throw e;
    }
    agreementColumns ||= hasAgreementColumns(tables[FORLØB.name]);
    mergeRows(rows, name, owner, merged, issues);
    mergeShared(merged, tables, shared);
  }
  progress(CLI_TEXT.computing);
  const target = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) {
    const [shape, rows] = withoutEmptyColumns(def, merged[def.name] ?? [], agreementColumns);
    target.createTable(shape, rows);
  }
  if (opts.check) opts.check(await loadCaseload(target));
  const { measurement } = await refreshOutputs(target, {
    asOf: opts.asOf,
    ruleId: opts.ruleId,
    now: opts.now,
    extraIssues: issues,
  });
  progress(CLI_TEXT.saving(out));
  await target.save(out);
  return { report: measurement.report, duplicates: issues.length };
}
