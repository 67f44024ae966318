// The company side (issue 23): the company key (CVR, else the folded name, joining the one CVR its name
// has), the 12-month window at its edges, ends by Afslutningsårsag, conversion within three months at its
// boundaries, and placementWithoutAgreement (only with the columns, only Virksomhedspraktik/Løntilskud).
import fc from 'fast-check';
import { measure, type Caseload, type Citizen, type HoursEntry, type Placement } from '../../../src/domain';
import { companyKeys, companyOverview, companyWindow, isConversion, WorkMonths } from '../../../src/domain/companies';
import { validateCaseload } from '../../../src/domain/validate';

const citizen = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2024-01-01',
  ...extra,
});
let nextRow = 1;
const placement = (citizenId: string, extra: Partial<Placement>): Placement => ({
  row: nextRow++,
  citizenId,
  type: 'Virksomhedspraktik',
  startDate: '2025-03-01',
  ...extra,
});
const caseload = (placements: Placement[], hours: HoursEntry[] = [], extra: Partial<Caseload> = {}): Caseload => ({
  citizens: ['A', 'B', 'C', 'D'].map((id, i) => citizen(i + 1, id)),
  placements,
  hours,
  settings: {},
  issues: [],
  ...extra,
});
const overview = (c: Caseload, asOf: string) => companyOverview(validateCaseload(c), asOf);

describe('company key', () => {
  it('is the CVR when given, else the name folded like Borger-IDs (case, spaces)', () => {
    const keys = companyKeys([
      placement('A', { company: 'Netto', cvr: '12345678' }),
      placement('A', { company: 'Bageriet  Nord ' }),
      placement('A', { company: 'bageriet nord' }),
      placement('A', { company: 'Helt Andet', cvr: '87654321' }),
      placement('A', {}),
      placement('A', { type: 'Job', company: 'Netto' }),
    ]);
    expect(keys).toEqual(['cvr:12345678', 'navn:bageriet nord', 'navn:bageriet nord', 'cvr:87654321', null, null]);
  });

  it('joins a row without CVR to the one CVR its folded name has, but not when the name has two', () => {
    const keys = companyKeys([
      placement('A', { company: 'Netto', cvr: '12345678' }),
      placement('B', { company: 'NETTO' }),
      placement('A', { company: 'Føtex', cvr: '11111111' }),
      placement('A', { company: 'Føtex', cvr: '22222222' }),
      placement('C', { company: 'føtex' }),
    ]);
    expect(keys).toEqual(['cvr:12345678', 'cvr:12345678', 'cvr:11111111', 'cvr:22222222', 'navn:føtex']);
  });
});

