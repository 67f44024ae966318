// How a Settings field is written into Indstillinger's Værdi column.
import type { CellValue } from './port';

export function settingText(field: string, value: unknown): CellValue {
  void field;
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'number' ? value : String(value);
}
