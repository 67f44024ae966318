// Medarbejdere by value: a workbook without it reads exactly as before; with rows it is the list names in
// Borgere and Forløb must match (warning notInStaffList, the row still counted, a near name suggested);
// an empty one checks nothing; knownStaff gives the picklists names per role and teams.
import fc from 'fast-check';
import { measure } from '../../../src/domain/engine';
import { knownStaff, staffIssues } from '../../../src/domain/staff';
import { issueText } from '../../../src/text/issues';
import { BORGERE, FORLØB, MEDARBEJDERE, TIMER, type TableDef } from '../../../src/workbook/contract';
import type { CellValue, RawTable } from '../../../src/workbook/port';
import { readCaseload } from '../../../src/workbook/read';

function table(def: TableDef, rows: Record<string, CellValue>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return { name: def.name, headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)) };
}

const citizen = (id: string, caseworker: string, team: string, consultant: string | null = null) => ({
  'Borger-ID': id,
  Målgruppe: 'Jobparat kontanthjælp',
  Team: team,
  Sagsbehandler: caseworker,
  Virksomhedskonsulent: consultant,
  Startdato: '2025-01-01',
});

const STAFF: Record<string, CellValue>[] = [
  { Navn: 'Anne Sørensen', Rolle: 'Sagsbehandler', Team: 'Team Nord', 'E-mail': 'anso@kommune.dk' },
  { Navn: 'Bo Berg', Rolle: 'Sagsbehandler', Team: 'Team Syd' },
  { Navn: 'Vera Vang', Rolle: 'Virksomhedskonsulent', Team: 'Team Nord' },
  { Navn: 'Tove Thy', Rolle: 'Teamleder', Team: 'Team Nord' },
];

function tables(staff: Record<string, CellValue>[] | null): Record<string, RawTable | null> {
  return {
    Borgere: table(BORGERE, [
      citizen('C1', 'Anne Sørensen', 'Team Nord', 'Vera Vang'),
      citizen('C2', 'anne sørensen', 'Tem Nord'),
      citizen('C3', 'Bo Berg', 'Team Syd', 'Ulla Ukendt'),
    ]),
    Forløb: table(FORLØB, [
      { 'Borger-ID': 'C1', Type: 'Virksomhedspraktik', Startdato: '2025-02-01', Virksomhedskonsulent: 'Vera Vang' },
      { 'Borger-ID': 'C2', Type: 'Løntilskud', Startdato: '2025-02-01', Virksomhedskonsulent: 'Vera Wang' },
    ]),
    Timer: table(TIMER, []),
    Medarbejdere: staff ? table(MEDARBEJDERE, staff) : null,
  };
}

const staffOnly = (c: ReturnType<typeof readCaseload>) =>
  measure(c, { asOf: '2025-03-15' }).report.issues.filter((i) => i.code === 'notInStaffList');

describe('Medarbejdere', () => {
  it('a workbook without it reads exactly as before: no staff, no name issues', () => {
    const without = readCaseload(tables(null));
    expect('staff' in without).toBe(false);
    const { Medarbejdere: _absent, ...noKey } = tables(null);
    void _absent;
    expect(readCaseload(noKey)).toStrictEqual(without);
    expect(staffOnly(without)).toEqual([]);
    expect(knownStaff(without)).toBeNull();
  });

  it('with rows, flags each unknown name with its table, row and column, suggests the near one, still counts', () => {
    const caseload = readCaseload(tables(STAFF));
    const issues = staffOnly(caseload);
    expect(issues.map((i) => [i.table, i.row, i.column, i.params])).toEqual([
      ['Borgere', 2, 'Team', { value: 'Tem Nord', kind: 'team', suggestion: 'Team Nord' }],
      ['Borgere', 2, 'Sagsbehandler', { value: 'anne sørensen', kind: 'person', suggestion: 'Anne Sørensen' }],
      ['Borgere', 3, 'Virksomhedskonsulent', { value: 'Ulla Ukendt', kind: 'person', suggestion: null }],
      ['Forløb', 2, 'Virksomhedskonsulent', { value: 'Vera Wang', kind: 'person', suggestion: 'Vera Vang' }],
    ]);
    expect(new Set(issues.map((i) => `${i.severity}/${i.consequence}`))).toEqual(new Set(['warning/counted']));
    const m = measure(caseload, { asOf: '2025-03-15' });
    expect(m.drill({ scope: { kind: 'all' }, month: '2025-03', measure: 'gross' }).sort()).toEqual(['C1', 'C2', 'C3']);
    expect(issueText(issues[0], 'da')).toBe(
      '"Tem Nord" er ikke et team i Medarbejdere; mente du "Team Nord"?; rækken tælles med',
    );
    expect(issueText(issues[2], 'da')).toBe('"Ulla Ukendt" står ikke i Medarbejdere; rækken tælles med');
    expect(issueText(issues[1], 'en')).toBe(
      '"anne sørensen" is not a person in Medarbejdere; did you mean "Anne Sørensen"?; the row is counted',
    );
  });

  it('an empty table (just created) checks nothing; a Team column nobody filled checks no teams', () => {
    expect(staffOnly(readCaseload(tables([])))).toEqual([]);
    const noTeams = STAFF.map(({ Team: _t, ...rest }) => rest);
    const issues = staffOnly(readCaseload(tables(noTeams)));
    expect(issues.some((i) => i.column === 'Team')).toBe(false);
    expect(issues.filter((i) => i.column !== 'Team')).toHaveLength(3);
  });

  it('a bad Rolle is an issue on Medarbejdere and leaves the row out', () => {
    const caseload = readCaseload(tables([...STAFF, { Navn: 'Pia Pil', Rolle: 'Chef' }]));
    expect(caseload.issues).toContainEqual(
      expect.objectContaining({ table: 'Medarbejdere', row: 5, column: 'Rolle', code: 'notInList' }),
    );
    expect(caseload.staff).toHaveLength(4);
  });

  it('knownStaff: names per role and teams, sorted the Danish way', () => {
    const known = knownStaff(readCaseload(tables([...STAFF, { Navn: 'Åse Ø', Rolle: 'Sagsbehandler', Team: 'Æble' }])));
    expect(known).toEqual({
      byRole: {
        Sagsbehandler: ['Anne Sørensen', 'Bo Berg', 'Åse Ø'],
        Virksomhedskonsulent: ['Vera Vang'],
        Teamleder: ['Tove Thy'],
        Projektleder: [],
      },
      teams: ['Team Nord', 'Team Syd', 'Æble'],
    });
  });

  it('property: a name in the list is never flagged, one that is not is flagged once per cell', () => {
    const name = fc.stringMatching(/^[A-Za-zæøå][a-zæøå ]{0,8}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.array(name, { maxLength: 8 }),
        (listed, used) => {
          const caseload = readCaseload({
            Borgere: table(
              BORGERE,
              used.map((n, i) => citizen(`C${i}`, n, 'T')),
            ),
            Forløb: table(FORLØB, []),
            Timer: table(TIMER, []),
            Medarbejdere: table(
              MEDARBEJDERE,
              listed.map((n) => ({ Navn: n, Rolle: 'Sagsbehandler' })),
            ),
          });
          const flagged = staffIssues(caseload).filter((i) => i.column === 'Sagsbehandler');
          const expected = caseload.citizens.filter((c) => !caseload.staff!.some((m) => m.name === c.caseworker));
          expect(flagged.map((i) => i.row)).toEqual(expected.map((c) => c.row));
        },
      ),
    );
  });
});
