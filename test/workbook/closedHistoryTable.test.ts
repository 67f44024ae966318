// Historik_borgere's packed form (issue 28): the grammar of a cell and its parts (each within Excel's cell
// limit), the fold of packed rows equal to the fold of the older forms for every month (a property), the
// Parathed at a close read without expanding, and damaged cells as Danish issues naming row and column.
import fc from 'fast-check';
import {
  changesOfFold,
  compactClosedCitizens,
  expandClosedCitizens,
  readinessAtCloseOf,
  type ChangeRow,
} from '../../src/domain/closedHistory';
import type { DataIssue } from '../../src/domain/issues';
import { READINESS, type ClosedCitizen, type ClosedCitizenRow, type HistoryRow } from '../../src/domain/model';
import { readinessAtClose } from '../../src/domain/readiness';
import { issueText } from '../../src/text/issues';
import {
  packChanges,
  packMonth,
  parseChange,
  PART_CHARS,
  readClosedHistory,
} from '../../src/workbook/closedHistoryTable';
import { HISTORIK_BORGERE } from '../../src/workbook/contract';
import type { CellValue, RawTable } from '../../src/workbook/port';

const HEADERS = HISTORIK_BORGERE.columns.map((c) => c.header);
const asTable = (rows: Record<string, CellValue>[], headers: string[] = HEADERS): RawTable => ({
  name: HISTORIK_BORGERE.name,
  headers,
  rows: rows.map((r) => headers.map((h) => r[h] ?? null)),
});
const read = (table: RawTable) => {
  const issues: DataIssue[] = [];
  return { ...readClosedHistory(table, issues), issues };
};
const withoutRows = (list: readonly ClosedCitizen[]) => list.map(({ row: _row, ...rest }) => rest);

describe('a packed cell', () => {
  it('writes each kind of change in two characters and reads it back, escaping ; and % in a Borger-ID', () => {
    const changes: ChangeRow[] = [
      { month: '2025-03', citizenId: 'A', inGroup: true, active: true, readiness: 'Klar' },
      { month: '2025-03', citizenId: 'B 7', inGroup: true, active: false, readiness: 'Tæt på' },
      { month: '2025-03', citizenId: 'C;1', inGroup: true, active: false, readiness: 'Længere fra' },
      { month: '2025-03', citizenId: '50%', inGroup: true, active: true },
      { month: '2025-03', citizenId: 'E', inGroup: false, active: false },
    ];
    const rows = packMonth('2025-03', changes);
    expect(rows).toEqual([{ Måned: '2025-03', Del: 1, Antal: 5, Ændringer: 'JKA;NTB 7;NLC%3B1;J-50%25;U-E' }]);
    const back = read(asTable(rows));
    expect(back.issues).toEqual([]);
    expect(back.rows.map(({ row: _r, ...c }) => c)).toEqual(changes);
  });

  it('splits a month into parts of at most PART_CHARS characters, under Excel’s 32,767, Del 1, 2, ...', () => {
    const changes: ChangeRow[] = Array.from({ length: 7000 }, (_, i) => ({
      month: '2025-01',
      citizenId: `B${String(i).padStart(6, '0')}`,
      inGroup: true,
      active: i % 3 === 0,
      readiness: READINESS[i % 3],
    }));
    const rows = packMonth('2025-01', changes);
    expect(rows.length).toBe(3);
    expect(rows.map((r) => r.Del)).toEqual([1, 2, 3]);
    for (const r of rows) expect((r.Ændringer as string).length).toBeLessThanOrEqual(PART_CHARS);
    expect(PART_CHARS).toBeLessThan(32_767);
    expect(rows.reduce((n, r) => n + (r.Antal as number), 0)).toBe(7000);
    const back = read(asTable(rows));
    expect(back.issues).toEqual([]);
    expect(back.rows.map((r) => r.citizenId)).toEqual(changes.map((c) => c.citizenId));
  });

  it('refuses text that is not a change', () => {
    for (const bad of ['', 'J', 'JK', 'XKA', 'JXA', 'U A', 'UKA', 'JK A', 'JK%ZZ', 'JK%4'])
      expect(parseChange(bad)).toBeNull();
    expect(parseChange('U-A')).toEqual({ citizenId: 'A', inGroup: false, active: false });
  });
});