describe('company overview', () => {
  it('counts ongoing on the as-of date and starts/ends in the 12 calendar months ending with the as-of month', () => {
    expect(companyWindow('2025-06-15')).toEqual({ from: '2024-07-01', to: '2025-06-15' });
    const rows = [
      placement('A', { company: 'Netto', startDate: '2024-07-01', endDate: '2024-07-01' }), // start+end on first day
      placement('B', { company: 'Netto', startDate: '2024-05-01', endDate: '2024-06-30' }), // ends the day before
      placement('C', { company: 'Netto', startDate: '2025-06-15' }), // starts on as-of: ongoing and a start
      placement('D', { company: 'Netto', startDate: '2025-06-16' }), // after as-of: nothing
      placement('A', { company: 'Netto', startDate: '2025-01-01', endDate: '2025-06-15' }), // ends on as-of: ongoing and an end
      placement('B', { company: 'Netto', startDate: '2025-01-01', endDate: '2025-06-20' }), // ends later: ongoing
    ];
    const [netto] = overview(caseload(rows), '2025-06-15');
    expect(netto).toMatchObject({ key: 'navn:netto', ongoing: 3, starts: 4, ends: 2 });
    expect(netto.placementRows).toEqual([rows[0].row, rows[2].row, rows[4].row, rows[5].row]);
  });

  it('splits ends by Afslutningsårsag, with an empty reason as Ikke angivet', () => {
    const [c] = overview(
      caseload([
        placement('A', { company: 'X', endDate: '2025-04-01', endReason: 'Helbred' }),
        placement('B', { company: 'X', endDate: '2025-04-01', endReason: 'Helbred' }),
        placement('C', { company: 'X', endDate: '2025-04-01' }),
        placement('D', { company: 'X', endDate: '2025-04-01', endReason: 'Virksomheden vil ikke lønne' }),
      ]),
      '2025-06-30',
    );
    expect(c.ends).toBe(4);
    expect(c.endsByReason).toEqual({
      'Ordinære timer eller job': 0,
      'Virksomheden vil ikke lønne': 1,
      Helbred: 2,
      Udeblevet: 0,
      Andet: 0,
      'Ikke angivet': 1,
    });
  });

  it('names the company by its most used spelling, lists the others and the VKs (Forløb first, else Borgere)', () => {
    const c = caseload(
      [
        placement('A', { company: 'Netto', cvr: '12345678', companyConsultant: 'Vera' }),
        placement('B', { company: 'NETTO A/S', cvr: '12345678' }),
        placement('C', { company: 'NETTO A/S', cvr: '12345678' }),
      ],
      [],
    );
    c.citizens[1].companyConsultant = 'Kim';
    const [netto] = overview(c, '2025-06-30');
    expect(netto).toMatchObject({ name: 'NETTO A/S', names: ['Netto', 'NETTO A/S'], cvr: '12345678' });
    expect(netto.consultants).toEqual(['Kim', 'Vera']);
  });

  it('sorts by ongoing, then starts, then name', () => {
    const list = overview(
      caseload([
        placement('A', { company: 'Åbo', startDate: '2025-05-01' }),
        placement('B', { company: 'Bageriet', startDate: '2025-05-01' }),
        placement('C', { company: 'Cirkus', startDate: '2025-01-01', endDate: '2025-02-01' }),
        placement('D', { company: 'Cirkus', startDate: '2025-01-01', endDate: '2025-02-01' }),
        placement('D', { company: 'Zoo', startDate: '2025-05-01' }),
        placement('A', { company: 'Zoo', startDate: '2025-05-02' }),
      ]),
      '2025-06-30',
    );
    expect(list.map((c) => c.name)).toEqual(['Zoo', 'Bageriet', 'Åbo', 'Cirkus']);
  });
});

