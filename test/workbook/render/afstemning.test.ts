// The Afstemning sheet from the measured demo (STAR's figures for four months): a note that explains the
// columns, one row per month with STAR, at close and now side by side, and the signed difference.
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { formatDanishMonth } from '../../../src/domain/dates';
import { readCaseload } from '../../../src/workbook/read';
import { RECONCILIATION_HEADERS, renderAfstemning } from '../../../src/workbook/render/afstemning';

const AS_OF = '2026-11-23';
const { report } = measure(readCaseload(demoTables(AS_OF)), { asOf: AS_OF });
const sheet = renderAfstemning(report, { computedAt: '23-11-2026 kl. 14:00' });
const header = sheet.values.findIndex((r) => r[0] === 'Måned');
const col = (name: string) => RECONCILIATION_HEADERS.indexOf(name);

test('explains every column in a note above the table', () => {
  const note = sheet.values
    .slice(0, header)
    .map((r) => r[0] ?? '')
    .join(' ');
  for (const term of ['STAR:', 'Ved lukning:', 'Nu:', 'Forskel nu − STAR:', 'Ændret siden lukning:'])
    expect(note).toContain(term);
});

test('puts STAR, at close and now side by side per month, with now minus STAR', () => {
  expect(report.reconciliation.length).toBeGreaterThan(0);
  report.reconciliation.forEach((m, i) => {
    const r = sheet.values[header + 1 + i];
    expect(r[0]).toBe(formatDanishMonth(m.month));
    expect([r[col('STAR brutto')], r[col('STAR i indsats')]]).toEqual([m.star?.gross ?? null, m.star?.active ?? null]);
    expect([r[col('Nu brutto')], r[col('Nu i indsats')]]).toEqual([m.now?.gross ?? null, m.now?.active ?? null]);
    expect(r[col('Forskel nu − STAR')]).toBe(m.star && m.now ? m.now.active - m.star.active : null);
  });
  // The difference carries its sign; counts carry thousands separators.
  const formatOf = (c: number) =>
    sheet.formats!.find((f) => f.row === header + 1 && f.col <= c && c < f.col + (f.cols ?? 1) && f.numberFormat)
      ?.numberFormat;
  expect(formatOf(col('Forskel nu − STAR'))).toBe('+0;-0;0');
  expect(formatOf(col('STAR brutto'))).toBe('#,##0');
});

test('gives every header room on one line', () => {
  sheet.values[header].forEach((h, c) => expect(sheet.columnWidths![c]).toBeGreaterThanOrEqual(String(h).length + 1));
});
