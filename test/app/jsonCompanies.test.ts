// byCompany leaves the workbook in the JSON report (issue 23): person counts of 1 or 2 are null with
// `suppressed`, a lone hidden end reason gets a second one hidden beside it, no Borger-ID or Forløb row goes
// along; and the reader says whether Forløb has the company columns (a workbook without them reads as before).
import fc from 'fast-check';
import { toJsonReport } from '../../src/app/jsonReport';
import { jsonCompany } from '../../src/app/jsonCompanies';
import { measure, type Caseload, type Placement } from '../../src/domain';
import type { CompanyStats } from '../../src/domain/companies';
import { readCaseload } from '../../src/workbook/read';
import { BORGERE, FORLØB, TIMER } from '../../src/workbook/contract';

const stats = (extra: Partial<CompanyStats>): CompanyStats => ({
  key: 'cvr:12345678',
  cvr: '12345678',
  name: 'Netto',
  names: ['Netto'],
  consultants: ['Vera'],
  ongoing: 0,
  starts: 0,
  ends: 0,
  endsByReason: {
    'Ordinære timer eller job': 0,
    'Virksomheden vil ikke lønne': 0,
    Helbred: 0,
    Udeblevet: 0,
    Andet: 0,
    'Ikke angivet': 0,
  },
  converted: 0,
  placementRows: [4, 7],
  convertedRows: [7],
  ...extra,
});

describe('JSON byCompany', () => {
  it('suppresses 1 and 2, keeps 0 and 3, and carries no Forløb rows', () => {
    const j = jsonCompany(stats({ ongoing: 1, starts: 2, ends: 3, converted: 0 }));
    expect([j.ongoing, j.starts, j.ends, j.converted, j.suppressed]).toEqual([null, null, 3, 0, true]);
    expect(Object.keys(j)).not.toContain('placementRows');
    expect(Object.keys(j)).not.toContain('convertedRows');
    expect(jsonCompany(stats({ ongoing: 3 })).suppressed).toBe(false);
  });

  it('hides a second end reason when only one is hidden, so it cannot be had from ends by subtraction', () => {
    const base = stats({}).endsByReason;
    const j = jsonCompany(stats({ ends: 9, endsByReason: { ...base, Helbred: 1, Andet: 5, 'Ikke angivet': 3 } }));
    expect(j.endsByReason).toMatchObject({ Helbred: null, 'Ikke angivet': null, Andet: 5, Udeblevet: 0 });
    // Two hidden already: nothing more to hide.
    const k = jsonCompany(stats({ ends: 9, endsByReason: { ...base, Helbred: 1, Udeblevet: 2, Andet: 6 } }));
    expect(k.endsByReason).toMatchObject({ Helbred: null, Udeblevet: null, Andet: 6 });
  });

  it('is in the report with no Borger-ID anywhere in it', () => {
    const placements: Placement[] = ['SECRET1', 'SECRET2', 'SECRET3', 'SECRET4'].map((id, i) => ({
      row: i + 1,
      citizenId: id,
      type: 'Virksomhedspraktik',
      company: i < 3 ? 'Netto' : 'Bageriet',
      cvr: i < 3 ? '12345678' : undefined,
      startDate: '2025-02-01',
    }));
    const caseload: Caseload = {
      citizens: placements.map((p, i) => ({
        row: i + 1,
        id: p.citizenId,
        targetGroup: 'Andet',
        team: 'Nord',
        caseworker: 'Anne',
        startDate: '2025-01-01',
        updated: '2025-06-01',
      })),
      placements,
      hours: [],
      settings: {},
      issues: [],
    };
    const json = toJsonReport(measure(caseload, { asOf: '2025-06-15' }).report, () => '');
    expect(json.byCompany.map((c) => [c.name, c.cvr, c.ongoing, c.starts, c.suppressed])).toEqual([
      ['Netto', '12345678', 3, 3, false],
      ['Bageriet', null, null, null, true],
    ]);
    expect(JSON.stringify(json.byCompany)).not.toMatch(/SECRET/);
  });
});

