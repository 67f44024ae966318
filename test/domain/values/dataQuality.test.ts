// Which issues a caseload's Datakvalitet shows, by value: rows about the person's citizens (Borgere by
// row, Forløb/Timer/Aftaler by Borger-ID, refused Borgere rows too), Aftaler rows naming the person, and
// rows that belong to nobody known (unknown Borger-IDs, unreadable rows, settings); never another's.
import { issuesOfCaseload } from '../../../src/domain/dataQuality';
import { dataIssue, type DataIssue } from '../../../src/domain/issues';
import type { Caseload } from '../../../src/domain/model';

const caseload = {
  citizens: [
    { row: 1, id: 'A1', caseworker: 'Anna' },
    { row: 2, id: 'B1', caseworker: 'Bo' },
  ],
  refusedCitizens: [{ id: 'A2', row: 3 }],
  placements: [
    { row: 1, citizenId: 'B1' },
    { row: 2, citizenId: 'A2' },
  ],
  hours: [
    { row: 1, citizenId: 'A1' },
    { row: 2, citizenId: 'X9' },
  ],
  agreements: [
    { row: 1, caseworker: 'Bo' },
    { row: 2, caseworker: 'Anna' },
    { row: 3, caseworker: 'Bo', citizenId: 'A1' },
  ],
  issues: [],
} as unknown as Caseload;

const at = (table: string, row: number): DataIssue =>
  dataIssue('warning', { table, row, column: 'X' }, 'required', {}, 'rowSkipped');

const ALL = [
  at('Borgere', 1),
  at('Borgere', 2),
  at('Borgere', 3),
  at('Borgere', 4), // unreadable: not in the caseload at all
  at('Forløb', 1),
  at('Forløb', 2),
  at('Timer', 1),
  at('Timer', 2), // unknown Borger-ID
  at('Aftaler', 1),
  at('Aftaler', 2),
  at('Aftaler', 3),
  at('Indstillinger', 1),
];

const places = (issues: DataIssue[]) => issues.map((i) => `${i.table} ${i.row}`);

describe('issuesOfCaseload', () => {
  it("Anna's: her citizens' rows, her agreement, and every row that belongs to nobody", () => {
    const anna = new Set(['A1', 'A2']);
    expect(places(issuesOfCaseload(caseload, ALL, 'Anna', (id) => anna.has(id)))).toEqual([
      'Borgere 1',
      'Borgere 3',
      'Borgere 4',
      'Forløb 2',
      'Timer 1',
      'Timer 2',
      'Aftaler 2',
      'Aftaler 3',
      'Indstillinger 1',
    ]);
  });

  it("Bo's: none of Anna's, the shared ones again", () => {
    expect(places(issuesOfCaseload(caseload, ALL, 'Bo', (id) => id === 'B1'))).toEqual([
      'Borgere 2',
      'Borgere 4',
      'Forløb 1',
      'Timer 2',
      'Aftaler 1',
      'Indstillinger 1',
    ]);
  });

  it('every issue is shown to someone: the union over all people is the whole list', () => {
    const owner: Record<string, string> = { A1: 'Anna', A2: 'Anna', B1: 'Bo' };
    const shown = new Set(['Anna', 'Bo'].flatMap((p) => issuesOfCaseload(caseload, ALL, p, (id) => owner[id] === p)));
    expect(shown.size).toBe(ALL.length);
  });
});
