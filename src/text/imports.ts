// The import pipeline's codes in words, Danish and English: the readers' problems with a file or a row,
// row keys, rejected rows, mapping problems and what to do about rows the export no longer has. The readers
// (src/import/readerProblems.ts) and the plan (src/import/plan.ts, mapping.ts) hold only codes; the CLI and
// the `import --json` output render Danish, the task pane's wizard its own language.
import { formatDanishDate } from '../domain/dates';
import type { MappingProblem } from '../import/mapping';
import type { MissingSuggestion, PlanProblem, RejectedRow, RowFinding, RowKey } from '../import/plan';
import type { ReaderProblem } from '../import/readerProblems';
import type { ValueMappingProblem } from '../import/valueMappingRules';
import { findingText } from './issues';
import type { Locale } from './locale';

type OwnRowCode = Exclude<RowFinding['code'], CellCode>;
type CellCode = Extract<RowFinding, { code: Parameters<typeof findingText>[0] }>['code'];
type OwnRowTexts = {
  [C in OwnRowCode]: (p: Extract<RowFinding, { code: C }>['params'], locale: Locale) => string;
};
type PlanTexts = { [C in PlanProblem['code']]: (p: Extract<PlanProblem, { code: C }>['params']) => string };
type ReaderTexts = { [C in ReaderProblem['code']]: (p: Extract<ReaderProblem, { code: C }>['params']) => string };

const quoted = (columns: readonly string[]) => columns.map((h) => `"${h}"`).join(', ');

/** A row's key as a person reads it: `Borger-ID "B1", Virksomhedspraktik, start 01-03-2025`. */
export function rowKeyText(key: RowKey, locale: Locale = 'da'): string {
  const [first, second, third] = key.parts;
  if (key.table === 'Forløb') return `Borger-ID "${first}", ${second}, start ${formatDanishDate(third)}`;
  if (key.table === 'Timer') return `Borger-ID "${first}", ${second}`;
  if (key.table === 'STAR_tal') return `${locale === 'da' ? 'måned' : 'month'} ${first}`;
  if (key.table === 'Indikatorer') {
    const [, , population, team] = key.parts;
    const parts = [`${locale === 'da' ? 'måned' : 'month'} ${first}`, `"${second}"`];
    if (population) parts.push(`"${population}"`);
    if (team) parts.push(`team ${team}`);
    return parts.join(', ');
  }
  return `Borger-ID "${first}"`;
}

// The Danish wording is what the CLI printed when the readers still wrote sentences; keep it word for word.
const READER_DA: ReaderTexts = {
  emptyFile: () => 'Filen er tom; der er hverken en overskriftsrække eller data.',
  invalidUtf8: () => 'Filen siger, den er UTF-8, men indeholder ugyldige tegn; den kan være beskadiget eller afkortet.',
  truncatedUtf16: () => 'Filen (UTF-16) ender midt i et tegn; den ser ud til at være afkortet.',
  truncatedUtf8: () => 'Filen ender midt i et tegn (UTF-8); den ser ud til at være afkortet. Eksportér den igen.',
  zipNotCsv: () => 'Filen er en XLSX- eller ZIP-fil, ikke en CSV-fil. Vælg den som Excel-fil (.xlsx).',
  oldXls: () => 'Filen er i det gamle Excel-format (.xls). Gem den som .xlsx eller CSV i Excel, og importér den igen.',
  pdf: () => 'Filen er en PDF-fil, ikke en CSV- eller Excel-fil.',
  binaryData: (p) =>
    `Filen indeholder binære data (et NUL-tegn ved byte ${p.byte}) og er ikke en tekstfil (CSV). ` +
    'Den kan være beskadiget eller gemt i et andet format.',
  xlsxUnreadable: () => 'Excel-filen kan ikke læses; den er beskadiget, afkortet eller ikke en .xlsx-fil.',
  noInflate: () =>
    'Denne browser kan ikke pakke .xlsx-filer ud; gem eksporten som CSV (semikolonsepareret) og prøv igen.',
  noSheets: () => 'Excel-filen har ingen ark.',
  noSuchSheet: (p) => `Excel-filen har intet ark ved navn "${p.sheet}" (ark: ${p.sheets.join(', ') || 'ingen'}).`,
  unclosedQuote: () => 'Et anførselstegn (") lukkes aldrig; filen kan være afkortet eller forkert eksporteret',
  tooManyValues: (p) =>
    `Rækken har værdier i ${p.values} kolonner, men overskriften har kun ${p.columns}; tjek skilletegn og anførselstegn`,
};

