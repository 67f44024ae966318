// CSV of an export table, as RFC 4180 says: a header row, CRLF after every record, a field quoted (and its
// quotes doubled) when it holds a comma, a quote, CR or LF. Values are written for machines, not for a
// Danish reader: numbers with a decimal point and every digit JavaScript needs to read them back exactly,
// booleans as true/false, an empty field for null, and "<3" for a suppressed count (as Jobindsats).
import { SUPPRESSED, SUPPRESSION_LIMIT, type Cell, type ExportTable } from './schema';

/** How a suppressed count reads in CSV. */
export const SUPPRESSED_TEXT = `<${SUPPRESSION_LIMIT}`;

function field(value: Cell): string {
  if (value === null) return '';
  if (value === SUPPRESSED) return SUPPRESSED_TEXT;
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text (encode it as UTF-8 without a byte-order mark). */
export function tableCsv(table: ExportTable): string {
  const names = table.columns.map((c) => c.name);
  const lines = [names.map(field).join(',')];
  for (const row of table.rows) lines.push(names.map((n) => field(row[n] ?? null)).join(','));
  return lines.map((l) => l + '\r\n').join('');
}
