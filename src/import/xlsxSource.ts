// An .xlsx export read with ExcelJS into the same SourceTable shape as CSV (a package ExcelJS cannot
// load is repaired for reading first: absolute part paths, drawings). Kept apart from source.ts
// so the task pane loads ExcelJS only when the user actually picks an .xlsx file.
import ExcelJS from 'exceljs';
import type { CellValue } from '../workbook/port';
import { repairForExcelJs } from '../xlsx/repairForExcelJs';
import { tableFromRecords, type SourceResult, EMPTY_FILE_MESSAGE } from './source';

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01

/** ExcelJS reads date cells as JS Dates at UTC midnight; turn them back into Excel serials. */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** One ExcelJS cell value as a plain CellValue (formulas give their cached result, never the formula). */
export function plainCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return dateToSerial(result);
      if (typeof result === 'object') return 'error' in result ? String(result.error) : null;
      return result;
    }
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** ExcelJS wants a Buffer in Node and accepts an ArrayBuffer in the browser. */
function forExcelJs(buffer: Uint8Array): ArrayBuffer {
  const whole =
    buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? buffer.buffer : buffer.slice().buffer;
  return (
    typeof Buffer !== 'undefined' ? Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) : whole
  ) as ArrayBuffer;
}

/** Reads the first worksheet (or the named one) of an .xlsx file. */
export async function readXlsxSource(bytes: Uint8Array | ArrayBuffer, sheetName?: string): Promise<SourceResult> {
  if (bytes.byteLength === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
  let workbook = new ExcelJS.Workbook();
  const buffer = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    await workbook.xlsx.load(forExcelJs(buffer));
  } catch {
    // A valid package ExcelJS cannot load (absolute part paths as openpyxl writes them, some drawings):
    // repaired for reading values only, then tried once more.
    try {
      const repaired = await repairForExcelJs(buffer);
      if (!repaired) throw new Error('not repairable');
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(forExcelJs(repaired));
    } catch {
      return { ok: false, message: 'Excel-filen kan ikke læses; den er beskadiget, afkortet eller ikke en .xlsx-fil.' };
    }
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    return {
      ok: false,
      message: sheetName
        ? `Excel-filen har intet ark ved navn "${sheetName}" (ark: ${names || 'ingen'}).`
        : 'Excel-filen har ingen ark.',
    };
  }
  const width = sheet.columnCount;
  const records: CellValue[][] = [];
  // Rows are read by number so empty rows in the middle keep their place (and their row number).
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = new Array(width);
    for (let c = 1; c <= width; c++) values[c - 1] = plainCellValue(row.getCell(c).value);
    records.push(values);
  }
  // Empty rows at the bottom (formatted but blank) are not data.
  while (records.length > 0 && records[records.length - 1].every((v) => v === null || v === '')) records.pop();
  return tableFromRecords(records, { format: 'xlsx', sheet: sheet.name });
}