const READER_EN: ReaderTexts = {
  emptyFile: () => 'The file is empty; it has neither a header row nor data.',
  invalidUtf8: () => 'The file says it is UTF-8 but holds invalid characters; it may be damaged or cut off.',
  truncatedUtf16: () => 'The file (UTF-16) ends in the middle of a character; it looks cut off.',
  truncatedUtf8: () => 'The file ends in the middle of a character (UTF-8); it looks cut off. Export it again.',
  zipNotCsv: () => 'The file is an XLSX or ZIP file, not a CSV file. Choose it as an Excel file (.xlsx).',
  oldXls: () => 'The file is in the old Excel format (.xls). Save it as .xlsx or CSV in Excel and import it again.',
  pdf: () => 'The file is a PDF file, not a CSV or Excel file.',
  binaryData: (p) =>
    `The file holds binary data (a NUL character at byte ${p.byte}) and is not a text file (CSV). ` +
    'It may be damaged or saved in another format.',
  xlsxUnreadable: () => 'The Excel file cannot be read; it is damaged, cut off or not an .xlsx file.',
  noInflate: () =>
    'This browser cannot unpack .xlsx files; save the export as CSV (semicolon-separated) and try again.',
  noSheets: () => 'The Excel file has no sheets.',
  noSuchSheet: (p) => `The Excel file has no sheet named "${p.sheet}" (sheets: ${p.sheets.join(', ') || 'none'}).`,
  unclosedQuote: () => 'A quotation mark (") is never closed; the file may be cut off or wrongly exported',
  tooManyValues: (p) =>
    `The row has values in ${p.values} columns, but the header has only ${p.columns}; check the delimiter and quotation marks`,
};

/** Why a reader refused a file, or what it found wrong with a row, in words. */
export function readerProblemText(problem: ReaderProblem, locale: Locale = 'da'): string {
  const texts = (locale === 'en' ? READER_EN : READER_DA) as Record<string, (p: unknown) => string>;
  return texts[problem.code](problem.params);
}

const ROW_DA: OwnRowTexts = {
  sourceIssue: (p, l) => readerProblemText(p.issue, l),
  emptyRow: () => 'rækken er tom',
  keyMissing: () => 'mangler; rækken kan ikke genkendes uden',
  duplicateInExport: (p, l) =>
    `${rowKeyText(p.key, l)} står allerede i eksportens række ${p.earlierRow}; kun den første importeres`,
  citizenFirst: (p, l) => `${findingText(p.finding.code, p.finding.params, l)}; importér eller opret borgeren først`,
};

const ROW_EN: OwnRowTexts = {
  sourceIssue: (p, l) => readerProblemText(p.issue, l),
  emptyRow: () => 'the row is empty',
  keyMissing: () => 'is missing; the row cannot be recognised without it',
  duplicateInExport: (p, l) =>
    `${rowKeyText(p.key, l)} is already in row ${p.earlierRow} of the export; only the first is imported`,
  citizenFirst: (p, l) => `${findingText(p.finding.code, p.finding.params, l)}; import or add the citizen first`,
};

const PLAN_DA: PlanTexts = {
  unknownTarget: (p) =>
    `Kortet knytter "${p.source}" til "${p.target}", men ${p.table} har ingen kolonne "${p.target}".`,
  twoSources: (p) => `Både "${p.first}" og "${p.second}" er knyttet til ${p.table}-kolonnen "${p.target}"; vælg én.`,
  missingRequired: (p) =>
    `Eksporten har ingen kolonne til ${quoted(p.columns)}, som ${p.table} kræver. ` +
    'Knyt en kolonne i eksporten til hver af dem (kolonnekort), eller tilføj kolonnerne i eksporten.',
  notImportable: (p) => `Der kan kun importeres til ${p.importable.join(', ')}, ikke ${p.table}.`,
};

const PLAN_EN: PlanTexts = {
  unknownTarget: (p) => `The mapping links "${p.source}" to "${p.target}", but ${p.table} has no column "${p.target}".`,
  twoSources: (p) =>
    `Both "${p.first}" and "${p.second}" are linked to the ${p.table} column "${p.target}"; choose one.`,
  missingRequired: (p) =>
    `The export has no column for ${quoted(p.columns)}, which ${p.table} requires. ` +
    'Link a column of the export to each of them (column mapping), or add the columns to the export.',
  notImportable: (p) => `Only ${p.importable.join(', ')} can be imported into, not ${p.table}.`,
};

const MISSING: Record<Locale, Record<MissingSuggestion, string>> = {
  // DOMAIN.md: only moving, death or pension end the target group.
  da: {
    checkExit: 'sæt kun Slutdato, hvis borgeren er fraflyttet, død eller gået på folkepension',
    endIfOver: 'sæt Slutdato, hvis forløbet er slut',
    none: '',
  },
  en: {
    checkExit: 'set the end date only if the citizen moved away, died or reached state pension',
    endIfOver: 'set the end date if the placement has ended',
    none: '',
  },
};

const UNKNOWN_TABLE: Record<Locale, (name: string, tables: string) => string> = {
  da: (name, tables) => `Ukendt tabel "${name}"; der kan importeres til ${tables}.`,
  en: (name, tables) => `Unknown table "${name}"; you can import into ${tables}.`,
};

function findingOf(f: RowFinding, locale: Locale): string {
  const own = (locale === 'en' ? ROW_EN : ROW_DA) as Record<string, (p: unknown, l: Locale) => string>;
  if (f.code in own) return own[f.code](f.params, locale);
  return findingText(f.code as CellCode, f.params as never, locale);
}

