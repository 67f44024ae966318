// Invariant: reading never loses a row silently. Every non-empty row of Borgere, Forløb and Timer is
// either used (it appears in the caseload with its row number) or reported with an error.
import fc from 'fast-check';
import { BORGERE, FORLØB, TIMER, type TableDef } from '../../src/workbook/contract';
import type { CellValue, RawTable } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';

const cellPool: Record<string, CellValue[]> = {
  id: ['A', 'B', 'C', ' a ', '010190-1234', null, 17],
  text: ['Team Nord', 'Mette', '=1+1', '', null, 'x'],
  date: ['01-03-2025', '2025-02-31', 45717, 'i går', null, '1.1.2024', '31-12-2026'],
  month: ['2025-03', '13-2025', 45717, null, 'marts'],
  number: [0, 7.5, '7,5', -1, 'mange', null],
  list: ['Job', 'Virksomhedspraktik', 'Andet', 'klar', 'Fraflytning', 'Ressourceforløb', 'Lønseddel', 'ukendt', null],
  yesno: ['Ja', 'nej', 'måske', null],
  cvr: ['12345678', '1234', null],
};

function tableArb(def: TableDef): fc.Arbitrary<RawTable> {
  const row = fc.tuple(...def.columns.map((c) => fc.constantFrom(...cellPool[c.type])));
  return fc
    .array(row, { maxLength: 12 })
    .map((rows) => ({ name: def.name, headers: def.columns.map((c) => c.header), rows: rows as CellValue[][] }));
}

test('every non-empty row is used or reported as an error', () => {
  fc.assert(
    fc.property(tableArb(BORGERE), tableArb(FORLØB), tableArb(TIMER), (b, f, t) => {
      const c = readCaseload({ Borgere: b, Forløb: f, Timer: t, Indstillinger: null });
      const used: Record<string, Set<number>> = {
        Borgere: new Set(c.citizens.map((x) => x.row)),
        Forløb: new Set(c.placements.map((x) => x.row)),
        Timer: new Set(c.hours.map((x) => x.row)),
      };
      for (const table of [b, f, t]) {
        table.rows.forEach((cells, i) => {
          const row = i + 1;
          const empty = cells.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
          const errored = c.issues.some((x) => x.table === table.name && x.row === row && x.severity === 'error');
          if (empty) expect(used[table.name].has(row) || errored).toBe(false);
          else expect(used[table.name].has(row) !== errored).toBe(true);
        });
      }
      // A CPR number never reaches the caseload or the messages.
      expect(JSON.stringify(c)).not.toContain('010190-1234');
    }),
    { numRuns: 300 },
  );
});
