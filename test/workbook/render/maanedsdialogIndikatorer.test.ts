// Månedsdialog's indicators (issue 24): beside the status block, in its empty right-hand columns, each indicator
// with a level for the person or their team once (own level, else the team's), two lines each, for the
// dialogue's month or the latest before it with figures (its month named); no row added to the page, and the
// page is as it was without indicators.
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { formatShortMonth } from '../../../src/text/format';
import { readCaseload } from '../../../src/workbook/read';
import { renderMaanedsdialog } from '../../../src/workbook/render/maanedsdialog';
import { INDICATOR_COL } from '../../../src/workbook/render/maanedsdialogIndikatorer';
import { goalOf, resultOf } from '../../support/indicatorResults';

const AS_OF = '2026-11-23';
const caseload = readCaseload(demoTables(AS_OF));
const measurement = measure(caseload, { asOf: AS_OF });
const ctx = { computedAt: '23-11-2026 kl. 14:00' };
const page = (indicators: typeof measurement.report.indicators, month = '2026-10', caseworker = 'Mette Kristensen') =>
  renderMaanedsdialog({ ...measurement, report: { ...measurement.report, indicators } }, caseload, ctx, {
    month,
    caseworker,
  }).values;
const C = INDICATOR_COL;
const beside = (v: ReturnType<typeof page>) => {
  const status = v.findIndex((r) => r[0] === 'Status mod milepæl og mål');
  const agreements = v.findIndex((r) => r[0] === 'Aftaler fra sidst (åbne)');
  return v.slice(status, agreements).map((r) => r[C] ?? null);
};

describe('Månedsdialog indicators', () => {
  const v = page(measurement.report.indicators);
  const plain = page([]);

  it('add no row to the page and leave every other cell as it was', () => {
    expect(v).toHaveLength(plain.length);
    v.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (c !== C) expect([r, c, cell]).toEqual([r, c, plain[r][c] ?? null]);
      }),
    );
    expect(page(undefined)).toEqual(plain);
    expect(plain.every((r) => (r[C] ?? null) === null || !String(r[C]).startsWith('Indikatorer'))).toBe(true);
  });

  it('stand beside the status block, own levels first, then the team’s, the rest counted', () => {
    const cells = beside(v);
    expect(cells[0]).toBe('Indikatorer');
    const cv = measurement.report.indicators!.find(
      (r) => r.level === 'Sagsbehandler' && r.name === 'Mette Kristensen',
    )!;
    const oct = cv.months.find((m) => m.month === '2026-10')!;
    // The status block has ten rows: the label, four indicators of two lines, and a count of the rest.
    expect(cells).toHaveLength(10);
    expect(cells[1]).toBe('CV-andel');
    expect(cells[2]).toMatch(
      new RegExp(`^\\d+,\\d % \\(${oct.numerator} af ${oct.denominator}\\) · ≥ 80 %: ${oct.passes ? 'Ja' : 'Nej'}`),
    );
    expect(cells[3]).toBe('Forløb afsluttet inden 4 uger');
    expect(cells[4]).toMatch(/ · ≤ 25 %: (Ja|Nej)/);
    // Konvertering is known only once three months have passed: its latest known month is named.
    const conversion = measurement.report.indicators!.find(
      (r) => r.goal.id === 'konvertering' && r.level === 'Sagsbehandler' && r.name === 'Mette Kristensen',
    )!;
    const known = conversion.months.filter((m) => m.month <= '2026-10' && !m.notYetKnown && m.denominator > 0);
    expect(known.at(-1)!.month < '2026-10').toBe(true);
    expect(cells[5]).toBe(`Konvertering til løntimer eller job · ${formatShortMonth(known.at(-1)!.month)}`);
    expect(cells[7]).toBe('Selvbooking af samtaler (Team Nord)');
    expect(cells[8]).toMatch(/^\d+,\d % \(\d+ af \d+\) · ≥ 40 %: (Ja|Nej)( · \d+ mangler| · når målet)$/);
    expect(cells[9]).toBe('+ 1 indikator i Mål og milepæle');
  });

  it('name the month when the dialogue’s month has no figure yet (registers report late)', () => {
    const november = beside(page(measurement.report.indicators, '2026-11'));
    expect(november).toContain('Selvbooking af samtaler (Team Nord) · okt. 26');
  });

  it('say the gap in people, the small-number warning, and "no figures yet"', () => {
    const who = { level: 'Sagsbehandler' as const, name: 'Mette Kristensen' };
    const tiny = resultOf(goalOf(), '2026-10', [[3, 9]], who);
    const limit = resultOf(
      goalOf({ id: 'k', indicator: 'Korte', direction: 'atMost', target: 10 }),
      '2026-10',
      [[9, 50]],
      who,
    );
    const none = resultOf(goalOf({ id: 'n', indicator: 'Ingen' }), '2026-10', [[0, 0]], who);
    const cells = beside(page([tiny, limit, none]));
    expect(cells.slice(0, 7)).toEqual([
      'Indikatorer',
      'Selvbooking af samtaler',
      '33,3 % (3 af 9) · ≥ 40 %: Nej · 1 mangler · få tal',
      'Korte',
      '18,0 % (9 af 50) · ≤ 10 %: Nej · 4 for mange',
      'Ingen',
      'Ingen tal endnu · mål ≥ 40 %',
    ]);
    expect(cells.slice(7).every((c) => c === null)).toBe(true);
  });

  it('keep every line short enough for the two columns it runs over', () => {
    for (const name of Object.keys(measurement.report.byCaseworker))
      for (const cell of beside(page(measurement.report.indicators, '2026-10', name)))
        if (cell !== null) expect(String(cell).length).toBeLessThanOrEqual(54);
  });
});
