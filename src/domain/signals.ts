// Signals for the monthly caseload dialogue (DOMAIN.md; 004 section 4.4 and 4.6): placements about to
// end, long praktik without ordinary hours, rows not reviewed for 30 days, caseloads outside the band.
import { addDays, addMonthsToDate, formatDanishDate, monthOf } from './dates';
import type { Citizen } from './model';
import type { ValidatedCaseload } from './validate';
import type { CaseloadSize, Signal } from './report';

export const CASEWORKER_BAND = { min: 40, max: 50 } as const;
export const CONSULTANT_BAND = { min: 30, max: 35 } as const;
const SOON_DAYS = 30;
const REVIEW_DAYS = 30;
const LONG_PRAKTIK_MONTHS = 3;

function inTargetGroupOn(c: Citizen, date: string, included: Set<string> | null): boolean {
  return (!included || included.has(c.targetGroup)) && c.startDate <= date && (!c.endDate || c.endDate >= date);
}

export function dialogueSignals(
  valid: ValidatedCaseload,
  asOf: string,
  included: Set<string> | null,
  sizes: readonly CaseloadSize[],
): Signal[] {
  const { citizens, placements, hours, placementOwner, hoursOwner } = valid;
  const current = citizens.map((c) => inTargetGroupOn(c, asOf, included));
  const soon = addDays(asOf, SOON_DAYS);
  // Latest month with ordinary hours per citizen (by index: rows were resolved once, in validation).
  const lastHoursMonth: (string | undefined)[] = new Array(citizens.length);
  hours.forEach((h, j) => {
    const c = hoursOwner[j];
    if (h.hours > 0 && (lastHoursMonth[c] === undefined || h.month > lastHoursMonth[c]!)) lastHoursMonth[c] = h.month;
  });
  // A praktik that started on or before this date has lasted more than three months.
  const longAgo = addDays(addMonthsToDate(asOf, -LONG_PRAKTIK_MONTHS), -1);
  const signals: Signal[] = [];
  const about = (c: Citizen) => ({ citizenId: c.id, caseworker: c.caseworker, team: c.team, companyConsultant: c.companyConsultant });

  placements.forEach((p, pi) => {
    const owner = placementOwner[pi];
    if (!current[owner]) return;
    const c = citizens[owner];
    if (p.endDate && p.endDate >= asOf && p.endDate <= soon) {
      signals.push({
        kind: 'placementEndingSoon', ...about(c), date: p.endDate,
        message: `${p.type}${p.company ? ` hos ${p.company}` : ''} slutter ${formatDanishDate(p.endDate)}: aftal næste skridt`,
      });
    }
    const ongoing = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
    if (p.type === 'Virksomhedspraktik' && ongoing && p.startDate <= longAgo) {
      const last = lastHoursMonth[owner];
      if (!last || last < monthOf(p.startDate)) {
        signals.push({
          kind: 'longPraktikWithoutHours', ...about(c), date: p.startDate,
          message: `Praktik${p.company ? ` hos ${p.company}` : ''} siden ${formatDanishDate(p.startDate)} uden ordinære timer: tal med virksomheden om løntimer eller afslut forløbet`,
        });
      }
    }
  });
  const reviewBefore = addDays(asOf, -REVIEW_DAYS);
  citizens.forEach((c, i) => {
    if (!current[i]) return;
    if (!c.updated || c.updated < reviewBefore) {
      signals.push({
        kind: 'notReviewed', ...about(c), date: c.updated,
        message: c.updated ? `Ikke gennemgået siden ${formatDanishDate(c.updated)}` : 'Aldrig gennemgået (Opdateret er tom)',
      });
    }
  });
  for (const size of sizes) {
    if (size.within) continue;
    const above = size.citizens > size.bandMax;
    signals.push({
      kind: above ? 'caseloadAboveBand' : 'caseloadBelowBand',
      ...(size.role === 'Sagsbehandler' ? { caseworker: size.name } : { companyConsultant: size.name }),
      team: size.team ?? undefined,
      message: `${size.role} ${size.name} har ${size.citizens} borgere; anbefalet ${size.bandMin}-${size.bandMax}`,
    });
  }
  return signals;
}

/** Caseload per Sagsbehandler (band 40-50) and per Virksomhedskonsulent (band 30-35) on the as-of date. */
export function caseloadSizes(citizens: readonly Citizen[], asOf: string, included: Set<string> | null): CaseloadSize[] {
  const count = (role: CaseloadSize['role'], nameOf: (c: Citizen) => string | undefined) => {
    const sizes = new Map<string, { n: number; teams: Map<string, number> }>();
    for (const c of citizens) {
      const name = nameOf(c);
      if (!name || !inTargetGroupOn(c, asOf, included)) continue;
      const s = sizes.get(name) ?? { n: 0, teams: new Map<string, number>() };
      s.n++;
      s.teams.set(c.team, (s.teams.get(c.team) ?? 0) + 1);
      sizes.set(name, s);
    }
    const band = role === 'Sagsbehandler' ? CASEWORKER_BAND : CONSULTANT_BAND;
    return [...sizes.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'da'))
      .map(([name, s]): CaseloadSize => {
        const team = [...s.teams.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))[0][0];
        return { name, role, team, citizens: s.n, bandMin: band.min, bandMax: band.max, within: s.n >= band.min && s.n <= band.max };
      });
  };
  return [...count('Sagsbehandler', (c) => c.caseworker), ...count('Virksomhedskonsulent', (c) => c.companyConsultant)];
}
