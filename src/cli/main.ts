// The headless CLI: `fremdrift report | demo | consolidate | import`. Exit codes: 0 report produced
// (even with data issues), 1 usage error, 2 the file cannot be used (missing, not a workbook, contract).
import { basename } from 'path';
import { refreshOutputs, loadCaseload } from '../app';
import { measure } from '../domain';
import type { DataIssue } from '../domain/issues';
import type { Report } from '../domain/report';
import { toJsonReport } from '../app/jsonReport';
import { RULE_IDS, type IsoDate, type RuleId } from '../domain/model';
import { demoTables } from '../demo/demoCaseload';
import { parseDate } from '../workbook/cells';
import { INPUT_TABLES } from '../workbook/contract';
import { ContractError } from '../workbook/read';
import { XlsxWorkbook, WorkbookFileError } from '../xlsx/xlsxWorkbook';
import { consolidate } from './consolidate';
import { summaryText } from './summary';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}
const processIo: Io = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };

export const USAGE = `Brug:
  fremdrift report <projektmappe.xlsx> [--json] [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--write]
  fremdrift demo <ud.xlsx> [--as-of ÅÅÅÅ-MM-DD]
  fremdrift consolidate <a.xlsx> <b.xlsx> ... --out <samlet.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--rule ID]
  fremdrift import ...   (se fremdrift import --help)
Målregler: ${RULE_IDS.join(', ')}`;

class UsageError extends Error {}

// Danish issue text for the JSON report. TEMPORARY until src/text/issues.ts is merged: then this is
// `(issue) => issueText(issue, 'da')`; meanwhile the text a not-yet-migrated reader attached, else the code.
const issueMessage = (issue: DataIssue) => (issue as { message?: string }).message ?? issue.code;
const jsonText = (report: Report) => JSON.stringify(toJsonReport(report, issueMessage), null, 2);

interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

const VALUE_FLAGS = ['--as-of', '--rule', '--out'];

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.split('=', 2);
      if (VALUE_FLAGS.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new UsageError(`${name} mangler en værdi`);
        flags[name] = v;
      } else flags[name] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

/** Today's calendar date in Denmark: the only place the CLI reads the clock for the as-of date. */
export function todayInDenmark(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function asOfFlag(flags: Parsed['flags']): IsoDate {
  const v = flags['--as-of'];
  if (v === undefined) return todayInDenmark();
  const parsed = parseDate(String(v));
  if (!parsed.ok) throw new UsageError(`--as-of: ${parsed.message}`);
  return parsed.value as IsoDate;
}

function ruleFlag(flags: Parsed['flags']): RuleId | undefined {
  const v = flags['--rule'];
  if (v === undefined) return undefined;
  if (!RULE_IDS.includes(String(v) as RuleId)) throw new UsageError(`Ukendt målregel "${v}"; vælg en af: ${RULE_IDS.join(', ')}`);
  return v as RuleId;
}

function allowOnly(flags: Parsed['flags'], allowed: string[]) {
  for (const f of Object.keys(flags)) if (!allowed.includes(f)) throw new UsageError(`Ukendt tilvalg ${f}`);
}

async function report(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  allowOnly(flags, ['--json', '--as-of', '--rule', '--write']);
  if (positional.length !== 1) throw new UsageError('report kræver netop én projektmappe');
  const file = positional[0];
  const asOf = asOfFlag(flags);
  const ruleId = ruleFlag(flags);
  const wb = await XlsxWorkbook.open(file);
  let result;
  if (flags['--write']) {
    result = await refreshOutputs(wb, { asOf, ruleId, now: new Date() });
    await wb.save(file);
  } else {
    const caseload = await loadCaseload(wb);
    result = { measurement: measure(caseload, { asOf, ruleId }), caseload };
  }
  const r = result.measurement.report;
  if (flags['--json']) io.out(jsonText(r));
  else {
    io.out(summaryText(r, basename(file)));
    if (flags['--write']) io.out(`Arkene Overblik, Milepæle, Månedsdialog, Forløbsoversigt og Datakvalitet er skrevet i ${file}.`);
  }
  return 0;
}

async function demo(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  allowOnly(flags, ['--as-of', '--json']);
  if (positional.length !== 1) throw new UsageError('demo kræver netop én udfil, fx demo.xlsx');
  const started = Date.now();
  const asOf = asOfFlag(flags);
  const tables = demoTables(asOf);
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) wb.createTable(def, tables[def.name].rows);
  const { measurement } = await refreshOutputs(wb, { asOf, now: new Date() });
  await wb.save(positional[0]);
  if (flags['--json']) io.out(jsonText(measurement.report));
  else {
    io.out(summaryText(measurement.report, `demo (${positional[0]})`));
    io.out(`Demo-projektmappen er skrevet til ${positional[0]} på ${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} s.`);
  }
  return 0;
}

async function consolidateCommand(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  allowOnly(flags, ['--out', '--as-of', '--rule', '--json']);
  const out = flags['--out'];
  if (typeof out !== 'string') throw new UsageError('consolidate kræver --out <samlet.xlsx>');
  if (positional.length < 1) throw new UsageError('consolidate kræver mindst én projektmappe');
  const result = await consolidate(positional, out, { asOf: asOfFlag(flags), ruleId: ruleFlag(flags), now: new Date() });
  if (flags['--json']) io.out(jsonText(result.report));
  else {
    io.out(summaryText(result.report, `${positional.length} projektmapper samlet i ${out}`));
    if (result.duplicates > 0) io.out(`${result.duplicates} Borger-ID findes i flere filer; se arket Datakvalitet.`);
  }
  return 0;
}

async function importCommand(args: string[], io: Io): Promise<number> {
  let mod: { runImport?: (argv: string[]) => Promise<number> };
  try {
    // The import command is owned by the import module; loaded lazily so the other commands never depend on it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./importCommand');
  } catch (e) {
    io.err(`Kommandoen import er ikke tilgængelig i denne version (${(e as Error).message.split('\n')[0]}).`);
    return 1;
  }
  if (typeof mod.runImport !== 'function') {
    io.err('Kommandoen import er ikke tilgængelig i denne version.');
    return 1;
  }
  return mod.runImport(args);
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
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
        return await importCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`Ukendt kommando "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Fejl: ${e.message}\n\n${USAGE}`);
      return 1;
    }
    if (e instanceof ContractError || e instanceof WorkbookFileError) {
      io.err(`Fejl: ${e.message}`);
      return 2;
    }
    io.err(`Uventet fejl: ${(e as Error).stack ?? e}`);
    return 3;
  }
}
