// The aggregate tables of one workbook's Fremdrift-udtræk v1, from the engine's JSON report (the citizen
// level's `borgere` is citizenTable.ts, built only when it is written). Before anything is written,
// `privacyProblem` checks the aggregate tables hold no Borger-ID and nothing CPR-shaped.
import type { JsonReport } from '../app/jsonReport';
import { containsCpr } from '../security/cpr';
import { normalizeKey } from '../workbook/cells';
import { agreementRows, reconciliationRows, signalRows } from './countTables';
import { monthRows, type ExportIdentity } from './monthsTable';
import { TABLE_COLUMNS, type ExportTable } from './schema';

export function aggregateTables(report: JsonReport, id: ExportIdentity, suppress: boolean): ExportTable[] {
  return [
    { name: 'maaneder', columns: TABLE_COLUMNS.maaneder, rows: monthRows(report, id, suppress) },
    { name: 'signaler', columns: TABLE_COLUMNS.signaler, rows: signalRows(report, id, suppress) },
    { name: 'aftaler', columns: TABLE_COLUMNS.aftaler, rows: agreementRows(report, id, suppress) },
    { name: 'afstemning', columns: TABLE_COLUMNS.afstemning, rows: reconciliationRows(report, id, suppress) },
  ];
}

/** The columns of the aggregate tables that hold text users typed (names of teams and people). */
const TYPED_TEXT = ['navn', 'team'];

/** The first typed name in an aggregate table that is a Borger-ID or CPR-shaped: where it is, for the message. */
export interface PrivacyProblem {
  table: string;
  column: string;
  kind: 'borgerId' | 'cpr';
}

export function privacyProblem(tables: readonly ExportTable[], citizenIds: readonly string[]): PrivacyProblem | null {
  const ids = new Set(citizenIds.map(normalizeKey));
  for (const t of tables) {
    if (t.name === 'borgere') continue;
    for (const row of t.rows)
      for (const column of TYPED_TEXT) {
        const v = row[column];
        if (typeof v !== 'string') continue;
        if (ids.has(normalizeKey(v))) return { table: t.name, column, kind: 'borgerId' };
        if (containsCpr(v)) return { table: t.name, column, kind: 'cpr' };
      }
  }
  return null;
}
