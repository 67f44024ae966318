// The SyncPlanner decides how many round trips an Office.js call costs: it must fill each sync (a row
// block is cut at the row that still fits, so no sync goes out half full), never pass the budget with
// rows that fit, hand every row to exactly one sync in order, and ask a block's size again at each cut
// (a read learns its bytes per cell from the syncs before).
import fc from 'fast-check';
import { rowBlockPiece, SyncPlanner } from '../../src/excel/payload';

/** A context whose sync records which rows each sync carried and their bytes. */
function recorder() {
  const syncs: { rows: number[]; bytes: number }[] = [];
  let queued: number[] = [];
  let bytes = 0;
  return {
    syncs,
    queue(rows: number[], b: number) {
      queued = queued.concat(rows);
      bytes += b;
    },
    context: {
      sync: async () => {
        syncs.push({ rows: queued, bytes });
        queued = [];
        bytes = 0;
      },
    },
  };
}

const sum = (xs: readonly number[], from: number, n: number) => {
  let b = 0;
  for (let i = from; i < from + n; i++) b += xs[i];
  return b;
};

describe('SyncPlanner', () => {
  it('fills every sync but the last, passes the budget only with a row too big alone, keeps every row once in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 400 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 2000, max: 20000 }),
        async (blocks, budget) => {
          const r = recorder();
          const planner = new SyncPlanner(r.context, budget);
          const done: number[] = [];
          let offset = 0;
          const all: number[] = [];
          for (const rowBytes of blocks) {
            const base = offset;
            for (const b of rowBytes) all.push(b);
            await planner.add(
              rowBlockPiece(
                0,
                rowBytes.length,
                (s, n) => sum(rowBytes, s, n),
                (s, n) =>
                  r.queue(
                    Array.from({ length: n }, (_, i) => base + s + i),
                    sum(rowBytes, s, n),
                  ),
                (s, n) => {
                  for (let i = 0; i < n; i++) done.push(base + s + i);
                },
              ),
            );
            offset += rowBytes.length;
          }
          await planner.flush();
          expect(done).toEqual(all.map((_, i) => i));
          expect(r.syncs.flatMap((s) => s.rows)).toEqual(done);
          for (let i = 0; i < r.syncs.length; i++) {
            const s = r.syncs[i];
            if (s.rows.length > 1) expect(s.bytes).toBeLessThanOrEqual(budget);
            // Full: the next row would not have fitted.
            if (i < r.syncs.length - 1) expect(s.bytes + all[r.syncs[i + 1].rows[0]]).toBeGreaterThan(budget);
          }
          // Every full sync carries more than budget - (largest row): the count follows the bytes.
          const total = all.reduce((a, b) => a + b, 0);
          const largest = all.reduce((a, b) => Math.max(a, b), 0);
          if (largest < budget) expect(r.syncs.length).toBeLessThanOrEqual(Math.ceil(total / (budget - largest)) + 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('asks a block its size again at every cut, so what one sync teaches sizes the next', async () => {
    const r = recorder();
    const planner = new SyncPlanner(r.context, 1000);
    let perRow = 100; // a first guess; the real cost is 10 per row
    await planner.add(
      rowBlockPiece(
        0,
        500,
        (_s, n) => n * perRow,
        (s, n) =>
          r.queue(
            Array.from({ length: n }, (_, i) => s + i),
            n * 10,
          ),
        () => (perRow = 10),
      ),
    );
    await planner.flush();
    // 10 rows on the guess, then 100 rows a sync: 1 + ceil(490 / 100) syncs, not 50.
    expect(r.syncs.map((s) => s.rows.length)).toEqual([10, 100, 100, 100, 100, 90]);
  });

  it('queues what cannot be cut (one call) in the next sync rather than past the budget', async () => {
    const r = recorder();
    const planner = new SyncPlanner(r.context, 1000);
    for (const bytes of [600, 600, 300]) await planner.add({ bytes, queue: () => r.queue([bytes], bytes) });
    await planner.flush();
    expect(r.syncs.map((s) => s.bytes)).toEqual([600, 900]);
  });
});