describe('a damaged or hand-edited Historik_borgere', () => {
  const good = { Måned: '2025-01', Del: 1, Antal: 3, Ændringer: 'JKA;N-B;NTC' };

  it('names the row and column of an unreadable change and reads the rest of the cell', () => {
    const r = read(asTable([{ ...good }, { Måned: '2025-02', Del: 1, Antal: 3, Ændringer: 'J-A;XXB;JK' }]));
    expect(r.rows.map((x) => `${x.month} ${x.citizenId}`)).toEqual([
      '2025-01 A',
      '2025-01 B',
      '2025-01 C',
      '2025-02 A',
    ]);
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0];
    expect([issue.table, issue.row, issue.column, issue.code]).toEqual([
      'Historik_borgere',
      2,
      'Ændringer',
      'packedEntryInvalid',
    ]);
    expect(issueText(issue)).toBe(
      'ændring nr. 2 ("XXB") kan ikke læses; hver ændring er to tegn (JK, JT, JL, J-, NK, NT, NL, N- eller U-) og et Borger-ID, adskilt af semikolon (og 1 ændringer mere i cellen kan heller ikke læses); rækken er skrevet af Fremdrift og må ikke redigeres; værdien er ignoreret',
    );
  });

  it('says when Antal does not match the cell, a part is missing or stands twice, or Måned is not a month', () => {
    const r = read(
      asTable([
        { ...good, Antal: 4 },
        { Måned: '2025-02', Del: 3, Antal: 1, Ændringer: 'J-A' },
        { Måned: '2025-02', Del: 3, Antal: 1, Ændringer: 'J-A' },
        { Måned: 'marts', Del: 1, Antal: 1, Ændringer: 'J-A' },
        { Måned: '2025-04', Del: 'x', Antal: 1, Ændringer: 'J-A' },
      ]),
    );
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'Antal', 'packedCountMismatch'],
      [3, 'Del', 'packedPartTwice'],
      [4, 'Måned', 'notAMonth'],
      [5, 'Del', 'notANumber'],
      [2, 'Del', 'packedPartMissing'],
      [2, 'Del', 'packedPartMissing'],
    ]);
    expect(issueText(r.issues[0])).toBe(
      'Antal er 4, men Ændringer rummer 3 ændringer; cellen er måske redigeret eller afkortet',
    );
    expect(r.issues.slice(4).map((i) => i.params)).toEqual([
      { month: '2025-02', part: 1 },
      { month: '2025-02', part: 2 },
    ]);
  });

  it('leaves out a Borger-ID that looks like a CPR number and never echoes it', () => {
    const r = read(asTable([{ Måned: '2025-01', Del: 1, Antal: 2, Ændringer: 'JKA;JK150190-1234' }]));
    expect(r.rows.map((x) => x.citizenId)).toEqual(['A']);
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([[1, 'Ændringer', 'cpr']]);
    expect(JSON.stringify(r.issues)).not.toContain('150190');
  });

  it('reads older rows beside packed ones, with their own issues', () => {
    const headers = ['Måned', 'Borger-ID', 'I indsats', 'I målgruppe', 'Parathed', ...HEADERS.slice(1)];
    const r = read(
      asTable(
        [
          { Måned: '2025-01', 'Borger-ID': 'A', 'I indsats': 'Ja' },
          { Måned: '2025-01', 'Borger-ID': 'B', 'I indsats': 'Måske' },
          { Måned: '2025-02', Del: 1, Antal: 1, Ændringer: 'U-A' },
        ],
        headers,
      ),
    );
    expect(r.olderRows).toBe(2);
    expect(r.rows).toEqual([
      { row: 1, month: '2025-01', citizenId: 'A', active: true },
      { row: 3, month: '2025-02', citizenId: 'A', inGroup: false, active: false },
    ]);
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'I indsats', 'notYesNo']]);
  });
});

/** Random stored rows of any older form: per month either a whole month (v2) or change rows (compact). */
const olderRows = fc
  .array(
    fc.record({
      whole: fc.boolean(),
      citizens: fc.uniqueArray(
        fc.record({
          citizenId: fc.constantFrom('A', 'B', 'C', 'D;1', 'E%', 'F', 'G'),
          inGroup: fc.boolean(),
          active: fc.boolean(),
          readiness: fc.option(fc.constantFrom(...READINESS), { nil: undefined }),
        }),
        { selector: (c) => c.citizenId },
      ),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((months) => {
    const rows: ClosedCitizenRow[] = [];
    months.forEach(({ whole, citizens }, m) => {
      const month = `2025-${String(m + 1).padStart(2, '0')}`;
      for (const c of citizens) {
        if (whole && !c.inGroup) continue;
        const r: ClosedCitizenRow = { row: rows.length + 1, month, citizenId: c.citizenId, active: c.active };
        if (!whole) r.inGroup = c.inGroup;
        if (c.readiness && (whole || c.inGroup)) r.readiness = c.readiness;
        rows.push(r);
      }
    });
    return rows;
  });

const monthsOf = (rows: readonly { month: string }[], extra: string[] = []) => [
  ...new Set([...rows.map((r) => r.month), ...extra]),
];

describe('packed and older forms hold the same facts', () => {
  it('the fold of the packed rows is the fold of the older rows for every month (what upgrade writes)', () => {
    fc.assert(
      fc.property(olderRows, fc.boolean(), (rows, laterClose) => {
        const months = monthsOf(rows, laterClose ? ['2025-12'] : []);
        const packed = read(asTable(packChanges(changesOfFold(rows))));
        expect(packed.issues).toEqual([]);
        expect(withoutRows(expandClosedCitizens(packed.rows, months))).toEqual(
          withoutRows(expandClosedCitizens(rows, months)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a full record packed (as toTables and the demo write it) expands to itself', () => {
    fc.assert(
      fc.property(olderRows, (rows) => {
        const months = monthsOf(rows);
        const full = expandClosedCitizens(rows, months);
        const packed = read(asTable(packChanges(compactClosedCitizens(full, months))));
        expect(withoutRows(expandClosedCitizens(packed.rows, months))).toEqual(withoutRows(full));
      }),
      { numRuns: 200 },
    );
  });

  it('readinessAtCloseOf gives readinessAtClose of the expanded record, for every date', () => {
    fc.assert(
      fc.property(olderRows, fc.boolean(), fc.integer({ min: 0, max: 13 }), (rows, laterClose, cut) => {
        const months = monthsOf(rows, laterClose ? ['2025-11'] : []);
        const history = months.map((month) => ({ month, level: 'Alle' }) as HistoryRow);
        const date =
          cut === 0 ? '2024-12-31' : `2025-${String(Math.min(cut, 12)).padStart(2, '0')}-${cut > 12 ? '15' : '28'}`;
        const expected = readinessAtClose(expandClosedCitizens(rows, months), date);
        const fast = readinessAtCloseOf({ closedRows: rows, history })(date);
        expect(new Map([...fast].sort())).toEqual(new Map([...expected].sort()));
      }),
      { numRuns: 300 },
    );
  });
});
