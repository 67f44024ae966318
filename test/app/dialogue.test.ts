// The monthly dialogue's entry actions: agreements written in one step and closed at the next dialogue,
// a praktik's follow-up registered, a placement ended with its reason. Bad input gets a message at
// the field and writes nothing; a row that moved between seeing and writing is refused.
import { addAgreement, registerFollowUp, setAgreementStatus } from '../../src/app/dialogue';
import { endPlacement } from '../../src/app/entry';
import { fieldErrorText } from '../../src/text/fields';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { readCaseload } from '../../src/workbook/read';
import { workedExampleTables } from './workedExample';

const NAMES = ['Borgere', 'Forløb', 'Timer', 'Indstillinger', 'Aftaler'];
const read = async (wb: MemoryWorkbook) => readCaseload(await wb.readTables(NAMES));

test('an agreement is written in one step, creating Aftaler in a v1 workbook, and read back as Åben', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const r = await addAgreement(wb, {
    Dato: '15-03-2025',
    Sagsbehandler: 'Mette',
    'Borger-ID': 'b',
    Aftale: 'Ring til Bageren om praktik',
    Frist: '01-04-2025',
  });
  expect(r).toEqual({ ok: true });
  expect((await read(wb)).agreements).toEqual([
    {
      row: 1,
      date: '2025-03-15',
      caseworker: 'Mette',
      citizenId: 'b',
      text: 'Ring til Bageren om praktik',
      due: '2025-04-01',
      status: 'Åben',
    },
  ]);
});

test('an agreement without text or date, or about an unknown citizen, writes nothing', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const before = await wb.readTables(NAMES);
  const r = await addAgreement(wb, { Dato: '', Sagsbehandler: 'Mette', 'Borger-ID': 'Q', Aftale: ' ' });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.errors.map((e) => e.field).sort()).toEqual(['Aftale', 'Borger-ID', 'Dato']);
    expect(fieldErrorText(r.errors.find((e) => e.field === 'Borger-ID')!)).toBe('Borger-ID "Q" findes ikke i Borgere');
    expect(fieldErrorText(r.errors.find((e) => e.field === 'Dato')!)).toBe('Dato: mangler (skal udfyldes)');
  }
  expect(await wb.readTables(NAMES)).toEqual(before);
});

test('closing an agreement checks it is still the row the user saw', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  await addAgreement(wb, { Dato: '15-03-2025', Sagsbehandler: 'Mette', Aftale: 'Gennemgå alle Klar' });
  await addAgreement(wb, { Dato: '15-03-2025', Sagsbehandler: 'Lars', Aftale: 'Opfølgning hos Netto' });
  expect(await setAgreementStatus(wb, { row: 2, date: '2025-03-15', text: 'Opfølgning hos Netto' }, 'Udført')).toEqual({
    ok: true,
    row: 2,
  });
  const moved = await setAgreementStatus(wb, { row: 1, date: '2025-03-15', text: 'Opfølgning hos Netto' }, 'Droppet');
  expect(moved.ok).toBe(false);
  expect((await read(wb)).agreements!.map((a) => a.status)).toEqual(['Åben', 'Udført']);
  const bad = await setAgreementStatus(
    wb,
    { row: 1, date: '2025-03-15', text: 'Gennemgå alle Klar' },
    'Glemt' as never,
  );
  expect(bad.ok).toBe(false);
});

test('a follow-up is registered on the praktik, not before its start, not in the future, not on a moved row', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  // Forløb row 1: A's Virksomhedspraktik 31-01-2025 to 01-02-2025.
  const early = await registerFollowUp(wb, 1, 'A', '30-01-2025', '2025-03-31');
  expect(early.ok).toBe(false);
  if (!early.ok)
    expect(fieldErrorText(early.errors[0])).toBe('Opfølgning 30-01-2025 ligger før forløbets Startdato 31-01-2025');
  const future = await registerFollowUp(wb, 1, 'A', '2025-04-02', '2025-03-31');
  expect(future.ok).toBe(false);
  const wrongRow = await registerFollowUp(wb, 2, 'A', '01-02-2025', '2025-03-31');
  expect(wrongRow.ok).toBe(false);
  expect((await read(wb)).placements[0].followUp).toBeUndefined();
  expect(await registerFollowUp(wb, 1, 'a', '01-02-2025', '2025-03-31')).toEqual({ ok: true, row: 1 });
  expect((await read(wb)).placements[0].followUp).toBe('2025-02-01');
});

test('ending a placement records the reason; an unknown reason writes nothing', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const bad = await endPlacement(wb, 3, '28-02-2025', 'Keder sig');
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.errors[0].field).toBe('Afslutningsårsag');
  expect((await read(wb)).placements[2].endDate).toBeUndefined();
  expect(await endPlacement(wb, 3, '28-02-2025', 'Virksomheden vil ikke lønne')).toEqual({ ok: true, row: 3 });
  const d = (await read(wb)).placements[2];
  expect([d.endDate, d.endReason]).toEqual(['2025-02-28', 'Virksomheden vil ikke lønne']);
});

test('in a v1 workbook (no Opfølgning column) registering a follow-up adds the column and keeps every row', async () => {
  const tables = workedExampleTables();
  const at = tables.Forløb.headers.indexOf('Opfølgning');
  tables.Forløb.headers = tables.Forløb.headers.slice(0, at);
  tables.Forløb.rows = tables.Forløb.rows.map((r) => r.slice(0, at));
  const wb = new MemoryWorkbook(tables);
  const before = (await wb.readTables(['Forløb'])).Forløb!.rows.map((r) => [...r]);
  expect(await registerFollowUp(wb, 1, 'A', '01-02-2025', '2025-03-31')).toEqual({ ok: true, row: 1 });
  const after = (await wb.readTables(['Forløb'])).Forløb!;
  expect(after.headers.slice(0, at)).toEqual(workedExampleTables().Forløb.headers.slice(0, at));
  expect(after.rows.map((r) => r.slice(0, at))).toEqual(before);
  expect((await read(wb)).placements[0].followUp).toBe('2025-02-01');
});
