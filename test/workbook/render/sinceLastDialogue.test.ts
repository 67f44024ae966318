// The printed Månedsdialog's "Siden sidste dialog" block (issue 23): since the previous dialogue with the
// person (Aftaler) or else the latest close, moved forward / back with the earlier and the new Parathed,
// started and ended with the Forløb type; empty lists are left out; without a close that kept Parathed the
// block says so; without a dialogue or close it says there is nothing to measure from.
import { measure, type Caseload, type Citizen } from '../../../src/domain';
import { renderMaanedsdialog } from '../../../src/workbook/render/maanedsdialog';

const asOf = '2025-06-15';
const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  caseworker: 'Anna',
  team: 'Nord',
  targetGroup: 'Aktivitetsparat kontanthjælp',
  startDate: '2025-01-01',
  updated: asOf,
  ...extra,
});

function sheetRows(caseload: Caseload): string[][] {
  const m = measure(caseload, { asOf });
  const sheet = renderMaanedsdialog(m, caseload, { computedAt: '15-06-2025 kl. 10:00' }, { month: '2025-06' });
  return sheet.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

/** The block: its heading row and the rows after it up to the blank row. */
function block(rows: string[][]): string[][] {
  const at = rows.findIndex((r) => r[0].startsWith('Siden sidste dialog'));
  const end = rows.findIndex((r, i) => i > at && r.every((v) => v === ''));
  return rows.slice(at, end);
}

const base: Caseload = {
  citizens: [
    citizen(1, 'A1', { readiness: 'Klar', readinessSince: '2025-06-02' }),
    citizen(2, 'A2', { readiness: 'Længere fra', readinessSince: '2025-06-03' }),
    citizen(3, 'A3', { readiness: 'Tæt på', readinessSince: '2025-01-10' }),
  ],
  placements: [{ row: 1, citizenId: 'A3', type: 'Løntilskud', startDate: '2025-06-01' }],
  hours: [],
  settings: { ruleId: 'fsm-rate3' },
  agreements: [{ row: 1, date: '2025-05-12', caseworker: 'Anna', text: 'Ring', status: 'Udført' }],
  closedCitizens: [
    { row: 1, month: '2025-04', citizenId: 'A1', active: false, readiness: 'Tæt på' },
    { row: 2, month: '2025-04', citizenId: 'A2', active: false, readiness: 'Klar' },
    { row: 3, month: '2025-04', citizenId: 'A3', active: false, readiness: 'Tæt på' },
  ],
  issues: [],
};

test('since the previous dialogue: moved forward, moved back and started, each with what changed', () => {
  const b = block(sheetRows(base));
  expect(b[0][0]).toBe('Siden sidste dialog (dialogen 12-05-2025)');
  expect(b.slice(1).map((r) => [r[0], r[2]])).toEqual([
    ['Rykket frem', 'A1 (Tæt på → Klar)'],
    ['Rykket tilbage', 'A2 (Klar → Længere fra)'],
    ['Startet', 'A3 (Løntilskud)'],
  ]);
});

test('else since the latest close; without Parathed at a close, the block says moves cannot be seen', () => {
  const b = block(
    sheetRows({ ...base, agreements: [], closedCitizens: base.closedCitizens!.map(({ readiness: _r, ...c }) => c) }),
  );
  expect(b[0][0]).toBe('Siden sidste dialog (lukningen 30-04-2025)');
  expect(b.slice(1).map((r) => r[2])).toEqual([
    'A3 (Løntilskud)',
    'Parathed ved lukning kendes ikke: frem og tilbage kan ikke ses.',
  ]);
});

test('without a dialogue or a close there is nothing to measure from', () => {
  const b = block(sheetRows({ ...base, agreements: [], closedCitizens: [] }));
  expect(b.map((r) => r[0] || r[2])).toEqual([
    'Siden sidste dialog',
    'Ingen tidligere dialog eller lukket måned at måle fra.',
  ]);
});
