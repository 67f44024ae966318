// Listens for changes to Fremdrift's input tables inside Excel. One workbook.tables.onChanged
// registration covers every table, including tables created after subscribing ("Opret sagsstamme");
// each event's tableId is looked up once (by id) to see whether it is an input table. Events from this
// session (source Local) and from co-authors (source Remote) count alike. Events arrive asynchronously,
// so instead of guessing a quiet time window the owner keeps a dirty flag: an event marks it, a read
// clears it when it starts, and the debounced callback runs only if the flag is still set.
// "Work with events using the Excel JavaScript API" and TableCollection.onChanged / Excel.EventSource:
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-onchanged-member
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventsource
import { normalizeKey } from '../workbook/cells';

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WatchOptions {
  run: ExcelRun;
  inputNames: readonly string[];
  debounceMs: number;
  markDirty(): void;
  isDirty(): boolean;
  callback(): void;
}

interface TableEvent {
  tableId: string;
  source?: string;
}

/** Subscribes; returns the unsubscribe function. */
export function watchInputTables(o: WatchOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | undefined;
  const inputKeys = new Set(o.inputNames.map(normalizeKey));
  /** tableId -> whether it is an input table: the tables present at subscribe time, then each new id. */
  const settled = new Map<string, boolean>();
  const known = new Map<string, Promise<boolean>>();

  const isInput = (tableId: string): boolean | Promise<boolean> => {
    const now = settled.get(tableId);
    if (now !== undefined) return now;
    let answer = known.get(tableId);
    if (!answer) {
      answer = o
        .run(async (context) => {
          const t = context.workbook.tables.getItemOrNullObject(tableId);
          t.load('isNullObject,name');
          await context.sync();
          const input = !t.isNullObject && inputKeys.has(normalizeKey(t.name));
          settled.set(tableId, input);
          return input;
        })
        .catch(() => {
          known.delete(tableId);
          return true; // unsure: better one read too many than a missed edit
        });
      known.set(tableId, answer);
    }
    return answer;
  };

  const onChanged = async (event: TableEvent): Promise<void> => {
    if (stopped) return;
    // Known tables are decided at once, so the flag is set before any later read can start; a new
    // table's first event waits for one lookup (at worst one read too many, never a lost edit).
    const input = isInput(event.tableId);
    if (!(typeof input === 'boolean' ? input : await input) || stopped) return;
    o.markDirty();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped && o.isDirty()) o.callback();
    }, o.debounceMs);
  };

  void o
    .run(async (context) => {
      const tables = context.workbook.tables.load('items/id,items/name');
      registration = context.workbook.tables.onChanged.add(
        onChanged as unknown as (e: Excel.TableChangedEventArgs) => Promise<void>,
      );
      await context.sync();
      for (const t of tables.items) settled.set(t.id, inputKeys.has(normalizeKey(t.name)));
      if (stopped) removeRegistration();
    })
    .catch((error) => console.error('Fremdrift: kunne ikke lytte efter ændringer', error));

  function removeRegistration(): void {
    const h = registration;
    registration = undefined;
    if (!h) return;
    // Handlers belong to the context that added them; remove them through that context.
    if (typeof Excel !== 'undefined' && typeof Excel.run === 'function' && h.context && 'sync' in h.context) {
      void Excel.run(h.context, async (ctx) => {
        h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    } else {
      h.remove();
    }
  }

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    removeRegistration();
  };
}
