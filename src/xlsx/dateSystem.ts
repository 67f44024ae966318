// The 1904 date system in an .xlsx package: `<workbookPr date1904="1"/>` says the workbook uses it. The
// conversions themselves are shared with the Office.js adapter (src/workbook/dateSystem.ts); the .xlsx
// adapter turns numbers in the contract's date and month columns into 1900 serials when it reads them,
// back when it writes input rows, and writes the output sheets' date cells in the workbook's own system.
import { attrs, ANY_PREFIX } from './xml';

export { from1904, isDateColumn, modelIn1904, to1904 } from '../workbook/dateSystem';

const WORKBOOK_PR = new RegExp(`<${ANY_PREFIX}workbookPr\\b[^>]*>`);

/** Whether workbook.xml sets the 1904 date system ("1" or "true"; LibreOffice writes "false" for 1900). */
export function usesDate1904(workbookXml: string): boolean {
  const tag = WORKBOOK_PR.exec(workbookXml)?.[0];
  const v = tag ? attrs(tag).date1904 : undefined;
  return v === '1' || v === 'true';
}
