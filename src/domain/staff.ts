// The optional table Medarbejdere: the people (with role and team) that names elsewhere must match.
// knownStaff gives the picklists their names; staffIssues flags a name in Borgere or Forløb that is
// not in the table ("anne sørensen", "Tem Nord"), a phantom person or team that would otherwise take a
// share of the milestone split. The row is still counted: the name is a warning, not a refusal. Only a
// table with rows is a list (an empty one, just created, flags nothing); a Team column nobody filled
// in checks no teams.
import { dataIssue, type DataIssue } from './issues';
import { STAFF_ROLES, type Caseload, type StaffRole } from './model';

export interface KnownStaff {
  /** Names per role, sorted the Danish way. */
  byRole: Record<StaffRole, string[]>;
  /** Every team named in the table, sorted. */
  teams: string[];
}

const danish = (a: string, b: string) => a.localeCompare(b, 'da');

/** Names per role and teams from Medarbejdere; null when the workbook has no such table or it is empty. */
export function knownStaff(caseload: Caseload): KnownStaff | null {
  const staff = caseload.staff ?? [];
  if (staff.length === 0) return null;
  const byRole = Object.fromEntries(STAFF_ROLES.map((r) => [r, new Set<string>()])) as Record<StaffRole, Set<string>>;
  const teams = new Set<string>();
  for (const m of staff) {
    byRole[m.role].add(m.name);
    if (m.team) teams.add(m.team);
  }
  return {
    byRole: Object.fromEntries(STAFF_ROLES.map((r) => [r, [...byRole[r]].sort(danish)])) as Record<StaffRole, string[]>,
    teams: [...teams].sort(danish),
  };
}

/** Case, spaces and hyphen-spacing do not tell names apart for a suggestion ("anne  sørensen"). */
const loose = (name: string) => name.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

/** Finds the listed name a value was probably meant as: equal but for case and spaces, else one letter off. */
function suggestionFor(value: string, listed: readonly string[]): string | null {
  const v = loose(value);
  return listed.find((n) => loose(n) === v) ?? listed.find((n) => oneEditApart(loose(n), v)) ?? null;
}

/** True when a and b differ by exactly one inserted, deleted or replaced character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Names in Borgere (Sagsbehandler, Virksomhedskonsulent, Team) and Forløb (Virksomhedskonsulent) not in Medarbejdere. */
export function staffIssues(caseload: Caseload): DataIssue[] {
  const staff = caseload.staff ?? [];
  if (staff.length === 0) return [];
  const people = [...new Set(staff.map((m) => m.name))];
  const teams = [...new Set(staff.map((m) => m.team).filter((t): t is string => Boolean(t)))];
  const knownPeople = new Set(people);
  const knownTeams = new Set(teams);
  const issues: DataIssue[] = [];
  const check = (table: string, row: number, column: string, value: string | undefined, kind: 'person' | 'team') => {
    if (!value) return;
    if (kind === 'person' ? knownPeople.has(value) : teams.length === 0 || knownTeams.has(value)) return;
    const suggestion = suggestionFor(value, kind === 'person' ? people : teams);
    issues.push(dataIssue('warning', { table, row, column }, 'notInStaffList', { value, kind, suggestion }, 'counted'));
  };
  for (const c of caseload.citizens) {
    check('Borgere', c.row, 'Team', c.team, 'team');
    check('Borgere', c.row, 'Sagsbehandler', c.caseworker, 'person');
    check('Borgere', c.row, 'Virksomhedskonsulent', c.companyConsultant, 'person');
  }
  for (const p of caseload.placements) check('Forløb', p.row, 'Virksomhedskonsulent', p.companyConsultant, 'person');
  return issues;
}
