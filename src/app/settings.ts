// Saving Settings into the table Indstillinger: existing keys are updated in place, missing keys are
// appended; rows with other keys are left alone. What is saved must read back without an error (the
// reader's own rules: bounds such as Måneder i træk 1-24, no CPR number), else nothing is saved.
import type { DataIssue } from '../domain/issues';
import type { Settings } from '../domain/model';
import { normalizeKey } from '../workbook/cells';
import { INDSTILLINGER } from '../workbook/contract';
import { SETTINGS_KEYS } from '../workbook/settingsKeys';
import type { CellUpdate, CellValue, WorkbookPort } from '../workbook/port';
import { headerIndex } from '../workbook/read';
import { readSettings } from '../workbook/readSettings';
import { settingText } from '../workbook/settingsText';

/** The fields present in `settings` as Indstillinger rows (key, value text; null clears). */
function settingRows(settings: Settings): { key: string; value: CellValue }[] {
  return SETTINGS_KEYS.filter(({ field }) => field in settings).map(({ key, field }) => ({
    key,
    value: settingText((settings as Record<string, unknown>)[field]),
  }));
}

/**
 * The errors the settings reader would report for these settings (row = position among the fields
 * given); empty when they can be saved.
 */
export function settingsProblems(settings: Settings): DataIssue[] {
  const rows = settingRows(settings).map(({ key, value }) => [key, value]);
  const issues: DataIssue[] = [];
  readSettings({ name: INDSTILLINGER.name, headers: ['Nøgle', 'Værdi'], rows }, issues);
  return issues.filter((i) => i.severity === 'error');
}

/**
 * Writes the fields present in `settings` (a field set to undefined clears its value; an absent field
 * is left as it is). Returns the problems and writes nothing when a value would not read back.
 */
export async function saveSettings(port: WorkbookPort, settings: Settings): Promise<DataIssue[]> {
  const problems = settingsProblems(settings);
  if (problems.length > 0) return problems;
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
  for (const { key, value } of settingRows(settings)) {
    const row = rowOfKey.get(normalizeKey(key));
    if (row !== undefined) updates.push({ row, column: 'Værdi', value });
    else if (value !== null) appends.push({ Nøgle: key, Værdi: value });
  }
  if (updates.length > 0) await port.updateCells(INDSTILLINGER.name, updates);
  if (appends.length > 0) await port.appendRows(INDSTILLINGER.name, appends);
  return [];
}
