// `fremdrift upgrade` for workbooks written before Fremdrift marked its sheets: an unmarked sheet with an
// output sheet's name gets the mark only when its content is exactly as Fremdrift renders it (title in
// A1, the "Beregnet ... · Målregel: ..." line in A2, no table, no formula: workbook/ownSheets.ts
// looksRenderedByFremdrift). Any other such sheet stays the user's, and a later write refuses it.
import { isOutputSheetName, looksRenderedByFremdrift } from '../workbook/ownSheets';
import { addDefinedNames, markedSheetIndexes, sheetMark, type DefinedName } from './definedNames';
import type { PackageSession } from './packageSession';
import { readRect } from './sheetCells';
import { ANY_PREFIX } from './xml';

const FORMULA = new RegExp(`<${ANY_PREFIX}f\\b`);

/** Marks the old Fremdrift sheets of the package; returns their names (none: nothing changed). */
export function markLegacySheets(ps: PackageSession): string[] {
  const wbPart = ps.pkg.workbookPart();
  const xml = ps.pkg.text(wbPart) ?? '';
  const marked = markedSheetIndexes(xml);
  const tables = ps.tables();
  const add: DefinedName[] = [];
  const names: string[] = [];
  ps.pkg.sheets().forEach((sheet, index) => {
    if (marked.has(index) || !sheet.part || !isOutputSheetName(sheet.name)) return;
    const sheetXml = ps.sheetXml(sheet.part);
    const cells = readRect(sheetXml, ps.sharedStrings(), 1, 1, 2, 1).values;
    const rendered = looksRenderedByFremdrift({
      name: sheet.name,
      a1: cells[0]?.[0],
      a2: cells[1]?.[0],
      holdsTable: tables.some((t) => t.sheet.rid === sheet.rid),
      hasFormulas: FORMULA.test(sheetXml),
    });
    if (!rendered) return;
    add.push(sheetMark(index, sheet.name));
    names.push(sheet.name);
  });
  if (add.length > 0) ps.pkg.setText(wbPart, addDefinedNames(xml, add));
  return names;
}
