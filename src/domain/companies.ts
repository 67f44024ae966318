// The company side of the placements (issue 23; 004 §4.5-§4.7): per company — by CVR when given, else by
// its name folded like Borger-IDs — the ongoing placements, starts and ends in the last 12 months, ends by
// Afslutningsårsag, and how many ended placements were followed by ordinary hours or a job within three
// months ("målet med praktik er lønkroner", 004 §4.6). Pure; counts and Forløb rows, never a sentence.
import { addMonths, firstDay, lastDay, monthIndex, monthOf } from './dates';
import { END_REASONS, type EndReason, type IsoDate, type Placement } from './model';
import { idKey } from './rowRules';
import type { ValidatedCaseload } from './validate';

/** The Forløb types that are placements with a company (the same as placementWithoutAgreement's). */
export const COMPANY_PLACEMENT_TYPES: readonly Placement['type'][] = ['Virksomhedspraktik', 'Løntilskud'];
/** Calendar months, ending with the as-of month, in which starts and ends are counted. */
export const COMPANY_WINDOW_MONTHS = 12;
/** Months after the end month in which ordinary hours or a job make an ended placement a conversion. */
export const CONVERSION_MONTHS = 3;
/** The key of endsByReason for an ended placement without Afslutningsårsag. */
export const NO_END_REASON = 'Ikke angivet';
export type EndReasonKey = EndReason | typeof NO_END_REASON;
export const END_REASON_KEYS: readonly EndReasonKey[] = [...END_REASONS, NO_END_REASON];

export interface CompanyStats {
  /** `cvr:<8 digits>` or `navn:<folded name>`. */
  key: string;
  cvr: string | null;
  /** The spelling used most often on its rows (ties: Danish order); the CVR when no row names it. */
  name: string;
  /** Every spelling of the name on its rows, Danish order. */
  names: string[];
  /** Virksomhedskonsulenter of its placements (Forløb's, else the citizen's), Danish order. */
  consultants: string[];
  /** Placements ongoing on the as-of date. */
  ongoing: number;
  /** Placements starting in the window (on or before the as-of date). */
  starts: number;
  /** Placements ending in the window (on or before the as-of date). */
  ends: number;
  /** The ends by Afslutningsårsag; every key present. */
  endsByReason: Record<EndReasonKey, number>;
  /** Ends followed by ordinary hours or a job within CONVERSION_MONTHS (see isConversion). */
  converted: number;
  /** Forløb rows (1-based) the figures are about: ongoing, started or ended in the window; latest start first. */
  placementRows: number[];
  /** The rows among them counted in `converted`. */
  convertedRows: number[];
}

export interface CompanyWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The 12 calendar months ending with the as-of month, up to the as-of date itself. */
export function companyWindow(asOf: IsoDate): CompanyWindow {
  return { from: firstDay(addMonths(monthOf(asOf), -(COMPANY_WINDOW_MONTHS - 1))), to: asOf };
}

const danish = new Intl.Collator('da');

/**
 * The company key of each company placement (null for other types and rows naming no company): CVR when
 * given; else the folded name, unless rows with a CVR use that folded name with exactly one CVR, which
 * the row then joins.
 */
export function companyKeys(placements: readonly Placement[]): (string | null)[] {
  const cvrsOfName = new Map<string, Set<string>>();
  for (const p of placements) {
    if (!p.cvr || !p.company || !COMPANY_PLACEMENT_TYPES.includes(p.type)) continue;
    const folded = idKey(p.company);
    const set = cvrsOfName.get(folded) ?? new Set<string>();
    set.add(p.cvr);
    cvrsOfName.set(folded, set);
  }
  return placements.map((p) => {
    if (!COMPANY_PLACEMENT_TYPES.includes(p.type)) return null;
    if (p.cvr) return `cvr:${p.cvr}`;
    const name = p.company?.trim();
    if (!name) return null;
    const folded = idKey(name);
    const cvrs = cvrsOfName.get(folded);
    return cvrs && cvrs.size === 1 ? `cvr:${[...cvrs][0]}` : `navn:${folded}`;
  });
}

/** Per citizen: the month indexes with ordinary hours > 0, and their Ordinære timer / Job placements. */
function workOf(valid: ValidatedCaseload) {
  const hourMonths = new Map<number, Set<number>>();
  valid.hours.forEach((h, j) => {
    if (h.hours <= 0) return;
    const owner = valid.hoursOwner[j];
    const set = hourMonths.get(owner) ?? new Set<number>();
    set.add(monthIndex(h.month));
    hourMonths.set(owner, set);
  });
  const jobs = new Map<number, Placement[]>();
  valid.placements.forEach((p, j) => {
    if (p.type !== 'Ordinære timer' && p.type !== 'Job') return;
    const owner = valid.placementOwner[j];
    const list = jobs.get(owner) ?? [];
    list.push(p);
    jobs.set(owner, list);
  });
  return { hourMonths, jobs };
}

