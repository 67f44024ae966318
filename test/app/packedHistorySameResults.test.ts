// Issue 28: the packed Historik_borgere gives the same reconciliation (Afstemning), readiness signals
// (movedBack and the rest) and "Siden sidste dialog" as the same closes kept in the v2 form (one row per
// citizen in the gross group per closed month) and in the compact form (a row per change), on the demo and
// on a generated caseload closed with moved Parathed.
import { refreshOutputs } from '../../src/app/refresh';
import { demoTables } from '../../src/demo/demoCaseload';
import { changesOfFold } from '../../src/domain/closedHistory';
import type { Caseload, ClosedCitizen } from '../../src/domain/model';
import { caseloadMovement } from '../../src/domain/movement';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { caseloadToTables } from '../../src/workbook/toTables';
import { generateCaseload } from '../support/synthetic';

jest.setTimeout(120000);

const yesNo = (b: boolean) => (b ? 'Ja' : 'Nej');
const v2Form = (full: readonly ClosedCitizen[]): RawTable => ({
  name: 'Historik_borgere',
  headers: ['Måned', 'Borger-ID', 'I indsats', 'Parathed'],
  rows: full.map((c) => [c.month, c.citizenId, yesNo(c.active), c.readiness ?? null]),
});
const compactForm = (caseload: Caseload): RawTable => ({
  name: 'Historik_borgere',
  headers: ['Måned', 'Borger-ID', 'I indsats', 'I målgruppe', 'Parathed'],
  rows: changesOfFold(caseload.closedRows ?? []).map((c) => [
    c.month,
    c.citizenId,
    yesNo(c.active),
    yesNo(c.inGroup),
    c.readiness ?? null,
  ]),
});

/** What the closes feed: reconciliation, the signals, and each caseworker's movement since the close. */
async function results(tables: Record<string, RawTable | null>, asOf: string) {
  const { measurement, caseload } = await refreshOutputs(new MemoryWorkbook(tables), { asOf, now: new Date(asOf) });
  const { report } = measurement;
  const people = [...new Set(caseload.citizens.map((c) => c.caseworker))].sort();
  const movement = people.map((p) => {
    const ids = new Set(caseload.citizens.filter((c) => c.caseworker === p).map((c) => c.id));
    return caseloadMovement(caseload, p, ids, report.rule.counts, report.asOf);
  });
  return { reconciliation: report.reconciliation, signals: report.signals, movement, caseload };
}

async function sameInEveryForm(packed: Record<string, RawTable>, asOf: string) {
  const fromPacked = await results(packed, asOf);
  expect(packed.Historik_borgere.headers).toEqual(['Måned', 'Del', 'Antal', 'Ændringer']);
  const full = fromPacked.caseload.closedCitizens ?? [];
  expect(full.length).toBeGreaterThan(0);
  for (const older of [v2Form(full), compactForm(fromPacked.caseload)]) {
    const other = await results({ ...packed, Historik_borgere: older }, asOf);
    expect(other.reconciliation).toEqual(fromPacked.reconciliation);
    expect(other.signals).toEqual(fromPacked.signals);
    expect(other.movement).toEqual(fromPacked.movement);
  }
  return fromPacked;
}

test('the demo: the same reconciliation, signals and movement from the packed and the older forms', async () => {
  const r = await sameInEveryForm(demoTables('2025-06-15'), '2025-06-15');
  expect(r.signals.some((s) => s.kind === 'movedBack')).toBe(true);
  expect(r.movement.some((m) => m && m.back.length + m.forward.length > 0)).toBe(true);
});

test('a generated caseload closed with a Parathed since moved: the same in every form', async () => {
  const caseload = generateCaseload({
    citizens: 400,
    placements: 2500,
    hoursRows: 3000,
    months: 12,
    startMonth: '2024-01',
    teams: 2,
    caseworkersPerTeam: 3,
    seed: 7,
  });
  const tables = caseloadToTables(caseload);
  const mem = new MemoryWorkbook(tables);
  await refreshOutputs(mem, { asOf: '2024-12-20', now: new Date('2024-12-20'), closeMonthsOn: '2024-12-20' });
  // Parathed moves after the closes: every 5th citizen with one is now Længere fra (back), every 7th Klar.
  const closed = await mem.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger', 'Historik', 'Historik_borgere']);
  const borgere = closed.Borgere!;
  const at = borgere.headers.indexOf('Parathed');
  borgere.rows.forEach((r, i) => {
    if (r[at] && i % 5 === 0) r[at] = 'Længere fra';
    else if (r[at] && i % 7 === 0) r[at] = 'Klar';
  });
  const r = await sameInEveryForm(closed as Record<string, RawTable>, '2024-12-20');
  expect(r.signals.some((s) => s.kind === 'movedBack')).toBe(true);
});
