// The company side of the placements (issue 23; 004 §4.5-§4.7): per company — by CVR when given, else by
// its name folded like Borger-IDs — the ongoing placements, starts and ends in the last 12 months, ends by
// Afslutningsårsag, and how many ended placements were followed by ordinary hours or a job within three
// months ("målet med praktik er lønkroner", 004 §4.6). Pure; counts and Forløb rows, never a sentence.
import { addMonths, firstDay, monthNumber, monthOf } from './dates';
import { END_REASONS, type EndReason, type IsoDate, type Placement } from './model';
import { idKey } from './rowRules';
import type { ValidatedCaseload } from './validate';

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
  /** Forløb rows (1-based) the figures are about: ongoing, started or ended in the window; in table order. */
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

const isCompanyPlacement = (p: Placement) => p.type === 'Virksomhedspraktik' || p.type === 'Løntilskud';

/**
 * The company key of each company placement (null for other types and rows naming no company): CVR when
 * given; else the folded name, unless rows with a CVR use that folded name with exactly one CVR, which
 * the row then joins. Each distinct spelling is folded once (40,000 rows name a few hundred companies).
 */
export function companyKeys(placements: readonly Placement[]): (string | null)[] {
  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let key = folded.get(name);
    if (key === undefined) folded.set(name, (key = idKey(name.trim())));
    return key;
  };
  const cvrsOfName = new Map<string, Set<string>>();
  for (const p of placements) {
    if (!p.cvr || !p.company || !isCompanyPlacement(p)) continue;
    const name = fold(p.company);
    const set = cvrsOfName.get(name) ?? new Set<string>();
    set.add(p.cvr);
    cvrsOfName.set(name, set);
  }
  const byCvr = new Map<string, string>();
  const byName = new Map<string, string>();
  const nameKey = (company: string) => {
    const cvrs = cvrsOfName.get(fold(company));
    return cvrs && cvrs.size === 1 ? `cvr:${[...cvrs][0]}` : `navn:${fold(company)}`;
  };
  return placements.map((p) => {
    if (!isCompanyPlacement(p)) return null;
    const cvr = p.cvr;
    let key: string | undefined;
    if (cvr) {
      if ((key = byCvr.get(cvr)) === undefined) byCvr.set(cvr, (key = `cvr:${cvr}`));
      return key;
    }
    const company = p.company;
    if (!company || !company.trim()) return null;
    if ((key = byName.get(company)) === undefined) byName.set(company, (key = nameKey(company)));
    return key;
  });
}

/**
 * The months in which each citizen worked, as conversion reads them: ordinary hours (a Timer row > 0) or
 * an Ordinære timer / Job Forløb touching the month up to the as-of date. Only the months a conversion
 * can look at are kept: after the window's first month up to the as-of month (a flat citizen x month
 * byte array, filled in one pass over Timer and one over Forløb).
 */
export class WorkMonths {
  /** Month index of slot 0: the window's first month (never itself read: conversion starts a month after an end). */
  private readonly first: number;
  private readonly span: number;
  private readonly worked: Uint8Array;

  constructor(valid: ValidatedCaseload, asOf: IsoDate) {
    const last = monthNumber(asOf);
    this.first = last - (COMPANY_WINDOW_MONTHS - 1);
    this.span = COMPANY_WINDOW_MONTHS;
    this.worked = new Uint8Array(valid.citizens.length * this.span);
    valid.hours.forEach((h, j) => {
      if (h.hours > 0) this.mark(valid.hoursOwner[j], monthNumber(h.month), monthNumber(h.month));
    });
    valid.placements.forEach((p, j) => {
      if (p.type !== 'Ordinære timer' && p.type !== 'Job') return;
      // The as-of month counts only when the Forløb has started by the as-of date.
      const to = p.endDate ? Math.min(monthNumber(p.endDate), last) : last;
      this.mark(valid.placementOwner[j], monthNumber(p.startDate), p.startDate > asOf ? Math.min(to, last - 1) : to);
    });
  }

  private mark(owner: number, from: number, to: number): void {
    const base = owner * this.span - this.first;
    for (let m = Math.max(from, this.first + 1); m <= Math.min(to, this.first + this.span - 1); m++)
      this.worked[base + m] = 1;
  }

  /** The citizen worked in the month (a month index within the window; false outside it). */
  has(owner: number, month: number): boolean {
    const slot = month - this.first;
    return slot > 0 && slot < this.span && this.worked[owner * this.span + slot] === 1;
  }
}

/**
 * An ended placement (end month e) is a conversion when its Afslutningsårsag is "Ordinære timer eller job",
 * or the citizen worked (WorkMonths: ordinary hours, or an Ordinære timer / Job Forløb) in a month m with
 * e < m <= e + 3; months after the as-of month do not count (not yet happened).
 */
export function isConversion(p: Placement, asOf: IsoDate, worked: (month: number) => boolean): boolean {
  if (!p.endDate) return false;
  if (p.endReason === 'Ordinære timer eller job') return true;
  const e = monthNumber(p.endDate);
  const last = Math.min(e + CONVERSION_MONTHS, monthNumber(asOf));
  for (let m = e + 1; m <= last; m++) if (worked(m)) return true;
  return false;
}

interface Building {
  stats: CompanyStats;
  spellings: Map<string, number>;
  consultants: Set<string>;
  /** Forløb rows, in table order. */
  rows: number[];
}

/** Every company with a placement ongoing, started or ended in the window; most ongoing first, then starts, then name. */
export function companyOverview(valid: ValidatedCaseload, asOf: IsoDate): CompanyStats[] {
  const window = companyWindow(asOf);
  const keys = companyKeys(valid.placements);
  // Conversions are decided after the pass, from the work of only the citizens whose placements ended.
  const endedRows: { j: number; stats: CompanyStats }[] = [];
  const byKey = new Map<string, Building>();
  valid.placements.forEach((p, j) => {
    const key = keys[j];
    if (key === null) return;
    const ongoing = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
    const started = p.startDate >= window.from && p.startDate <= window.to;
    const ended = p.endDate !== undefined && p.endDate >= window.from && p.endDate <= window.to;
    if (!ongoing && !started && !ended) return;
    const owner = valid.placementOwner[j];
    let b = byKey.get(key);
    if (!b) byKey.set(key, (b = newBuilding(key, p)));
    const s = b.stats;
    if (ongoing) s.ongoing++;
    if (started) s.starts++;
    if (ended) {
      s.ends++;
      s.endsByReason[p.endReason ?? NO_END_REASON]++;
      endedRows.push({ j, stats: s });
    }
    const name = p.company;
    if (name) b.spellings.set(name, (b.spellings.get(name) ?? 0) + 1);
    const vk = p.companyConsultant ?? valid.citizens[owner].companyConsultant;
    if (vk) b.consultants.add(vk);
    b.rows.push(p.row);
  });
  const work = new WorkMonths(valid, asOf);
  for (const { j, stats } of endedRows) {
    const owner = valid.placementOwner[j];
    if (!isConversion(valid.placements[j], asOf, (m) => work.has(owner, m))) continue;
    stats.converted++;
    stats.convertedRows.push(valid.placements[j].row);
  }
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
  return { ...b.stats, name, names, consultants: [...b.consultants].sort(danish.compare), placementRows: b.rows };
}
