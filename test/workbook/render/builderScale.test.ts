// Renderers must not spread rows into a call (Math.max(...rows), push(...rows)): at ten times the benchmark
// a spread overflows the call stack (issue 28). 300,000 rows is beyond any engine's argument limit.
import { SheetBuilder } from '../../../src/workbook/render/builder';
import { MemoryWorkbook } from '../../../src/workbook/memoryWorkbook';
import { TIMER } from '../../../src/workbook/contract';

const ROWS = 300_000;

test('SheetBuilder.build handles 300,000 rows and pads every row to the widest', () => {
  const b = new SheetBuilder('Overblik');
  for (let i = 0; i < ROWS; i++) b.row(i === ROWS - 1 ? ['a', 'b', 'c'] : [i]);
  const model = b.build({});
  expect(model.values).toHaveLength(ROWS);
  expect(model.values[0]).toEqual([0, null, null]);
  expect(model.values[ROWS - 1]).toEqual(['a', 'b', 'c']);
});

test('MemoryWorkbook appends 300,000 rows in one call', async () => {
  const wb = new MemoryWorkbook();
  await wb.ensureInputTables([TIMER]);
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    'Borger-ID': `B${i}`,
    Måned: '2026-01',
    'Ordinære timer': 1,
  }));
  await wb.appendRows('Timer', rows);
  const t = (await wb.readTables(['Timer'])).Timer!;
  expect(t.rows).toHaveLength(ROWS);
  expect(t.rows[ROWS - 1][0]).toBe(`B${ROWS - 1}`);
});
