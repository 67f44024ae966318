// Spreadsheet formula injection: text that a spreadsheet would take as a formula must be stored as
// text. The .xlsx adapter writes strings as inline strings, never formulas; Office.js interprets `range.values`, so that adapter writes
// such text with Excel's quote prefix.

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The value to hand to Office.js `range.values` so the text is kept as typed, never evaluated. */
export function asLiteralText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** asLiteralText for any cell value: strings are protected, numbers/booleans/null pass unchanged. */
export function asLiteralCell<T>(value: T): T | string {
  return typeof value === 'string' ? asLiteralText(value) : value;
}

/** A block of values ready for Office.js `range.values`, with formula-like text kept as text. */
export function asLiteralValues<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(asLiteralCell));
}
