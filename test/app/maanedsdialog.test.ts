// The printable Månedsdialog sheet: a page per person (sagsbehandlere then virksomhedskonsulenter) with the
// meeting (the month, status and gaps beside next month's milestone and needed starts, last time's open
// agreements, signals, movement, lines for new agreements), then the citizen list, I gang first and apart
// from the readiness groups, Målgruppe as a short code. Portrait, one page wide, titles repeated.
import { measure, type Caseload } from '../../src/domain';
import { renderMaanedsdialog } from '../../src/workbook/render/maanedsdialog';

const citizen = (id: string, caseworker: string, extra: object = {}) => ({
  row: 0,
  id,
  caseworker,
  team: 'Nord',
  targetGroup: 'Aktivitetsparat kontanthjælp' as const,
  startDate: '2025-01-01',
  updated: '2025-01-01',
  ...extra,
});

const caseload: Caseload = {
  citizens: [
    citizen('A1', 'Anna', { readiness: 'Klar' }),
    citizen('A2', 'Anna', { readiness: 'Klar', companyConsultant: 'Vera' }),
    citizen('B1', 'Bo', { readiness: 'Tæt på' }),
  ].map((c, i) => ({ ...c, row: i + 1 })),
  placements: [
    {
      row: 1,
      citizenId: 'A1',
      type: 'Virksomhedspraktik',
      company: 'Netto',
      startDate: '2025-03-03',
      endDate: '2025-05-31',
      companyConsultant: 'Vera',
    },
  ],
  hours: [],
  settings: { ruleId: 'fsm-rate3', baseMonth: '2025-01', deadline: '2025-06' },
  agreements: [
    { row: 1, date: '2025-02-20', caseworker: 'Vera', text: 'Find praktik til A2', status: 'Åben' },
    { row: 2, date: '2025-02-20', caseworker: 'Anna', text: 'Ring til Netto', status: 'Udført' },
  ],
  issues: [],
};

describe('Månedsdialog sheet', () => {
  const m = measure(caseload, { asOf: '2025-03-15' });
  const sheet = renderMaanedsdialog(m, caseload, { computedAt: '15-03-2025 kl. 10:00' }, { month: '2025-03' });
  const rows = sheet.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
  const find = (text: string) => rows.findIndex((r) => r[0] === text || r[0].startsWith(text));

  it('has a page per sagsbehandler and per virksomhedskonsulent', () => {
    const pages = rows.filter((r) => / · (Sagsbehandler|Virksomhedskonsulent) · /.test(r[0])).map((r) => r[0]);
    expect(pages).toEqual([
      'Anna · Sagsbehandler · Nord',
      'Bo · Sagsbehandler · Nord',
      'Vera · Virksomhedskonsulent · Nord',
    ]);
    expect(sheet.print?.rowBreaksBefore).toEqual([find('Bo ·'), find('Vera ·')]);
    expect(sheet.print).toMatchObject({ landscape: false, fitToWidth: true, titleRows: [0, 1] });
  });

  it('puts I gang first with placement, company and end date, then the readiness groups', () => {
    const anna = rows.slice(find('Anna ·'), find('Bo ·'));
    const citizens = anna.filter((r) => ['I gang', 'Klar'].includes(r[0]));
    expect(citizens.map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      ['I gang', 'A1', 'Virksomhedspraktik', 'Netto'],
      ['Klar', 'A2', '', ''],
    ]);
    expect(anna.find((r) => r[0] === 'Startet')?.[2]).toBe('A1');
    expect(anna.find((r) => r[5].startsWith('Milepæl april 2025'))?.[7]).toMatch(/^\d+$/);
    expect(anna.some((r) => r[5] === 'Starter der skal til')).toBe(true);
    expect(anna.find((r) => r[0] === 'Mangler til målet')?.[3]).toMatch(/^\d+$/);
    expect(anna.find((r) => r[0] === 'Borgere i målgruppen')?.[3]).toBe('2');
  });

  it('follows the VK caseload for a virksomhedskonsulent and lists her open agreements only', () => {
    const vera = rows.slice(find('Vera ·'));
    expect(vera.filter((r) => ['I gang', 'Klar'].includes(r[0])).map((r) => r[1])).toEqual(['A1', 'A2']);
    expect(vera.some((r) => r[4] === 'Find praktik til A2' && r[10].includes('☐ udført'))).toBe(true);
    expect(rows.some((r) => r.includes('Ring til Netto'))).toBe(false);
  });

  it('renders one chosen person in a role', () => {
    const one = renderMaanedsdialog(
      m,
      caseload,
      { computedAt: 'x' },
      { month: '2025-03', caseworker: 'Vera', role: 'Virksomhedskonsulent' },
    );
    const heads = one.values
      .map((r) => String(r[0] ?? ''))
      .filter((t) => / · (Sagsbehandler|Virksomhedskonsulent) · /.test(t));
    expect(heads).toEqual(['Vera · Virksomhedskonsulent · Nord']);
  });

  it('labels the running month, codes Målgruppe with a legend, and leaves lines for new agreements', () => {
    const anna = rows.slice(find('Anna ·'), find('Bo ·'));
    expect(anna[1][0]).toBe('Måned: marts 2025 (i gang, dag 15 af 31)');
    const list = rows.slice(find('Borgerne – Anna'), find('Bo ·'));
    expect(list.filter((r) => ['I gang', 'Klar'].includes(r[0])).map((r) => r[3])).toEqual(['AKH', 'AKH']);
    expect(list.some((r) => r[0] === 'Målgr.: AKH = Aktivitetsparat kontanthjælp.')).toBe(true);
    const lines = find('Nye aftaler');
    expect(rows[lines + 1].filter(Boolean)).toEqual(['Borger-ID', 'Aftale', 'Frist', 'Ansvarlig']);
    const ruled = (sheet.formats ?? []).filter((f) => f.borderBottom && f.row > lines + 1 && f.row <= lines + 6);
    expect(ruled.map((f) => f.cols)).toEqual([11, 11, 11, 11, 11]);
    const past = renderMaanedsdialog(m, caseload, { computedAt: 'x' }, { month: '2025-02' });
    expect(past.values[4][0]).toBe('Måned: februar 2025');
  });
});
