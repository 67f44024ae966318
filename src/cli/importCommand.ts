// `fremdrift import <export.csv|xlsx> --into <workbook.xlsx> --table Borgere|Forløb|Timer|STAR_tal
//   [--mapping FILE] [--map-value KOLONNE:KILDE=VÆRDI ...] [--sheet NAME] [--dry-run] [--json] [--quiet]`
// A case system's own codes ("VP") are mapped once with --map-value and stored in the workbook, so next
// month's export maps itself; unknown values are listed with a suggestion.
//
// Exit codes are the CLI's (io.ts): 0 = the import was planned (and written unless --dry-run), even when
// some rows were rejected (they are listed); 1 = wrong usage; 2 = a file cannot be used (missing,
// unreadable or empty export, mapping lacks a required column, workbook cannot be opened or saved).
// A header-only export is not an error: it has 0 rows and exits 0. A file with no header at all exits 2.
import { todayInDenmark } from '../app/today';
import { promises as fs } from 'fs';
import { applyPlan } from '../import/apply';
import { foldHeader, saveMapping, saveValueMapping, type UserMapping, type UserValueMapping } from '../import/mapping';
import type { ImportPlan } from '../import/plan';
import { EXPORT_FORMATS } from '../import/readers';
import { importTable, prepareImport, readExport } from '../import/session';
import { IMPORT_TABLES } from '../import/tables';
import {
  IMPORT_FILE_TEXT,
  importHelp,
  importSummaryText,
  importUsage,
  CLI_TEXT,
  type ImportFileRole,
} from '../text/cli';
import { checkValueMapping } from '../import/valueMappingRules';
import {
  planProblemsText,
  readerProblemText,
  rejectedRowText,
  unknownTableText,
  valueMappingProblemsText,
} from '../text/imports';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { parseCommand } from './args';
import { EXIT, exitCodeFor, processIo, progressOn, UsageError, type ExitCode, type Io } from './io';

/** The importable tables' names, for the usage line and the missing --table message. */
const TABLE_NAMES = IMPORT_TABLES.map((t) => t.name);

const IMPORT_USAGE = importUsage(EXPORT_FORMATS, TABLE_NAMES);

interface ImportArgs {
  file: string;
  into: string;
  table: string;
  mapping?: string;
  values: UserValueMapping;
  sheet?: string;
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
}

/** The import's arguments, or null when --help was asked. */
function importArgs(argv: string[]): ImportArgs | null {
  const args = parseCommand(argv, {
    into: { type: 'string' },
    table: { type: 'string' },
    mapping: { type: 'string' },
    'map-value': { type: 'string', multiple: true },
    sheet: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (args.flag('help')) return null;
  if (args.positionals.length !== 1) throw new UsageError('Angiv præcis én eksportfil.');
  const into = args.text('into');
  const table = args.text('table');
  if (!into) throw new UsageError('Angiv projektmappen med --into.');
  if (!table) throw new UsageError(`Angiv tabellen med --table og en af: ${TABLE_NAMES.join(', ')}.`);
  return {
    file: args.positionals[0],
    into,
    table,
    mapping: args.text('mapping'),
    values: valueMappings(args.texts('map-value')),
    sheet: args.text('sheet'),
    dryRun: args.flag('dry-run'),
    json: args.flag('json'),
    quiet: args.flag('quiet'),
  };
}

/** `Type:VP=Virksomhedspraktik` → { Type: { VP: 'Virksomhedspraktik' } }. */
function valueMappings(specs: readonly string[]): UserValueMapping {
  const mapping: UserValueMapping = {};
  for (const spec of specs) {
    const m = /^([^:]+):(.+)=(.+)$/.exec(spec);
    if (!m)
      throw new UsageError(
        `--map-value "${spec}" skal have formen Kolonne:kildeværdi=Fremdrift-værdi, fx Type:VP=Virksomhedspraktik.`,
      );
    (mapping[m[1].trim()] ??= {})[m[2].trim()] = m[3].trim();
  }
  return mapping;
}

async function readFileOrMessage(path: string, role: ImportFileRole): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return IMPORT_FILE_TEXT.missing(role, path);
    if (code === 'EISDIR') return IMPORT_FILE_TEXT.folder(role, path);
    return IMPORT_FILE_TEXT.unreadable(role, path, code ?? (e as Error).message);
  }
}

