// The inverse of readCaseload: a Caseload as raw input tables (dates as Excel serials, yes/no as Ja/Nej,
// settings as key/value rows). Used to write synthetic caseloads into workbooks (benchmarks, tests).
import { isoToExcelSerial } from '../domain/dates';
import type { Caseload } from '../domain/model';
import { settingText } from './settingsText';
import { BORGERE, FORLØB, INDSTILLINGER, SETTINGS_KEYS, TIMER, type TableDef } from './contract';
import type { CellValue, RawTable } from './port';

function rowsOf(def: TableDef, items: readonly object[]): RawTable {
  return {
    name: def.name,
    headers: def.columns.map((c) => c.header),
    rows: items.map((item) =>
      def.columns.map((c): CellValue => {
        const v = (item as Record<string, unknown>)[c.field];
        if (v === undefined || v === null) return null;
        if (c.type === 'date') return isoToExcelSerial(v as string);
        if (c.type === 'yesno') return v ? 'Ja' : 'Nej';
        return v as CellValue;
      }),
    ),
  };
}

export function caseloadToTables(caseload: Caseload): Record<string, RawTable> {
  const settings = SETTINGS_KEYS.filter((k) => (caseload.settings as Record<string, unknown>)[k.field] !== undefined).map((k) => [
    k.key,
    settingText(k.field, (caseload.settings as Record<string, unknown>)[k.field]),
  ]);
  return {
    Borgere: rowsOf(BORGERE, caseload.citizens),
    Forløb: rowsOf(FORLØB, caseload.placements),
    Timer: rowsOf(TIMER, caseload.hours),
    Indstillinger: { name: INDSTILLINGER.name, headers: ['Nøgle', 'Værdi'], rows: settings as CellValue[][] },
  };
}
