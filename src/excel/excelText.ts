// What to hand Office.js so a string stays the string we mean. Excel converts text written through
// Range.values as if it were typed: "0012" becomes 12, "2025-01" a date, "TRUE" a boolean, "=..." a
// formula. Text that Excel might convert is written with a leading apostrophe (Excel's quote prefix,
// which is not part of the cell's value when read back); text columns of input tables are also
// formatted as text ('@') so what users type there stays text too. A prefix on text Excel would not
// have converted is harmless, so the test errs on the side of prefixing.
// Range.values: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
// "Format numbers as text": https://support.microsoft.com/office/format-numbers-as-text-583160db-35e0-4e2c-a2fa-3e5a4e41b3d6
// The .xlsx adapter writes strings as shared/inline strings, which Excel never converts; this keeps
// both adapters storing the same text.
import { isFormulaLike } from '../security/formula';

const MONTHS = '(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)';
/** Starts like a number, date, time, currency, percent, fraction or error value. */
const NUMBER_LIKE = /^\s*[-+=@#'(.,:$€£¥%0-9]/;
const BOOLEAN_LIKE = /^\s*(true|false|sand|falsk)\s*$/i;
const MONTH_DATE_LIKE = new RegExp(`^\\s*(${MONTHS}[a-zæøå]*[\\s.\\-/]*\\d|\\d+[\\s.\\-/]*${MONTHS})`, 'i');

/** True when Excel could store `text` as something other than this text. */
export function excelWouldConvert(text: string): boolean {
  return isFormulaLike(text) || NUMBER_LIKE.test(text) || BOOLEAN_LIKE.test(text) || MONTH_DATE_LIKE.test(text);
}

/** The value for Range.values that Excel stores as exactly `text`. */
export function asExcelText(text: string): string {
  return excelWouldConvert(text) ? `'${text}` : text;
}

/** A cell for Range.values: strings protected, numbers and booleans as they are, null as `empty`. */
export function toExcelCell<E>(v: string | number | boolean | null, empty: E): string | number | boolean | E {
  if (v === null) return empty;
  return typeof v === 'string' ? asExcelText(v) : v;
}
