// The one rule for which sheets Fremdrift may write, shared by every adapter (memory, .xlsx, Office.js)
// so they cannot drift apart:
//   1. a name in OUTPUT_SHEETS may be written (created, or cleared and rendered afresh);
//   2. but a sheet with such a name that holds an Excel table is a user's sheet, and is refused;
//   3. any other name is refused.
// Adapters check every sheet of a write before changing anything, so a refusal leaves the workbook as it was.
import { errorText } from '../text/errors';
import { OUTPUT_SHEETS, type OutputSheetName } from './contract';
import { FremdriftError, type ErrorParams } from './errors';

type OwnSheetCode = 'ownSheet.notOwn' | 'ownSheet.holdsTable';

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

/**
 * Throws OwnSheetError unless Fremdrift may write the sheet `name`.
 * `holdsTable`: the workbook already has a sheet of that name and it holds an Excel table.
 */
export function assertOwnSheet(name: string, holdsTable = false): asserts name is OutputSheetName {
  if (!isOutputSheetName(name)) {
    throw new OwnSheetError('ownSheet.notOwn', { sheet: name, ownSheets: OUTPUT_SHEETS });
  }
  if (holdsTable) {
    throw new OwnSheetError('ownSheet.holdsTable', { sheet: name });
  }
}
