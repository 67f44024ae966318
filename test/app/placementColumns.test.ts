// Start forløb on a workbook without the company columns (issue 23): an empty Mål for forløbet / Skriftlig
// aftale is not written, so the row goes in as before; a value adds the column first (as Opret sagsstamme
// would) and never changes an existing row.
import { startPlacement } from '../../src/app';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { readCaseload } from '../../src/workbook/read';
import { workedExampleTables } from './workedExample';

const NEW = ['Mål for forløbet', 'Skriftlig aftale'];
/** The worked example as a workbook made before issue 23: Forløb without the two columns. */
function fresh() {
  const tables = workedExampleTables();
  const f = tables.Forløb;
  const keep = f.headers.map((h, i) => (NEW.includes(h) ? -1 : i)).filter((i) => i >= 0);
  tables.Forløb = { ...f, headers: keep.map((i) => f.headers[i]), rows: f.rows.map((r) => keep.map((i) => r[i])) };
  return new MemoryWorkbook(tables);
}
const forløb = async (wb: MemoryWorkbook) => (await wb.readTables(['Forløb'])).Forløb!;

test('a start without goal or agreement is appended to a Forløb table that lacks the columns', async () => {
  const wb = fresh();
  const before = await forløb(wb);
  expect(before.headers).not.toContain('Mål for forløbet');
  const r = await startPlacement(wb, { 'Borger-ID': 'B', Type: 'Løntilskud', Startdato: '2025-03-03' });
  expect(r).toEqual({ ok: true });
  const after = await forløb(wb);
  expect(after.headers).toEqual(before.headers);
  expect(after.rows.slice(0, -1)).toEqual(before.rows);
  expect(after.rows.at(-1)!.slice(0, 2)).toEqual(['B', 'Løntilskud']);
});

test('a goal and a written agreement add the columns and are read back', async () => {
  const wb = fresh();
  const before = await forløb(wb);
  const r = await startPlacement(wb, {
    'Borger-ID': 'B',
    Type: 'Virksomhedspraktik',
    Startdato: '2025-03-03',
    'Mål for forløbet': 'Løntimer efter 8 uger',
    'Skriftlig aftale': 'ja',
  });
  expect(r).toEqual({ ok: true });
  const after = await forløb(wb);
  expect(after.headers).toEqual([...before.headers, 'Mål for forløbet', 'Skriftlig aftale']);
  expect(after.rows.slice(0, -1).map((row) => row.slice(0, before.headers.length))).toEqual(before.rows);
  const caseload = readCaseload(await wb.readTables(['Borgere', 'Forløb', 'Timer']));
  expect(caseload.placementAgreementColumns).toBe(true);
  expect(caseload.placements.at(-1)).toMatchObject({ goalText: 'Løntimer efter 8 uger', writtenAgreement: true });
});

test('Skriftlig aftale must be Ja or Nej', async () => {
  const wb = fresh();
  const r = await startPlacement(wb, {
    'Borger-ID': 'B',
    Type: 'Virksomhedspraktik',
    Startdato: '2025-03-03',
    'Skriftlig aftale': 'måske',
  });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.map((e) => [e.field, e.code])).toEqual([['Skriftlig aftale', 'notYesNo']]);
});
