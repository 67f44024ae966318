// What every CLI command shares: the injected Io (commands never touch process.stdout themselves, so
// tests run them in-process), the one set of exit codes with the one table from error codes to them,
// usage errors and progress lines.
import { FremdriftError, type ErrorCode } from '../workbook/errors';

/** Where a command writes: `out` is the result (pure JSON with --json), `err` messages and progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Like `out` for a text given in pieces (a large JSON report), written as they come; without it, `out` of the joined text. */
  outPieces?(pieces: Iterable<string>): void;
}

/** Pieces are gathered to about this many characters per write. */
const WRITE_CHARS = 1 << 20;

export const processIo: Io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  outPieces: (pieces) => {
    let text = '';
    for (const piece of pieces) {
      text += piece;
      if (text.length >= WRITE_CHARS) {
        process.stdout.write(text);
        text = '';
      }
    }
    process.stdout.write(text + '\n');
  },
};

/**
 * The CLI's exit codes, the same for every command (documented in the README's "Headless CLI").
 * 0: done; a report is produced even when the data has issues, an import even with rejected rows.
 * 1: wrong usage (unknown command or option, a missing or invalid argument); nothing was written.
 * 2: a file cannot be used (missing, unreadable, not a workbook, lacks a required table or column,
 *    holds a user's sheet where Fremdrift's own should be, cannot be saved); nothing was written.
 * 3: an unexpected error (a fault in Fremdrift); the message carries the details.
 */
export const EXIT = { ok: 0, usage: 1, file: 2, unexpected: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code of each FremdriftError code: the one table the CLI's catch blocks use. Every code but
 * `usage` is something in a file (the workbook, the export, the zip package) that Fremdrift refused or
 * could not use, with nothing written: EXIT.file. Anything else thrown is EXIT.unexpected.
 */
export const EXIT_BY_CODE: Record<ErrorCode, ExitCode> = {
  usage: EXIT.usage,
  contract: EXIT.file,
  'ownSheet.notOwn': EXIT.file,
  'ownSheet.holdsTable': EXIT.file,
  'ownSheet.unmarked': EXIT.file,
  'import.stalePlan': EXIT.file,
  'file.unusable': EXIT.file,
  'file.save': EXIT.file,
  'file.readOnly': EXIT.file,
  'file.changedMeanwhile': EXIT.file,
  'file.danglingLink': EXIT.file,
  'file.isDirectory': EXIT.file,
  'file.noAccess': EXIT.file,
  'file.nameTooLong': EXIT.file,
  'file.corrupt': EXIT.file,
  'file.openDocument': EXIT.file,
  'file.legacyBinary': EXIT.file,
  'file.encrypted': EXIT.file,
  'file.zip': EXIT.file,
  'file.binaryWorkbook': EXIT.file,
  'file.noWorkbookPart': EXIT.file,
  'file.prefixedStyles': EXIT.file,
  'sheet.noSheetData': EXIT.file,
  'sheet.edit': EXIT.file,
  'address.invalid': EXIT.file,
  'table.missing': EXIT.file,
  'table.missingUseSetup': EXIT.file,
  'table.noColumn': EXIT.file,
  'table.noRow': EXIT.file,
  'table.rowMoved': EXIT.file,
  'table.contentBelow': EXIT.file,
  'table.contentRight': EXIT.file,
};

/** The exit code for anything a command threw. */
export function exitCodeFor(e: unknown): ExitCode {
  if (!(e instanceof FremdriftError)) return EXIT.unexpected;
  const code: ErrorCode = (e as FremdriftError).code;
  return EXIT_BY_CODE[code];
}

/** Wrong usage: reported with the command's usage text and EXIT.usage. */
export class UsageError extends FremdriftError<'usage'> {
  constructor(message: string) {
    super('usage', { message }, message);
    this.name = 'UsageError';
  }
}

/** Progress lines for the slow steps (reading, computing, saving), on standard error; none with --quiet. */
export type Progress = (text: string) => void;

export function progressOn(io: Io, quiet: boolean): Progress {
  return quiet ? () => undefined : (text) => io.err(text);
}
