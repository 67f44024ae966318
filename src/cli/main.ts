// The headless CLI: `fremdrift report | demo | consolidate | import`. One argument parser (args.ts), one
// set of exit codes (io.ts: 0 done, 1 usage error, 2 a file cannot be used, 3 unexpected) and the
// injected Io for all commands; this file maps errors to exit codes for all of them.
import { statSync } from 'fs';
import { basename } from 'path';
import { refreshOutputs, loadCaseload } from '../app';
import { measure } from '../domain';
import type { DataIssue } from '../domain/issues';
import type { Report } from '../domain/report';
import { jsonReportFields } from '../app/jsonReport';
import { jsonPieces, jsonText } from '../app/jsonText';
import { closeDayOf } from '../app/monthClose';
import { todayInDenmark } from '../app/today';
import { issueText } from '../text/issues';
import { RULE_IDS, type IsoDate, type MonthKey, type RuleId } from '../domain/model';
import { demoTables } from '../demo/demoCaseload';
import { parseDate } from '../workbook/cells';
import { INPUT_TABLES, OUTPUT_SHEETS } from '../workbook/contract';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { FremdriftError } from '../workbook/errors';
import { parseCommand, type ParsedCommand } from './args';
import { consolidate } from './consolidate';
import { runImport } from './importCommand';
import { runUpgrade } from './upgrade';
import { runExport } from './exportCommand';
import { ensureWorkbookIdentity } from '../export/identity';
import { EXIT, exitCodeFor, processIo, progressOn, UsageError, type ExitCode, type Io } from './io';
import { summaryText } from '../text/summary';
import { AS_OF_TEXT, CLI_TEXT, COMMAND_HELP, USAGE } from '../text/cli';
import { daysBetween, formatDanishMonth } from '../domain/dates';
import { latestDataDate } from '../domain/validate';
import type { Caseload } from '../domain/model';

export type { Io } from './io';

// The JSON report of DOMAIN.md section 5, with each issue's Danish text, written in pieces where the Io can
// take them (jsonText.ts: the same text, never held whole).
function outJson(io: Io, report: Report): void {
  const fields = jsonReportFields(report, (issue: DataIssue) => issueText(issue, 'da'));
  if (io.outPieces) io.outPieces(jsonPieces(fields));
  else io.out(jsonText(fields));
}

function asOfOption(args: ParsedCommand): IsoDate {
  const v = args.text('as-of');
  if (v === undefined) return todayInDenmark();
  const parsed = parseDate(v);
  if (!parsed.ok && parsed.code === 'dateOutOfRange') throw new UsageError(AS_OF_TEXT.outOfRange(v));
  if (!parsed.ok) throw new UsageError(asOfProblem(v));
  return parsed.value as IsoDate;
}

/** The most days `--as-of` may lie after the data's latest date (a year, leap day included). */
const AS_OF_MAX_DAYS_AFTER_DATA = 366;

/** An explicit --as-of more than a year after every date in the workbook is a typing error (issue 27). */
function checkAsOfAgainstData(args: ParsedCommand, asOf: IsoDate, caseload: Caseload): void {
  if (args.text('as-of') === undefined) return;
  const latest = latestDataDate(caseload);
  if (latest !== null && daysBetween(latest, asOf) > AS_OF_MAX_DAYS_AFTER_DATA)
    throw new UsageError(AS_OF_TEXT.farAfterData(asOf, latest));
}

/** Why an --as-of value is not a date: the month, the day, or the form (the cell reader only says "no such day"). */
function asOfProblem(value: string): string {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const digits = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : null;
  if (!digits) return AS_OF_TEXT.notADate(value);
  const [year, month, day] = digits.map(Number);
  if (month < 1 || month > 12) return AS_OF_TEXT.noSuchMonth(text, month);
  const monthKey = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as MonthKey;
  return AS_OF_TEXT.noSuchDay(text, day, formatDanishMonth(monthKey));
}

function ruleOption(args: ParsedCommand): RuleId | undefined {
  const v = args.text('rule');
  if (v === undefined) return undefined;
  if (!RULE_IDS.includes(v as RuleId))
    throw new UsageError(`Ukendt målregel "${v}"; vælg en af: ${RULE_IDS.join(', ')}`);
  return v as RuleId;
}

const AS_OF = { type: 'string' } as const;
const RULE = { type: 'string' } as const;
const JSON_FLAG = { type: 'boolean' } as const;

async function report(argv: string[], io: Io): Promise<ExitCode> {
  const args = parseCommand(argv, { json: JSON_FLAG, 'as-of': AS_OF, rule: RULE, write: { type: 'boolean' } });
  if (args.flag('help')) return help(io, COMMAND_HELP.report);
  if (args.positionals.length !== 1) throw new UsageError('report kræver netop én projektmappe');
  const file = args.positionals[0];
  const asOf = asOfOption(args);
  const ruleId = ruleOption(args);
  const progress = progressOn(io, args.flag('quiet'));
  progress(CLI_TEXT.reading(file));
  // --write: a read-only workbook is refused now, before any work (not only when saving).
  const wb = await XlsxWorkbook.open(file, { forWriting: args.flag('write') });
  progress(CLI_TEXT.computing);
  // Read once here unless only --write needs it (refreshOutputs reads its own).
  const caseload = args.flag('write') && args.text('as-of') === undefined ? null : await loadCaseload(wb);
  if (caseload) checkAsOfAgainstData(args, asOf, caseload);
  let result;
  if (args.flag('write')) {
    result = await refreshOutputs(wb, { asOf, ruleId, now: new Date(), closeMonthsOn: todayInDenmark() });
    progress(CLI_TEXT.saving(file));
    await wb.save(file);
  } else {
    result = { measurement: measure(caseload!, { asOf, ruleId }), caseload: caseload! };
  }
  const r = result.measurement.report;
  if (args.flag('json')) outJson(io, r);
  else io.out(summaryText(r, basename(file)));
  if ('closedMonths' in result) {
    // Beside the JSON on standard output, what was written goes to standard error.
    const say = args.flag('json') ? progress : io.out;
    if (!args.flag('json')) say(CLI_TEXT.sheetsWritten(file, OUTPUT_SHEETS));
    say(closedText(r, result.closedMonths));
  }
  return EXIT.ok;
}