describe('reading the company columns', () => {
  const headers = (def: typeof FORLØB, drop: string[]) =>
    def.columns.map((c) => c.header).filter((h) => !drop.includes(h));
  const tables = (forløbHeaders: string[], row: (string | number | null)[]) => ({
    Borgere: {
      name: 'Borgere',
      headers: BORGERE.columns.map((c) => c.header),
      rows: [['B1', null, 'Andet', 'Nord', 'Anne', null, '2025-01-01', null, null, null, null, null, null, null, null]],
    },
    Forløb: { name: 'Forløb', headers: forløbHeaders, rows: [row] },
    Timer: { name: 'Timer', headers: TIMER.columns.map((c) => c.header), rows: [] },
  });

  it('reads a workbook without them as before: no flag, no new fields', () => {
    const h = headers(FORLØB, ['Mål for forløbet', 'Skriftlig aftale']);
    const c = readCaseload(
      tables(h, ['B1', 'Virksomhedspraktik', 'Netto', null, '2025-02-01', null, null, null, null, null, null]),
    );
    expect(c.placementAgreementColumns).toBeUndefined();
    expect(Object.keys(c.placements[0]).sort()).toEqual(['citizenId', 'company', 'row', 'startDate', 'type']);
  });

  it('reads Mål for forløbet as text and Skriftlig aftale as Ja/Nej, and flags that the columns exist', () => {
    const only = headers(FORLØB, ['Mål for forløbet']);
    const c = readCaseload(
      tables(only, ['B1', 'Løntilskud', null, null, '2025-02-01', null, null, null, null, null, null, 'nej']),
    );
    expect(c.placementAgreementColumns).toBe(true);
    expect(c.placements[0].writtenAgreement).toBe(false);
    const all = headers(FORLØB, []);
    const d = readCaseload(
      tables(all, [
        'B1',
        'Løntilskud',
        null,
        null,
        '2025-02-01',
        null,
        null,
        null,
        null,
        null,
        null,
        ' Løntimer efter 8 uger ',
        'Ja',
      ]),
    );
    expect(d.placements[0]).toMatchObject({ goalText: 'Løntimer efter 8 uger', writtenAgreement: true });
    const bad = readCaseload(
      tables(all, ['B1', 'Løntilskud', null, null, '2025-02-01', null, null, null, null, null, null, null, 'måske']),
    );
    expect(bad.issues.map((i) => [i.table, i.row, i.column, i.code])).toEqual([
      ['Forløb', 1, 'Skriftlig aftale', 'notYesNo'],
    ]);
    expect(bad.placements).toHaveLength(1);
  });
});

describe('JSON byCompany property', () => {
  it('never shows a 1 or a 2, keeps every other count, and leaves no single hidden end reason', () => {
    const n = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(fc.tuple(n, n, n, n, n, n), n, n, (reasons, ongoing, starts) => {
        const keys = Object.keys(stats({}).endsByReason) as (keyof CompanyStats['endsByReason'])[];
        const endsByReason = Object.fromEntries(keys.map((k, i) => [k, reasons[i]])) as CompanyStats['endsByReason'];
        const ends = reasons.reduce((a, b) => a + b, 0);
        const j = jsonCompany(stats({ ongoing, starts, ends, endsByReason, converted: Math.min(ends, 2) }));
        const shown = [j.ongoing, j.starts, j.ends, j.converted, ...Object.values(j.endsByReason)];
        expect(shown.filter((v) => v === 1 || v === 2)).toEqual([]);
        if (ongoing >= 3 || ongoing === 0) expect(j.ongoing).toBe(ongoing);
        const hidden = Object.values(j.endsByReason).filter((v) => v === null).length;
        // With the ends shown, a lone hidden reason could be had by subtraction: never exactly one hidden.
        if (j.ends !== null) expect(hidden).not.toBe(1);
      }),
    );
  });
});
