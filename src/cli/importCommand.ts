// `fremdrift import <export.csv|xlsx> --into <workbook.xlsx> --table Borgere|Forløb
//   [--mapping FILE] [--sheet NAME] [--dry-run] [--json]`
//
// Exit codes: 0 = the import was planned (and written unless --dry-run), even when some rows were
// rejected (they are listed); 1 = nothing was done (missing/unreadable/empty file, mapping lacks a
// required column, workbook cannot be opened); 2 = wrong usage. A header-only export is not an
// error: it has 0 rows and exits 0. A file with no header at all (empty) exits 1.
import { promises as fs } from 'fs';
import { basename } from 'path';
import { applyPlan } from '../import/apply';
import { foldHeader, saveMapping, type UserMapping } from '../import/mapping';
import type { ImportPlan } from '../import/plan';
import { importTable, prepareImport, readExport, UNKNOWN_TABLE_MESSAGE } from '../import/session';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

export const IMPORT_USAGE =
  'Brug: fremdrift import <eksport.csv|xlsx> --into <projektmappe.xlsx> --table Borgere|Forløb ' +
  '[--mapping kort.json] [--sheet ark] [--dry-run] [--json]';

interface ImportArgs {
  file: string;
  into: string;
  table: string;
  mapping?: string;
  sheet?: string;
  dryRun: boolean;
  json: boolean;
}

class UsageError extends Error {}
class HelpRequested extends Error {}

function parseArgs(argv: string[]): ImportArgs {
  const args = argv[0] === 'import' ? argv.slice(1) : argv;
  const out: Partial<ImportArgs> = { dryRun: false, json: false };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} mangler en værdi.`);
      return v;
    };
    if (a === '--into') out.into = value();
    else if (a === '--table') out.table = value();
    else if (a === '--mapping') out.mapping = value();
    else if (a === '--sheet') out.sheet = value();
    else if (a === '--dry-run') out.dryRun = true;
    else if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') throw new HelpRequested();
    else if (a.startsWith('--')) throw new UsageError(`Ukendt tilvalg ${a}.`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError('Angiv præcis én eksportfil.');
  if (!out.into) throw new UsageError('Angiv projektmappen med --into.');
  if (!out.table) throw new UsageError('Angiv tabellen med --table Borgere eller --table Forløb.');
  return { ...(out as ImportArgs), file: positional[0] };
}

async function readFileOrMessage(path: string, what: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${what} "${path}" findes ikke.`;
    if (code === 'EISDIR') return `${what} "${path}" er en mappe, ikke en fil.`;
    return `${what} "${path}" kan ikke læses (${code ?? (e as Error).message}).`;
  }
}

async function readMappingFile(path: string): Promise<UserMapping | string> {
  const bytes = await readFileOrMessage(path, 'Kortfilen');
  if (typeof bytes === 'string') return bytes;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (entries.some(([, v]) => typeof v !== 'string')) throw new Error();
    return Object.fromEntries(entries) as UserMapping;
  } catch {
    return `Kortfilen "${path}" er ikke gyldig JSON af formen {"kildekolonne": "Fremdrift-kolonne"}.`;
  }
}

const MAX_LISTED = 50;

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map((i) => `  ${line(i)}`);
  if (items.length > MAX_LISTED) lines.push(`  … og ${items.length - MAX_LISTED} flere`);
  return lines;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(tom)' : JSON.stringify(v));

/** The Danish summary printed without --json. */
export function danishSummary(plan: ImportPlan, file: string, dryRun: boolean): string {
  const lines = [
    `Import af ${basename(file)} til ${plan.table}${dryRun ? ' (prøvekørsel: intet er skrevet)' : ''}`,
    `  ${plan.rows} rækker i eksporten: ${plan.added.length} nye, ${plan.updated.length} ændrede, ` +
      `${plan.unchanged.length} uændrede, ${plan.rejected.length} afviste.`,
  ];
  if (plan.rejected.length > 0) lines.push('Afviste rækker (rettes i eksporten eller i projektmappen):', ...listed(plan.rejected, (r) => r.message));
  if (plan.updated.length > 0) {
    lines.push('Ændrede rækker:', ...listed(plan.updated, (u) =>
      `${u.key} (række ${u.tableRow} i ${plan.table}): ` + u.changes.map((c) => `${c.column} ${show(c.old)} → ${show(c.new)}`).join(', ')));
  }
  if (plan.notInExport.length > 0) {
    lines.push(`Ikke i eksporten (${plan.notInExport.length}); intet er slettet, luk dem selv, hvis de er afsluttet:`,
      ...listed(plan.notInExport, (m) => `${m.key} (række ${m.tableRow} i ${plan.table})`));
  }
  if (plan.ignoredColumns.length > 0) lines.push(`Kolonner, der ikke importeres: ${plan.ignoredColumns.join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The exact JSON contract: {"rows","added","updated","unchanged","rejected":[{row,column,message}]}. */
export function jsonSummary(plan: ImportPlan): string {
  return JSON.stringify({
    rows: plan.rows,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged.length,
    rejected: plan.rejected.map((r) => ({ row: r.row, column: r.column, message: r.message })),
  });
}

export async function runImport(argv: string[]): Promise<number> {
  const fail = (message: string, code = 1) => {
    process.stderr.write(message.endsWith('\n') ? message : message + '\n');
    return code;
  };
  let args: ImportArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(`${IMPORT_USAGE}\n`);
      return 0;
    }
    if (e instanceof UsageError) return fail(`${e.message}\n${IMPORT_USAGE}`, 2);
    throw e;
  }
  const def = importTable(args.table);
  if (!def) return fail(UNKNOWN_TABLE_MESSAGE(args.table), 2);

  const bytes = await readFileOrMessage(args.file, 'Eksportfilen');
  if (typeof bytes === 'string') return fail(bytes);
  const source = await readExport(bytes, args.file, args.sheet);
  if (!source.ok) return fail(`${basename(args.file)}: ${source.message}`);

  let fileMapping: UserMapping = {};
  if (args.mapping) {
    const m = await readMappingFile(args.mapping);
    if (typeof m === 'string') return fail(m);
    fileMapping = m;
  }

  let port: XlsxWorkbook;
  try {
    port = await XlsxWorkbook.open(args.into);
  } catch (e) {
    return fail((e as Error).message);
  }
  const prepared = await prepareImport(port, def, source.table, fileMapping);
  if (!prepared.result.ok) return fail(prepared.result.message);
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
    const explicit = Object.fromEntries(
      Object.entries(fileMapping).filter(([source]) => source.trim() !== ''),
    );
    if (Object.keys(explicit).length > 0) {
      await saveMapping(port, def.name, explicit);
      changed = true;
    }
    if (changed) {
      try {
        await port.save(args.into);
      } catch (e) {
        return fail(`Projektmappen "${args.into}" kunne ikke gemmes (${(e as Error).message}); er den åben i Excel?`);
      }
    }
  }
  process.stdout.write(args.json ? jsonSummary(plan) + '\n' : danishSummary(plan, args.file, args.dryRun));
  return 0;
}
