// The demo's readiness history (issue 23): Parathed siden filled for current citizens, some Klar for long
// without a start, some Klar without a VK, and movers since the latest close. Historik_borgere's Parathed
// column belongs to the month close (another part of issue 23), so the Parathed the closes would keep is
// taken here from demoReadiness's rows at close, and the dialogue's movement is checked against it.
import { demoTables } from '../../src/demo/demoCaseload';
import { demoReadiness } from '../../src/demo/demoReadiness';
import { measure, type ClosedCitizen } from '../../src/domain';
import { caseloadMovement } from '../../src/domain/movement';
import { isoToExcelSerial } from '../../src/domain/dates';
import type { CellValue } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';

const asOf = '2026-12-02';

test('the demo has Parathed siden, long-waiting Klar citizens, Klar without VK, and movers both ways', () => {
  const tables = demoTables(asOf);
  const caseload = readCaseload(tables);
  const current = caseload.citizens.filter((c) => !c.endDate && c.readiness);
  expect(current.every((c) => c.readinessSince && c.readinessSince <= asOf && c.readinessSince >= c.startDate)).toBe(
    true,
  );
  // Parathed at the closes: the rows as demoReadiness gives them (deterministic: the same rows again).
  const b = tables.Borgere;
  const records = b.rows.map(
    (r) => Object.fromEntries(b.headers.map((h, i) => [h, r[i]])) as Record<string, CellValue>,
  );
  // Who is I gang as the demo decides it: a counted Forløb row (as written) running on the as-of date.
  const f = tables.Forløb;
  const col = (h: string) => f.headers.indexOf(h);
  const day = isoToExcelSerial(asOf);
  const counted = new Set(['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job']);
  const ongoing = new Set(
    f.rows
      .filter((r) => counted.has(String(r[col('Type')])) && (r[col('Startdato')] as number) <= day)
      .filter((r) => r[col('Slutdato')] === null || (r[col('Slutdato')] as number) >= day)
      .map((r) => String(r[col('Borger-ID')])),
  );
  const atClose = demoReadiness(records, (id) => ongoing.has(id), asOf, '2026-11-10', '2026-11-10', 2025);
  expect(records.map((r) => r['Parathed siden'])).toEqual(b.rows.map((r) => r[b.headers.indexOf('Parathed siden')]));
  const closedCitizens: ClosedCitizen[] = atClose
    .filter((r) => r['Parathed'])
    .map((r, i) => ({
      row: i + 1,
      month: '2026-10',
      citizenId: String(r['Borger-ID']),
      active: false,
      readiness: r['Parathed'] as ClosedCitizen['readiness'],
    }));
  const withClose = { ...caseload, closedCitizens };
  const { report } = measure(withClose, { asOf });
  const count = (kind: string) => report.signals.filter((s) => s.kind === kind).length;
  expect(count('readyWithoutStart')).toBeGreaterThan(5);
  expect(count('readyWithoutVk')).toBeGreaterThan(5);
  expect(count('movedBack')).toBeGreaterThan(3);
  let forward = 0;
  let back = 0;
  for (const name of Object.keys(report.byCaseworker)) {
    const ids = new Set(caseload.citizens.filter((c) => c.caseworker === name).map((c) => c.id));
    const m = caseloadMovement(withClose, name, ids, report.rule.counts, asOf)!;
    expect(m.sinceSource).toBe('dialogue');
    forward += m.forward.length;
    back += m.back.length;
  }
  expect(forward).toBeGreaterThan(5);
  expect(back).toBeGreaterThan(3);
});
