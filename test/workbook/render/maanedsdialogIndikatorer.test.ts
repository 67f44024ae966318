// Månedsdialog's indicator rows (issue 24): each person's page lists the indicators with a level for them or
// their team, for the dialogue's month or the latest before it with figures, between the status and the
// agreements; a page without indicators is as it was.
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { readCaseload } from '../../../src/workbook/read';
import { renderMaanedsdialog } from '../../../src/workbook/render/maanedsdialog';
import { goalOf, resultOf } from '../../support/indicatorResults';

const AS_OF = '2026-11-23';
const caseload = readCaseload(demoTables(AS_OF));
const measurement = measure(caseload, { asOf: AS_OF });
const ctx = { computedAt: '23-11-2026 kl. 14:00' };
const page = (indicators: typeof measurement.report.indicators, month = '2026-10') =>
  renderMaanedsdialog({ ...measurement, report: { ...measurement.report, indicators } }, caseload, ctx, {
    month,
    caseworker: 'Mette Kristensen',
  }).values;

describe('Månedsdialog indicator rows', () => {
  const v = page(measurement.report.indicators);
  const start = v.findIndex((r) => r[0] === 'Indikatorer');
  const rows = v.slice(
    start + 1,
    v.findIndex((r, i) => i > start && r.every((c) => c === null)),
  );

  it('come after the status block and before last time’s agreements', () => {
    expect(start).toBeGreaterThan(v.findIndex((r) => r[0] === 'Status mod milepæl og mål'));
    expect(start).toBeLessThan(v.findIndex((r) => r[0] === 'Aftaler fra sidst (åbne)'));
  });

  it('list the caseworker’s own computed indicators, then her team’s, for the month', () => {
    expect(rows.map((r) => r[0])).toEqual([
      'CV-andel',
      'Forløb afsluttet inden 4 uger',
      'Konvertering til løntimer eller job',
      'Selvbooking af samtaler (Team Nord)',
      'Joblog anvendt (Team Nord)',
      'CV-andel (Team Nord)',
      'Forløb afsluttet inden 4 uger (Team Nord)',
      'Konvertering til løntimer eller job (Team Nord)',
    ]);
    const cv = measurement.report.indicators!.find(
      (r) => r.level === 'Sagsbehandler' && r.name === 'Mette Kristensen',
    )!;
    const oct = cv.months.find((m) => m.month === '2026-10')!;
    expect(rows[0][4]).toMatch(new RegExp(`^\\d+,\\d % \\(${oct.numerator} af ${oct.denominator}\\)$`));
    expect(rows[0][6]).toBe(`Mål ≥ 80 %: ${oct.passes ? 'Ja' : 'Nej'}`);
    expect(rows[0][8]).toMatch(/mangler til målet|Når målet/);
  });

  it('name the month when the dialogue’s month has no figure yet (registers report late)', () => {
    const november = page(measurement.report.indicators, '2026-11');
    const selvbooking = november.find((r) => r[0] === 'Selvbooking af samtaler (Team Nord)')!;
    expect(selvbooking[4]).toMatch(/, oktober 2026$/);
  });

  it('warn about small numbers and leave the page as it was without indicators', () => {
    const tiny = resultOf(goalOf(), '2026-10', [[3, 9]], { level: 'Sagsbehandler', name: 'Mette Kristensen' });
    const row = page([tiny]).find((r) => r[0] === 'Selvbooking af samtaler')!;
    expect(row[4]).toBe('33,3 % (3 af 9)');
    expect(row[8]).toBe('1 borger mangler til målet');
    expect(row[10]).toBe('I træk: 0 af 1 måned · få tal (n < 20)');
    expect(page([]).some((r) => r[0] === 'Indikatorer')).toBe(false);
    expect(page([])).toEqual(page(undefined));
  });
});
