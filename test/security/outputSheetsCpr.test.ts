// Issue 27: no output sheet ever holds a CPR number. The reader refuses CPR-shaped input cells, so this
// builds a caseload directly (as a future reader or import path might, bypassing the cell parser) with a
// CPR number in free text, renders every output sheet and checks each cell with the one detector.
import { measure } from '../../src/domain';
import type { Caseload } from '../../src/domain/model';
import { containsCpr, CPR_MARKER } from '../../src/security/cpr';
import { renderAll } from '../../src/workbook/render';

const CPR = '150190\u20131234'; // an en dash, one of the spellings that once passed

function caseload(): Caseload {
  return {
    citizens: [
      {
        row: 1,
        id: 'B1',
        name: `CPR: ${CPR}`,
        targetGroup: 'Andet',
        team: 'Nord',
        caseworker: 'Sara',
        startDate: '2025-01-01',
        nextStep: `Ring om 15.01.90-1234`,
      },
      { row: 2, id: 'B2', targetGroup: 'Andet', team: 'Nord', caseworker: 'Sara', startDate: '2025-01-01' },
    ],
    placements: [
      { row: 1, citizenId: 'B1', type: 'Virksomhedspraktik', startDate: '2025-02-01', note: '1501 90 1234' },
    ],
    hours: [],
    settings: {},
    issues: [],
  } as Caseload;
}

test('every CPR-looking cell is replaced by the marker and listed on Datakvalitet, on every sheet', () => {
  const c = caseload();
  const models = renderAll(measure(c, { asOf: '2025-03-31' }), c, {
    computedAt: '31-03-2025 kl. 10:00',
    dialogMonth: '2025-03',
  });
  const cells = models.flatMap((m) => m.values.flat().map((v) => ({ sheet: m.name, v })));
  expect(cells.filter(({ v }) => typeof v === 'string' && containsCpr(v))).toEqual([]);
  const marked = cells.filter(({ v }) => v === CPR_MARKER);
  expect(marked.length).toBeGreaterThan(0);
  // Each hidden cell is a row on Datakvalitet naming its sheet.
  const quality = models.find((m) => m.name === 'Datakvalitet')!.values;
  const listed = quality.filter((r) => typeof r[4] === 'string' && /ligner et CPR-nummer/.test(r[4] as string));
  expect(listed).toHaveLength(marked.filter(({ sheet }) => sheet !== 'Datakvalitet').length);
  expect(listed.map((r) => r[0])).toContain('Månedsdialog');
});

test('ordinary text (Borger-IDs, dates, case numbers) is written as it is', () => {
  const c = caseload();
  c.citizens[0].name = 'AB';
  c.citizens[0].nextStep = 'SAG-2024-001234 opfølgning 01-03-2025';
  c.placements[0].note = undefined;
  const models = renderAll(measure(c, { asOf: '2025-03-31' }), c, {
    computedAt: '31-03-2025 kl. 10:00',
    dialogMonth: '2025-03',
  });
  const values = models.flatMap((m) => m.values.flat());
  expect(values).not.toContain(CPR_MARKER);
  expect(values).toContain('SAG-2024-001234 opfølgning 01-03-2025');
});
