// The error type every .xlsx adapter refusal is reported with, so the CLI can print its Danish message
// without a stack trace (code file.unusable, exit 2). Apart from xlsxWorkbook.ts so the save and read
// modules can use it too.
import { FremdriftError } from '../workbook/errors';

/** The file is missing, is not an .xlsx workbook, or could not be read or saved; the message is Danish. */
export class WorkbookFileError extends FremdriftError<'file.unusable' | 'file.save'> {
  constructor(message: string, code: 'file.unusable' | 'file.save' = 'file.unusable') {
    super(code, { message }, message);
    this.name = 'WorkbookFileError';
  }
}