/** Which months `report --write` closed, marked at adoption or at the time; or when the next close is due. */
function closedText(r: Report, closed: readonly MonthKey[]): string {
  if (closed.length > 0) {
    const atAdoption = r.reconciliation.filter((m) => m.closed?.atAdoption && closed.includes(m.month));
    return CLI_TEXT.monthsClosed(
      closed,
      atAdoption.map((m) => m.month),
    );
  }
  const isClosed = new Set(r.reconciliation.filter((m) => m.closed).map((m) => m.month));
  const next = r.months.find((m) => m.gross > 0 && !isClosed.has(m.month));
  return CLI_TEXT.noMonthsClosed(next ? closeDayOf(next.month) : null);
}

/** Whether `path` names an existing file; a path the system cannot even look up (too long) is left to the save. */
function isExistingFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

async function demo(argv: string[], io: Io): Promise<ExitCode> {
  const args = parseCommand(argv, { json: JSON_FLAG, 'as-of': AS_OF, force: { type: 'boolean' } });
  if (args.flag('help')) return help(io, COMMAND_HELP.demo);
  if (args.positionals.length !== 1) throw new UsageError('demo kræver netop én udfil, fx demo.xlsx');
  const out = args.positionals[0];
  // The demo never replaces a user's workbook silently: an existing file needs --force (exit 2 without).
  // (A directory is left to the save, whose message names it as one.)
  if (!args.flag('force') && isExistingFile(out))
    throw new FremdriftError('file.unusable', { message: CLI_TEXT.demoExists(out) }, CLI_TEXT.demoExists(out));
  const started = Date.now();
  const asOf = asOfOption(args);
  const progress = progressOn(io, args.flag('quiet'));
  progress(CLI_TEXT.computingDemo);
  const tables = demoTables(asOf);
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) wb.createTable(def, tables[def.name]?.rows ?? []);
  // Like a workbook made by Opret sagsstamme, the demo has its own Projektmappe-ID, so it can be exported.
  await ensureWorkbookIdentity(wb);
  const { measurement } = await refreshOutputs(wb, { asOf, now: new Date() });
  progress(CLI_TEXT.saving(out));
  await wb.save(out);
  if (args.flag('json')) outJson(io, measurement.report);
  else {
    io.out(summaryText(measurement.report, CLI_TEXT.demoSource(out)));
    io.out(CLI_TEXT.demoWritten(out, Date.now() - started));
  }
  return EXIT.ok;
}

async function consolidateCommand(argv: string[], io: Io): Promise<ExitCode> {
  const args = parseCommand(argv, { out: { type: 'string' }, 'as-of': AS_OF, rule: RULE, json: JSON_FLAG });
  if (args.flag('help')) return help(io, COMMAND_HELP.consolidate);
  const out = args.text('out');
  if (out === undefined) throw new UsageError('consolidate kræver --out <samlet.xlsx>');
  if (args.positionals.length < 1) throw new UsageError('consolidate kræver mindst én projektmappe');
  const files = args.positionals;
  const asOf = asOfOption(args);
  const result = await consolidate(files, out, {
    asOf,
    // The same bound as report's: an --as-of more than a year after every file's data is a typing error.
    check: (caseload) => checkAsOfAgainstData(args, asOf, caseload),
    ruleId: ruleOption(args),
    now: new Date(),
    progress: progressOn(io, args.flag('quiet')),
  });
  if (args.flag('json')) outJson(io, result.report);
  else {
    io.out(summaryText(result.report, CLI_TEXT.consolidatedSource(files.length, out)));
    if (result.duplicates > 0) io.out(CLI_TEXT.duplicatesAcrossFiles(result.duplicates));
  }
  return EXIT.ok;
}

function help(io: Io, text: string = USAGE): ExitCode {
  io.out(text);
  return EXIT.ok;
}

export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'report':
        return await report(rest, io);
      case 'demo':
        return await demo(rest, io);
      case 'consolidate':
        return await consolidateCommand(rest, io);
      case 'import':
        return await runImport(rest, io);
      case 'upgrade':
        return await runUpgrade(rest, io);
      case 'export':
        return await runExport(rest, io, { asOf: asOfOption, rule: ruleOption });
      case undefined:
        io.err(USAGE);
        return EXIT.usage;
      case 'help':
      case '--help':
      case '-h':
        return help(io);
      default:
        throw new UsageError(`Ukendt kommando "${command}"`);
    }
  } catch (e) {
    // One table maps every error code to its exit code (io.ts); only the printed form differs.
    const exit = exitCodeFor(e);
    if (exit === EXIT.usage) {
      io.err(`Fejl: ${(e as Error).message}\n\n${USAGE}`);
      return exit;
    }
    if (exit !== EXIT.unexpected) {
      io.err(`Fejl: ${(e as Error).message}`);
      return exit;
    }
    io.err(`Uventet fejl: ${(e as Error).stack ?? e}`);
    return EXIT.unexpected;
  }
}
