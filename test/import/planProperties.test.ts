// Property tests of the upsert plan: whatever the export holds (valid, invalid, duplicate, existing
// or new rows), every export row ends in exactly one outcome, and applying the plan keeps every
// workbook row (only planned cells change) and appends exactly the added rows.
import fc from 'fast-check';
import { applyPlan } from '../../src/import/apply';
import { toCsv } from '../../src/import/csv';
import { prepareImport, readExport } from '../../src/import/session';
import { BORGERE } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { sampleTables } from './helpers';
import { planProblemsText, readerProblemText, rejectedRowText } from '../../src/text/imports';

const HEADERS = ['Borger-ID', 'Navn', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Slutdato'];

const field = {
  id: fc.constantFrom('B1', 'B2', 'b2', 'B3', 'B4', '', ' B5 ', '010190-1234'),
  name: fc.constantFrom('', 'Søren', '=1+1', '@x', 'Anna 0101901234'),
  group: fc.constantFrom('Andet', 'Jobparat kontanthjælp', 'jobparat KONTANTHJÆLP', 'Ukendt', ''),
  team: fc.constantFrom('Nord', 'Syd', '', '-Øst'),
  worker: fc.constantFrom('Sara', 'Per', ''),
  start: fc.constantFrom('01-12-2024', '2025-01-01', '31-02-2025', '', '45658', 'i går'),
  end: fc.constantFrom('', '01-06-2025', '01-01-2024', '30-02-2025'),
};
const row = fc.tuple(field.id, field.name, field.group, field.team, field.worker, field.start, field.end);

describe('plan invariants', () => {
  test('each export row has exactly one outcome; applying keeps every workbook row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), async (rows) => {
        const tables = sampleTables();
        const port = new MemoryWorkbook(tables);
        const text = toCsv([HEADERS, ...rows.map((r) => [...r])], ';', '\n');
        const source = await readExport(new TextEncoder().encode(text), 'e.csv');
        if (!source.ok) throw new Error(readerProblemText(source.problem));
        const prepared = await prepareImport(port, BORGERE, source.table);
        if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
        const p = prepared.result.plan;
        // Rows that are blank all the way through at the end are not data rows.
        let expectedRows = rows.length;
        while (expectedRows > 0 && rows[expectedRows - 1].every((f) => f.trim() === '')) expectedRows--;
        expect(p.rows).toBe(expectedRows);
        const outcomes = [...p.added, ...p.updated, ...p.unchanged, ...p.rejected]
          .map((o) => o.row)
          .sort((a, b) => a - b);
        expect(outcomes).toEqual(Array.from({ length: p.rows }, (_, i) => i + 1));
        for (const r of p.rejected) {
          const message = rejectedRowText(p.table, r);
          expect(message.startsWith(`Række ${r.row} i eksporten til Borgere — `)).toBe(true);
          expect(message).not.toMatch(/0101901234|010190-1234/);
        }

        await applyPlan(port, p);
        const after = (await port.readTables(['Borgere'])).Borgere!;
        const before = tables.Borgere;
        expect(after.rows.length).toBe(before.rows.length + p.added.length);
        const expected = before.rows.map((r) => [...r]);
        for (const u of p.updated)
          for (const c of u.changes) expected[u.tableRow - 1][before.headers.indexOf(c.column)] = c.new;
        expect(after.rows.slice(0, before.rows.length)).toEqual(expected);
        // No CPR number reaches the workbook, and formula-like text arrives as the same text.
        expect(JSON.stringify(after.rows)).not.toMatch(/0101901234|010190-1234/);
      }),
      { numRuns: 200 },
    );
  });
});
