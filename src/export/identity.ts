// The workbook's identity in Indstillinger (Kommunekode, Projektmappe-ID, Pseudonymnøgle): read by the export,
// written once by Opret sagsstamme and `fremdrift upgrade`. Why a generated ID: a file name changes when a
// team renames or copies its workbook, but stacked exports must still know which rows belong together.
import { isEmptyCell, normalizeKey } from '../workbook/cells';
import { INDSTILLINGER } from '../workbook/contract';
import type { CellValue, RawTable, SetupResult, WorkbookPort } from '../workbook/port';
import { headerIndex } from '../workbook/read';
import { EXPORT_IDENTITY_KEYS } from '../workbook/settingsKeys';

type IdentityField = keyof typeof EXPORT_IDENTITY_KEYS;

/** An identity value as read, with its row (1-based in Indstillinger's data body) for messages. */
export interface IdentityValue {
  value: string;
  row: number;
}

export type WorkbookIdentity = Partial<Record<IdentityField, IdentityValue>>;

/** The identity keys found in Indstillinger (the last row of a key given twice, as for every setting). */
export function readIdentity(table: RawTable | null): WorkbookIdentity {
  const identity: WorkbookIdentity = {};
  if (!table) return identity;
  const index = headerIndex(INDSTILLINGER, table);
  const keyAt = index.get('Nøgle')!;
  const valueAt = index.get('Værdi');
  const fields = Object.entries(EXPORT_IDENTITY_KEYS) as [IdentityField, string][];
  table.rows.forEach((cells, i) => {
    const key = cells[keyAt];
    if (isEmptyCell(key)) return;
    const field = fields.find(([, k]) => normalizeKey(k) === normalizeKey(String(key)));
    const value: CellValue = valueAt === undefined ? null : (cells[valueAt] ?? null);
    if (field && !isEmptyCell(value)) identity[field[0]] = { value: String(value).trim(), row: i + 1 };
  });
  return identity;
}

/** A municipality code as Danmarks Statistik writes it: three digits (101 København ... 860 Hjørring). */
export const isMunicipalityCode = (v: string) => /^\d{3}$/.test(v);

/** A random UUID (version 4) from the platform's cryptographic random numbers (Node, Excel's browser, jsdom). */
export function newWorkbookId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes the identity keys a workbook lacks: a new `Projektmappe-ID` (a random UUID), and `Kommunekode` as an
 * empty row for the user to fill in. Rows already there are never changed. Returns the keys appended.
 */
export async function ensureWorkbookIdentity(port: WorkbookPort): Promise<string[]> {
  const table = (await port.readTables([INDSTILLINGER.name]))[INDSTILLINGER.name];
  if (!table) return [];
  const index = headerIndex(INDSTILLINGER, table);
  const keyAt = index.get('Nøgle')!;
  const present = new Set(table.rows.map((cells) => normalizeKey(String(cells[keyAt] ?? ''))));
  const wanted: Record<string, CellValue>[] = [
    { Nøgle: EXPORT_IDENTITY_KEYS.municipalityCode, Værdi: null },
    { Nøgle: EXPORT_IDENTITY_KEYS.workbookId, Værdi: newWorkbookId() },
  ];
  const missing = wanted.filter((row) => !present.has(normalizeKey(String(row.Nøgle))));
  if (missing.length > 0) await port.appendRows(INDSTILLINGER.name, missing);
  return missing.map((row) => String(row.Nøgle));
}

/** `upgradeWorkbook`'s result with the identity keys it appended to Indstillinger (empty when none). */
export async function withWorkbookIdentity(
  port: WorkbookPort,
  result: SetupResult,
): Promise<SetupResult & { identityAdded: string[] }> {
  return { ...result, identityAdded: await ensureWorkbookIdentity(port) };
}
