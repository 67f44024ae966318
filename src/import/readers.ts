// The import-reader registry: every export format Fremdrift reads into a SourceTable, one entry per
// format. Adding a format touches this list and the reader's own file; the CLI's usage line and the task
// pane's file picker follow the list. Readers with a signature are tried in order; the one without (CSV,
// plain text has none) takes everything else. Heavy readers are loaded only when their file is picked.
import { isXlsx, readCsvSource, type SourceResult } from './source';

interface ExportReader {
  /** The format's name, as in SourceTable.format and the CLI's usage (`eksport.csv|xlsx`). */
  format: string;
  /** The file-name endings the task pane's file picker offers. */
  extensions: readonly string[];
  /** True when the bytes (or, failing that, the file name) are this format; none for the fallback. */
  signature?: (bytes: Uint8Array, fileName: string) => boolean;
  read(bytes: Uint8Array, sheet?: string): Promise<SourceResult>;
}

const EXPORT_READERS: readonly ExportReader[] = [
  { format: 'csv', extensions: ['.csv', '.txt'], read: async (bytes) => readCsvSource(bytes) },
  {
    format: 'xlsx',
    extensions: ['.xlsx'],
    signature: isXlsx,
    read: async (bytes, sheet) => (await import('./xlsxSource')).readXlsxSource(bytes, sheet),
  },
];

/** The formats in the registry's order, e.g. ['csv', 'xlsx']. */
export const EXPORT_FORMATS: readonly string[] = EXPORT_READERS.map((r) => r.format);

/** The file picker's `accept`: every reader's endings. */
export const EXPORT_FILE_ACCEPT = EXPORT_READERS.flatMap((r) => r.extensions).join(',');

/** The reader for these bytes: the first whose signature matches, else the fallback. */
export function readerFor(bytes: Uint8Array, fileName: string): ExportReader {
  return EXPORT_READERS.find((r) => r.signature?.(bytes, fileName)) ?? EXPORT_READERS.find((r) => !r.signature)!;
}
