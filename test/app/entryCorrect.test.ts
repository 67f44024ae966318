// correctRow: the "correct, don't refuse" action behind the pane's correction previews. It changes only
// the given cells of one row, and refuses (writing nothing) when the row moved or a value is bad.
import fc from 'fast-check';
import { correctRow } from '../../src/app/entryCorrect';
import { FORLØB, TIMER } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue } from '../../src/workbook/port';

const timerRow = (id: string, month: string, hours: number): CellValue[] => [id, month, hours, null];

function timer(rows: CellValue[][]) {
  return new MemoryWorkbook({
    Timer: { name: 'Timer', headers: TIMER.columns.map((c) => c.header), rows },
  });
}
const rowsOf = async (wb: MemoryWorkbook, name: string) => (await wb.readTables([name]))[name]!.rows;

describe('correctRow', () => {
  it('sets the hours of the one row and leaves every other row as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('A1', 'A2', 'B1'), fc.integer({ min: 1, max: 12 }), fc.nat(40)), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(),
        fc.integer({ min: 0, max: 100 }),
        async (spec, pick, hours) => {
          const rows = spec.map(([id, m, h]) => timerRow(id, `2026-${String(m).padStart(2, '0')}`, h));
          const wb = timer(rows.map((r) => [...r]));
          const at = (pick % rows.length) + 1;
          const target = rows[at - 1];
          const r = await correctRow(
            wb,
            TIMER,
            at,
            { 'Borger-ID': String(target[0]), Måned: String(target[1]) },
            { 'Ordinære timer': String(hours) },
          );
          const after = await rowsOf(wb, 'Timer');
          expect(r).toEqual({ ok: true, row: at });
          expect(after).toEqual(rows.map((row, i) => (i === at - 1 ? [row[0], row[1], hours, null] : row)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses, writing nothing, when the row no longer holds the citizen and month of the preview', async () => {
    const wb = timer([timerRow('A1', '2026-11', 5), timerRow('A2', '2026-11', 3)]);
    const before = JSON.stringify(await rowsOf(wb, 'Timer'));
    const r = await correctRow(wb, TIMER, 1, { 'Borger-ID': 'A2', Måned: '2026-11' }, { 'Ordinære timer': '7' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(await rowsOf(wb, 'Timer'))).toBe(before);
  });

  it('refuses a bad value and a row that does not exist', async () => {
    const wb = timer([timerRow('A1', '2026-11', 5)]);
    const id = { 'Borger-ID': 'A1', Måned: '2026-11' };
    const bad = await correctRow(wb, TIMER, 1, id, { 'Ordinære timer': '-2' });
    expect(bad.ok === false && bad.errors[0].code).toBe('belowMin');
    const gone = await correctRow(wb, TIMER, 2, id, { 'Ordinære timer': '2' });
    expect(gone.ok === false && gone.errors[0].code).toBe('noSuchRow');
    expect(await rowsOf(wb, 'Timer')).toEqual([timerRow('A1', '2026-11', 5)]);
  });

  it('a placement correction keeps Slutdato after Startdato and never blanks a cell', async () => {
    const headers = FORLØB.columns.map((c) => c.header);
    const row = headers.map((h) =>
      h === 'Borger-ID'
        ? 'A1'
        : h === 'Type'
          ? 'Løntilskud'
          : h === 'Startdato'
            ? '2026-01-01'
            : h === 'Virksomhed'
              ? 'Netto'
              : null,
    );
    const wb = new MemoryWorkbook({ Forløb: { name: 'Forløb', headers, rows: [row] } });
    const id = { 'Borger-ID': 'A1', Type: 'Løntilskud' };
    const early = await correctRow(wb, FORLØB, 1, id, { Slutdato: '01-12-2025' });
    expect(early.ok).toBe(false);
    const r = await correctRow(wb, FORLØB, 1, id, { Virksomhed: 'Føtex', Slutdato: null, 'Timer pr. uge': '20' });
    expect(r.ok).toBe(true);
    const after = (await rowsOf(wb, 'Forløb'))[0];
    expect(after[headers.indexOf('Virksomhed')]).toBe('Føtex');
    expect(after[headers.indexOf('Timer pr. uge')]).toBe(20);
    expect(after[headers.indexOf('Startdato')]).toBe('2026-01-01');
  });
});
