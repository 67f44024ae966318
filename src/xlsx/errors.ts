// The error types every .xlsx adapter refusal is reported with, so the CLI can print its Danish message
// without a stack trace (exit 2), and the one translation of operating-system error codes (EISDIR,
// EACCES, ENAMETOOLONG ...) into the error family, so no raw English code reaches a user. Apart from
// xlsxWorkbook.ts so the save, lock and read modules can use them too.
import { fremdriftError } from '../text/errors';
import { FremdriftError } from '../workbook/errors';

/** The file is missing, is not an .xlsx workbook, or could not be read or saved; the message is Danish. */
export class WorkbookFileError extends FremdriftError<'file.unusable' | 'file.save'> {
  constructor(message: string, code: 'file.unusable' | 'file.save' = 'file.unusable') {
    super(code, { message }, message);
    this.name = 'WorkbookFileError';
  }
}

/** A save failed or was refused; the message is Danish and says what happened. */
export class SaveError extends WorkbookFileError {
  constructor(message: string) {
    super(message, 'file.save');
    this.name = 'SaveError';
  }
}

/** The error-family error for an OS error about `file` that has its own sentence, or null. */
export function fileAccessError(e: unknown, file: string): FremdriftError | null {
  switch ((e as NodeJS.ErrnoException | null)?.code) {
    case 'EISDIR':
      return fremdriftError('file.isDirectory', { file });
    case 'EACCES':
    case 'EPERM':
      return fremdriftError('file.noAccess', { file });
    case 'ENAMETOOLONG':
      return fremdriftError('file.nameTooLong', { file });
    default:
      return null;
  }
}

/** What an error code means to a user, in Danish; "open in Excel" only when that is a real cause. */
export function errnoReason(e: NodeJS.ErrnoException, atRename: boolean): string {
  switch (e.code) {
    case 'ENOSPC':
      return 'disken er fuld';
    case 'EDQUOT':
      return 'din diskkvote er brugt op';
    case 'EROFS':
      return 'mappen er skrivebeskyttet';
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return atRename
        ? 'filen er låst af et andet program; er den åben i Excel?'
        : 'du har ikke skriveadgang til mappen';
    case 'ENOENT':
      return 'mappen findes ikke';
    case 'ENAMETOOLONG':
      return 'navnet er for langt til filsystemet';
    case 'EISDIR':
      return 'der ligger en mappe med det navn';
    case 'EIO':
      return 'disken meldte en læse-/skrivefejl';
    default:
      return `styresystemet meldte fejlkode ${e.code ?? 'ukendt'}`;
  }
}
