// Which data issues belong to one person's caseload (Datakvalitet in the pane): an issue belongs to the
// citizen its row names (Borgere by row, Forløb/Timer/Aftaler by Borger-ID), or to the caseworker an
// Aftaler row without a citizen names. Rows that name no known citizen belong to nobody, so every
// caseload shows them: a mistyped Borger-ID in Timer is exactly the issue no one would otherwise see.
import type { DataIssue } from './issues';
import type { Caseload } from './model';

/** Who a row is about: a citizen, a person (Aftaler without a citizen), or nobody known. */
type Owner = { citizenId: string } | { person: string };

function ownersByRow(caseload: Caseload): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  const put = (table: string, row: number, owner: Owner) => owners.set(`${table}|${row}`, owner);
  for (const c of caseload.citizens) put('Borgere', c.row, { citizenId: c.id });
  for (const c of caseload.refusedCitizens ?? []) put('Borgere', c.row, { citizenId: c.id });
  for (const p of caseload.placements) put('Forløb', p.row, { citizenId: p.citizenId });
  for (const h of caseload.hours) put('Timer', h.row, { citizenId: h.citizenId });
  for (const a of caseload.agreements ?? [])
    put('Aftaler', a.row, a.citizenId ? { citizenId: a.citizenId } : { person: a.caseworker });
  return owners;
}

/**
 * The issues of one caseload, in the given order: those of rows about a citizen `ownsCitizen` accepts
 * or naming `person`, and those of rows that belong to nobody known (unreadable rows, unknown Borger-IDs,
 * settings).
 */
export function issuesOfCaseload(
  caseload: Caseload,
  issues: readonly DataIssue[],
  person: string,
  ownsCitizen: (citizenId: string) => boolean,
): DataIssue[] {
  const owners = ownersByRow(caseload);
  const known = new Set<string>(caseload.citizens.map((c) => c.id));
  for (const c of caseload.refusedCitizens ?? []) known.add(c.id);
  return issues.filter((issue) => {
    const owner = owners.get(`${issue.table}|${issue.row}`);
    if (!owner) return true;
    if ('person' in owner) return owner.person === person;
    return !known.has(owner.citizenId) || ownsCitizen(owner.citizenId);
  });
}
