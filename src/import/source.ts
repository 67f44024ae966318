// An export as a table: one header row and data rows, whatever file it came from. Data row r
// (1-based, the first row after the header is 1) is rows[r - 1]; issues name that number. Problems are
// codes (readerProblems.ts), worded by src/text/imports.ts.
import type { CellValue } from '../workbook/port';
import { parseCsv, type Delimiter } from './csv';
import { decodeBytes, looksLikeZip, type TextEncodingName } from './decode';
import { EMPTY_FILE, type FileProblem, type ReaderRowIssue } from './readerProblems';

/** A problem with one record, by its data row. */
export type SourceIssue = ReaderRowIssue & {
  /** 1-based data row; 0 for the header or the file as a whole. */
  row: number;
};

export interface SourceTable {
  headers: string[];
  rows: CellValue[][];
  /** Row-level problems found while reading (unterminated quote, too many fields). */
  issues: SourceIssue[];
  /** The reader's format (readers.ts), e.g. 'csv' or 'xlsx'. */
  format: string;
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string;
  /** The file's row of the header as Excel counts it (1 unless blank lines stand above it); data row r is file row headerRow + r. */
  headerRow?: number;
}

export type SourceResult = { ok: true; table: SourceTable } | { ok: false; problem: FileProblem };

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Turns header + records into a SourceTable. Short rows are padded with empty cells; a row with more
 * non-empty cells than the header has columns gets an issue (its extra values have nowhere to go).
 */
export function tableFromRecords(
  records: CellValue[][],
  base: Omit<SourceTable, 'headers' | 'rows' | 'issues'>,
  issues: SourceIssue[] = [],
): SourceResult {
  const headerIndex = records.findIndex((r) => r.some((v) => !isBlank(v)));
  if (headerIndex < 0) return { ok: false, problem: EMPTY_FILE };
  if (headerIndex > 0) {
    // Blank lines above the header are not data; renumber issues accordingly.
    records = records.slice(headerIndex);
    issues = issues.map((i) => ({ ...i, row: Math.max(0, i.row - headerIndex) }));
  }
  const rawHeaders = records[0].map((h) => (isBlank(h) ? '' : String(h).trim()));
  // Trailing empty header cells (e.g. "a;b;") are not columns.
  let width = rawHeaders.length;
  while (width > 0 && rawHeaders[width - 1] === '') width--;
  const headers = rawHeaders.slice(0, width);
  // Blank rows at the end (";;;;" lines Excel writes for formatted but empty rows) are not data.
  // Blank rows in the middle stay, and the plan reports them, so row numbers match the file.
  let end = records.length;
  while (end > 1 && records[end - 1].every((v) => isBlank(v))) end--;
  records.length = end;
  const rows: CellValue[][] = new Array(records.length - 1);
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    if (record.length > width && record.slice(width).some((v) => !isBlank(v))) {
      issues.push({ row: r, code: 'tooManyValues', params: { values: record.length, columns: width } });
    }
    const row = record.length === width ? record : record.slice(0, width);
    while (row.length < width) row.push(null);
    rows[r - 1] = row;
  }
  return { ok: true, table: { headers, rows, issues, ...base, headerRow: headerIndex + 1 } };
}

/** Reads CSV bytes (any supported encoding). */
export function readCsvSource(bytes: Uint8Array | ArrayBuffer): SourceResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, problem: EMPTY_FILE };
  // Excel writes (and reads) an optional first line "sep=;" naming the delimiter; it is not a header.
  const hint = /^sep=([;,\t])\r?\n?/i.exec(decoded.text);
  const text = hint ? decoded.text.slice(hint[0].length) : decoded.text;
  if (text.trim() === '') return { ok: false, problem: EMPTY_FILE };
  const parsed = parseCsv(text, hint ? { delimiter: hint[1] as Delimiter } : {});
  const issues: SourceIssue[] = parsed.issues.map((i) => ({ row: i.record, code: i.code, params: i.params }));
  return tableFromRecords(
    parsed.records,
    { format: 'csv', encoding: decoded.encoding, delimiter: parsed.delimiter },
    issues,
  );
}

/** True when the bytes (or, failing that, the file name) say XLSX. */
export function isXlsx(bytes: Uint8Array, fileName = ''): boolean {
  return looksLikeZip(bytes) || (bytes.length === 0 && /\.xlsx$/i.test(fileName));
}
