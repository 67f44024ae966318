import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { BORGERE, INDSTILLINGER, TIMER } from '../../src/workbook/contract';
import type { RawTable } from '../../src/workbook/port';

const timer = (): RawTable => ({
  name: 'Timer',
  headers: ['Borger-ID', 'Måned', 'Ordinære timer', 'Egen kolonne'],
  rows: [
    ['A', '2025-01', 5, 'x'],
    ['B', '2025-02', 0, null],
  ],
});

test('readTables returns copies; missing tables are null', async () => {
  const wb = new MemoryWorkbook([timer()]);
  const first = await wb.readTables(['Timer', 'Borgere']);
  expect(first.Borgere).toBeNull();
  first.Timer!.rows[0][0] = 'changed';
  expect((await wb.readTables(['Timer'])).Timer!.rows[0][0]).toBe('A');
});

test('appendRows adds at the end by header (any case), leaving other rows and unknown cells alone', async () => {
  const wb = new MemoryWorkbook([timer()]);
  await wb.appendRows('Timer', [{ 'borger-id': 'C', Måned: '2025-03', 'Ordinære timer': 7 }]);
  expect((await wb.readTables(['Timer'])).Timer!.rows).toEqual([
    ['A', '2025-01', 5, 'x'],
    ['B', '2025-02', 0, null],
    ['C', '2025-03', 7, null],
  ]);
  await expect(wb.appendRows('Timer', [{ Farve: 'blå' }])).rejects.toThrow(/ingen kolonne "Farve"/);
  await expect(wb.appendRows('Forløb', [{}])).rejects.toThrow(/mangler tabellen/);
});

test('updateCells changes only the named cells and is all-or-nothing', async () => {
  const wb = new MemoryWorkbook([timer()]);
  await wb.updateCells('Timer', [{ row: 2, column: 'Ordinære timer', value: 9 }]);
  await expect(
    wb.updateCells('Timer', [
      { row: 1, column: 'Ordinære timer', value: 1 },
      { row: 3, column: 'Ordinære timer', value: 1 },
    ]),
  ).rejects.toThrow(/ingen række 3/);
  expect((await wb.readTables(['Timer'])).Timer!.rows).toEqual([
    ['A', '2025-01', 5, 'x'],
    ['B', '2025-02', 9, null],
  ]);
});

test('ensureInputTables creates missing tables and appends missing columns without touching rows', async () => {
  const wb = new MemoryWorkbook([{ name: 'Timer', headers: ['Borger-ID', 'Måned'], rows: [['A', '2025-01']] }]);
  const result = await wb.ensureInputTables([BORGERE, TIMER, INDSTILLINGER]);
  expect(result.created).toEqual(['Borgere', 'Indstillinger']);
  expect(result.upgraded).toEqual({ Timer: ['Ordinære timer', 'Kilde'] });
  const t = await wb.readTables(['Timer', 'Borgere']);
  expect(t.Timer).toEqual({
    name: 'Timer',
    headers: ['Borger-ID', 'Måned', 'Ordinære timer', 'Kilde'],
    rows: [['A', '2025-01', null, null]],
  });
  expect(t.Borgere!.headers).toEqual(BORGERE.columns.map((c) => c.header));
  expect((await wb.ensureInputTables([TIMER])).unchanged).toEqual(['Timer']);
});

test('output sheets are stored, replaced, and may not overwrite an input table', async () => {
  const wb = new MemoryWorkbook([timer()]);
  await wb.writeOutputSheets([{ name: 'Overblik', values: [['a']] }]);
  await wb.writeOutputSheets([{ name: 'Overblik', values: [['b']] }]);
  expect(wb.sheet('Overblik')!.values).toEqual([['b']]);
  expect(wb.outputWrites).toBe(2);
  await expect(wb.writeOutputSheets([{ name: 'Timer' as never, values: [] }])).rejects.toThrow(
    /"Timer" er ikke et af dem/,
  );
  expect((await wb.readTables(['Timer'])).Timer).toEqual(timer());
});

test('user edits notify subscribers; unsubscribe stops it', () => {
  const wb = new MemoryWorkbook([timer()]);
  let calls = 0;
  const off = wb.onInputChanged(() => calls++);
  wb.userEdit('Timer', { row: 1, column: 'Ordinære timer', value: 3 });
  off();
  wb.userEdit('Timer', { row: 1, column: 'Ordinære timer', value: 4 });
  expect(calls).toBe(1);
});
