// Parathed siden through the pane's entry actions (issue 23): a changed Parathed is dated today in the
// same write, the same Parathed again leaves the date alone, a date the user gives is kept, a new citizen
// with a Parathed is dated today; a workbook without the column gets it appended (no row touched) only
// when a date is written, and reads as before otherwise.
import { addCitizen, updateCitizen } from '../../src/app';
import { isoToExcelSerial } from '../../src/domain/dates';
import { BORGERE, FORLØB, TIMER, type TableDef } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';

const today = '2025-06-15';
const HEADERS = BORGERE.columns.map((c) => c.header);
const OLD_HEADERS = HEADERS.filter((h) => h !== 'Parathed siden');
const row = (headers: string[], values: Record<string, CellValue>) => headers.map((h) => values[h] ?? null);
const person = (id: string, readiness: string | null, since: string | null = null) => ({
  'Borger-ID': id,
  Målgruppe: 'Aktivitetsparat kontanthjælp',
  Team: 'Nord',
  Sagsbehandler: 'Anne',
  Startdato: '2025-01-01',
  Parathed: readiness,
  'Parathed siden': since,
});
const empty = (def: TableDef) => ({ name: def.name, headers: def.columns.map((c) => c.header), rows: [] });
const workbook = (headers: string[]) =>
  new MemoryWorkbook({
    Borgere: {
      name: 'Borgere',
      headers,
      rows: [row(headers, person('A', 'Tæt på', '2025-02-01')), row(headers, person('B', 'Længere fra'))],
    },
    Forløb: empty(FORLØB),
    Timer: empty(TIMER),
  });
const table = async (wb: MemoryWorkbook) => (await wb.readTables(['Borgere'])).Borgere!;
const since = async (wb: MemoryWorkbook, id: string) => {
  const t = await table(wb);
  const r = t.rows.find((x) => x[0] === id)!;
  return r[t.headers.indexOf('Parathed siden')];
};

describe('updateCitizen and Parathed siden', () => {
  it('writes today when Parathed changes, in the same write', async () => {
    const wb = workbook(HEADERS);
    expect(await updateCitizen(wb, 'A', { Parathed: 'Klar' }, today)).toEqual({ ok: true, row: 1 });
    expect(await since(wb, 'A')).toBe(isoToExcelSerial(today));
    expect(readCaseload(await wb.readTables(['Borgere', 'Forløb', 'Timer'])).citizens[0]).toMatchObject({
      readiness: 'Klar',
      readinessSince: today,
    });
  });

  it('leaves Parathed siden alone for the same Parathed, for other fields, and without today', async () => {
    const wb = workbook(HEADERS);
    await updateCitizen(wb, 'A', { Parathed: 'tæt på', 'Næste skridt': 'Ring' }, today);
    await updateCitizen(wb, 'A', { 'Næste skridt': 'Ring igen' }, today);
    expect(await since(wb, 'A')).toBe('2025-02-01');
    await updateCitizen(wb, 'B', { Parathed: 'Klar' });
    expect(await since(wb, 'B')).toBeNull();
  });

  it('keeps a Parathed siden the user gives', async () => {
    const wb = workbook(HEADERS);
    await updateCitizen(wb, 'B', { Parathed: 'Klar', 'Parathed siden': '10-06-2025' }, today);
    expect(await since(wb, 'B')).toBe(isoToExcelSerial('2025-06-10'));
  });

  it('appends the column to a workbook without it, leaving every other row as it was', async () => {
    const wb = workbook(OLD_HEADERS);
    const before = (await table(wb)).rows.map((r) => [...r]);
    await updateCitizen(wb, 'B', { Parathed: 'Tæt på' }, today);
    const after = await table(wb);
    expect(after.headers).toEqual([...OLD_HEADERS, 'Parathed siden']);
    expect(after.rows[0]).toEqual([...before[0], null]);
    expect(await since(wb, 'B')).toBe(isoToExcelSerial(today));
  });
});

describe('addCitizen and Parathed siden', () => {
  const values = (id: string, readiness?: string) => ({
    'Borger-ID': id,
    Målgruppe: 'Aktivitetsparat kontanthjælp',
    Team: 'Nord',
    Sagsbehandler: 'Anne',
    Startdato: '2025-06-01',
    ...(readiness ? { Parathed: readiness } : {}),
  });

  it('dates a given Parathed today; without one the new row has no date', async () => {
    const wb = workbook(HEADERS);
    expect(await addCitizen(wb, values('C', 'Klar'), today)).toEqual({ ok: true });
    expect(await since(wb, 'C')).toBe(isoToExcelSerial(today));
    await addCitizen(wb, values('D'), today);
    expect(await since(wb, 'D')).toBeNull();
  });

  it('a workbook without the column gets it only when a date is written', async () => {
    const wb = workbook(OLD_HEADERS);
    await addCitizen(wb, values('D'), today);
    expect((await table(wb)).headers).toEqual(OLD_HEADERS);
    await addCitizen(wb, values('E', 'Tæt på'), today);
    expect((await table(wb)).headers).toEqual([...OLD_HEADERS, 'Parathed siden']);
    expect(await since(wb, 'E')).toBe(isoToExcelSerial(today));
  });
});
