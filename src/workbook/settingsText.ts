// How a Settings field is written into Indstillinger's Værdi column: the inverse of readSettings.
import type { CellValue } from './port';

export function settingText(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && 'min' in value && 'max' in value) return `${value.min}-${value.max}`;
  return typeof value === 'number' ? value : String(value);
}
