// Largest, smallest and append-all without spreading an array into a call's arguments: Math.max(...rows)
// and push(...rows) put every element on the call stack and overflow it at some tens of thousands of
// rows (issue 27: `report --write` on 100,000 citizens). test/tooling/noSpreadOrRecursion.test.ts keeps
// such spreads out of src; these loops do the same work at any size.

/** The largest value, or `floor` when there is none larger (Math.max(floor, ...values)). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value, or `ceiling` when there is none smaller (Math.min(ceiling, ...values)). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Appends every item to `target` (target.push(...items) at any size) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
