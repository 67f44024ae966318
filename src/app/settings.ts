// Saving Settings into the table Indstillinger: existing keys are updated in place, missing keys are
// appended; rows with other keys are left alone.
import type { Settings } from '../domain/model';
import { normalizeKey } from '../workbook/cells';
import { INDSTILLINGER } from '../workbook/contract';
import { SETTINGS_KEYS } from '../workbook/settingsKeys';
import type { CellUpdate, CellValue, WorkbookPort } from '../workbook/port';
import { headerIndex } from '../workbook/read';
import { settingText } from '../workbook/settingsText';

/**
 * Writes the fields present in `settings` (a field set to undefined clears its value; an absent field
 * is left as it is).
 */
export async function saveSettings(port: WorkbookPort, settings: Settings): Promise<void> {
  let table = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name];
  if (!table) {
    await port.ensureInputTables([INDSTILLINGER]);
    table = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name]!;
  }
  const index = headerIndex(INDSTILLINGER, table);
  const keyAt = index.get('Nøgle')!;
  const rowOfKey = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const k = cells[keyAt];
    // The reader uses the last row of a key given twice, so that is the row to change.
    if (k !== null && k !== undefined) rowOfKey.set(normalizeKey(String(k)), i + 1);
  });
  const updates: CellUpdate[] = [];
  const appends: Record<string, CellValue>[] = [];
  for (const { key, field } of SETTINGS_KEYS) {
    if (!(field in settings)) continue;
    const value = settingText((settings as Record<string, unknown>)[field]);
    const row = rowOfKey.get(normalizeKey(key));
    if (row !== undefined) updates.push({ row, column: 'Værdi', value });
    else if (value !== null) appends.push({ Nøgle: key, Værdi: value });
  }
  if (updates.length > 0) await port.updateCells(INDSTILLINGER.name, updates);
  if (appends.length > 0) await port.appendRows(INDSTILLINGER.name, appends);
}
