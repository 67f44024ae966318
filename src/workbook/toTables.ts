// The inverse of readCaseload: a Caseload as raw input tables (dates as Excel serials, yes/no as Ja/Nej,
// settings as key/value rows). Used to write synthetic caseloads into workbooks (benchmarks, tests).
import { changesOfFold, compactClosedCitizens, type ChangeRow } from '../domain/closedHistory';
import { packChanges } from './closedHistoryTable';
import type { Caseload } from '../domain/model';
import { cellValueFor } from './cells';
import { settingText } from './settingsText';
import {
  AFTALER,
  BORGERE,
  FORLØB,
  HISTORIK,
  HISTORIK_BORGERE,
  INDIKATORER,
  INDIKATORMÅL,
  INDSTILLINGER,
  STAR_TAL,
  TIMER,
  type TableDef,
} from './contract';
import type { CellValue, RawTable } from './port';
import { SETTINGS_KEYS } from './settingsKeys';

function rowsOf(def: TableDef, items: readonly object[]): RawTable {
  return {
    name: def.name,
    headers: def.columns.map((c) => c.header),
    rows: items.map((item) =>
      def.columns.map((c): CellValue => cellValueFor(c, (item as Record<string, unknown>)[c.field])),
    ),
  };
}

/** Historik_borgere in its packed form (closedHistoryTable.ts). */
function packedTable(changes: readonly ChangeRow[]): RawTable {
  const headers = HISTORIK_BORGERE.columns.map((c) => c.header);
  return {
    name: HISTORIK_BORGERE.name,
    headers,
    rows: packChanges(changes).map((r) => headers.map((h) => r[h] ?? null)),
  };
}

export function caseloadToTables(caseload: Caseload): Record<string, RawTable> {
  const settings = SETTINGS_KEYS.filter(
    (k) => (caseload.settings as Record<string, unknown>)[k.field] !== undefined,
  ).map((k) => [k.key, settingText((caseload.settings as Record<string, unknown>)[k.field])]);
  return {
    Borgere: rowsOf(BORGERE, caseload.citizens),
    Forløb: rowsOf(FORLØB, caseload.placements),
    Timer: rowsOf(TIMER, caseload.hours),
    Indstillinger: { name: INDSTILLINGER.name, headers: ['Nøgle', 'Værdi'], rows: settings as CellValue[][] },
    Aftaler: rowsOf(AFTALER, caseload.agreements ?? []),
    STAR_tal: rowsOf(STAR_TAL, caseload.starFigures ?? []),
    Historik: rowsOf(HISTORIK, caseload.history ?? []),
    Historik_borgere: packedTable(
      caseload.closedRows
        ? changesOfFold(caseload.closedRows)
        : compactClosedCitizens(
            caseload.closedCitizens ?? [],
            (caseload.history ?? []).filter((h) => h.level === 'Alle').map((h) => h.month),
          ),
    ),
    Indikatorer: rowsOf(INDIKATORER, caseload.indicatorFigures ?? []),
    Indikatormål: rowsOf(INDIKATORMÅL, caseload.indicatorTargets ?? []),
  };
}
