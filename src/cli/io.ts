// What every CLI command shares: the injected Io (commands never touch process.stdout themselves, so
// tests run them in-process), the one set of exit codes, usage errors and progress lines.

/** Where a command writes: `out` is the result (pure JSON with --json), `err` messages and progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
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

/** Wrong usage: reported with the command's usage text and EXIT.usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Progress lines for the slow steps (reading, computing, saving), on standard error; none with --quiet. */
export type Progress = (text: string) => void;

export function progressOn(io: Io, quiet: boolean): Progress {
  return quiet ? () => undefined : (text) => io.err(text);
}
