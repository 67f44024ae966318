// The Virksomheder view's filter and sort, apart from the components so they are plain functions: a
// company is a VK's when one of its placements is (Forløb's VK, else the citizen's); figures sort largest
// first, names the Danish way, ties by name.
import type { CompanyStats } from '../../../domain/companies';

export const COMPANY_SORTS = ['ongoing', 'starts', 'ends', 'converted', 'name'] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

const danish = new Intl.Collator('da');

/** The companies of `consultant` ('' = all), sorted by `by`. */
export function sortCompanies(list: readonly CompanyStats[], by: CompanySort, consultant: string): CompanyStats[] {
  const mine = consultant ? list.filter((c) => c.consultants.includes(consultant)) : [...list];
  const byName = (a: CompanyStats, b: CompanyStats) => danish.compare(a.name, b.name);
  if (by === 'name') return mine.sort(byName);
  return mine.sort((a, b) => b[by] - a[by] || byName(a, b));
}

/** Every VK named on a company's placements, Danish order. */
export function companyConsultants(list: readonly CompanyStats[]): string[] {
  const names = new Set<string>();
  for (const c of list) for (const n of c.consultants) names.add(n);
  return [...names].sort(danish.compare);
}
