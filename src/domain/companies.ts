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
 * the row then joins.
 */
export function companyKeys(placements: readonly Placement[]): (string | null)[] {
  const index = companyIndex(placements);
  return Array.from(index.keyOf, (k) => (k < 0 ? null : index.keys[k]));
}

/** Each placement's company key and spelling of Virksomhed as small numbers (-1: none), and what they name. */
interface CompanyIndex {
  keyOf: Int32Array;
  keys: string[];
  spellingOf: Int32Array;
  spellings: string[];
}

/**
 * companyKeys as numbers: each distinct spelling is looked up once a row and folded once (40,000 rows name
 * a few hundred companies), each distinct key string gets one number, so the overview's pass over the
 * rows compares numbers, not texts.
 */
function companyIndex(placements: readonly Placement[]): CompanyIndex {
  const spellingId = new Map<string, number>();
  const spellings: string[] = [];
  const folded: string[] = [];
  const spellingOf = new Int32Array(placements.length).fill(-1);
  const cvrsOfName = new Map<string, Set<string>>();
  placements.forEach((p, j) => {
    const company = p.company;
    if (!company || !isCompanyPlacement(p)) return;
    let id = spellingId.get(company);
    if (id === undefined) {
      spellingId.set(company, (id = spellings.length));
      spellings.push(company);
      folded.push(idKey(company.trim()));
    }
    spellingOf[j] = id;
    if (!p.cvr) return;
    const set = cvrsOfName.get(folded[id]) ?? new Set<string>();
    set.add(p.cvr);
    cvrsOfName.set(folded[id], set);
  });
  const keys: string[] = [];
  const keyId = new Map<string, number>();
  const idOf = (key: string) => {
    let k = keyId.get(key);
    if (k === undefined) keyId.set(key, (k = keys.push(key) - 1));
    return k;
  };
  const byCvr = new Map<string, number>();
  // Per spelling: its key number; -2 not yet known, -1 a name of only spaces (no company).
  const bySpelling = new Int32Array(spellings.length).fill(-2);
  const nameKey = (id: number) => {
    if (!spellings[id].trim()) return -1;
    const cvrs = cvrsOfName.get(folded[id]);
    return idOf(cvrs && cvrs.size === 1 ? `cvr:${[...cvrs][0]}` : `navn:${folded[id]}`);
  };
  const keyOf = new Int32Array(placements.length).fill(-1);
  placements.forEach((p, j) => {
    if (!isCompanyPlacement(p)) return;
    const cvr = p.cvr;
    if (cvr) {
      let k = byCvr.get(cvr);
      if (k === undefined) byCvr.set(cvr, (k = idOf(`cvr:${cvr}`)));
      keyOf[j] = k;
      return;
    }
    const id = spellingOf[j];
    if (id < 0) return;
    if (bySpelling[id] === -2) bySpelling[id] = nameKey(id);
    keyOf[j] = bySpelling[id];
  });
  return { keyOf, keys, spellingOf, spellings };
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
  /** Spelling number -> rows using it, in order of first use. */
  spellings: Map<number, number>;
  /** Virksomhedskonsulent numbers, in order of first use. */
  consultants: Set<number>;
  /** Forløb rows, in table order. */
  rows: number[];
}

/** Every company with a placement ongoing, started or ended in the window; most ongoing first, then starts, then name. */
export function companyOverview(valid: ValidatedCaseload, asOf: IsoDate): CompanyStats[] {
  const window = companyWindow(asOf);
  const index = companyIndex(valid.placements);
  const vks = new Consultants(valid);
  // Conversions are decided after the pass, from the work of only the citizens whose placements ended.
  const endedRows: { j: number; stats: CompanyStats }[] = [];
  const byKey = new Array<Building | undefined>(index.keys.length);
  const built: Building[] = [];
  valid.placements.forEach((p, j) => {
    const key = index.keyOf[j];
    if (key < 0) return;
    const ongoing = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
    const started = p.startDate >= window.from && p.startDate <= window.to;
    const ended = p.endDate !== undefined && p.endDate >= window.from && p.endDate <= window.to;
    if (!ongoing && !started && !ended) return;
    let b = byKey[key];
    if (!b) built.push((b = byKey[key] = newBuilding(index.keys[key], p)));
    const s = b.stats;
    if (ongoing) s.ongoing++;
    if (started) s.starts++;
    if (ended) {
      s.ends++;
      s.endsByReason[p.endReason ?? NO_END_REASON]++;
      endedRows.push({ j, stats: s });
    }
    const spelling = index.spellingOf[j];
    if (spelling >= 0) b.spellings.set(spelling, (b.spellings.get(spelling) ?? 0) + 1);
    const vk = vks.of(p, valid.placementOwner[j]);
    if (vk >= 0) b.consultants.add(vk);
    b.rows.push(p.row);
  });
  const work = new WorkMonths(valid, asOf);
  for (const { j, stats } of endedRows) {
    const owner = valid.placementOwner[j];
    if (!isConversion(valid.placements[j], asOf, (m) => work.has(owner, m))) continue;
    stats.converted++;
    stats.convertedRows.push(valid.placements[j].row);
  }
  const rank = vks.danishRanks();
  const out = built.map((b) => finish(b, index.spellings, vks.names, rank));
  return out.sort((a, b) => b.ongoing - a.ongoing || b.starts - a.starts || danish.compare(a.name, b.name));
}

/**
 * A placement's Virksomhedskonsulent (Forløb's, else the citizen's) as a number: each citizen's looked up
 * once, a Forløb's only when it names one.
 */
class Consultants {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly ofCitizen: Int32Array;

  constructor(valid: ValidatedCaseload) {
    this.ofCitizen = new Int32Array(valid.citizens.length);
    valid.citizens.forEach((c, i) => (this.ofCitizen[i] = this.idOf(c.companyConsultant)));
  }

  private idOf(name: string | undefined): number {
    if (!name) return -1;
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }

  /** -1 when there is none (an empty Forløb value does not fall back to the citizen's). */
  of(p: Placement, owner: number): number {
    return p.companyConsultant !== undefined && p.companyConsultant !== null
      ? this.idOf(p.companyConsultant)
      : this.ofCitizen[owner];
  }

  /** Per number: its place in Danish order (names the collator finds equal share a place). */
  danishRanks(): Int32Array {
    const order = this.names.map((_, i) => i).sort((a, b) => danish.compare(this.names[a], this.names[b]));
    const rank = new Int32Array(this.names.length);
    order.forEach((id, i) => {
      rank[id] = i > 0 && danish.compare(this.names[order[i - 1]], this.names[id]) === 0 ? rank[order[i - 1]] : i;
    });
    return rank;
  }
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

function finish(
  b: Building,
  spellings: readonly string[],
  vkNames: readonly string[],
  vkRank: Int32Array,
): CompanyStats {
  const used = [...b.spellings.keys()];
  const count = new Map(used.map((id) => [spellings[id], b.spellings.get(id)!]));
  const names = used.map((id) => spellings[id]).sort(danish.compare);
  let name = names[0] ?? b.stats.cvr ?? '';
  for (const n of names) if (count.get(n)! > count.get(name)!) name = n;
  // A stable sort on the ranks: the same order as sorting the names with the collator.
  const consultants = [...b.consultants].sort((x, y) => vkRank[x] - vkRank[y]).map((id) => vkNames[id]);
  return { ...b.stats, name, names, consultants, placementRows: b.rows };
}