describe('conversion within three months', () => {
  const ended = placement('A', { company: 'X', startDate: '2025-01-01', endDate: '2025-03-20' });
  const hoursIn = (...months: number[]) => {
    const set = new Set(months.map((m) => 2025 * 12 + m - 1));
    return (m: number) => set.has(m);
  };

  it('counts ordinary hours in a month m with endMonth < m <= endMonth + 3, never the end month itself', () => {
    expect(isConversion(ended, '2025-12-31', hoursIn(3))).toBe(false);
    expect(isConversion(ended, '2025-12-31', hoursIn(4))).toBe(true);
    expect(isConversion(ended, '2025-12-31', hoursIn(6))).toBe(true);
    expect(isConversion(ended, '2025-12-31', hoursIn(7))).toBe(false);
  });

  it('ignores months after the as-of month, and counts the end reason "Ordinære timer eller job" at once', () => {
    expect(isConversion(ended, '2025-03-31', hoursIn(4))).toBe(false);
    expect(isConversion(ended, '2025-04-01', hoursIn(4))).toBe(true);
    expect(isConversion({ ...ended, endReason: 'Ordinære timer eller job' }, '2025-03-20', () => false)).toBe(true);
  });

  it('counts a Job or Ordinære timer Forløb touching those months, started by the as-of date', () => {
    // Citizen A (index 0) has only the job: WorkMonths reads it from Forløb, as companyOverview does.
    const afterJob = (asOf: string, startDate: string, endDate?: string) => {
      const job: Placement = { row: 99, citizenId: 'A', type: 'Job', startDate, endDate };
      const work = new WorkMonths(validateCaseload(caseload([ended, job])), asOf);
      return isConversion(ended, asOf, (m) => work.has(0, m));
    };
    expect(afterJob('2025-12-31', '2025-03-21', '2025-03-31')).toBe(false);
    expect(afterJob('2025-12-31', '2025-03-21', '2025-04-01')).toBe(true);
    expect(afterJob('2025-12-31', '2025-06-30')).toBe(true);
    expect(afterJob('2025-12-31', '2025-07-01')).toBe(false);
    expect(afterJob('2025-05-10', '2025-05-11')).toBe(false);
    expect(afterJob('2025-05-10', '2025-05-10')).toBe(true);
    expect(afterJob('2025-05-10', '2025-01-05', '2025-03-31')).toBe(false);
  });

  it('is counted per company from Timer rows of the citizen', () => {
    const [x] = overview(
      caseload(
        [ended, placement('B', { company: 'X', startDate: '2025-01-01', endDate: '2025-03-20' })],
        [{ row: 1, citizenId: 'A', month: '2025-05', hours: 12 }],
      ),
      '2025-06-30',
    );
    expect([x.ends, x.converted, x.convertedRows]).toEqual([2, 1, [ended.row]]);
  });

  it('property: a company counts each placement once; conversions never exceed ends', () => {
    const company = fc.constantFrom('Netto', 'netto', 'Bageriet', 'Zoo');
    const day = fc
      .integer({ min: 0, max: 700 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const row = fc.record({
      citizenId: fc.constantFrom('A', 'B', 'C', 'D'),
      company,
      cvr: fc.option(fc.constantFrom('12345678', '87654321'), { nil: undefined }),
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), day, (rows, asOf) => {
        const placements = rows.map((r, i): Placement => {
          const end = r.length === undefined ? undefined : new Date(Date.parse(r.start) + r.length * 864e5);
          return {
            row: i + 1,
            citizenId: r.citizenId,
            type: 'Løntilskud',
            company: r.company,
            cvr: r.cvr,
            startDate: r.start,
            endDate: end?.toISOString().slice(0, 10),
          };
        });
        const list = overview(caseload(placements), asOf);
        const seen = list.flatMap((c) => c.placementRows);
        expect(new Set(seen).size).toBe(seen.length);
        for (const c of list) {
          expect(c.converted).toBeLessThanOrEqual(c.ends);
          expect(Object.values(c.endsByReason).reduce((a, b) => a + b, 0)).toBe(c.ends);
          expect(c.ongoing + c.starts + c.ends).toBeGreaterThanOrEqual(c.placementRows.length);
        }
      }),
    );
  });
});

describe('placementWithoutAgreement', () => {
  const kinds = (c: Caseload, asOf = '2025-06-30') =>
    measure(c, { asOf })
      .report.signals.filter((s) => s.kind === 'placementWithoutAgreement')
      .map((s) => (s.kind === 'placementWithoutAgreement' ? [s.citizenId, s.placementType, s.startDate] : null));

  it('is never raised when Forløb has neither column (every placement would be signalled)', () => {
    expect(kinds(caseload([placement('A', { company: 'X' })]))).toEqual([]);
  });

  it('signals an ongoing praktik or løntilskud with neither a goal nor Skriftlig aftale = Ja', () => {
    const c = caseload(
      [
        placement('A', { company: 'X' }),
        placement('B', { type: 'Løntilskud', writtenAgreement: false, goalText: '  ' }),
        placement('C', { goalText: 'Løntimer efter 8 uger' }),
        placement('D', { writtenAgreement: true }),
        placement('A', { type: 'Job' }),
        placement('B', { startDate: '2025-01-01', endDate: '2025-06-29' }), // ended the day before
        placement('C', { startDate: '2025-07-01' }), // not started
      ],
      [],
      { placementAgreementColumns: true },
    );
    expect(kinds(c)).toEqual([
      ['A', 'Virksomhedspraktik', '2025-03-01'],
      ['B', 'Løntilskud', '2025-03-01'],
    ]);
  });

  it('leaves out citizens no longer in the target group', () => {
    const c = caseload([placement('A', {})], [], { placementAgreementColumns: true });
    c.citizens[0].endDate = '2025-05-31';
    expect(kinds(c)).toEqual([]);
  });
});
