// Keeps every context.sync inside Excel on the web's payload limit, in as few syncs as that allows (a
// sync is the real cost of an add-in: one round trip to Excel). Each queued piece of work carries an
// estimate of its bytes (values, formats, one fixed cost per queued call); the planner fills each sync up
// to SYNC_BUDGET_BYTES, cutting a row block at the row that still fits so no sync goes out half full, and
// when Excel still refuses a request as too large it queues the same pieces again at half the budget.
//
// "Resource limits and performance optimization for Office Add-ins", Excel add-ins: Excel on the web
// limits requests and responses to 5 MB and fails with RequestPayloadSizeLimitExceeded above it.
// https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
// A refused request is not run, so queuing its pieces again writes nothing twice. Error codes:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes

/** Aim per sync: well under the 5 MB limit, since estimates are estimates. */
export const SYNC_BUDGET_BYTES = 2_000_000;
/** Below this the planner gives up halving (something else is wrong). */
const MIN_BUDGET_BYTES = 20_000;
/** Fixed cost of one queued call (object path, ids, action) in the JSON request. */
export const CALL_BYTES = 150;

/** Bytes a value takes in the JSON payload (strings counted as UTF-8 would, roughly). */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v === 'string') {
    let n = v.length + 3;
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 127) n += 2;
    return n;
  }
  if (typeof v === 'number') return String(v).length + 1;
  return 6;
}

export function blockBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += cellBytes(v);
  }
  return n;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const text = `${String(e?.code ?? '')} ${String(e?.message ?? '')}`;
  return /(Request|Response)PayloadSizeLimitExceeded/.test(text);
}

/** One unit of queued work: queue() makes the Office.js calls; done() runs after its sync succeeded. */
export interface Piece {
  bytes: number;
  queue(): void;
  done?(): void;
  /** Two halves of this piece, when it can be split (row blocks). */
  split?(): [Piece, Piece] | null;
  /**
   * The largest head of this piece that fits in `room` bytes and the rest, when it can be cut (row
   * blocks); null when not even its first unit fits. Sizes are asked again at the cut, so a block whose
   * estimate learns from earlier syncs (reads) is cut with what is known by then.
   */
  take?(room: number): [Piece, Piece] | null;
}

export interface SyncStats {
  syncs: number;
  largestEstimate: number;
  retries: number;
}

export class SyncPlanner {
  private pending: Piece[] = [];
  private pendingBytes = 0;
  readonly stats: SyncStats = { syncs: 0, largestEstimate: 0, retries: 0 };

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private budget = SYNC_BUDGET_BYTES,
  ) {}

  get budgetBytes(): number {
    return this.budget;
  }

  /**
   * Queues a piece. One that does not fit in what is left of this sync is cut to fill it (take) and
   * the rest goes on in the next; one that cannot be cut waits for the next sync, and one larger than
   * a whole sync is halved (split) or, as a last resort, sent alone.
   */
  async add(piece: Piece): Promise<void> {
    let rest = piece;
    for (;;) {
      const room = this.budget - this.pendingBytes;
      if (rest.bytes <= room) break;
      const cut = rest.take?.(room) ?? null;
      if (cut) {
        this.queue(cut[0]);
        await this.flush();
        rest = cut[1];
        continue;
      }
      if (this.pending.length > 0) {
        await this.flush();
        continue;
      }
      const halves = rest.bytes > this.budget ? (rest.split?.() ?? null) : null;
      if (!halves) break;
      await this.add(halves[0]);
      rest = halves[1];
    }
    this.queue(rest);
  }

  private queue(piece: Piece): void {
    piece.queue();
    this.pending.push(piece);
    this.pendingBytes += piece.bytes;
  }

  /** Sends what is queued; on a payload refusal, queues it again at half the budget. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pieces = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    try {
      await this.context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || this.budget / 2 < MIN_BUDGET_BYTES) throw error;
      this.budget = Math.floor(this.budget / 2);
      this.stats.retries++;
      for (const p of pieces) await this.add(p);
      await this.flush();
      return;
    }
    this.stats.syncs++;
    this.stats.largestEstimate = Math.max(this.stats.largestEstimate, bytes);
    for (const p of pieces) p.done?.();
  }
}

/** A block of rows [start, start+count) that splits in two when too large. */
export function rowBlockPiece(
  start: number,
  count: number,
  bytesOf: (start: number, count: number) => number,
  queue: (start: number, count: number) => void,
  done?: (start: number, count: number) => void,
): Piece {
  return {
    // Asked when needed, not kept: a read's estimate per cell improves after every sync.
    get bytes() {
      return bytesOf(start, count);
    },
    queue: () => queue(start, count),
    done: done ? () => done(start, count) : undefined,
    split: () => {
      if (count < 2) return null;
      const half = Math.ceil(count / 2);
      return [
        rowBlockPiece(start, half, bytesOf, queue, done),
        rowBlockPiece(start + half, count - half, bytesOf, queue, done),
      ];
    },
    take: (room) => {
      const head = rowsThatFit(start, count, bytesOf, room);
      if (head === 0 || head >= count) return null;
      return [
        rowBlockPiece(start, head, bytesOf, queue, done),
        rowBlockPiece(start + head, count - head, bytesOf, queue, done),
      ];
    },
  };
}

/** The most rows from `start` (at most `count`) whose bytes fit in `room`: a binary search on bytesOf. */
function rowsThatFit(
  start: number,
  count: number,
  bytesOf: (start: number, count: number) => number,
  room: number,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytesOf(start, mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
