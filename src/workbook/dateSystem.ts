// The 1904 date system (the old Mac Excel default): its serials count days from 1904-01-01, 1,462 days
// fewer than the 1900 system's for the same date. The port speaks 1900 serials (workbook/port.ts); both
// adapters (.xlsx: a workbookPr attribute, Office.js: Workbook.use1904DateSystem) turn the contract's date
// and month columns into 1900 serials when they read and back when they write, with these pure functions.
import { tableDef } from './contract';
import type { CellValue, SheetModel } from './port';

/** Days between the two systems' serials for the same date. */
const DAYS_1900_TO_1904 = 1462;

/** Whether the contract types this table's column as a date or a month (cells that hold date serials). */
export function isDateColumn(table: string, header: string): boolean {
  const col = tableDef(table)?.columns.find((c) => c.header.toLowerCase() === header.toLowerCase());
  return col?.type === 'date' || col?.type === 'month';
}

/** A cell of a date column as the port reads it (1900 serial) from a workbook in the 1904 system. */
export function from1904(v: CellValue): CellValue {
  return typeof v === 'number' ? v + DAYS_1900_TO_1904 : v;
}

/** A port value (1900 serial) for a date column of a workbook in the 1904 system. */
export function to1904(v: CellValue): CellValue {
  return typeof v === 'number' ? v - DAYS_1900_TO_1904 : v;
}

/** A number format that shows a date (day, month or year codes, no digit placeholders). */
function isDateFormat(f: string | undefined): boolean {
  return !!f && /[dmy]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/[0#?]/.test(f);
}

/** The model with its date-formatted numbers in the 1904 system (a copy; the model is not changed). */
export function modelIn1904(model: SheetModel): SheetModel {
  const values = model.values.map((r) => [...r]);
  for (const f of model.formats ?? []) {
    if (!isDateFormat(f.numberFormat)) continue;
    for (let r = f.row; r < f.row + (f.rows ?? 1); r++)
      for (let c = f.col; c < f.col + (f.cols ?? 1); c++)
        if (values[r] && typeof values[r][c] === 'number') values[r][c] = to1904(values[r][c]);
  }
  return { ...model, values };
}
