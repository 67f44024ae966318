// Reading input tables inside Excel: one lookup sync for the tables, one for their headers and sizes,
// then the bodies in row blocks sized by what a cell has cost so far, so no response nears Excel on the
// web's 5 MB limit. The Borger-IDs read are kept, so a later update can check its rows did not move.
import { normalizeKey } from '../workbook/cells';
import type { CellValue, RawTable } from '../workbook/port';
import { columnIndexOf, fromExcel, headerTexts, ID_HEADER } from './officeCells';
import { blockBytes, CALL_BYTES, rowBlockPiece, SyncPlanner } from './payload';

/** First guess of the payload of one read cell; corrected after every read sync. */
const READ_BYTES_PER_CELL_GUESS = 24;

/** Borger-IDs per table (normalized name) as last read: what a preview built on that read expects. */
export type SeenIds = Map<string, (CellValue | undefined)[]>;

interface FoundTable {
  name: string;
  header: Excel.Range;
  body: Excel.Range;
  rows: CellValue[][];
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/** The named tables (a missing one maps to null); records each table's Borger-IDs in `seenIds`. */
export async function readTables(
  context: Excel.RequestContext,
  names: readonly string[],
  budget: number,
  seenIds: SeenIds,
): Promise<Record<string, RawTable | null>> {
  const lookups = names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load('isNullObject');
    return { name, table };
  });
  await context.sync();

  const found = lookups
    .filter((l) => !l.table.isNullObject)
    .map(({ name, table }): FoundTable => {
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('rowCount,columnCount');
      return { name, header, body, rows: [] };
    });
  await context.sync();

  await readBodies(context, found, budget);

  const out: Record<string, RawTable | null> = {};
  for (const name of names) out[name] = null;
  for (const { name, header, rows } of found) {
    const headers = headerTexts(header);
    // A new Excel table has one empty body row; trailing blank rows are not data.
    while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
    out[name] = { name, headers, rows };
    const idCol = columnIndexOf(headers, ID_HEADER);
    if (idCol >= 0)
      seenIds.set(
        normalizeKey(name),
        rows.map((r) => r[idCol]),
      );
  }
  return out;
}

/** The tables' body cells in row blocks; the planner syncs before about 2 MB. */
async function readBodies(context: Excel.RequestContext, found: FoundTable[], budget: number): Promise<void> {
  // Blocks sized by the bytes a cell has cost so far.
  const planner = new SyncPlanner(context, budget);
  let perCell = READ_BYTES_PER_CELL_GUESS;
  let seenCells = 0;
  let seenBytes = 0;
  // Each queued block keeps its own range; its done() reads it after the sync.
  const blocks = new Map<string, Excel.Range>();
  for (const t of found) {
    const cols = Math.max(1, t.body.columnCount);
    const total = t.body.rowCount;
    let start = 0;
    while (start < total) {
      const count = Math.max(1, Math.min(total - start, Math.floor((planner.budgetBytes * 0.8) / (cols * perCell))));
      await planner.add(
        rowBlockPiece(
          start,
          count,
          (_s, n) => CALL_BYTES + n * cols * perCell,
          (s, n) => {
            blocks.set(
              `${t.name}|${s}`,
              t.body
                .getCell(s, 0)
                .getResizedRange(n - 1, cols - 1)
                .load('values'),
            );
          },
          (s, n) => {
            const values = blocks.get(`${t.name}|${s}`)!.values;
            for (let i = 0; i < n; i++) t.rows[s + i] = values[i].map(fromExcel);
            seenCells += n * cols;
            seenBytes += blockBytes(values);
            perCell = Math.max(4, Math.ceil((seenBytes / seenCells) * 1.25));
          },
        ),
      );
      start += count;
    }
  }
  await planner.flush();
}
