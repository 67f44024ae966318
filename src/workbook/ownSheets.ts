// The one rule for which sheets Fremdrift may write, shared by every adapter (memory, .xlsx, Office.js)
// so they cannot drift apart:
//   1. a name in OUTPUT_SHEETS may be written (created, or cleared and rendered afresh);
//   2. but a sheet with such a name that holds an Excel table is a user's sheet, and is refused;
//   3. any other name is refused.
// Adapters check every sheet of a write before changing anything, so a refusal leaves the workbook as it was.
import { OUTPUT_SHEETS, type OutputSheetName } from './contract';

/** Fremdrift was asked to write a sheet that is not its own. Nothing has been written. */
export class OwnSheetError extends Error {
  constructor(message: string) {
    super(message);
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
    throw new OwnSheetError(
      `Fremdrift skriver kun sine egne ark (${OUTPUT_SHEETS.join(', ')}); "${name}" er ikke et af dem, så intet er skrevet.`,
    );
  }
  if (holdsTable) {
    throw new OwnSheetError(
      `Arket "${name}" har navn som et af Fremdrifts egne ark, men indeholder en tabel og er derfor en brugers ark; ` +
        'Fremdrift overskriver det ikke. Omdøb arket, og opdater igen.',
    );
  }
}