async function readMappingFile(path: string): Promise<UserMapping | string> {
  const bytes = await readFileOrMessage(path, 'mapping');
  if (typeof bytes === 'string') return bytes;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    const isObject = !!parsed && typeof parsed === 'object' && !Array.isArray(parsed);
    const entries = isObject ? Object.entries(parsed as Record<string, unknown>) : [];
    if (isObject && entries.every(([, v]) => typeof v === 'string')) return Object.fromEntries(entries) as UserMapping;
  } catch {
    // Not JSON at all: the same answer as JSON of the wrong shape.
  }
  return IMPORT_FILE_TEXT.badMapping(path);
}

/** The exact JSON contract: {"rows","added","updated","unchanged","rejected":[{row,column,message}]}. */
export function jsonSummary(plan: ImportPlan): string {
  return JSON.stringify({
    rows: plan.rows,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged.length,
    rejected: plan.rejected.map((r) => ({
      row: r.row,
      column: r.column,
      message: rejectedRowText(plan.table, r, 'da'),
    })),
  });
}

export async function runImport(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const fail = (message: string, code: ExitCode = EXIT.file) => {
    io.err(message.replace(/\n$/, ''));
    return code;
  };
  let args: ImportArgs | null;
  try {
    args = importArgs(argv);
  } catch (e) {
    if (exitCodeFor(e) === EXIT.usage) return fail(`${(e as Error).message}\n${IMPORT_USAGE}`, EXIT.usage);
    throw e;
  }
  if (!args) {
    io.out(importHelp(EXPORT_FORMATS, TABLE_NAMES));
    return EXIT.ok;
  }
  const def = importTable(args.table);
  if (!def) return fail(unknownTableText(args.table, TABLE_NAMES), EXIT.usage);
  // A --map-value that would be refused when stored stops the import before anything is read or written.
  const valueProblems = checkValueMapping(def, args.values).problems;
  if (valueProblems.length > 0) return fail(valueMappingProblemsText(valueProblems), EXIT.usage);
  const progress = progressOn(io, args.quiet);

  progress(CLI_TEXT.reading(args.file));
  const bytes = await readFileOrMessage(args.file, 'export');
  if (typeof bytes === 'string') return fail(bytes);
  const source = await readExport(bytes, args.file, args.sheet);
  if (!source.ok) return fail(IMPORT_FILE_TEXT.unusableExport(args.file, readerProblemText(source.problem)));

  let fileMapping: UserMapping = {};
  if (args.mapping) {
    const m = await readMappingFile(args.mapping);
    if (typeof m === 'string') return fail(m);
    fileMapping = m;
  }

  progress(CLI_TEXT.reading(args.into));
  let port: XlsxWorkbook;
  try {
    port = await XlsxWorkbook.open(args.into);
  } catch (e) {
    return fail((e as Error).message);
  }
  const prepared = await prepareImport(port, def, source.table, fileMapping, args.values, todayInDenmark());
  if (!prepared.result.ok) return fail(planProblemsText(prepared.result.problems, 'da'));
  const plan = prepared.result.plan;

  if (!args.dryRun) {
    let changed = false;
    if (plan.added.length + plan.updated.length > 0) {
      // Old workbooks may lack a contract column the export fills: append it (rows are untouched).
      const have = new Set((prepared.existing?.headers ?? []).map((h) => foldHeader(String(h))));
      if (!prepared.existing || plan.columns.some((c) => !have.has(foldHeader(c)))) await port.ensureInputTables([def]);
      await applyPlan(port, plan);
      changed = true;
    }
    // Keep the user's explicit mapping for next month's export.
    const explicit = Object.fromEntries(Object.entries(fileMapping).filter(([source]) => source.trim() !== ''));
    if (Object.keys(explicit).length > 0) {
      await saveMapping(port, def.name, explicit);
      changed = true;
    }
    if (Object.keys(args.values).length > 0) {
      await saveValueMapping(port, def.name, args.values);
      changed = true;
    }
    if (changed) {
      progress(CLI_TEXT.saving(args.into));
      try {
        await port.save(args.into);
      } catch (e) {
        return fail((e as Error).message);
      }
    }
  }
  io.out(args.json ? jsonSummary(plan) : importSummaryText(plan, args.file, args.dryRun).replace(/\n$/, ''));
  return EXIT.ok;
}
