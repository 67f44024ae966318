// What the export readers (decode.ts, csv.ts, source.ts, xlsxSource.ts) report, as codes with parameters.
// The readers hold no sentences: src/text/imports.ts words these in Danish (the CLI, `import --json`) or in
// the task pane's language. A leaf file, so the readers and the texts both import it without a cycle.

type NoParams = Record<string, never>;

/** Why a whole file cannot be imported. */
export type FileProblem =
  | { code: 'emptyFile'; params: NoParams }
  /** A UTF-8 byte-order mark, then bytes that are not UTF-8. */
  | { code: 'invalidUtf8'; params: NoParams }
  /** An odd number of bytes after a UTF-16 byte-order mark. */
  | { code: 'truncatedUtf16'; params: NoParams }
  /** Valid UTF-8 up to a character cut off at the very end. */
  | { code: 'truncatedUtf8'; params: NoParams }
  /** A zip container (an .xlsx) given as CSV. */
  | { code: 'zipNotCsv'; params: NoParams }
  | { code: 'oldXls'; params: NoParams }
  | { code: 'pdf'; params: NoParams }
  /** A NUL byte: not a text file. `byte` is 1-based. */
  | { code: 'binaryData'; params: { byte: number } }
  | { code: 'xlsxUnreadable'; params: NoParams }
  /** The browser has no DecompressionStream to unpack an .xlsx with. */
  | { code: 'noInflate'; params: NoParams }
  | { code: 'noSheets'; params: NoParams }
  | { code: 'noSuchSheet'; params: { sheet: string; sheets: string[] } };

/** A problem with one record of the export, found while reading it; the plan rejects that row. */
export type ReaderRowIssue =
  /** A quote that never closes (the rest of the file is then read as plain text). */
  | { code: 'unclosedQuote'; params: NoParams }
  /** More non-empty values than the header has columns. */
  | { code: 'tooManyValues'; params: { values: number; columns: number } };

export type ReaderProblem = FileProblem | ReaderRowIssue;

export const EMPTY_FILE: FileProblem = { code: 'emptyFile', params: {} };
