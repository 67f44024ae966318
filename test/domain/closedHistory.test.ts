// Historik_borgere's compact form (issue 28): a change row per citizen whose state at a close differs from
// the previous close; the fold of the rows gives each close's whole gross group, and the v2 form (whole
// months, no `I målgruppe`) reads the same. Values for each kind of change, and the round trip as a property.
import fc from 'fast-check';
import {
  changeRows,
  closedStatesOf,
  compactClosedCitizens,
  expandClosedCitizens,
  statesAt,
  type CloseStates,
} from '../../src/domain/closedHistory';
import type { ClosedCitizen, ClosedCitizenRow, Readiness } from '../../src/domain/model';
import { READINESS } from '../../src/domain/model';

const change = (
  row: number,
  month: string,
  citizenId: string,
  inGroup: boolean,
  active: boolean,
  readiness?: Readiness,
): ClosedCitizenRow => ({ row, month, citizenId, inGroup, active, ...(readiness ? { readiness } : {}) });

const brief = (list: readonly ClosedCitizen[]) =>
  list.map((c) => `${c.month} ${c.citizenId} ${c.active ? 'Ja' : 'Nej'}${c.readiness ? ' ' + c.readiness : ''}`);

describe('the fold of change rows', () => {
  const rows = [
    change(1, '2025-01', 'A', true, false, 'Længere fra'), // A enters, not counted
    change(2, '2025-01', 'B', true, true), // B enters, counted
    change(3, '2025-02', 'A', true, true, 'Længere fra'), // A becomes counted
    change(4, '2025-03', 'B', false, false), // B leaves
    change(5, '2025-03', 'A', true, false, 'Længere fra'), // A stops being counted
    change(6, '2025-04', 'A', true, false, 'Klar'), // A's Parathed moves forward
    change(7, '2025-04', 'C', true, false), // C enters
  ];

  it('gives the whole gross group at each close, a month with no change like the one before', () => {
    expect(brief(expandClosedCitizens(rows, ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05']))).toEqual([
      '2025-01 A Nej Længere fra',
      '2025-01 B Ja',
      '2025-02 A Ja Længere fra',
      '2025-02 B Ja',
      '2025-03 A Nej Længere fra',
      '2025-04 A Nej Klar',
      '2025-04 C Nej',
      '2025-05 A Nej Klar',
      '2025-05 C Nej',
    ]);
  });

  it('keeps the row that set each state, so an issue can point at it', () => {
    const may = expandClosedCitizens(rows, ['2025-05']).filter((c) => c.month === '2025-05');
    expect(may.map((c) => [c.citizenId, c.row])).toEqual([
      ['A', 6],
      ['C', 7],
    ]);
  });

  it('within a month the later row wins (a close interrupted and made again)', () => {
    const again = [...rows, change(8, '2025-04', 'C', true, true)];
    expect(statesAt(again, '2025-04').get('C')).toMatchObject({ active: true, row: 8 });
    expect(statesAt(again, '2025-03').has('C')).toBe(false);
  });

  it('reads v2 rows as the whole month, and change rows after them as changes to it', () => {
    const v2: ClosedCitizenRow[] = [
      { row: 1, month: '2025-01', citizenId: 'A', active: true },
      { row: 2, month: '2025-01', citizenId: 'B', active: false },
      { row: 3, month: '2025-02', citizenId: 'B', active: true },
      change(4, '2025-03', 'C', true, false, 'Klar'),
    ];
    expect(brief(expandClosedCitizens(v2, ['2025-01', '2025-02', '2025-03']))).toEqual([
      '2025-01 A Ja',
      '2025-01 B Nej',
      '2025-02 B Ja', // A is not in February's whole month: out of the gross group
      '2025-03 B Ja',
      '2025-03 C Nej Klar',
    ]);
  });

  it('writes a row for each kind of change and none for a citizen whose state is the same', () => {
    const before: CloseStates = new Map([
      ['A', { active: false, row: 1 }],
      ['B', { active: true, row: 2 }],
      ['D', { active: true, readiness: 'Tæt på', row: 3 }],
      ['E', { active: false, readiness: 'Klar', row: 4 }],
      ['F', { active: true, row: 5 }],
    ]);
    const after: CloseStates = new Map([
      ['A', { active: true, row: 0 }], // became counted
      ['B', { active: false, row: 0 }], // stopped being counted
      ['C', { active: false, row: 0 }], // entered
      ['D', { active: true, readiness: 'Klar', row: 0 }], // Parathed changed
      ['E', { active: false, readiness: 'Klar', row: 0 }], // unchanged
      // F left
    ]);
    expect(changeRows(before, after, '2025-06')).toEqual([
      { month: '2025-06', citizenId: 'A', inGroup: true, active: true },
      { month: '2025-06', citizenId: 'B', inGroup: true, active: false },
      { month: '2025-06', citizenId: 'C', inGroup: true, active: false },
      { month: '2025-06', citizenId: 'D', inGroup: true, active: true, readiness: 'Klar' },
      { month: '2025-06', citizenId: 'F', inGroup: false, active: false },
    ]);
  });

  it('knows nothing about a close before the first stored row, or when nothing is stored', () => {
    const at = closedStatesOf({ closedRows: rows });
    expect(at('2024-12')).toBeNull();
    expect([...at('2025-02')!.keys()]).toEqual(['A', 'B']);
    // Asked out of order, it folds again from the start.
    expect([...at('2025-01')!.entries()].map(([id, s]) => [id, s.active])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(closedStatesOf({ closedRows: [] })('2025-01')).toBeNull();
    expect(closedStatesOf({})('2025-01')).toBeNull();
  });
});

/** A random full record: months in order, each a set of citizens with counted flag and Parathed. */
const fullHistory = fc
  .array(
    fc.uniqueArray(
      fc.record({
        citizenId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
        active: fc.boolean(),
        readiness: fc.option(fc.constantFrom(...READINESS), { nil: undefined }),
      }),
      { selector: (c) => c.citizenId, minLength: 1 },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((months) =>
    months.flatMap((citizens, m) =>
      citizens
        .slice()
        .sort((a, b) => (a.citizenId < b.citizenId ? -1 : 1))
        .map((c): ClosedCitizen => {
          const out: ClosedCitizen = { row: 0, month: `2025-${String(m + 1).padStart(2, '0')}`, ...c };
          if (out.readiness === undefined) delete out.readiness;
          return out;
        }),
    ),
  );

const withoutRows = (list: readonly ClosedCitizen[]) => list.map(({ row: _row, ...rest }) => rest);

describe('compact and expand', () => {
  it('expand(compact(full)) is full for random histories', () => {
    fc.assert(
      fc.property(fullHistory, (full) => {
        const months = [...new Set(full.map((c) => c.month))];
        const compact = compactClosedCitizens(full).map((r, i) => ({ ...r, row: i + 1 }));
        expect(withoutRows(expandClosedCitizens(compact, months))).toEqual(withoutRows(full));
        // And the v2 form (the full record as rows) expands to itself.
        expect(withoutRows(expandClosedCitizens(full, months))).toEqual(withoutRows(full));
      }),
      { numRuns: 200 },
    );
  });

  it('writes no more rows than the full record, and none for a month in which nobody changed', () => {
    fc.assert(
      fc.property(fullHistory, (full) => {
        const compact = compactClosedCitizens(full);
        expect(compact.length).toBeLessThanOrEqual(full.length + 7 * 8);
        const last = full[full.length - 1].month;
        const repeated = full.concat(full.filter((c) => c.month === last).map((c) => ({ ...c, month: '2026-01' })));
        expect(compactClosedCitizens(repeated).filter((r) => r.month === '2026-01')).toEqual([]);
      }),
    );
  });
});
