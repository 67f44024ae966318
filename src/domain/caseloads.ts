// Caseloads on the as-of date (DOMAIN.md section 4): a sagsbehandler's is the citizens in the gross group
// with that Sagsbehandler; a virksomhedskonsulent's is the distinct citizens in the gross group whose
// Borgere.Virksomhedskonsulent is that person or who have an ongoing Forløb with that
// Forløb.Virksomhedskonsulent. The bands are upper limits: only a caseload above the maximum is flagged.
import type { CaseloadBand, Citizen, IsoDate, Settings } from './model';
import type { CaseloadRole, CaseloadSize } from './report';
import type { ValidatedCaseload } from './validate';

/** Recommended caseloads in the successful jobcentres (004, 4.4): S 40-50, VK 30-35. */
export const DEFAULT_CASEWORKER_BAND: CaseloadBand = { min: 40, max: 50 };
export const DEFAULT_CONSULTANT_BAND: CaseloadBand = { min: 30, max: 35 };

/** In the gross target group on a date (restricted to the rule's Målgrupper when set). */
export function inTargetGroupOn(c: Citizen, date: IsoDate, included: ReadonlySet<string> | null): boolean {
  return (!included || included.has(c.targetGroup)) && c.startDate <= date && (!c.endDate || c.endDate >= date);
}

const danish = new Intl.Collator('da');

function sizes(
  role: CaseloadRole,
  members: Map<string, Set<number>>,
  citizens: readonly Citizen[],
  band: CaseloadBand,
): CaseloadSize[] {
  return [...members.entries()]
    .sort(([a], [b]) => danish.compare(a, b))
    .map(([name, set]): CaseloadSize => {
      const teams = new Map<string, number>();
      for (const i of set) teams.set(citizens[i].team, (teams.get(citizens[i].team) ?? 0) + 1);
      const team = [...teams.entries()].sort((a, b) => b[1] - a[1] || danish.compare(a[0], b[0]))[0]?.[0] ?? null;
      return { name, role, team, citizens: set.size, bandMin: band.min, bandMax: band.max, above: set.size > band.max };
    });
}

export function caseloadSizes(
  valid: ValidatedCaseload,
  asOf: IsoDate,
  included: ReadonlySet<string> | null,
  settings: Settings,
): CaseloadSize[] {
  const { citizens, placements, placementOwner } = valid;
  const current = citizens.map((c) => inTargetGroupOn(c, asOf, included));
  const workers = new Map<string, Set<number>>();
  const consultants = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, name: string | undefined, i: number) => {
    if (!name) return;
    let set = map.get(name);
    if (!set) map.set(name, (set = new Set()));
    set.add(i);
  };
  citizens.forEach((c, i) => {
    if (!current[i]) return;
    add(workers, c.caseworker, i);
    add(consultants, c.companyConsultant, i);
  });
  placements.forEach((p, j) => {
    const i = placementOwner[j];
    if (current[i] && p.startDate <= asOf && (!p.endDate || p.endDate >= asOf))
      add(consultants, p.companyConsultant, i);
  });
  return [
    ...sizes('Sagsbehandler', workers, citizens, settings.caseworkerBand ?? DEFAULT_CASEWORKER_BAND),
    ...sizes('Virksomhedskonsulent', consultants, citizens, settings.consultantBand ?? DEFAULT_CONSULTANT_BAND),
  ];
}
