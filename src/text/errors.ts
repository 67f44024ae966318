// Errors in words, Danish and English: the one place the sentences of FremdriftError codes
// (workbook/errors.ts) are written. A throw site gives the code and its parameters; `fremdriftError`
// makes the error with the Danish sentence as its message (what the CLI prints and the tests assert),
// and a view in English renders the same code with `errorText(code, params, 'en')`.
// Codes that carry a `message` are kinds whose sentences are still written where they are thrown
// (the CLI's usage lines, the .xlsx adapter's refusals): both languages show that Danish message.
import { FremdriftError, type ErrorCode, type ErrorParams } from '../workbook/errors';
import type { Locale } from './locale';

type Texts = { [C in ErrorCode]: (p: ErrorParams[C]) => string };

const shown = (v: string | null) => v ?? '(tom)';
const shownEn = (v: string | null) => v ?? '(empty)';

const DA: Texts = {
  usage: (p) => p.message,
  contract: (p) => p.message,
  'ownSheet.notOwn': (p) =>
    `Fremdrift skriver kun sine egne ark (${p.ownSheets.join(', ')}); "${p.sheet}" er ikke et af dem, så intet er skrevet.`,
  'ownSheet.holdsTable': (p) =>
    `Arket "${p.sheet}" har navn som et af Fremdrifts egne ark, men indeholder en tabel og er derfor en brugers ark; ` +
    'Fremdrift overskriver det ikke. Omdøb arket, og opdater igen.',
  'import.stalePlan': (p) =>
    `${p.table} er ændret siden forhåndsvisningen (række ${p.row} er ikke længere den samme borger/det samme forløb). ` +
    'Intet er skrevet; lav forhåndsvisningen igen.',
  'file.unusable': (p) => p.message,
  'file.save': (p) => p.message,
  'file.zip': (p) => p.message,
  'file.binaryWorkbook': () => 'binære projektmapper (.xlsb) understøttes ikke; gem filen som .xlsx',
  'file.noWorkbookPart': () => 'pakken har ingen projektmappe-del (xl/workbook.xml)',
  'file.prefixedStyles': () => 'styles.xml bruger et navnerumspræfiks, som Fremdrift ikke kan udvide',
  'sheet.noSheetData': () => 'arket har ingen sheetData',
  'sheet.edit': (p) => p.message,
  'address.invalid': (p) => `Ugyldig celleadresse ${p.address}`,
  'table.missing': (p) => `Projektmappen mangler tabellen "${p.table}"`,
  'table.missingUseSetup': (p) => `Projektmappen mangler tabellen "${p.table}". Brug "Opret sagsstamme" først.`,
  'table.noColumn': (p) => `Tabellen "${p.table}" har ingen kolonne "${p.column}"`,
  'table.noRow': (p) => `Tabellen "${p.table}" har ingen række ${p.row}`,
  'table.rowMoved': (p) =>
    `Tabellen "${p.table}" er ændret siden forhåndsvisningen: række ${p.row} indeholdt ${shown(p.was)}, ` +
    `nu ${shown(p.now)} (sorteret eller rækker indsat?). Intet er skrevet; læs tabellen igen, og prøv igen.`,
  'table.contentBelow': (p) =>
    `Der står noget under tabellen "${p.table}" (fra række ${p.row}), som nye rækker ville skubbe ned. ` +
    'Flyt det væk fra tabellens kolonner, og prøv igen.',
  'table.contentRight': (p) =>
    `Der står noget til højre for tabellen "${p.table}", som nye kolonner ville skubbe. ` +
    'Flyt det væk fra tabellens rækker, og prøv igen.',
};

const EN: Texts = {
  usage: (p) => p.message,
  contract: (p) => p.message,
  'ownSheet.notOwn': (p) =>
    `Fremdrift writes only its own sheets (${p.ownSheets.join(', ')}); "${p.sheet}" is not one of them, so nothing was written.`,
  'ownSheet.holdsTable': (p) =>
    `The sheet "${p.sheet}" has the name of one of Fremdrift's own sheets but holds a table, so it is a user's sheet; ` +
    'Fremdrift does not overwrite it. Rename the sheet and refresh again.',
  'import.stalePlan': (p) =>
    `${p.table} has changed since the preview (row ${p.row} no longer holds the same citizen or course). ` +
    'Nothing was written; make the preview again.',
  'file.unusable': (p) => p.message,
  'file.save': (p) => p.message,
  'file.zip': (p) => p.message,
  'file.binaryWorkbook': () => 'binary workbooks (.xlsb) are not supported; save the file as .xlsx',
  'file.noWorkbookPart': () => 'the package has no workbook part (xl/workbook.xml)',
  'file.prefixedStyles': () => 'styles.xml uses a namespace prefix that Fremdrift cannot extend',
  'sheet.noSheetData': () => 'the sheet has no sheetData',
  'sheet.edit': (p) => p.message,
  'address.invalid': (p) => `Invalid cell address ${p.address}`,
  'table.missing': (p) => `The workbook has no table "${p.table}"`,
  'table.missingUseSetup': (p) => `The workbook has no table "${p.table}". Use "Set up caseload tables" first.`,
  'table.noColumn': (p) => `The table "${p.table}" has no column "${p.column}"`,
  'table.noRow': (p) => `The table "${p.table}" has no row ${p.row}`,
  'table.rowMoved': (p) =>
    `The table "${p.table}" has changed since the preview: row ${p.row} held ${shownEn(p.was)}, ` +
    `now ${shownEn(p.now)} (sorted, or rows inserted?). Nothing was written; read the table again and retry.`,
  'table.contentBelow': (p) =>
    `There is something below the table "${p.table}" (from row ${p.row}) that new rows would push down. ` +
    "Move it away from the table's columns and try again.",
  'table.contentRight': (p) =>
    `There is something to the right of the table "${p.table}" that new columns would push. ` +
    "Move it away from the table's rows and try again.",
};

const TEXTS: Record<Locale, Texts> = { da: DA, en: EN };

/** The sentence for an error code in the user's language. */
export function errorText<C extends ErrorCode>(code: C, params: ErrorParams[C], locale: Locale = 'da'): string {
  return (TEXTS[locale][code] as (p: ErrorParams[C]) => string)(params);
}

/** A FremdriftError with its Danish sentence as message. */
export function fremdriftError<C extends ErrorCode>(code: C, params: ErrorParams[C]): FremdriftError<C> {
  return new FremdriftError(code, params, errorText(code, params, 'da'));
}
