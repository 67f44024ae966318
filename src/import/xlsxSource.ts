// An .xlsx export read into the same SourceTable shape as CSV, with the project's own reader: the zip
// directory and sheet list from src/xlsx (browser-safe parts only), cells decoded as the workbook adapter
// decodes them (sheetCells.ts), parts inflated by the browser's DecompressionStream (also in Node ≥ 20).
// Kept apart from source.ts so the task pane loads it only when the user picks an .xlsx file. Failures are
// codes (readerProblems.ts), worded by src/text/imports.ts.
import type { CellValue } from '../workbook/port';
import { canStreamInflate, PackageReader, streamInflate } from '../xlsx/packageReader';
import { parseSharedStrings, readRect } from '../xlsx/sheetCells';
import { sheetExtent } from '../xlsx/sheetExtent';
import { EMPTY_FILE, type FileProblem } from './readerProblems';
import { tableFromRecords, type SourceResult } from './source';

const failure = (problem: FileProblem): SourceResult => ({ ok: false, problem });

/**
 * Reads the first worksheet (or the named one) of an .xlsx file: every row from 1 to the last cell, so
 * empty rows in the middle keep their place (and their row number). Formulas give their cached value,
 * error cells their error text (#N/A), dates their Excel serial, as the workbook adapter reads them.
 */
export async function readXlsxSource(bytes: Uint8Array | ArrayBuffer, sheetName?: string): Promise<SourceResult> {
  if (bytes.byteLength === 0) return failure(EMPTY_FILE);
  if (!canStreamInflate()) return failure({ code: 'noInflate', params: {} });
  let records: CellValue[][];
  let sheet: string;
  try {
    const pkg = new PackageReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), streamInflate);
    const sheets = await pkg.worksheets();
    const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
    if (!chosen) {
      if (sheetName === undefined) return failure({ code: 'noSheets', params: {} });
      return failure({ code: 'noSuchSheet', params: { sheet: sheetName, sheets: sheets.map((s) => s.name) } });
    }
    const xml = (await pkg.text(chosen.part)) ?? '';
    const shared = parseSharedStrings(await pkg.sharedStringsXml());
    const { rows, columns } = sheetExtent(xml);
    records = rows === 0 ? [] : readRect(xml, shared, 1, 1, rows, Math.max(columns, 1)).values;
    sheet = chosen.name;
  } catch {
    return failure({ code: 'xlsxUnreadable', params: {} });
  }
  return tableFromRecords(records, { format: 'xlsx', sheet });
}
