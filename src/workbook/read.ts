// Maps raw input tables to the domain Caseload, cell by cell. Headers are matched by name (case and
// spacing do not matter, any order, extra columns ignored here and preserved in the workbook). A cell that
// cannot be parsed becomes a DataIssue (a code naming table, row and column); a row missing a required
// value is left out. The rules between rows (unique Borger-ID, known citizen, end before start) are the
// domain's (rowRules.ts), applied once by validateCaseload; the reader only passes on which citizen rows
// it refused, so the rows naming them can say why.
import { withLazyClosedCitizens } from '../domain/closedHistory';
import { issuesInReadingOrder, type DataIssue } from '../domain/issues';
import type {
  Agreement,
  Caseload,
  Citizen,
  ClosedCitizenRow,
  HistoryRow,
  HoursEntry,
  Placement,
  StaffMember,
  StarFigures,
} from '../domain/model';
import { isEmptyCell, parseCell, type CellResult } from './cells';
import {
  AFTALER,
  BORGERE,
  FORLØB,
  HISTORIK,
  HISTORIK_BORGERE,
  INDIKATORER,
  INDIKATORMÅL,
  INDSTILLINGER,
  MEDARBEJDERE,
  REQUIRED_TABLES,
  STAR_TAL,
  TIMER,
  type TableDef,
  type TypedTable,
} from './contract';
import { headerIndex, requireTable } from './headers';
import type { CellValue, RawTable } from './port';
import { readSettings } from './readSettings';
import { readClosedHistory } from './closedHistoryTable';

export { ContractError, headerIndex } from './headers';

/**
 * Distinct values remembered per column while a table is read: parseCell is a function of the column and
 * the value alone, and most columns repeat a few values (types, teams, months, dates, Borger-IDs in
 * Forløb and Timer), so each distinct value is parsed (CPR check, date and list matching) once.
 */
const MEMO_LIMIT = 100_000;

/** parseCell's result for an empty cell (null), shared: it is the same for every column. */
const EMPTY: CellResult = parseCell({ header: '', field: '', type: 'text', required: false, description: '' }, null);

/** True when every cell of the row is empty (a plain loop: this runs for every row of every table). */
function isEmptyRow(cells: readonly (CellValue | undefined)[]): boolean {
  for (let c = 0; c < cells.length; c++) if (!isEmptyCell(cells[c])) return false;
  return true;
}

/**
 * Parses each non-empty row; a row with a bad or missing required cell goes to `refused`. A kept row is
 * the domain row itself (`row` first, then the fields in column order), built once per row.
 */
function parseRows<Row>(
  def: TypedTable<Row>,
  table: RawTable,
  issues: DataIssue[],
): { rows: Row[]; refused: { row: number; fields: Partial<Omit<Row, 'row'>> }[] } {
  const index = headerIndex(def, table);
  const noValue = new Set((table.formulasWithoutValue ?? []).map((p) => `${p.row}|${p.column}`));
  const rows: Row[] = [];
  const refused: { row: number; fields: Partial<Omit<Row, 'row'>> }[] = [];
  // Each column's place in the table's cells (-1: not in the table), looked up once per table, not once per cell.
  const cols = def.columns;
  const n = cols.length;
  const ats = cols.map((col) => index.get(col.header) ?? -1);
  // A value parsed fine is remembered as the value itself when it is a string, number or boolean, so the
  // common cell costs one lookup and no visit to a result object; anything else as its CellResult.
  const memos = cols.map(() => new Map<CellValue, unknown>());
  const raws = table.rows;
  for (let i = 0; i < raws.length; i++) {
    const cells = raws[i];
    const row = i + 1;
    // An entirely empty row holds no data, so skipping it loses nothing (Excel tables often end with one).
    if (isEmptyRow(cells)) continue;
    const fields: Record<string, unknown> = { row };
    let usable = true;
    for (let k = 0; k < n; k++) {
      const col = cols[k];
      const at = ats[k];
      const raw: CellValue = at < 0 ? null : (cells[at] ?? null);
      // An empty cell (the commonest value of optional columns) needs no parse and no memo.
      const memo = memos[k];
      let known = raw === null ? EMPTY : memo.get(raw);
      if (known === undefined) {
        const result = parseCell(col, raw);
        known = result.ok && result.value !== undefined && typeof result.value !== 'object' ? result.value : result;
        if (memo.size < MEMO_LIMIT) memo.set(raw, known);
      }
      if (typeof known !== 'object') {
        fields[col.field] = known;
        continue;
      }
      const parsed = known as CellResult;
      if (parsed.ok && parsed.value !== undefined) {
        fields[col.field] = parsed.value;
        continue;
      }
      const where = { table: def.name, row, column: col.header };
      if (!parsed.ok) {
        const consequence = col.required ? 'rowSkipped' : 'valueIgnored';
        issues.push({
          severity: col.required ? 'error' : 'warning',
          ...where,
          code: parsed.code,
          params: parsed.params,
          consequence,
        } as DataIssue);
        if (col.required) usable = false;
      } else if (noValue.size > 0 && noValue.has(`${row}|${at < 0 ? '' : table.headers[at]}`)) {
        // A formula nobody calculated: say so (the fix is to open and save the file in Excel), never "missing".
        const severity = col.required ? 'error' : 'warning';
        issues.push({
          severity,
          ...where,
          code: 'formulaWithoutValue',
          params: {},
          consequence: col.required ? 'rowSkipped' : 'valueIgnored',
        });
        if (col.required) usable = false;
      } else if (col.required) {
        issues.push({ severity: 'error', ...where, code: 'required', params: {}, consequence: 'rowSkipped' });
        usable = false;
      }
    }
    if (usable) rows.push(fields as Row);
    else {
      delete fields.row;
      refused.push({ row, fields: fields as Partial<Omit<Row, 'row'>> });
    }
  }
  return { rows, refused };
}

