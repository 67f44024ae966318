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
  'ownSheet.unmarked': (p) =>
    `Arket "${p.sheet}" har navn som et af Fremdrifts egne ark, men Fremdrift har ikke lavet det (det mangler ` +
    `Fremdrifts mærke), så det er dit ark, og intet er skrevet. Omdøb arket (fx til "${p.sheet} noter"), og kør igen. ` +
    'Er arket lavet af en ældre udgave af Fremdrift, så slet det (Fremdrift laver det igen, med mærket) eller kør ' +
    '"fremdrift upgrade" på projektmappen først.',
  'import.stalePlan': (p) =>
    `${p.table} er ændret siden forhåndsvisningen (række ${p.row} er ikke længere den samme borger/det samme forløb). ` +
    'Intet er skrevet; lav forhåndsvisningen igen.',
  'file.unusable': (p) => p.message,
  'file.save': (p) => p.message,
  'file.readOnly': (p) =>
    `Projektmappen "${p.file}" er skrivebeskyttet (filen har ingen skriverettigheder), så Fremdrift gemmer ikke i den; ` +
    'intet er skrevet. Fjern skrivebeskyttelsen (Windows: Egenskaber, fjern "Skrivebeskyttet"; Mac/Linux: chmod u+w), og kør kommandoen igen.',
  'file.danglingLink': (p) =>
    `"${p.file}" er en genvej (symbolsk link) til "${p.target}", som ikke findes; intet er skrevet. ` +
    'Ret genvejen, eller angiv stien til selve .xlsx-filen.',
  'file.changedMeanwhile': (p) =>
    `Projektmappen "${p.file}" er blevet ændret af et andet program, efter Fremdrift læste den; intet er gemt. ` +
    'Luk det andet program (eller vent på det), og kør kommandoen igen.',
  'file.isDirectory': (p) => `"${p.file}" er en mappe, ikke en fil. Angiv stien til selve .xlsx-filen.`,
  'file.noAccess': (p) =>
    `Du har ikke adgang til "${p.file}" (styresystemet nægter adgang til filen eller mappen). ` +
    'Bed om adgang, eller kopiér filen til en mappe, hvor du har adgang, og brug kopien.',
  'file.nameTooLong': (p) =>
    `Stien "${p.file}" er for lang: navnet er for langt til filsystemet. Giv filen et kortere navn, eller flyt den til en mappe med en kortere sti.`,
  'file.corrupt': (p) =>
    `Filen "${p.file}" er beskadiget (${p.detail}) og kan ikke læses. ` +
    'Åbn den i Excel, som ofte kan reparere den, og gem den igen, eller brug en sikkerhedskopi.',
  'file.openDocument': (p) =>
    `Filen "${p.file}" er et OpenDocument-regneark (.ods), ikke en Excel-projektmappe (.xlsx). ` +
    'Gem den som .xlsx i LibreOffice eller Excel, og brug den gemte fil.',
  'file.legacyBinary': (p) =>
    `Filen "${p.file}" er en gammel binær Excel-fil (.xls) eller en anden ældre Office-fil, ikke en .xlsx-projektmappe. ` +
    'Gem den som .xlsx i Excel eller LibreOffice, og brug den gemte fil.',
  'file.encrypted': (p) =>
    `Filen "${p.file}" er beskyttet med adgangskode (krypteret), så Fremdrift kan ikke læse den. ` +
    'Fjern adgangskoden i Excel (Filer > Oplysninger > Beskyt projektmappe > Krypter med adgangskode), gem, og prøv igen.',
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
  'ownSheet.unmarked': (p) =>
    `The sheet "${p.sheet}" has the name of one of Fremdrift's own sheets, but Fremdrift did not make it (it lacks ` +
    `Fremdrift's mark), so it is your sheet and nothing was written. Rename the sheet (e.g. to "${p.sheet} notes") and run again. ` +
    'If an older version of Fremdrift made the sheet, delete it (Fremdrift makes it again, with the mark) or run ' +
    '"fremdrift upgrade" on the workbook first.',
  'import.stalePlan': (p) =>
    `${p.table} has changed since the preview (row ${p.row} no longer holds the same citizen or course). ` +
    'Nothing was written; make the preview again.',
  'file.unusable': (p) => p.message,
  'file.save': (p) => p.message,
  'file.readOnly': (p) =>
    `The workbook "${p.file}" is read-only (the file has no write permission), so Fremdrift does not save it; ` +
    'nothing was written. Remove the read-only flag (Windows: Properties, clear "Read-only"; Mac/Linux: chmod u+w) and run the command again.',
  'file.danglingLink': (p) =>
    `"${p.file}" is a shortcut (symbolic link) to "${p.target}", which does not exist; nothing was written. ` +
    'Fix the link, or give the path of the .xlsx file itself.',
  'file.changedMeanwhile': (p) =>
    `The workbook "${p.file}" was changed by another program after Fremdrift read it; nothing was saved. ` +
    'Close the other program (or wait for it) and run the command again.',
  'file.isDirectory': (p) => `"${p.file}" is a folder, not a file. Give the path of the .xlsx file itself.`,
  'file.noAccess': (p) =>
    `You have no access to "${p.file}" (the operating system denies access to the file or its folder). ` +
    'Ask for access, or copy the file to a folder you can use and work on the copy.',
  'file.nameTooLong': (p) =>
    `The path "${p.file}" is too long for the file system. Give the file a shorter name, or move it to a folder with a shorter path.`,
  'file.corrupt': (p) =>
    `The file "${p.file}" is damaged (${p.detail}) and cannot be read. ` +
    'Open it in Excel, which can often repair it, and save it again, or use a backup.',
  'file.openDocument': (p) =>
    `The file "${p.file}" is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). ` +
    'Save it as .xlsx in LibreOffice or Excel and use the saved file.',
  'file.legacyBinary': (p) =>
    `The file "${p.file}" is an old binary Excel file (.xls) or another legacy Office file, not an .xlsx workbook. ` +
    'Save it as .xlsx in Excel or LibreOffice and use the saved file.',
  'file.encrypted': (p) =>
    `The file "${p.file}" is password-protected (encrypted), so Fremdrift cannot read it. ` +
    'Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password), save, and try again.',
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

/**
 * The lock beside a workbook (xlsx/saveLock.ts), in Danish: who holds it when a save is refused, and the
 * notice when a lock left by an interrupted run is taken over (not an error: the save goes on).
 */
export const LOCK_TEXT = {
  held: (who: string, lock: string) =>
    `Projektmappen bliver allerede skrevet af fremdrift (${who}). Vent til den er færdig; hænger den, så slet låsefilen ${lock}.`,
  takenOver: (lock: string, who: string, why: string) =>
    `Bemærk: låsefilen ${lock} (${who}) var efterladt af en afbrudt kørsel (${why}); Fremdrift har taget den over.`,
  emptyLock: 'tom låsefil',
  whyEmpty: 'den var tom',
  whyGone: 'processen kører ikke længere',
  whyOld: (minutes: number) => `den er ældre end ${minutes} minutter`,
  cannotCreate: (lock: string, reason: string) => `Låsefilen ${lock} kunne ikke oprettes: ${reason}. Intet er skrevet.`,
  busy: (lock: string) => `Projektmappen er låst af en anden skrivning (${lock}).`,
};
