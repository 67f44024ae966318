// Borgere's optional column Parathed siden (issue 23): a v1/v2 workbook without it reads exactly as
// with the column empty (same citizens, same issues, same report), a date in any accepted form is read,
// and a bad value is an issue naming the table, row and column while the row is still used.
import { measure } from '../../src/domain';
import { BORGERE } from '../../src/workbook/contract';
import type { RawTable } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';
import { workedExampleTables } from '../app/workedExample';

const SINCE = 'Parathed siden';

function withoutColumn(tables: Record<string, RawTable>): Record<string, RawTable> {
  const at = tables.Borgere.headers.indexOf(SINCE);
  return {
    ...tables,
    Borgere: {
      ...tables.Borgere,
      headers: tables.Borgere.headers.filter((_, i) => i !== at),
      rows: tables.Borgere.rows.map((r) => r.filter((_, i) => i !== at)),
    },
  };
}

function setSince(tables: Record<string, RawTable>, row: number, value: string | number): Record<string, RawTable> {
  const at = tables.Borgere.headers.indexOf(SINCE);
  tables.Borgere.rows[row][at] = value;
  return tables;
}

test('the contract lists Parathed siden as an optional v2 column of Borgere, after Opdateret', () => {
  const col = BORGERE.columns.at(-1)!;
  expect(col).toMatchObject({ header: SINCE, field: 'readinessSince', type: 'date', required: false, since: 2 });
  expect(BORGERE.columns.at(-2)!.header).toBe('Opdateret');
});

test('a workbook without the column reads and measures as one with the column empty', () => {
  const full = workedExampleTables();
  expect(full.Borgere.headers).toContain(SINCE);
  const without = withoutColumn(workedExampleTables());
  expect(without.Borgere.headers).not.toContain(SINCE);
  const a = readCaseload(full);
  const b = readCaseload(without);
  expect(b.citizens).toEqual(a.citizens);
  expect(b.issues).toEqual(a.issues);
  expect(b.citizens.every((c) => c.readinessSince === undefined)).toBe(true);
  const asOf = '2025-03-31';
  expect(measure(b, { asOf }).report).toEqual(measure(a, { asOf }).report);
});

test('Parathed siden is read in every date form; a bad one is an issue at Borgere, its row and column', () => {
  const tables = setSince(setSince(setSince(workedExampleTables(), 0, '01-03-2025'), 1, 45717), 4, 'i går');
  const c = readCaseload(tables);
  expect(c.citizens.find((x) => x.id === 'A')!.readinessSince).toBe('2025-03-01');
  expect(c.citizens.find((x) => x.id === 'B')!.readinessSince).toBe('2025-03-01');
  const issue = c.issues.find((i) => i.column === SINCE);
  expect(issue).toMatchObject({ table: 'Borgere', row: 5, column: SINCE, severity: 'warning' });
  // Only the value is ignored: E is still a citizen, without a date.
  const e = c.citizens.find((x) => x.id === 'E')!;
  expect([e.readiness, 'readinessSince' in e]).toEqual(['Længere fra', false]);
});
