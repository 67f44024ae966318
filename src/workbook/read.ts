// Maps raw input tables to the domain Caseload, cell by cell. Headers are matched by name (case and
// spacing do not matter, any order, extra columns ignored here and preserved in the workbook). A cell that
// cannot be parsed becomes a DataIssue (a code naming table, row and column); a row missing a required
// value is left out. The rules between rows (unique Borger-ID, known citizen, end before start) are the
// domain's (rowRules.ts), applied once by validateCaseload; the reader only passes on which citizen rows
// it refused, so the rows naming them can say why.
import { issuesInReadingOrder, type DataIssue } from '../domain/issues';
import type {
  Agreement,
  Caseload,
  Citizen,
  ClosedCitizen,
  HistoryRow,
  HoursEntry,
  Placement,
  StaffMember,
  StarFigures,
} from '../domain/model';
import { isEmptyCell, parseCell } from './cells';
import {
  AFTALER,
  BORGERE,
  FORLØB,
  HISTORIK,
  HISTORIK_BORGERE,
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

export { ContractError, headerIndex } from './headers';

interface ParsedRow<Row> {
  row: number;
  fields: Omit<Row, 'row'>;
}

/** Parses each non-empty row; a row with a bad or missing required cell goes to `refused`. */
function parseRows<Row>(
  def: TypedTable<Row>,
  table: RawTable,
  issues: DataIssue[],
): { rows: ParsedRow<Row>[]; refused: { row: number; fields: Partial<Omit<Row, 'row'>> }[] } {
  const index = headerIndex(def, table);
  const noValue = new Set((table.formulasWithoutValue ?? []).map((p) => `${p.row}|${p.column}`));
  const rows: ParsedRow<Row>[] = [];
  const refused: { row: number; fields: Partial<Omit<Row, 'row'>> }[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    // An entirely empty row holds no data, so skipping it loses nothing (Excel tables often end with one).
    if (cells.every((c) => isEmptyCell(c))) return;
    const fields: Record<string, unknown> = {};
    let usable = true;
    for (const col of def.columns) {
      const at = index.get(col.header);
      const raw: CellValue = at === undefined ? null : (cells[at] ?? null);
      const parsed = parseCell(col, raw);
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
      } else if (parsed.value === undefined && noValue.has(`${row}|${at === undefined ? '' : table.headers[at]}`)) {
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
      } else if (parsed.value === undefined && col.required) {
        issues.push({ severity: 'error', ...where, code: 'required', params: {}, consequence: 'rowSkipped' });
        usable = false;
      } else if (parsed.value !== undefined) fields[col.field] = parsed.value;
    }
    if (usable) rows.push({ row, fields: fields as Omit<Row, 'row'> });
    else refused.push({ row, fields: fields as Partial<Omit<Row, 'row'>> });
  });
  return { rows, refused };
}

function readRows<Row>(def: TypedTable<Row>, table: RawTable | null, issues: DataIssue[]): Row[] {
  if (!table) return [];
  return parseRows(def, table, issues).rows.map(({ row, fields }) => ({ row, ...fields }) as Row);
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
  for (const def of [INDSTILLINGER, AFTALER, HISTORIK, HISTORIK_BORGERE, STAR_TAL, MEDARBEJDERE]) {
    const optional = tables[def.name];
    if (optional) headerIndex(def, optional);
  }
  const settings = readSettings(tables[INDSTILLINGER.name] ?? null, issues);
  const citizenRows = parseRows(BORGERE, borgere, issues);
  const citizens: Citizen[] = citizenRows.rows.map(({ row, fields }) => ({ row, ...fields }));
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
  const closedCitizens: ClosedCitizen[] = readRows(HISTORIK_BORGERE, tables[HISTORIK_BORGERE.name] ?? null, issues);
  // Medarbejdere is made on request: without it the caseload has no `staff` at all, exactly as before.
  const staffTable = tables[MEDARBEJDERE.name];
  const staff: StaffMember[] | undefined = staffTable ? readRows(MEDARBEJDERE, staffTable, issues) : undefined;
  return {
    ...(staff ? { staff } : {}),
    citizens,
    placements,
    hours,
    settings,
    agreements,
    starFigures,
    history,
    closedCitizens,
    refusedCitizens,
    issues: sortIssues(issues),
    // Only when present, so a workbook without the columns reads exactly as before.
    ...(forløbColumns.has('Mål for forløbet') || forløbColumns.has('Skriftlig aftale')
      ? { placementAgreementColumns: true }
      : {}),
  };
}

/** Issues in reading order (the domain's order, shared with the engine's report). */
export const sortIssues = issuesInReadingOrder;
