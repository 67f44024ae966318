// An .xlsx export read into the same SourceTable shape as CSV, with the project's own reader: the zip
// directory and sheet list from src/xlsx (browser-safe parts only), cells decoded as the workbook adapter
// decodes them (sheetCells.ts), parts inflated by the browser's DecompressionStream (also in Node ≥ 20).
// Kept apart from source.ts so the task pane loads it only when the user picks an .xlsx file.
import type { CellValue } from '../workbook/port';
import { canStreamInflate, PackageReader, streamInflate } from '../xlsx/packageReader';
import { parseSharedStrings, readRect } from '../xlsx/sheetCells';
import { sheetExtent } from '../xlsx/sheetExtent';
import { tableFromRecords, type SourceResult, EMPTY_FILE_MESSAGE } from './source';

const UNREADABLE = 'Excel-filen kan ikke læses; den er beskadiget, afkortet eller ikke en .xlsx-fil.';
const NO_INFLATE =
  'Denne browser kan ikke pakke .xlsx-filer ud; gem eksporten som CSV (semikolonsepareret) og prøv igen.';

/**
 * Reads the first worksheet (or the named one) of an .xlsx file: every row from 1 to the last cell, so
 * empty rows in the middle keep their place (and their row number). Formulas give their cached value,
 * error cells their error text (#N/A), dates their Excel serial, as the workbook adapter reads them.
 */
export async function readXlsxSource(bytes: Uint8Array | ArrayBuffer, sheetName?: string): Promise<SourceResult> {
  if (bytes.byteLength === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
  if (!canStreamInflate()) return { ok: false, message: NO_INFLATE };
  let records: CellValue[][];
  let sheet: string;
  try {
    const pkg = new PackageReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), streamInflate);
    const sheets = await pkg.worksheets();
    const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
    if (!chosen) {
      const names = sheets.map((s) => s.name).join(', ');
      return {
        ok: false,
        message:
          sheetName === undefined
            ? 'Excel-filen har ingen ark.'
            : `Excel-filen har intet ark ved navn "${sheetName}" (ark: ${names || 'ingen'}).`,
      };
    }
    const xml = (await pkg.text(chosen.part)) ?? '';
    const shared = parseSharedStrings(await pkg.sharedStringsXml());
    const { rows, columns } = sheetExtent(xml);
    records = rows === 0 ? [] : readRect(xml, shared, 1, 1, rows, Math.max(columns, 1)).values;
    sheet = chosen.name;
  } catch {
    return { ok: false, message: UNREADABLE };
  }
  return tableFromRecords(records, { format: 'xlsx', sheet });
}
