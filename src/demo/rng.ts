// The demo's random numbers: seeded, so the same as-of date always gives the same workbook.
/** mulberry32: small, fast, seeded. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    weighted: <T>(xs: readonly [T, number][]) => {
      let r = next();
      for (const [x, w] of xs) if ((r -= w) < 0) return x;
      return xs[xs.length - 1][0];
    },
  };
}

export type Rng = ReturnType<typeof rng>;
