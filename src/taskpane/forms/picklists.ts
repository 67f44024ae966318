// The picklists of the quick forms, built from values already in the workbook: Borgere.Team and
// Sagsbehandler, Virksomhedskonsulent from Borgere and Forløb, Virksomhed from Forløb (with its CVR when the
// rows agree on one). The optional Medarbejdere table feeds its names in as `extra` (forms/quickFields.ts).
import type { Caseload } from '../../domain/model';
import type { Choice } from './fieldSpec';

export type PicklistKind = 'team' | 'caseworker' | 'consultant' | 'company';

const sortDa = (a: Choice, b: Choice) => a.value.localeCompare(b.value, 'da');

function namesOf(caseload: Pick<Caseload, 'citizens' | 'placements'>, kind: PicklistKind): (string | undefined)[] {
  switch (kind) {
    case 'team':
      return caseload.citizens.map((c) => c.team);
    case 'caseworker':
      return caseload.citizens.map((c) => c.caseworker);
    case 'consultant':
      return [
        ...caseload.citizens.map((c) => c.companyConsultant),
        ...caseload.placements.map((p) => p.companyConsultant),
      ];
    case 'company':
      return caseload.placements.map((p) => p.company);
  }
}

/** The one CVR each company's rows agree on (companies with none or several are left out). */
export function companyCvrs(caseload: Pick<Caseload, 'placements'>): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const p of caseload.placements)
    if (p.company && p.cvr) (seen.get(p.company) ?? seen.set(p.company, new Set()).get(p.company)!).add(p.cvr);
  return new Map([...seen].filter(([, s]) => s.size === 1).map(([name, s]) => [name, [...s][0]]));
}

/**
 * The distinct non-empty values of a picklist, sorted the Danish way, with `extra` names (e.g. from a
 * staff table) included. Companies are labelled with their CVR when known ("Netto (CVR 12345678)").
 */
export function picklistValues(
  caseload: Pick<Caseload, 'citizens' | 'placements'>,
  kind: PicklistKind,
  extra: readonly string[] = [],
): Choice[] {
  const names = new Set([...namesOf(caseload, kind), ...extra].map((n) => n?.trim() ?? '').filter((n) => n !== ''));
  const cvrs = kind === 'company' ? companyCvrs(caseload) : new Map<string, string>();
  return [...names]
    .map((value) => ({ value, label: cvrs.has(value) ? `${value} (CVR ${cvrs.get(value)})` : value }))
    .sort(sortDa);
}
