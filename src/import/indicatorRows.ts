// What an import into Indikatorer does beyond the generic plan (issue 24): Tæller <= Nævner is checked in the
// preview, and each figure is kept as it was first imported, so a figure the source revises later
// (Jobindsats updates earlier months as registrations arrive) can be set beside the figure now: the
// reconciliation of imported indicators. An added row gets Tæller/Nævner ved import and Importeret; a
// later import that updates the row leaves those three cells alone (they are not in the export).
import { isoToExcelSerial } from '../domain/dates';
import type { IsoDate } from '../domain/model';
import type { CellValue } from '../workbook/port';

/** The part of an ImportPlan (plan.ts) this touches: its columns and its added rows' values. */
interface AddedRows {
  columns: string[];
  added: { values: CellValue[] }[];
}

export const FIRST_IMPORT_COLUMNS = {
  numerator: 'Tæller ved import',
  denominator: 'Nævner ved import',
  importedOn: 'Importeret',
} as const;

/** Adds the first-import columns to the plan's added Indikatorer rows (in place). */
export function stampFirstImport(plan: AddedRows, today: IsoDate | undefined): void {
  const n = plan.columns.indexOf('Tæller');
  const d = plan.columns.indexOf('Nævner');
  const own = Object.values(FIRST_IMPORT_COLUMNS) as string[];
  // The export itself fills one of them (an unusual export): leave the rows as the export has them.
  if (n < 0 || d < 0 || plan.columns.some((c) => own.includes(c))) return;
  plan.columns.push(FIRST_IMPORT_COLUMNS.numerator, FIRST_IMPORT_COLUMNS.denominator, FIRST_IMPORT_COLUMNS.importedOn);
  const on = today ? isoToExcelSerial(today) : null;
  for (const a of plan.added) a.values.push(a.values[n], a.values[d], on);
}

/** Tæller above Nævner in the row as it will be: the problem, as the workbook reader would report it. */
export function numeratorProblem(
  columns: readonly { header: string }[],
  merged: (c: number) => unknown,
): { column: 'Tæller'; code: 'numeratorAboveDenominator'; params: { numerator: number; denominator: number } } | null {
  const n = columns.findIndex((c) => c.header === 'Tæller');
  const d = columns.findIndex((c) => c.header === 'Nævner');
  if (n < 0 || d < 0) return null;
  const numerator = merged(n);
  const denominator = merged(d);
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || numerator <= denominator) return null;
  return { column: 'Tæller', code: 'numeratorAboveDenominator', params: { numerator, denominator } };
}
