// Issue 28 through the port: a month close writes Historik_borgere's packed form (per month a row whose
// Ændringer lists the citizens whose state changed since the previous close, with Parathed), a v2 workbook
// in the old form (one row per citizen in the gross group per month) reads the same facts, and a close on
// it appends packed rows that fold on top.
import { refreshOutputs } from '../../src/app/refresh';
import type { Caseload } from '../../src/domain/model';
import { HISTORIK_BORGERE } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { workedExampleTables } from './workedExample';

const now = new Date('2025-04-10T10:30:00Z');
const asOf = '2025-03-31';

const facts = (c: Caseload) =>
  (c.closedCitizens ?? []).map((x) => `${x.month} ${x.citizenId} ${x.active} ${x.readiness ?? '-'}`);

async function closedWorkbook(closeOn: string) {
  const wb = new MemoryWorkbook(workedExampleTables());
  const result = await refreshOutputs(wb, { asOf, now, closeMonthsOn: closeOn });
  return { wb, result };
}

test('a close writes only the changes since the previous close, with Parathed, packed', async () => {
  const { wb, result } = await closedWorkbook('2025-03-31');
  const table = (await wb.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  expect(table.headers).toEqual(['Måned', 'Del', 'Antal', 'Ændringer']);
  // January: all five enter; February: nobody changed (D leaves on 14 February, so is still in), no rows.
  expect(table.rows).toEqual([['2025-01', 1, 5, 'JKA;NTB;N-C;J-D;NLE']]);
  // The domain still reads every closed month whole.
  expect(facts(result.caseload).filter((f) => f.startsWith('2025-02'))).toEqual([
    '2025-02 A true Klar',
    '2025-02 B false Tæt på',
    '2025-02 C false -',
    '2025-02 D true -',
    '2025-02 E false Længere fra',
  ]);
  // On 10 April March closes: A's praktik ended, C has hours, D moved away.
  await refreshOutputs(wb, { asOf, now, closeMonthsOn: '2025-04-10' });
  const after = (await wb.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  expect(after.rows.slice(1)).toEqual([['2025-03', 1, 3, 'NKA;J-C;U-D']]);
  expect(after.rows.slice(0, 1)).toEqual(table.rows);
});

/** The same workbook with Historik_borgere in the v2 form: one row per citizen in the gross group per month. */
function inV2Form(tables: Record<string, RawTable | null>, caseload: Caseload): Record<string, RawTable | null> {
  return {
    ...tables,
    Historik_borgere: {
      name: HISTORIK_BORGERE.name,
      headers: ['Måned', 'Borger-ID', 'I indsats'],
      rows: (caseload.closedCitizens ?? []).map((c) => [c.month, c.citizenId, c.active ? 'Ja' : 'Nej']),
    },
  };
}

test('a v2 workbook in the old form reads the same reconciliation, and a close on it folds on top', async () => {
  const { wb, result } = await closedWorkbook('2025-03-31');
  const names = ['Borgere', 'Forløb', 'Timer', 'Indstillinger', 'Historik', 'Historik_borgere'];
  const old = new MemoryWorkbook(inV2Form(await wb.readTables(names), result.caseload));
  const read = await refreshOutputs(old, { asOf, now });
  expect(read.measurement.report.reconciliation).toEqual(result.measurement.report.reconciliation);
  // Without Parathed: the v2 form did not keep it.
  expect(facts(read.caseload)).toEqual(
    facts(result.caseload).map((f) => f.replace(/ (Klar|Tæt på|Længere fra)$/, ' -')),
  );

  // March closes on both; the old-form workbook gets the packed columns and a packed row after its own rows.
  const compact = await refreshOutputs(wb, { asOf, now, closeMonthsOn: '2025-04-10' });
  const onOld = await refreshOutputs(old, { asOf, now, closeMonthsOn: '2025-04-10' });
  const table = (await old.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  expect(table.headers).toEqual(['Måned', 'Borger-ID', 'I indsats', 'Del', 'Antal', 'Ændringer']);
  expect(table.rows.slice(0, 10).every((r) => r[3] === null && r[5] === null)).toBe(true);
  expect(table.rows.slice(10)).toEqual([['2025-03', null, null, 1, 5, 'NKA;NTB;J-C;U-D;NLE']]);
  expect(onOld.measurement.report.reconciliation).toEqual(compact.measurement.report.reconciliation);
  expect(facts(onOld.caseload).filter((f) => f.startsWith('2025-03'))).toEqual([
    '2025-03 A false Klar',
    '2025-03 B false Tæt på',
    '2025-03 C true -',
    '2025-03 E false Længere fra',
  ]);
});