/**
 * An ended placement (end month e) is a conversion when its Afslutningsårsag is "Ordinære timer eller job",
 * or the citizen has ordinary hours (Timer > 0) in a month m with e < m <= e + 3, or an Ordinære timer /
 * Job Forløb touching such a month; months after the as-of month do not count (not yet happened).
 */
export function isConversion(
  p: Placement,
  asOf: IsoDate,
  hourMonths: ReadonlySet<number> | undefined,
  jobs: readonly Placement[] | undefined,
): boolean {
  if (!p.endDate) return false;
  if (p.endReason === 'Ordinære timer eller job') return true;
  const e = monthIndex(monthOf(p.endDate));
  const last = Math.min(e + CONVERSION_MONTHS, monthIndex(monthOf(asOf)));
  if (last <= e) return false;
  for (let m = e + 1; m <= last; m++) if (hourMonths?.has(m)) return true;
  const from = firstDay(addMonths(monthOf(p.endDate), 1));
  const to = minDate(lastDay(addMonths(monthOf(p.endDate), last - e)), asOf);
  return (jobs ?? []).some((j) => j.startDate <= to && (!j.endDate || j.endDate >= from));
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

interface Building {
  stats: CompanyStats;
  spellings: Map<string, number>;
  consultants: Set<string>;
  rows: { row: number; start: IsoDate }[];
}

/** Every company with a placement ongoing, started or ended in the window; most ongoing first, then starts, then name. */
export function companyOverview(valid: ValidatedCaseload, asOf: IsoDate): CompanyStats[] {
  const window = companyWindow(asOf);
  const keys = companyKeys(valid.placements);
  const { hourMonths, jobs } = workOf(valid);
  const byKey = new Map<string, Building>();
  valid.placements.forEach((p, j) => {
    const key = keys[j];
    if (key === null) return;
    const ongoing = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
    const started = p.startDate >= window.from && p.startDate <= window.to;
    const ended = p.endDate !== undefined && p.endDate >= window.from && p.endDate <= window.to;
    if (!ongoing && !started && !ended) return;
    const owner = valid.placementOwner[j];
    const b = byKey.get(key) ?? newBuilding(key, p);
    byKey.set(key, b);
    const s = b.stats;
    if (ongoing) s.ongoing++;
    if (started) s.starts++;
    if (ended) {
      s.ends++;
      s.endsByReason[p.endReason ?? NO_END_REASON]++;
      if (isConversion(p, asOf, hourMonths.get(owner), jobs.get(owner))) {
        s.converted++;
        s.convertedRows.push(p.row);
      }
    }
    const name = p.company?.trim();
    if (name) b.spellings.set(name, (b.spellings.get(name) ?? 0) + 1);
    const vk = p.companyConsultant ?? valid.citizens[owner].companyConsultant;
    if (vk) b.consultants.add(vk);
    b.rows.push({ row: p.row, start: p.startDate });
  });
  const out = [...byKey.values()].map(finish);
  return out.sort((a, b) => b.ongoing - a.ongoing || b.starts - a.starts || danish.compare(a.name, b.name));
}

function newBuilding(key: string, p: Placement): Building {
  const endsByReason = Object.fromEntries(END_REASON_KEYS.map((k) => [k, 0])) as Record<EndReasonKey, number>;
  return {
    stats: {
      key,
      cvr: p.cvr ?? (key.startsWith('cvr:') ? key.slice(4) : null),
      name: '',
      names: [],
      consultants: [],
      ongoing: 0,
      starts: 0,
      ends: 0,
      endsByReason,
      converted: 0,
      placementRows: [],
      convertedRows: [],
    },
    spellings: new Map(),
    consultants: new Set(),
    rows: [],
  };
}

function finish(b: Building): CompanyStats {
  const names = [...b.spellings.keys()].sort(danish.compare);
  let name = names[0] ?? b.stats.cvr ?? '';
  for (const n of names) if (b.spellings.get(n)! > b.spellings.get(name)!) name = n;
  const placementRows = b.rows
    .sort((x, y) => (x.start === y.start ? x.row - y.row : x.start < y.start ? 1 : -1))
    .map((r) => r.row);
  return { ...b.stats, name, names, consultants: [...b.consultants].sort(danish.compare), placementRows };
}