function readRows<Row>(def: TypedTable<Row>, table: RawTable | null, issues: DataIssue[]): Row[] {
  if (!table) return [];
  return parseRows(def, table, issues).rows;
}

function readAgreements(table: RawTable | null, issues: DataIssue[]): Agreement[] {
  // An empty Status means Åben (DOMAIN.md section 3).
  return readRows(AFTALER, table, issues).map((a) => ({ ...a, status: a.status ?? 'Åben' }));
}

/** Reads the caseload from raw tables. Throws ContractError for a missing required table or header. */
export function readCaseload(tables: Record<string, RawTable | null>): Caseload {
  const issues: DataIssue[] = [];
  const [borgere, forløb, timer] = REQUIRED_TABLES.map((def) => requireTable(tables, def));
  // Check every header before reading cells, so a contract problem is reported first.
  for (const [def, table] of [
    [BORGERE, borgere],
    [FORLØB, forløb],
    [TIMER, timer],
  ] as [TableDef, RawTable][]) {
    headerIndex(def, table);
  }
  for (const def of [
    INDSTILLINGER,
    AFTALER,
    HISTORIK,
    HISTORIK_BORGERE,
    STAR_TAL,
    MEDARBEJDERE,
    INDIKATORER,
    INDIKATORMÅL,
  ]) {
    const optional = tables[def.name];
    if (optional) headerIndex(def, optional);
  }
  const settings = readSettings(tables[INDSTILLINGER.name] ?? null, issues);
  const citizenRows = parseRows(BORGERE, borgere, issues);
  const citizens: Citizen[] = citizenRows.rows;
  const refusedCitizens = citizenRows.refused
    .filter((r) => typeof r.fields.id === 'string')
    .map((r) => ({ id: r.fields.id as string, row: r.row }));
  const placements: Placement[] = readRows(FORLØB, forløb, issues);
  const forløbColumns = headerIndex(FORLØB, forløb);
  const hours: HoursEntry[] = readRows(TIMER, timer, issues);
  const agreements = readAgreements(tables[AFTALER.name] ?? null, issues);
  const starFigures: StarFigures[] = readRows(STAR_TAL, tables[STAR_TAL.name] ?? null, issues);
  // Navn is empty for the level Alle.
  const history: HistoryRow[] = readRows(HISTORIK, tables[HISTORIK.name] ?? null, issues).map((h) => ({
    ...h,
    name: h.name ?? '',
  }));
  // Historik_borgere holds packed changes (or an older form's rows); the domain reads every closed month whole.
  const closedRows: ClosedCitizenRow[] = readClosedHistory(tables[HISTORIK_BORGERE.name] ?? null, issues).rows;
  const closedMonths = history.filter((h) => h.level === 'Alle').map((h) => h.month);
  // Medarbejdere is made on request: without it the caseload has no `staff` at all, exactly as before.
  const staffTable = tables[MEDARBEJDERE.name];
  const staff: StaffMember[] | undefined = staffTable ? readRows(MEDARBEJDERE, staffTable, issues) : undefined;
  // Indikatorer and Indikatormål (issue 24): read when present; a workbook without them reads as before.
  const figureTable = tables[INDIKATORER.name];
  const indicatorFigures = figureTable
    ? readRows(INDIKATORER, figureTable, issues).map((f) => ({ ...f, population: f.population ?? '' }))
    : undefined;
  const targetTable = tables[INDIKATORMÅL.name];
  const indicatorTargets = targetTable ? readRows(INDIKATORMÅL, targetTable, issues) : undefined;
  return withLazyClosedCitizens(
    {
      ...(staff ? { staff } : {}),
      ...(indicatorFigures && indicatorFigures.length > 0 ? { indicatorFigures } : {}),
      ...(indicatorTargets && indicatorTargets.length > 0 ? { indicatorTargets } : {}),
      citizens,
      placements,
      hours,
      settings,
      agreements,
      starFigures,
      history,
      closedRows,
      refusedCitizens,
      issues: sortIssues(issues),
      // Only when present, so a workbook without the columns reads exactly as before.
      ...(forløbColumns.has('Mål for forløbet') || forløbColumns.has('Skriftlig aftale')
        ? { placementAgreementColumns: true as const }
        : {}),
    },
    closedMonths,
  );
}

/** Issues in reading order (the domain's order, shared with the engine's report). */
export const sortIssues = issuesInReadingOrder;
