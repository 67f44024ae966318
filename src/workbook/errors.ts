// The one error family: every error Fremdrift reports to a user is a FremdriftError with a stable code
// and the parameters its sentence needs, so the CLI maps codes to exit codes in one table (cli/io.ts)
// and src/text/errors.ts writes each sentence once, in Danish and English. Here, in the lowest layer
// every adapter depends on (src/domain does not throw). The message is the Danish sentence.

/** Each code with the parameters its text needs. */
export interface ErrorParams {
  /** Wrong use of the CLI; the message is the CLI's own (cli/args.ts and the commands). */
  usage: { message: string };
  /** The workbook does not follow the contract (missing table or required header); see workbook/headers.ts. */
  contract: { message: string };
  /** A name that is not one of Fremdrift's own output sheets. */
  'ownSheet.notOwn': { sheet: string; ownSheets: readonly string[] };
  /** An output sheet's name on a sheet that holds a table: a user's sheet. */
  'ownSheet.holdsTable': { sheet: string };
  /** An output sheet's name on a sheet without Fremdrift's mark (workbook/ownSheets.ts): a user's sheet. */
  'ownSheet.unmarked': { sheet: string };
  /** An input table changed between an import preview and its confirmation. */
  'import.stalePlan': { table: string; row: number };
  /** The .xlsx file is missing, unreadable, not a workbook, or cannot be changed safely (xlsx adapter). */
  'file.unusable': { message: string };
  /** The .xlsx file could not be saved (locked, changed meanwhile, disk full ...). */
  'file.save': { message: string };
  /** The workbook's write bits are all off (read-only): Fremdrift does not replace it. */
  'file.readOnly': { file: string };
  /** Another program changed the workbook between Fremdrift's read and its save (by content). */
  'file.changedMeanwhile': { file: string };
  /** The workbook path is a symbolic link whose target does not exist. */
  'file.danglingLink': { file: string; target: string };
  /** A directory was given where a workbook file belongs (EISDIR). */
  'file.isDirectory': { file: string };
  /** The operating system refused access to the file or its folder (EACCES, EPERM). */
  'file.noAccess': { file: string };
  /** The path or a name in it is longer than the file system allows (ENAMETOOLONG). */
  'file.nameTooLong': { file: string };
  /** A part of the zip package is damaged (bad deflate data, wrong length or CRC). */
  'file.corrupt': { file: string; detail: string };
  /** An OpenDocument file (.ods) under another name. */
  'file.openDocument': { file: string };
  /** An old binary Excel file (.xls) or another CFB/OLE2 container. */
  'file.legacyBinary': { file: string };
  /** An encrypted (password-protected) OOXML workbook: a CFB container with an EncryptedPackage. */
  'file.encrypted': { file: string };
  /** Inside the zip package: why it cannot be read or written. */
  'file.zip': { message: string };
  /** A binary workbook (.xlsb). */
  'file.binaryWorkbook': Record<string, never>;
  /** The package has no workbook part. */
  'file.noWorkbookPart': Record<string, never>;
  /** styles.xml written with a namespace prefix. */
  'file.prefixedStyles': Record<string, never>;
  /** A worksheet part without sheetData. */
  'sheet.noSheetData': Record<string, never>;
  /** An edit that would damage a sheet. */
  'sheet.edit': { message: string };
  /** A cell address that cannot be read, e.g. in a table part's ref. */
  'address.invalid': { address: string };
  /** An input-table write names a table the workbook lacks. */
  'table.missing': { table: string };
  /** Typed entry needs a table the workbook lacks (it is created by "Opret sagsstamme"). */
  'table.missingUseSetup': { table: string };
  /** An input-table write names a column the table lacks. */
  'table.noColumn': { table: string; column: string };
  /** An update names a row the table lacks. */
  'table.noRow': { table: string; row: number };
  /** A row holds another Borger-ID than when it was read for the preview. */
  'table.rowMoved': { table: string; row: number; was: string | null; now: string | null };
  /** Appending rows would push the user's cells below the table. */
  'table.contentBelow': { table: string; row: number };
  /** Appending columns would push the user's cells right of the table. */
  'table.contentRight': { table: string };
}

export type ErrorCode = keyof ErrorParams;

/** Every code, for tests and tables that must cover them all. */
export const ERROR_CODES = [
  'usage',
  'contract',
  'ownSheet.notOwn',
  'ownSheet.holdsTable',
  'ownSheet.unmarked',
  'import.stalePlan',
  'file.unusable',
  'file.save',
  'file.readOnly',
  'file.changedMeanwhile',
  'file.danglingLink',
  'file.isDirectory',
  'file.noAccess',
  'file.nameTooLong',
  'file.corrupt',
  'file.openDocument',
  'file.legacyBinary',
  'file.encrypted',
  'file.zip',
  'file.binaryWorkbook',
  'file.noWorkbookPart',
  'file.prefixedStyles',
  'sheet.noSheetData',
  'sheet.edit',
  'address.invalid',
  'table.missing',
  'table.missingUseSetup',
  'table.noColumn',
  'table.noRow',
  'table.rowMoved',
  'table.contentBelow',
  'table.contentRight',
] as const satisfies readonly ErrorCode[];

// A code missing from ERROR_CODES fails to compile here.
type Missing = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
const allListed: Missing extends never ? true : never = true;
void allListed;

/** A failure a user can act on: a stable code, its parameters, and the Danish sentence as message. */
export class FremdriftError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams[C],
    message: string,
  ) {
    super(message);
    this.name = 'FremdriftError';
  }
}
