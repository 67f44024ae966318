// The error type every .xlsx adapter failure is reported with, so the CLI can print its Danish message
// without a stack trace. Apart from xlsxWorkbook.ts so the save and read modules can use it too.

/** The file is missing, is not an .xlsx workbook, or could not be read or saved; the message is Danish. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}
