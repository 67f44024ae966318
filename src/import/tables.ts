// The importable-table registry: every table an export can be imported into, with the columns that
// identify a row (an export row updates the workbook row with the same key) and what to suggest for a
// workbook row the export no longer has. The CLI's --table, the wizard's table choice and the plan all
// read this one list, so adding a table touches this list (and the key's wording in the plan's texts).
import { BORGERE, FORLØB, INDIKATORER, STAR_TAL, TIMER, type TableDef } from '../workbook/contract';

/** What to do about a workbook row the export no longer has. Nothing is done automatically. */
export type MissingSuggestion =
  /** Borgere: set Slutdato only if the citizen moved, died or reached folkepension (they leave the target group only then). */
  | 'checkExit'
  /** Forløb: set Slutdato if the placement has ended. */
  | 'endIfOver'
  /** Timer, STAR_tal, Indikatorer: the export covers other months; nothing to do. */
  | 'none';

interface ImportableTable {
  def: TableDef;
  /** The headers whose values together identify a row. */
  keyColumns: readonly string[];
  /** Key columns that may be empty or left out of the export: then that part of the key is empty (Indikatorer). */
  optionalKeyColumns?: readonly string[];
  missing: MissingSuggestion;
}

const IMPORTABLE: readonly ImportableTable[] = [
  { def: BORGERE, keyColumns: ['Borger-ID'], missing: 'checkExit' },
  { def: FORLØB, keyColumns: ['Borger-ID', 'Type', 'Startdato'], missing: 'endIfOver' },
  { def: TIMER, keyColumns: ['Borger-ID', 'Måned'], missing: 'none' },
  { def: STAR_TAL, keyColumns: ['Måned'], missing: 'none' },
  {
    def: INDIKATORER,
    keyColumns: ['Måned', 'Indikator', 'Målgruppe', 'Team'],
    optionalKeyColumns: ['Målgruppe', 'Team'],
    missing: 'none',
  },
];

/** The tables an export can be imported into, in the order they are offered. */
export const IMPORT_TABLES: readonly TableDef[] = IMPORTABLE.map((t) => t.def);

/** The registry entry of a table by its exact name; undefined when it cannot be imported into. */
export function importableTable(name: string): ImportableTable | undefined {
  return IMPORTABLE.find((t) => t.def.name === name);
}