/** A rejected row in full: `Række 3 i eksporten til Borgere — Startdato: mangler (skal udfyldes)`. */
export function rejectedRowText(
  table: string,
  rejected: RejectedRow,
  locale: Locale = 'da',
  /** The export's header row, when the row is to be named as Excel counts the file's rows (ImportPlan.headerRow). */
  headerRow?: number,
): string {
  const details = rejected.problems
    .map((p) => (p.column ? `${p.column}: ${findingOf(p, locale)}` : findingOf(p, locale)))
    .join('; ');
  if (headerRow !== undefined) {
    const n = headerRow + rejected.row;
    return locale === 'da'
      ? `Række ${n} i filen (til ${table}) — ${details}`
      : `Row ${n} of the file (to ${table}) — ${details}`;
  }
  return locale === 'da'
    ? `Række ${rejected.row} i eksporten til ${table} — ${details}`
    : `Row ${rejected.row} of the export to ${table} — ${details}`;
}

/** What stops an import (mapping problems, a table that cannot be imported into), in one paragraph. */
export function planProblemsText(problems: readonly (PlanProblem | MappingProblem)[], locale: Locale = 'da'): string {
  const texts = (locale === 'en' ? PLAN_EN : PLAN_DA) as Record<string, (p: unknown) => string>;
  return problems.map((p) => texts[p.code](p.params)).join(' ');
}

/** What to do by hand about a workbook row the export no longer has ('' when nothing). */
export function missingAdviceText(suggestion: MissingSuggestion, locale: Locale = 'da'): string {
  return MISSING[locale][suggestion];
}

export function unknownTableText(name: string, tables: readonly string[], locale: Locale = 'da'): string {
  return UNKNOWN_TABLE[locale](name, tables.join(', '));
}

// Value mappings that are not stored (issue 27): --map-value and the wizard's value choices.
type ValueMapTexts = {
  [C in ValueMappingProblem['code']]: (p: Extract<ValueMappingProblem, { code: C }>['params']) => string;
};
const VALUE_MAP_DA: ValueMapTexts = {
  valueMapUnknownColumn: (p) =>
    `${p.table} har ingen kolonne "${p.column}"; kolonnerne er ${p.columns.join(', ')}. Intet værdikort er gemt.`,
  valueMapNotAList: (p) =>
    `Kolonnen "${p.column}" i ${p.table} har ingen faste værdier, så der kan ikke knyttes værdier til den` +
    ` (det kan kun ${p.listColumns.join(', ')}). Intet værdikort er gemt.`,
  valueMapBadTarget: (p) =>
    `"${p.target}" er ikke en tilladt værdi i ${p.table}-kolonnen "${p.column}" (for "${p.source}"); vælg en af: ` +
    `${p.allowed.join(', ')}. Intet værdikort er gemt.`,
  valueMapCpr: (p) =>
    `Værdikortet${p.column ? ` for kolonnen "${p.column}"` : ''} indeholder noget, der ligner et CPR-nummer. ` +
    'Fremdrift må ikke indeholde CPR-numre; intet værdikort er gemt.',
};
const VALUE_MAP_EN: ValueMapTexts = {
  valueMapUnknownColumn: (p) =>
    `${p.table} has no column "${p.column}"; its columns are ${p.columns.join(', ')}. No value mapping was saved.`,
  valueMapNotAList: (p) =>
    `The column "${p.column}" of ${p.table} has no fixed values, so values cannot be mapped in it` +
    ` (only in ${p.listColumns.join(', ')}). No value mapping was saved.`,
  valueMapBadTarget: (p) =>
    `"${p.target}" is not an allowed value of the ${p.table} column "${p.column}" (for "${p.source}"); choose one of: ` +
    `${p.allowed.join(', ')}. No value mapping was saved.`,
  valueMapCpr: (p) =>
    `The value mapping${p.column ? ` for the column "${p.column}"` : ''} holds something that looks like a CPR number. ` +
    'Fremdrift must not hold CPR numbers; no value mapping was saved.',
};

/** Why value mappings were not stored, one sentence each. */
export function valueMappingProblemsText(problems: readonly ValueMappingProblem[], locale: Locale = 'da'): string {
  const texts = (locale === 'en' ? VALUE_MAP_EN : VALUE_MAP_DA) as Record<string, (p: unknown) => string>;
  return problems.map((p) => texts[p.code](p.params)).join('\n');
}

/** Every dictionary of this file, per language, for the test that no key is Danish-only. */
export const IMPORT_TEXT_KEYS: Record<Locale, readonly string[][]> = {
  da: [
    Object.keys(READER_DA),
    Object.keys(ROW_DA),
    Object.keys(PLAN_DA),
    Object.keys(MISSING.da),
    Object.keys(VALUE_MAP_DA),
  ],
  en: [
    Object.keys(READER_EN),
    Object.keys(ROW_EN),
    Object.keys(PLAN_EN),
    Object.keys(MISSING.en),
    Object.keys(VALUE_MAP_EN),
  ],
};
