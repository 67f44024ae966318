// The Virksomheder sheet (issue 23) from a small measured caseload: a note with the window's dates, one row
// per company with unsuppressed counts (the sheet stays in the workbook), other spellings beside the name,
// the ends by reason, and a sentence instead of an empty table.
import { measure, type Caseload, type Placement } from '../../../src/domain';
import { COMPANY_HEADERS, renderVirksomheder } from '../../../src/workbook/render/virksomheder';

const ctx = { computedAt: '15-06-2025 kl. 10:00' };
const placement = (row: number, citizenId: string, extra: Partial<Placement>): Placement => ({
  row,
  citizenId,
  type: 'Virksomhedspraktik',
  startDate: '2025-03-01',
  ...extra,
});
const caseload = (placements: Placement[]): Caseload => ({
  citizens: ['A', 'B'].map((id, i) => ({
    row: i + 1,
    id,
    targetGroup: 'Andet',
    team: 'Nord',
    caseworker: 'Anne',
    startDate: '2024-01-01',
  })),
  placements,
  hours: [],
  settings: {},
  issues: [],
});
const col = (h: string) => COMPANY_HEADERS.indexOf(h);

test('one row per company with its figures, counts of 1 shown as they are', () => {
  const { report } = measure(
    caseload([
      placement(1, 'A', { company: 'Netto', cvr: '12345678', companyConsultant: 'Vera' }),
      placement(2, 'B', { company: 'NETTO', cvr: '12345678', endDate: '2025-05-31', endReason: 'Helbred' }),
      placement(3, 'A', { company: 'Netto', cvr: '12345678' }),
    ]),
    { asOf: '2025-06-15' },
  );
  const sheet = renderVirksomheder(report, ctx);
  expect(sheet.name).toBe('Virksomheder');
  const header = sheet.values.findIndex((r) => r[0] === 'Virksomhed');
  const note = sheet.values
    .slice(0, header)
    .map((r) => r[0] ?? '')
    .join(' ');
  expect(note).toContain('01-07-2024 til 15-06-2025');
  expect(sheet.values[header]).toEqual(COMPANY_HEADERS);
  const row = sheet.values[header + 1];
  expect(row[col('Virksomhed')]).toBe('Netto (også: NETTO)');
  expect([row[col('CVR')], row[col('Igangværende')], row[col('Startet')], row[col('Afsluttet')]]).toEqual([
    '12345678',
    2,
    3,
    1,
  ]);
  expect(row[col('Afsluttet: Helbred')]).toBe(1);
  expect(row[col('Fulgt af løntimer/job inden 3 mdr.')]).toBe(0);
  expect(row[col('Virksomhedskonsulenter')]).toBe('Vera');
  expect(sheet.values[header + 2]).toBeUndefined();
});

test('says so when there are no companies', () => {
  const { report } = measure(caseload([placement(1, 'A', { type: 'Job', company: 'Netto' })]), { asOf: '2025-06-15' });
  const sheet = renderVirksomheder(report, ctx);
  const header = sheet.values.findIndex((r) => r[0] === 'Virksomhed');
  expect(sheet.values[header + 1][0]).toMatch(/^Ingen virksomhedspraktik eller løntilskud/);
});
