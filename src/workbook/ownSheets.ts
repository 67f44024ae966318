// The one rule for which sheets Fremdrift may write, shared by every adapter (memory, .xlsx, Office.js)
// so they cannot drift apart:
//   1. a name in OUTPUT_SHEETS may be written (created, or cleared and rendered afresh);
//   2. but an existing sheet with such a name (any case) that holds an Excel table is a user's sheet,
//      and is refused;
//   3. so is one that lacks Fremdrift's mark: Fremdrift knows its sheets by the mark it writes when it
//      creates one, not by name;
//   4. any other name is refused.
// The mark is a sheet-scoped defined name SHEET_MARK on the sheet itself (hidden where the format allows),
// so it moves with the sheet when it is renamed or reordered, goes when the sheet is deleted, and survives
// Excel, LibreOffice and Office.js (worksheet.names, ExcelApi 1.4).
// Adapters check every sheet of a write before changing anything, so a refusal leaves the workbook as it was.
import { errorText } from '../text/errors';
import { OUTPUT_SHEETS, type OutputSheetName } from './contract';
import { FremdriftError, type ErrorParams } from './errors';

type OwnSheetCode = 'ownSheet.notOwn' | 'ownSheet.holdsTable' | 'ownSheet.unmarked';

/** The sheet-scoped defined name that marks a sheet as one Fremdrift created. */
export const SHEET_MARK = '_Fremdrift_Ark';

/** Fremdrift was asked to write a sheet that is not its own. Nothing has been written. */
export class OwnSheetError<C extends OwnSheetCode = OwnSheetCode> extends FremdriftError<C> {
  constructor(code: C, params: ErrorParams[C]) {
    super(code, params, errorText(code, params));
    this.name = 'OwnSheetError';
  }
}

export function isOutputSheetName(name: string): name is OutputSheetName {
  return (OUTPUT_SHEETS as readonly string[]).includes(name);
}

/** What an adapter knows about the existing sheet an output sheet would replace. */
export interface ExistingSheet {
  /** Its name as the workbook spells it (it may differ in case). */
  name: string;
  /** It carries SHEET_MARK. */
  marked: boolean;
  /** It holds an Excel table. */
  holdsTable: boolean;
}

/**
 * Throws OwnSheetError unless Fremdrift may write the sheet `name`. `existing`: the workbook's sheet of
 * that name (compared without case), when there is one.
 */
export function assertOwnSheet(name: string, existing?: ExistingSheet | null): asserts name is OutputSheetName {
  if (!isOutputSheetName(name)) {
    throw new OwnSheetError('ownSheet.notOwn', { sheet: name, ownSheets: OUTPUT_SHEETS });
  }
  if (!existing) return;
  if (existing.holdsTable) throw new OwnSheetError('ownSheet.holdsTable', { sheet: existing.name });
  if (!existing.marked) throw new OwnSheetError('ownSheet.unmarked', { sheet: existing.name });
}

/** The second line every output sheet's title block has (render/builder.ts titleBlock). */
const COMPUTED_LINE = /^Beregnet .+ · Målregel: .+ · Opgjort pr\. .+$/;

/**
 * Whether an unmarked sheet is exactly as an older Fremdrift left it, so `fremdrift upgrade` may mark it:
 * its name is an output sheet's (same case), it holds no table and no formula, its A1 is the sheet's
 * title (it begins with the sheet's name) and its A2 is the title block's "Beregnet ... · Målregel: ...
 * · Opgjort pr. ..." line. A user's sheet that merely has the name fails at A1 or A2.
 */
export function looksRenderedByFremdrift(sheet: {
  name: string;
  a1: unknown;
  a2: unknown;
  holdsTable: boolean;
  hasFormulas: boolean;
}): boolean {
  if (!isOutputSheetName(sheet.name) || sheet.holdsTable || sheet.hasFormulas) return false;
  if (typeof sheet.a1 !== 'string' || !sheet.a1.startsWith(sheet.name)) return false;
  return typeof sheet.a2 === 'string' && COMPUTED_LINE.test(sheet.a2);
}
