// Issue 21: the import lists only OPEN workbook rows missing from the export. A citizen with a Slutdato,
// or a Forløb that ended before today, is expected to be absent from an export of current cases: counted,
// not listed. A Forløb ending today or later is still open. The header row is reported for file row numbers.
import { FORLØB } from '../../src/workbook/contract';
import { resolveMapping } from '../../src/import/mapping';
import { planImport } from '../../src/import/plan';
import { SERIAL, csvSource, forløbRow, sampleTables } from './helpers';

function forløbPlan(today?: string) {
  const tables = sampleTables();
  tables.Forløb.rows = [
    forløbRow({ 'Borger-ID': 'B1', Type: 'Virksomhedspraktik', Startdato: SERIAL['2024-12-01'] }),
    forløbRow({ 'Borger-ID': 'B1', Type: 'Løntilskud', Startdato: SERIAL['2024-12-01'], Slutdato: 45716 }),
    forløbRow({ 'Borger-ID': 'B2', Type: 'Job', Startdato: SERIAL['2025-01-01'], Slutdato: 45747 }),
  ];
  // The export has none of them: one row for another citizen, under two blank lines.
  const source = csvSource('\n\nBorger-ID;Type;Startdato\nB2;Virksomhedspraktik;01-03-2025');
  const r = planImport({
    def: FORLØB,
    source,
    mapping: resolveMapping(FORLØB, source.headers),
    existing: tables.Forløb,
    citizens: tables.Borgere,
    today,
  });
  if (!r.ok) throw new Error('plan refused');
  return r.plan;
}

test('a Forløb without Slutdato or ending today or later is open and listed; an ended one is counted', () => {
  // 45716 = 28-02-2025, 45747 = 31-03-2025; today 31 March 2025: the Job ends today, so it is still open.
  const p = forløbPlan('2025-03-31');
  expect(p.notInExport.map((m) => m.tableRow)).toEqual([1, 3]);
  expect(p.closedNotInExport).toBe(1);
  // The next day the Job has ended too.
  const later = forløbPlan('2025-04-01');
  expect(later.notInExport.map((m) => m.tableRow)).toEqual([1]);
  expect(later.closedNotInExport).toBe(2);
});

test('without today only an empty Slutdato is open', () => {
  const p = forløbPlan();
  expect(p.notInExport.map((m) => m.tableRow)).toEqual([1]);
  expect(p.closedNotInExport).toBe(2);
});

test('the header row is the file row of the header: data row 1 is file row headerRow + 1', () => {
  expect(forløbPlan('2025-03-31').headerRow).toBe(3);
  expect(csvSource('Borger-ID;Type\nB1;Job').headerRow).toBe(1);
});
