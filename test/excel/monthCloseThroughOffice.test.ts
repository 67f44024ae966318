// Issue 28 in Excel: the task pane's month close goes through OfficeWorkbook (ensureInputTables, appendRows)
// and writes Historik_borgere's packed form too, into a workbook that has none yet and into one that holds
// the older compact form (the packed columns are appended, the old rows kept); each cell within Excel's
// 32,767 characters, each request under the 5 MB limit, and the same reconciliation as the in-memory port.
import { refreshOutputs } from '../../src/app';
import { demoTables } from '../../src/demo/demoCaseload';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from './fakeExcel';

jest.setTimeout(120000);
const AS_OF = '2025-06-15';
const now = new Date(Date.UTC(2025, 5, 15, 10, 0));

/** The demo's input tables without its history, so the close happens here. */
function inputTables(): Record<string, RawTable> {
  const { Historik: _h, Historik_borgere: _hb, ...rest } = demoTables(AS_OF);
  return rest;
}

function excelWith(tables: Record<string, RawTable>): FakeExcel {
  const fake = new FakeExcel();
  for (const t of Object.values(tables))
    fake.addTable(
      t.name,
      t.headers,
      t.rows.map((r) => r.map((v) => (v === null ? '' : v))),
    );
  return fake;
}

test('a close in Excel writes the packed form, within the cell and request limits, as the memory port does', async () => {
  const fake = excelWith(inputTables());
  const office = await refreshOutputs(new OfficeWorkbook({ run: fake.run, supports: fake.supports }), {
    asOf: AS_OF,
    now,
    closeMonthsOn: AS_OF,
  });
  const memory = await refreshOutputs(new MemoryWorkbook(inputTables()), { asOf: AS_OF, now, closeMonthsOn: AS_OF });
  expect(office.closedMonths.length).toBeGreaterThan(3);
  const table = fake.tables.get('Historik_borgere')!;
  expect(table.headers).toEqual(['Måned', 'Del', 'Antal', 'Ændringer']);
  expect(table.rows.length).toBeGreaterThanOrEqual(office.closedMonths.length - 2);
  for (const row of table.rows) {
    expect(String(row[3]).length).toBeLessThanOrEqual(32_767);
    expect(String(row[3])).toMatch(/^(?:[JN][KTL-]|U-)[^;]+(?:;(?:[JN][KTL-]|U-)[^;]+)*$/);
  }
  expect(fake.largestSyncBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  expect(office.measurement.report.reconciliation).toEqual(memory.measurement.report.reconciliation);
  expect(office.caseload.closedCitizens).toEqual(memory.caseload.closedCitizens);
});

test('a close in Excel on the older compact form appends the packed columns and rows, keeping the old rows', async () => {
  const mem = new MemoryWorkbook(inputTables());
  const first = await refreshOutputs(mem, { asOf: AS_OF, now, closeMonthsOn: '2025-04-10' });
  // The same closes as the compact form held them: one row per change.
  const compact: RawTable = {
    name: 'Historik_borgere',
    headers: ['Måned', 'Borger-ID', 'I indsats', 'I målgruppe', 'Parathed'],
    rows: [],
  };
  let before = new Map<string, string>();
  const months = [...new Set((first.caseload.closedCitizens ?? []).map((c) => c.month))].sort();
  for (const month of months) {
    const now = new Map<string, string>();
    for (const c of first.caseload.closedCitizens ?? [])
      if (c.month === month) now.set(c.citizenId, `${c.active ? 'Ja' : 'Nej'}|${c.readiness ?? ''}`);
    for (const [id, s] of now)
      if (before.get(id) !== s) compact.rows.push([month, id, s.split('|')[0], 'Ja', s.split('|')[1] || null]);
    for (const id of before.keys()) if (!now.has(id)) compact.rows.push([month, id, 'Nej', 'Nej', null]);
    before = now;
  }
  const withCompact = {
    ...inputTables(),
    Historik: (await mem.readTables(['Historik'])).Historik!,
    Historik_borgere: compact,
  };
  const fake = excelWith(withCompact);
  const office = await refreshOutputs(new OfficeWorkbook({ run: fake.run, supports: fake.supports }), {
    asOf: AS_OF,
    now,
    closeMonthsOn: AS_OF,
  });
  expect(office.closedMonths.length).toBeGreaterThan(0);
  const table = fake.tables.get('Historik_borgere')!;
  expect(table.headers).toEqual([
    'Måned',
    'Borger-ID',
    'I indsats',
    'I målgruppe',
    'Parathed',
    'Del',
    'Antal',
    'Ændringer',
  ]);
  expect(table.rows.slice(0, compact.rows.length).map((r) => r.slice(0, 5))).toEqual(
    compact.rows.map((r) => r.map((v) => (v === null ? '' : v))),
  );
  const added = table.rows.slice(compact.rows.length);
  expect(added.length).toBeGreaterThan(0);
  expect(added.every((r) => r[1] === '' && r[5] === 1 && String(r[7]).length > 0)).toBe(true);
  // The fold of old and new rows is what closing everything at once gives.
  const all = await refreshOutputs(new MemoryWorkbook(inputTables()), { asOf: AS_OF, now, closeMonthsOn: AS_OF });
  expect(office.caseload.closedCitizens).toEqual(
    all.caseload.closedCitizens?.map((c) => ({ ...c, row: expect.any(Number) })),
  );
  expect(office.measurement.report.reconciliation.map((r) => r.changedSinceClose)).toEqual(
    all.measurement.report.reconciliation.map((r) => r.changedSinceClose),
  );
});
