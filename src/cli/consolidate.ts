// One municipal workbook from several team or department workbooks. A Borger-ID found in more than
// one file is kept from the first file only and reported (naming both files); its Forløb and Timer
// rows follow the file the citizen was taken from.
import { basename } from 'path';
import { refreshOutputs } from '../app';
import type { DataIssue, IsoDate, RuleId } from '../domain/model';
import type { Report } from '../domain/report';
import { isEmptyCell, normalizeKey } from '../workbook/cells';
import { BORGERE, FORLØB, INDSTILLINGER, INPUT_TABLES, TIMER, type TableDef } from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { ContractError, headerIndex } from '../workbook/read';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

export interface ConsolidateResult {
  report: Report;
  duplicates: number;
}

/** Rows of a table in the contract's column order (extra columns are not carried over). */
function contractRows(def: TableDef, t: RawTable): CellValue[][] {
  const index = headerIndex(def, t);
  return t.rows.map((cells) => def.columns.map((c) => {
    const at = index.get(c.header);
    return at === undefined ? null : (cells[at] ?? null);
  }));
}

const idText = (v: CellValue) => (isEmptyCell(v) ? '' : String(v).trim());

export async function consolidate(
  files: readonly string[],
  out: string,
  opts: { asOf: IsoDate; ruleId?: RuleId; now?: Date },
): Promise<ConsolidateResult> {
  const owner = new Map<string, { file: string; row: number }>();
  const merged: Record<string, CellValue[][]> = { Borgere: [], Forløb: [], Timer: [], Indstillinger: [] };
  const issues: DataIssue[] = [];
  let settingsTaken = false;
  for (const file of files) {
    const name = basename(file);
    const wb = await XlsxWorkbook.open(file);
    const tables = await wb.readTables(INPUT_TABLES.map((t) => t.name));
    let rows: Record<string, CellValue[][]>;
    try {
      rows = {};
      for (const def of [BORGERE, FORLØB, TIMER]) {
        const t = tables[def.name];
        if (!t) throw new ContractError(`Projektmappen mangler tabellen "${def.name}"`);
        rows[def.name] = contractRows(def, t);
      }
    } catch (e) {
      if (e instanceof ContractError) throw new ContractError(`${name}: ${e.message}`);
      throw e;
    }
    const taken = new Set<string>();
    rows.Borgere.forEach((cells, i) => {
      const id = idText(cells[0]);
      const first = id ? owner.get(normalizeKey(id)) : undefined;
      if (first && first.file !== name) {
        issues.push({
          severity: 'error', table: 'Borgere', row: i + 1, column: 'Borger-ID',
          code: 'duplicateAcrossFiles', params: { id, firstFile: first.file, firstRow: first.row, file: name }, consequence: 'none',
        });
        return;
      }
      if (id && !first) owner.set(normalizeKey(id), { file: name, row: i + 1 });
      if (id) taken.add(normalizeKey(id));
      merged.Borgere.push(cells);
    });
    // Forløb and Timer follow their citizen: rows for a citizen taken from another file are left out.
    for (const def of [FORLØB, TIMER]) {
      for (const cells of rows[def.name]) {
        const id = normalizeKey(idText(cells[0]));
        const o = owner.get(id);
        if (!o || o.file === name) merged[def.name].push(cells);
      }
    }
    const settings = tables[INDSTILLINGER.name];
    if (settings && !settingsTaken) {
      merged.Indstillinger = contractRows(INDSTILLINGER, settings);
      settingsTaken = true;
    }
  }
  const target = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) target.createTable(def, merged[def.name] ?? []);
  const { measurement } = await refreshOutputs(target, { ...opts, extraIssues: issues });
  await target.save(out);
  return { report: measurement.report, duplicates: issues.length };
}
