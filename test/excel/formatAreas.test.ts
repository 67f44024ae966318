// Output-sheet formats merged into multi-area groups (src/excel/formatAreas.ts): the groups, applied in
// order, must leave every cell as the formats applied one by one would; address lists stay bounded.
import { a1, groupByStyle, MAX_AREAS_ADDRESS } from '../../src/excel/formatAreas';
import type { RangeFormat } from '../../src/workbook/port';

type Cells = Map<string, Record<string, unknown>>;

function apply(
  cells: Cells,
  f: { row: number; col: number; rows?: number; cols?: number },
  style: Record<string, unknown>,
): void {
  for (let r = f.row; r < f.row + (f.rows ?? 1); r++) {
    for (let c = f.col; c < f.col + (f.cols ?? 1); c++)
      cells.set(`${r},${c}`, { ...(cells.get(`${r},${c}`) ?? {}), ...style });
  }
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('groupByStyle', () => {
  it('gives the same cells as applying formats in order, for overlapping formats of disagreeing styles', () => {
    const random = seeded(7);
    const styles = [
      { bold: true },
      { bold: false },
      { fill: '#FF0000' },
      { fill: '#00FF00', bold: true },
      { italic: true },
    ];
    const formats: RangeFormat[] = Array.from({ length: 400 }, () => ({
      row: Math.floor(random() * 30),
      col: Math.floor(random() * 8),
      rows: 1 + Math.floor(random() * 4),
      cols: 1 + Math.floor(random() * 3),
      ...styles[Math.floor(random() * styles.length)],
    }));
    const oneByOne: Cells = new Map();
    for (const f of formats) {
      const { row, col, rows, cols, ...style } = f;
      apply(oneByOne, { row, col, rows, cols }, style);
    }
    const grouped: Cells = new Map();
    const groups = groupByStyle(formats);
    for (const g of groups) for (const r of g.rects) apply(grouped, r, g.style as Record<string, unknown>);
    expect(grouped).toEqual(oneByOne);
    expect(groups.length).toBeLessThan(formats.length / 2);
  });

  it('merges identical styles into comma-separated address lists of bounded length', () => {
    const formats: RangeFormat[] = Array.from({ length: 2000 }, (_, i) => ({
      row: i * 2,
      col: 0,
      cols: 3,
      bold: true,
    }));
    const [group, ...rest] = groupByStyle(formats);
    expect(rest).toEqual([]);
    expect(group.addresses[0].startsWith('A1:C1, A3:C3')).toBe(true);
    expect(group.addresses.every((a) => a.length <= MAX_AREAS_ADDRESS)).toBe(true);
    expect(group.addresses.join(', ').split(', ')).toHaveLength(2000);
    expect(a1({ row: 0, col: 26, rows: 2, cols: 2 })).toBe('AA1:AB2');
  });
});
