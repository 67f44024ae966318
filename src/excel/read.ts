// Reading input tables inside Excel: one lookup sync for the tables, one for their headers, sizes and
// first rows (a small table whole), then the rest of the bodies in row blocks that fill each sync up to
// the budget by what a cell has cost so far, so no response nears Excel on the web's 5 MB limit and no
// sync goes out half full. The Borger-IDs read are kept, so a later update can check its rows did not move.
import { normalizeKey } from '../workbook/cells';
import type { CellValue, RawTable } from '../workbook/port';
import { columnIndexOf, fromExcel, headerTexts, ID_HEADER } from './officeCells';
import { blockBytes, CALL_BYTES, rowBlockPiece, SyncPlanner } from './payload';

/** First guess of the payload of one read cell; corrected after every read sync. */
const READ_BYTES_PER_CELL_GUESS = 24;
/** Margin on the observed bytes per cell: later rows may hold longer texts than the ones read so far. */
const READ_MARGIN = 1.25;
/**
 * Rows read with each table's header, so the first block is sized by what the table's own cells cost
 * (a small table is read whole there): at 30 columns and a long text in every cell, under 100 kB.
 */
const PROBE_ROWS = 32;

/** Borger-IDs per table (normalized name) as last read: what a preview built on that read expects. */
export type SeenIds = Map<string, (CellValue | undefined)[]>;

interface FoundTable {
  name: string;
  header: Excel.Range;
  body: Excel.Range;
  /** The body's first PROBE_ROWS rows, read with the header (cells below a shorter body included). */
  head: Excel.Range | null;
  rows: CellValue[][];
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/**
 * A small question that rides along on a read's first sync instead of costing one of its own (the
 * workbook's date system): queued with the lookups; if that sync fails, refused() and the lookups go
 * again alone; else synced(), after which its loads can be read.
 */
export interface RideAlong {
  queue(context: Excel.RequestContext): void;
  refused(error: unknown): void;
  synced(): void;
}

/** The named tables (a missing one maps to null); records each table's Borger-IDs in `seenIds`. */
export async function readTables(
  context: Excel.RequestContext,
  names: readonly string[],
  budget: number,
  seenIds: SeenIds,
  rideAlong?: RideAlong,
): Promise<Record<string, RawTable | null>> {
  const queueLookups = () =>
    names.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load('isNullObject');
      return { name, table };
    });
  let lookups = queueLookups();
  if (rideAlong) {
    rideAlong.queue(context);
    try {
      await context.sync();
    } catch (error) {
      // The rider may be what the host refused: the lookups again without it (they change nothing).
      rideAlong.refused(error);
      lookups = queueLookups();
      await context.sync();
    }
    rideAlong.synced();
  } else await context.sync();

  const present = lookups.filter((l) => !l.table.isNullObject);
  const queueHeads = (probe: boolean) =>
    present.map(({ name, table }): FoundTable => {
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('rowCount,columnCount');
      const head = probe
        ? body
            .getRow(0)
            .getResizedRange(PROBE_ROWS - 1, 0)
            .load('values')
        : null;
      return { name, header, body, head, rows: [] };
    });
  let found = queueHeads(true);
  try {
    await context.sync();
  } catch {
    // The first rows reach past the sheet's last row (a table at the very bottom) or carry a huge
    // text below a short table: headers and sizes alone, as before.
    found = queueHeads(false);
    await context.sync();
  }

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

/**
 * The tables' body cells: each body is one row block that the planner cuts to fill each sync (several
 * small tables share one). A cell's bytes are estimated from what that table's cells (or, before any,
 * all cells read so far) have cost, with a margin, and asked again at every cut, so only the first
 * block is sized by a guess.
 */
async function readBodies(context: Excel.RequestContext, found: FoundTable[], budget: number): Promise<void> {
  const planner = new SyncPlanner(context, budget);
  const seen = { cells: 0, bytes: 0 };
  // Each queued block keeps its own range; its done() reads it after the sync.
  const blocks = new Map<string, Excel.Range>();
  for (const t of found) {
    const cols = Math.max(1, t.body.columnCount);
    const own = { cells: 0, bytes: 0 };
    const first = t.head ? Math.min(PROBE_ROWS, t.body.rowCount) : 0;
    if (t.head) {
      const values = t.head.values.slice(0, first);
      for (let i = 0; i < first; i++) t.rows[i] = values[i].map(fromExcel);
      own.cells = first * cols;
      own.bytes = blockBytes(values);
      seen.cells += own.cells;
      seen.bytes += own.bytes;
    }
    const perCell = () => {
      const basis = own.cells > 0 ? own : seen;
      return basis.cells > 0 ? Math.max(4, (basis.bytes / basis.cells) * READ_MARGIN) : READ_BYTES_PER_CELL_GUESS;
    };
    if (t.body.rowCount <= first) continue;
    await planner.add(
      rowBlockPiece(
        first,
        t.body.rowCount - first,
        (_s, n) => CALL_BYTES + Math.ceil(n * cols * perCell()),
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
          blocks.delete(`${t.name}|${s}`);
          for (let i = 0; i < n; i++) t.rows[s + i] = values[i].map(fromExcel);
          const bytes = blockBytes(values);
          own.cells += n * cols;
          own.bytes += bytes;
          seen.cells += n * cols;
          seen.bytes += bytes;
        },
      ),
    );
  }
  await planner.flush();
}
