// `fremdrift export <fil.xlsx ...> --out <mappe> [--format parquet|csv] [--level aggregate|citizen] [--as-of]
// [--rule] [--no-suppress] [--key-file]`: Fremdrift-udtræk v1 (issue 25), one folder per workbook, for Power BI,
// Fabric and DuckDB. The numbers are the engine's JSON report's (measure + toJsonReport), never recomputed.
// Every check (identity, key, privacy, target folders) runs for every workbook before the first folder is
// written, so a refusal writes nothing; each folder is then written to a temporary folder and renamed.
import { readFileSync } from 'fs';
import { basename, extname, join } from 'path';
import { toJsonReport } from '../app/jsonReport';
import { INPUT_TABLE_NAMES } from '../app/loadCaseload';
import { measure } from '../domain';
import type { IsoDate, RuleId } from '../domain/model';
import { tableCsv } from '../export/csv';
import { isMunicipalityCode, readIdentity } from '../export/identity';
import { buildManifest, type ExportFormat, type ExportLevelOption, type WrittenTable } from '../export/manifest';
import type { ExportIdentity } from '../export/monthsTable';
import { tableParquet } from '../export/node/parquet';
import { folderRefusal, hmacPseudonymizer, sha256, writeFolderAtomically } from '../export/node/writeFolder';
import { TABLE_COLUMNS, type ExportTable } from '../export/schema';
import { aggregateTables, privacyProblem } from '../export/tables';
import { citizenRows, type Pseudonymize } from '../export/citizenTable';
import { EXPORT_TEXT, EXPORT_USAGE } from '../text/export';
import { issueText } from '../text/issues';
import type { RawTable } from '../workbook/port';
import { readCaseload } from '../workbook/read';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { parseCommand, type ParsedCommand } from './args';
import { EXIT, progressOn, UsageError, type ExitCode, type Io } from './io';

/** The shared --as-of and --rule readers of main.ts, passed in so there is one of each. */
export interface SharedOptions {
  asOf(args: ParsedCommand): IsoDate;
  rule(args: ParsedCommand): RuleId | undefined;
}

/** A key shorter than this is refused: a pseudonym is only as safe as its key is hard to guess. */
const MIN_KEY_LENGTH = 16;

/** A refusal: printed in Danish with exit 2, nothing written. */
class Refusal extends Error {}

interface Options {
  files: string[];
  out: string;
  format: ExportFormat;
  level: ExportLevelOption;
  suppress: boolean;
  keyFile?: string;
  asOf: IsoDate;
  ruleId?: RuleId;
}

function readOptions(args: ParsedCommand, shared: SharedOptions): Options {
  const out = args.text('out');
  if (out === undefined) throw new UsageError(EXPORT_TEXT.noOut);
  if (args.positionals.length < 1) throw new UsageError(EXPORT_TEXT.noFiles);
  const format = args.text('format') ?? 'parquet';
  if (format !== 'parquet' && format !== 'csv') throw new UsageError(EXPORT_TEXT.badFormat(format));
  const level = args.text('level') ?? 'aggregate';
  if (level !== 'aggregate' && level !== 'citizen') throw new UsageError(EXPORT_TEXT.badLevel(level));
  const keyFile = args.text('key-file');
  if (keyFile !== undefined && level !== 'citizen') throw new UsageError(EXPORT_TEXT.keyFileWithoutCitizen);
  const stems = new Map<string, string>();
  for (const file of args.positionals) {
    const other = stems.get(stemOf(file).toLowerCase());
    if (other !== undefined) throw new UsageError(EXPORT_TEXT.sameName(other, file));
    stems.set(stemOf(file).toLowerCase(), file);
  }
  return {
    files: args.positionals,
    out,
    format,
    level,
    suppress: !args.flag('no-suppress'),
    keyFile,
    asOf: shared.asOf(args),
    ruleId: shared.rule(args),
  };
}

const stemOf = (file: string) => basename(file, extname(file));

/** The workbook's bytes, read once: what is hashed is exactly what is measured. */
async function workbookBytes(file: string): Promise<Buffer> {
  try {
    return readFileSync(file);
  } catch {
    await XlsxWorkbook.open(file); // throws the file adapter's Danish message (missing, a folder, no access)
    throw new Refusal(`${file}`);
  }
}

