// "Gå til rækken" from a data issue: inside Excel the cell the issue names is selected (port.selectCell);
// where there is no workbook window (preview, files) the row's values are returned so the pane can show them.
import type { CellValue, WorkbookPort } from '../workbook/port';

/** Where an issue points: table, 1-based body row (0 = the table as a whole), column header. */
export interface RowPlace {
  table: string;
  row: number;
  column: string;
}

export type GoToRowResult =
  | { selected: true }
  /** No window to select in: the row as the table holds it, header by header (empty when the row is gone). */
  | { selected: false; cells: { header: string; value: CellValue }[] };

export async function goToRow(port: WorkbookPort, place: RowPlace): Promise<GoToRowResult> {
  if (port.selectCell) {
    await port.selectCell(place.table, place.row, place.column);
    return { selected: true };
  }
  const table = (await port.readTables([place.table]))[place.table];
  const values = table?.rows[place.row - 1];
  if (!table || !values) return { selected: false, cells: [] };
  return { selected: false, cells: table.headers.map((header, i) => ({ header, value: values[i] ?? null })) };
}
