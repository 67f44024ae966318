// Finding a table's columns by header: case and spacing do not matter, any order, extra columns are kept
// (and ignored). A missing table or required header is the one problem that stops a read: ContractError.
import { normalizeKey } from './cells';
import type { TableDef } from './contract';
import { FremdriftError } from './errors';
import type { RawTable } from './port';

/** The workbook does not follow the contract (missing table or header): nothing can be measured. */
export class ContractError extends FremdriftError<'contract'> {
  constructor(message: string) {
    super('contract', { message }, message);
    this.name = 'ContractError';
  }
}

/** Column index by header name for a table; throws ContractError for a missing required header. */
export function headerIndex(def: TableDef, table: RawTable): Map<string, number> {
  const found = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normalizeKey(String(h ?? ''));
    if (key && !found.has(key)) found.set(key, i);
  });
  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const col of def.columns) {
    const i = found.get(normalizeKey(col.header));
    if (i !== undefined) index.set(col.header, i);
    else if (col.required) missing.push(col.header);
  }
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    throw new ContractError(
      `Tabellen "${def.name}" mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${names}. ` +
        `Overskrifterne skal være: ${def.columns.map((c) => c.header).join(', ')}.`,
    );
  }
  return index;
}

/** The table, or ContractError saying how to create it. */
export function requireTable(tables: Record<string, RawTable | null>, def: TableDef): RawTable {
  const table = tables[def.name];
  if (!table) {
    throw new ContractError(
      `Projektmappen mangler tabellen "${def.name}" (en Excel-tabel med navnet ${def.name}). ` +
        `Brug "Opret sagsstamme" i Fremdrift eller opret tabellen med overskrifterne: ` +
        def.columns.map((c) => c.header).join(', ') +
        '.',
    );
  }
  return table;
}
