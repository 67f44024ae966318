// Issue 22: a workbook in the 1904 date system (the old Mac Excel default) must not be read 1,462 days
// early inside Excel either. Workbook.use1904DateSystem says which system the workbook uses; it is not in
// @types/office-js (Microsoft lists it among the preview APIs), so it is read guarded, once per session,
// false when the host lacks it or refuses: on the session's first read it rides along on that read's
// first sync (DateSystemQuestion: no sync of its own where the host has it, the lookups sent again where
// it refuses); when a write comes first, in its own small load and sync in try/catch. The port speaks 1900
// serials; these convert the contract's date and month columns on the way in and out, with the same pure
// functions as the .xlsx adapter (src/workbook/dateSystem.ts).
import { from1904, isDateColumn, modelIn1904, to1904 } from '../workbook/dateSystem';
import type { CellUpdate, CellValue, RawTable, SheetModel } from '../workbook/port';
import type { RideAlong } from './read';

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook object with the property @types/office-js does not declare yet. */
interface WorkbookWith1904 {
  load(properties: string): unknown;
  use1904DateSystem?: boolean;
}

/** Whether the workbook uses the 1904 date system; false when the host cannot say (one sync, or none). */
export async function readsDate1904(run: ExcelRun): Promise<boolean> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook as unknown as WorkbookWith1904;
      workbook.load('use1904DateSystem');
      await context.sync();
      return workbook.use1904DateSystem === true;
    });
  } catch {
    return false;
  }
}

/** The 1904 question as a rider on a read's first sync (read.ts RideAlong); `answer` settles after it. */
export class DateSystemQuestion implements RideAlong {
  private workbook: WorkbookWith1904 | null = null;
  private settle!: (in1904: boolean) => void;
  private settled = false;
  readonly answer = new Promise<boolean>((resolve) => {
    this.settle = resolve;
  });

  queue(context: Excel.RequestContext): void {
    const workbook = context.workbook as unknown as WorkbookWith1904;
    try {
      workbook.load('use1904DateSystem');
      this.workbook = workbook;
    } catch {
      // A host library that does not know the property at all: 1900, and nothing rides along.
      this.workbook = null;
    }
  }

  refused(): void {
    this.workbook = null;
    this.answerWith(false);
  }

  synced(): void {
    this.answerWith(this.workbook?.use1904DateSystem === true);
  }

  get answered(): boolean {
    return this.settled;
  }

  /** Settles the answer once (later calls are ignored); also used when the read fails before its sync. */
  answerWith(in1904: boolean | Promise<boolean>): void {
    if (this.settled) return;
    this.settled = true;
    void Promise.resolve(in1904).then(this.settle, () => this.settle(false));
  }
}

/** Tables as read from a 1904 workbook, their date and month columns as 1900 serials (copies). */
export function tablesFrom1904(tables: Record<string, RawTable | null>): Record<string, RawTable | null> {
  const out: Record<string, RawTable | null> = {};
  for (const [name, t] of Object.entries(tables)) {
    if (!t) {
      out[name] = t;
      continue;
    }
    const dates = t.headers.map((h) => isDateColumn(t.name, h));
    out[name] = dates.some(Boolean)
      ? { ...t, rows: t.rows.map((r) => r.map((v, i) => (dates[i] ? from1904(v) : v))) }
      : t;
  }
  return out;
}

/** Rows to append to a 1904 workbook's table, their date and month cells as 1904 serials. */
export function rowsTo1904(table: string, rows: readonly Record<string, CellValue>[]): Record<string, CellValue>[] {
  return rows.map((r) => {
    const out: Record<string, CellValue> = {};
    for (const [h, v] of Object.entries(r)) out[h] = isDateColumn(table, h) ? to1904(v) : v;
    return out;
  });
}

/** Cell updates for a 1904 workbook's table. */
export function updatesTo1904(table: string, updates: readonly CellUpdate[]): CellUpdate[] {
  return updates.map((u) => (isDateColumn(table, u.column) ? { ...u, value: to1904(u.value) } : u));
}

/** Output sheets for a 1904 workbook: their date-formatted numbers in its system. */
export function sheetsIn1904(sheets: readonly SheetModel[]): SheetModel[] {
  return sheets.map(modelIn1904);
}