function pseudonymKey(
  opts: Options,
  fromSettings: string | undefined,
): { key: string; source: 'Indstillinger' | 'fil' } {
  let key = fromSettings;
  let source: 'Indstillinger' | 'fil' = 'Indstillinger';
  if (opts.keyFile !== undefined) {
    try {
      key = readFileSync(opts.keyFile, 'utf8').trim();
    } catch (e) {
      throw new Refusal(EXPORT_TEXT.keyFileUnreadable(opts.keyFile, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    source = 'fil';
  }
  if (key === undefined || key === '') throw new Refusal(EXPORT_TEXT.noKey);
  if (key.length < MIN_KEY_LENGTH)
    throw new Refusal(
      EXPORT_TEXT.shortKey(source === 'fil' ? opts.keyFile! : 'Indstillinger', key.length, MIN_KEY_LENGTH),
    );
  return { key, source };
}

interface Prepared {
  file: string;
  folder: string;
  /** SHA-256 of the workbook's bytes as measured. */
  sourceSha: string;
  id: ExportIdentity;
  tables: ExportTable[];
  /** The citizen level's pseudonym function; absent at the aggregate level. */
  pseudonymize?: Pseudonymize;
  manifest: (written: WrittenTable[]) => object;
}

/** The engine's measurement of a workbook's bytes and its JSON report (the same functions as `report --json`). */
async function measured(bytes: Buffer, file: string, opts: Options) {
  const raw = await XlsxWorkbook.fromBuffer(bytes, file).readTables(INPUT_TABLE_NAMES);
  const caseload = readCaseload(raw);
  const measurement = measure(caseload, { asOf: opts.asOf, ruleId: opts.ruleId });
  const report = toJsonReport(measurement.report, (issue) => issueText(issue, 'da'));
  return { raw, caseload, measurement, report };
}

function identityOf(file: string, raw: Record<string, RawTable | null>, asOf: IsoDate, warn: (t: string) => void) {
  const found = readIdentity(raw.Indstillinger ?? null);
  if (!found.workbookId) throw new Refusal(EXPORT_TEXT.noWorkbookId(file));
  const code = found.municipalityCode;
  if (code && !isMunicipalityCode(code.value))
    throw new Refusal(EXPORT_TEXT.badMunicipalityCode(file, code.row, code.value));
  if (!code) warn(EXPORT_TEXT.noMunicipalityCode(file));
  const id: ExportIdentity = {
    kommunekode: code?.value ?? null,
    projektmappe_id: found.workbookId.value,
    opgjort_pr: asOf,
  };
  return { id, settingsKey: found.pseudonymKey?.value };
}

/**
 * Measures one workbook, maps it to the aggregate tables and runs every check; throws a Refusal when it
 * must not be exported. The citizen table is built when the folder is written, one workbook at a time.
 */
async function prepare(file: string, opts: Options, warn: (text: string) => void): Promise<Prepared> {
  const bytes = await workbookBytes(file);
  const sourceSha = sha256(bytes);
  const { raw, caseload, report } = await measured(bytes, file, opts);
  const { id, settingsKey } = identityOf(file, raw, report.asOf, warn);
  const key = opts.level === 'citizen' ? pseudonymKey(opts, settingsKey) : undefined;
  const tables = aggregateTables(report, id, opts.suppress);
  const problem = privacyProblem(
    tables,
    caseload.citizens.map((c) => c.id),
  );
  if (problem) throw new Refusal(EXPORT_TEXT.privacy(file, problem.table, problem.column, problem.kind));
  const folder = join(opts.out, stemOf(file));
  const refusal = folderRefusal(folder);
  if (refusal === 'isFile') throw new Refusal(EXPORT_TEXT.outIsFile(folder));
  if (refusal === 'notAnExport') throw new Refusal(EXPORT_TEXT.notAnExport(folder));
  const rule = report.rule;
  const manifest = (written: WrittenTable[]) =>
    buildManifest({
      format: opts.format,
      level: opts.level,
      suppress: opts.suppress,
      source: { file: basename(file), sha256: sourceSha },
      identity: id,
      rule,
      written,
      keySource: key?.source,
    });
  return { file, folder, sourceSha, id, tables, pseudonymize: key && hmacPseudonymizer(key.key), manifest };
}

/** The citizen level's `borgere`, measured again from the same bytes (refused if the file changed meanwhile). */
async function citizenTable(p: Prepared, opts: Options, pseudonymize: Pseudonymize): Promise<ExportTable> {
  const bytes = readFileSync(p.file);
  if (sha256(bytes) !== p.sourceSha) throw new Refusal(EXPORT_TEXT.changedMeanwhile(p.file));
  const { caseload, measurement } = await measured(bytes, p.file, opts);
  return {
    name: 'borgere',
    columns: TABLE_COLUMNS.borgere,
    rows: citizenRows(measurement, caseload, p.id, pseudonymize),
  };
}

async function encode(table: ExportTable, format: ExportFormat): Promise<Uint8Array> {
  return format === 'csv' ? new TextEncoder().encode(tableCsv(table)) : tableParquet(table);
}

/** Encodes the tables, hashes them, adds manifest.json, and writes the folder in one rename. */
async function write(p: Prepared, opts: Options): Promise<{ tables: number; rows: number }> {
  const format = opts.format;
  const tables = p.pseudonymize ? [...p.tables, await citizenTable(p, opts, p.pseudonymize)] : p.tables;
  const files = new Map<string, Uint8Array>();
  const written: WrittenTable[] = [];
  for (const table of tables) {
    const bytes = await encode(table, format);
    const file = `${table.name}.${format}`;
    files.set(file, bytes);
    written.push({ table, file, sha256: sha256(bytes) });
  }
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(p.manifest(written), null, 2) + '\n'));
  writeFolderAtomically(p.folder, files);
  return { tables: tables.length, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

export async function runExport(argv: string[], io: Io, shared: SharedOptions): Promise<ExitCode> {
  const args = parseCommand(argv, {
    out: { type: 'string' },
    format: { type: 'string' },
    level: { type: 'string' },
    'as-of': { type: 'string' },
    rule: { type: 'string' },
    'no-suppress': { type: 'boolean' },
    'key-file': { type: 'string' },
  });
  if (args.flag('help')) {
    io.out(EXPORT_USAGE);
    return EXIT.ok;
  }
  const opts = readOptions(args, shared);
  const progress = progressOn(io, args.flag('quiet'));
  try {
    const prepared: Prepared[] = [];
    for (const [i, file] of opts.files.entries()) {
      progress(EXPORT_TEXT.exporting(i + 1, opts.files.length, file));
      prepared.push(await prepare(file, opts, (t) => io.err(t)));
    }
    for (const p of prepared) {
      const { tables, rows } = await write(p, opts);
      io.out(EXPORT_TEXT.written(p.folder, tables, rows));
    }
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    io.err(`Fejl: ${e.message}`);
    return EXIT.file;
  }
  return EXIT.ok;
}
