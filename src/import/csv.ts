// A forgiving RFC-4180 CSV parser: quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR
// line ends, and `;` `,` or tab as delimiter (detected). It never throws: problems come back as issues
// with the record number, and it never drops a record except empty lines at the very end of the file.
// One pass over the text (plus at most one re-scan after an unterminated quote), so 100,000 rows are
// parsed in linear time.
import type { ReaderRowIssue } from './readerProblems';

export type Delimiter = ';' | ',' | '\t';

/** A problem with one record: the reader's code (readerProblems.ts) and where the record is. */
export type CsvIssue = Extract<ReaderRowIssue, { code: 'unclosedQuote' }> & {
  /** 0-based record index: 0 is the header line, so for data this equals the data row number. */
  record: number;
  /** 1-based physical line where the record starts. */
  line: number;
};

export interface CsvResult {
  delimiter: Delimiter;
  /** All records, header first. */
  records: string[][];
  issues: CsvIssue[];
}

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/** The delimiter that occurs most often outside quotes on the first line; ties prefer `;`, then tab. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ';';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** Index of the first delimiter or line end at or after `from` (the text's length when there is none). */
function fieldEnd(text: string, from: number, delim: number): number {
  let k = from;
  while (k < text.length) {
    const d = text.charCodeAt(k);
    if (d === delim || d === LF || d === CR) break;
    k++;
  }
  return k;
}

interface QuotedField {
  value: string;
  /** Index of the delimiter, line end or text end after the field. */
  end: number;
  /** Line breaks inside the quotes. */
  lineBreaks: number;
}

/**
 * The quoted field whose opening quote is at `start`: doubled quotes are one quote, and it runs to a quote
 * that is not doubled; characters after that up to the delimiter are kept as they are. Null when the
 * quote is never closed.
 */
function readQuotedField(text: string, start: number, delim: number): QuotedField | null {
  const n = text.length;
  let j = start + 1;
  let value = '';
  let chunkStart = j;
  let lineBreaks = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === QUOTE) {
      if (j + 1 < n && text.charCodeAt(j + 1) === QUOTE) {
        value += text.slice(chunkStart, j + 1);
        j += 2;
        chunkStart = j;
        continue;
      }
      value += text.slice(chunkStart, j);
      const end = fieldEnd(text, j + 1, delim);
      return { value: value + text.slice(j + 1, end), end, lineBreaks };
    }
    if (d === LF || (d === CR && text.charCodeAt(j + 1) !== LF)) lineBreaks++;
    j++;
  }
  return null;
}

/** Parses CSV text into records. */
export function parseCsv(text: string, options: { delimiter?: Delimiter } = {}): CsvResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const issues: CsvIssue[] = [];
  const n = text.length;

  let record: string[] = [];
  let line = 1;
  let i = 0;
  // Where an unterminated quoted field began; set once, then that field is re-read as plain text.
  let literalQuoteAt = -1;
  // True when the current record has content (a field, a delimiter or a quote), so an empty line
  // at the end can be told apart from a record holding one empty quoted field.
  let recordHasContent = false;

  // Blank records (no character at all) at the end of the text are dropped afterwards.
  let trailingBlank = 0;
  const endRecord = () => {
    records.push(record);
    trailingBlank = recordHasContent ? 0 : trailingBlank + 1;
    record = [];
    recordHasContent = false;
  };

  while (i < n) {
    if (text.charCodeAt(i) === QUOTE && i !== literalQuoteAt) {
      const quoted = readQuotedField(text, i, delim);
      recordHasContent = true;
      if (!quoted) {
        // Re-read from the opening quote as plain text so the rest of the file is not swallowed.
        issues.push({ record: records.length, line, code: 'unclosedQuote', params: {} });
        literalQuoteAt = i;
        continue;
      }
      record.push(quoted.value);
      line += quoted.lineBreaks;
      i = quoted.end;
    } else {
      // Plain field up to the delimiter or line end.
      const k = fieldEnd(text, i, delim);
      if (k > i) recordHasContent = true;
      record.push(text.slice(i, k));
      i = k;
    }
    // Here i is at a delimiter, a line end, or the end of the text.
    if (i >= n) break;
    const d = text.charCodeAt(i);
    if (d === delim) {
      recordHasContent = true;
      i++;
      if (i >= n) record.push('');
      continue;
    }
    // Line end: CRLF, LF or CR.
    i += d === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRecord();
  }
  if (record.length > 0) endRecord();
  // Empty lines at the end of the file are not records (a record holding `""` is not empty).
  records.length -= trailingBlank;
  return { delimiter, records, issues };
}

/** Serialises records as CSV, quoting fields that need it (used by tests and exports). */
export function toCsv(records: readonly (readonly string[])[], delimiter: Delimiter = ';', eol = '\r\n'): string {
  return records
    .map((r) =>
      r
        .map((f) =>
          (f === '' && r.length === 1) || /["\r\n]/.test(f) || f.includes(delimiter) ? `"${f.replace(/"/g, '""')}"` : f,
        )
        .join(delimiter),
    )
    .join(eol);
}
