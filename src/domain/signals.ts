// Signals for the monthly caseload dialogue (DOMAIN.md section 4; 004 sections 4.4 and 4.6): the fixed
// kinds, each with the citizen, caseworker, team and a date, thresholds from the settings, listed by
// caseworker and oldest date first within each. Codes and fields only: src/text/signals.ts words them.
import { addDays, addMonths, lastDay, monthOf } from './dates';
import { inTargetGroupOn } from './caseloads';
import type { Agreement, Citizen, ClosedCitizen, IsoDate, Placement, Settings } from './model';
import { readinessSignals } from './readinessSignals';
import type { ClosedReadiness } from './readiness';
import type { CaseloadSize, RuleSummary, Signal } from './report';
import type { ValidatedCaseload } from './validate';

/** A counted placement ending within this many days is "ending soon". */
export const ENDING_SOON_DAYS = 30;
export const DEFAULT_REVIEW_DAYS = 30;
export const DEFAULT_FOLLOW_UP_DAYS = 31;
export const DEFAULT_PRAKTIK_WITHOUT_HOURS_WEEKS = 13;
/** Months (ending with the as-of month) in which ordinary hours would clear a long praktik. */
const HOURS_WINDOW_MONTHS = 3;

const danish = new Intl.Collator('da');

function ongoingOn(p: Placement, date: IsoDate): boolean {
  return p.startDate <= date && (!p.endDate || p.endDate >= date);
}

/** Per citizen: had ordinary hours in the window (a Timer row > 0, or an Ordinære timer / Job Forløb touching it). */
function hadOrdinaryHours(valid: ValidatedCaseload, asOf: IsoDate): Uint8Array {
  const out = new Uint8Array(valid.citizens.length);
  const fromMonth = addMonths(monthOf(asOf), -(HOURS_WINDOW_MONTHS - 1));
  const toMonth = monthOf(asOf);
  const from = `${fromMonth}-01`;
  const to = lastDay(toMonth);
  valid.hours.forEach((h, j) => {
    if (h.hours > 0 && h.month >= fromMonth && h.month <= toMonth) out[valid.hoursOwner[j]] = 1;
  });
  valid.placements.forEach((p, j) => {
    if ((p.type === 'Ordinære timer' || p.type === 'Job') && p.startDate <= to && (!p.endDate || p.endDate >= from)) {
      out[valid.placementOwner[j]] = 1;
    }
  });
  return out;
}

export interface SignalInput {
  valid: ValidatedCaseload;
  asOf: IsoDate;
  rule: RuleSummary;
  settings: Settings;
  caseloads: readonly CaseloadSize[];
  agreements: readonly Agreement[];
  /** Historik_borgere rows (Parathed at each close, issue 23); absent = no close known. */
  closedCitizens?: readonly ClosedCitizen[];
  /** The same Parathed at each close without expanding them (closedHistory.ts); used when given. */
  readinessAtClose?: (onOrBefore: IsoDate) => ReadonlyMap<string, ClosedReadiness>;
  /** The Forløb table has `Mål for forløbet` or `Skriftlig aftale` (Caseload.placementAgreementColumns). */
  placementAgreementColumns?: boolean;
}

/** A signal's citizen fields; the VK from the placement, else the citizen's own. */
function about(c: Citizen, p?: Placement) {
  return {
    citizenId: c.id,
    caseworker: c.caseworker,
    team: c.team,
    companyConsultant: p?.companyConsultant ?? c.companyConsultant ?? null,
  };
}

export function dialogueSignals(input: SignalInput): Signal[] {
  const { valid, asOf, rule } = input;
  const included = rule.targetGroups ? new Set<string>(rule.targetGroups) : null;
  const current = valid.citizens.map((c) => inTargetGroupOn(c, asOf, included));
  const all: Signal[] = [];
  for (const part of [
    placementSignals(input, current),
    reviewSignals(input, current),
    caseloadSignals(input.caseloads),
    agreementSignals(input),
    readinessSignals(input, current),
    placementAgreementSignals(input, current),
  ])
    for (const s of part) all.push(s);
  return sortSignals(all);
}

/** placementEndingSoon, followUpDue and praktikWithoutHours: ongoing placements of current citizens. */
function placementSignals({ valid, asOf, rule, settings }: SignalInput, current: boolean[]): Signal[] {
  const { citizens, placements, placementOwner } = valid;
  const counted = new Set<string>(rule.counts);
  const followUpDays = settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
  const weeks = settings.praktikWithoutHoursWeeks ?? DEFAULT_PRAKTIK_WITHOUT_HOURS_WEEKS;
  const soon = addDays(asOf, ENDING_SOON_DAYS);
  const withHours = hadOrdinaryHours(valid, asOf);
  // Day thresholds as dates, compared as ISO text (hot path): "more than N days before as-of" is "< as-of - N".
  const followUpBefore = addDays(asOf, -followUpDays);
  const praktikFrom = addDays(asOf, -weeks * 7);
  const signals: Signal[] = [];
  placements.forEach((p, j) => {
    const owner = placementOwner[j];
    if (!current[owner] || !ongoingOn(p, asOf)) return;
    const c = citizens[owner];
    const company = p.company ?? null;
    // about(c, p)'s fields written out (hot path: thousands of signals, no object spread).
    const companyConsultant = p.companyConsultant ?? c.companyConsultant ?? null;
    const citizenId = c.id;
    const caseworker = c.caseworker;
    const team = c.team;
    if (counted.has(p.type) && p.endDate && p.endDate <= soon) {
      signals.push({
        kind: 'placementEndingSoon',
        citizenId,
        caseworker,
        team,
        companyConsultant,
        date: p.endDate,
        placementType: p.type,
        company,
        endDate: p.endDate,
        placementRow: p.row,
      });
    }
    if (p.type !== 'Virksomhedspraktik') return;
    const lastFollowUp = p.followUp ?? p.startDate;
    if (lastFollowUp < followUpBefore) {
      signals.push({
        kind: 'followUpDue',
        citizenId,
        caseworker,
        team,
        companyConsultant,
        date: lastFollowUp,
        placementType: p.type,
        company,
        lastFollowUp,
        neverFollowedUp: !p.followUp,
        followUpDays,
        placementRow: p.row,
      });
    }
    if (p.startDate <= praktikFrom && !withHours[owner]) {
      signals.push({
        kind: 'praktikWithoutHours',
        citizenId,
        caseworker,
        team,
        companyConsultant,
        date: p.startDate,
        company,
        startDate: p.startDate,
        weeks,
        placementRow: p.row,
      });
    }
  });

  return signals;
}

/** notReviewed: current citizens whose row was not reviewed within the review period. */
function reviewSignals({ valid, asOf, settings }: SignalInput, current: boolean[]): Signal[] {
  const reviewDays = settings.reviewDays ?? DEFAULT_REVIEW_DAYS;
  const reviewBefore = addDays(asOf, -reviewDays);
  const signals: Signal[] = [];
  valid.citizens.forEach((c, i) => {
    if (current[i] && (!c.updated || c.updated < reviewBefore)) {
      signals.push({
        kind: 'notReviewed',
        citizenId: c.id,
        caseworker: c.caseworker,
        team: c.team,
        companyConsultant: c.companyConsultant ?? null,
        date: c.updated ?? null,
        updated: c.updated ?? null,
        reviewDays,
      });
    }
  });

  return signals;
}

/** caseloadAboveBand: only a caseload above the band's maximum (the bands are upper limits). */
function caseloadSignals(caseloads: readonly CaseloadSize[]): Signal[] {
  const signals: Signal[] = [];
  for (const size of caseloads) {
    if (!size.above) continue;
    signals.push({
      kind: 'caseloadAboveBand',
      citizenId: null,
      caseworker: size.name,
      companyConsultant: size.role === 'Virksomhedskonsulent' ? size.name : null,
      team: size.team,
      date: null,
      role: size.role,
      citizens: size.citizens,
      bandMax: size.bandMax,
    });
  }

  return signals;
}

/** agreementOverdue: open agreements past their deadline. */
function agreementSignals({ valid, asOf, caseloads, agreements }: SignalInput): Signal[] {
  const signals: Signal[] = [];
  if (agreements.length === 0) return signals;
  const byId = new Map(valid.citizens.map((c) => [c.id, c]));
  const teamOfPerson = new Map(caseloads.map((s) => [s.name, s.team]));
  for (const a of agreements) {
    if (a.status !== 'Åben' || !a.due || a.due >= asOf) continue;
    const c = a.citizenId ? byId.get(a.citizenId) : undefined;
    signals.push({
      kind: 'agreementOverdue',
      citizenId: a.citizenId ?? null,
      caseworker: a.caseworker,
      companyConsultant: c?.companyConsultant ?? null,
      team: c?.team ?? teamOfPerson.get(a.caseworker) ?? null,
      date: a.due,
      text: a.text,
      due: a.due,
      agreementRow: a.row,
    });
  }
  return signals;
}

/** Placement types that are placements with a company, where goals and a written agreement are expected (004 §1.4.1). */
export const AGREEMENT_PLACEMENT_TYPES: readonly Placement['type'][] = ['Virksomhedspraktik', 'Løntilskud'];

/**
 * placementWithoutAgreement: an ongoing Virksomhedspraktik or Løntilskud of a current citizen with neither a
 * Mål for forløbet nor Skriftlig aftale = Ja; only when the workbook has at least one of the two columns.
 */
function placementAgreementSignals(
  { valid, asOf, placementAgreementColumns }: SignalInput,
  current: boolean[],
): Signal[] {
  if (!placementAgreementColumns) return [];
  const signals: Signal[] = [];
  valid.placements.forEach((p, j) => {
    const owner = valid.placementOwner[j];
    if (!current[owner] || !ongoingOn(p, asOf) || !AGREEMENT_PLACEMENT_TYPES.includes(p.type)) return;
    if ((p.goalText ?? '').trim() !== '' || p.writtenAgreement === true) return;
    signals.push({
      kind: 'placementWithoutAgreement',
      ...about(valid.citizens[owner], p),
      date: p.startDate,
      placementType: p.type,
      company: p.company ?? null,
      startDate: p.startDate,
      placementRow: p.row,
    });
  });
  return signals;
}

/** By caseworker (Danish collation), then oldest date first, undated last; stable otherwise. */
export function sortSignals(signals: Signal[]): Signal[] {
  // Bucket by caseworker (the few names ranked once with the collator), then a stable sort on dates.
  const buckets = new Map<string, Signal[]>();
  for (const s of signals) {
    const bucket = buckets.get(s.caseworker);
    if (bucket) bucket.push(s);
    else buckets.set(s.caseworker, [s]);
  }
  const out: Signal[] = [];
  for (const name of [...buckets.keys()].sort(danish.compare)) for (const s of byDate(buckets.get(name)!)) out.push(s);
  return out;
}

/** Equal dates give 0 (stable); once dates differ, a null x compares as "after" either way. */
const compareDates = (x: Signal, y: Signal) =>
  x.date === y.date ? 0 : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? -1 : 1;

/** A bucket's position in the result: below 2^24 signals in one caseworker's bucket. */
const POSITION_BITS = 2 ** 24;
/** YYYYMMDD of an undated signal: after every date. */
const UNDATED = 100_000_000;

/**
 * One caseworker's signals, oldest date first, undated last, stable: each signal's date (as the number
 * YYYYMMDD, which orders as the ISO text does) and its position are packed into one exact number, and
 * the numbers sorted as a Float64Array, without a comparison function. A date not in canonical ISO form
 * falls back to comparing the texts.
 */
function byDate(bucket: Signal[]): Signal[] {
  if (bucket.length >= POSITION_BITS) return bucket.sort(compareDates);
  const keys = new Float64Array(bucket.length);
  for (let i = 0; i < bucket.length; i++) {
    const rank = dateRank(bucket[i].date);
    if (rank < 0) return bucket.sort(compareDates);
    keys[i] = rank * POSITION_BITS + i;
  }
  keys.sort();
  const sorted = new Array<Signal>(bucket.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = bucket[keys[i] % POSITION_BITS];
  return sorted;
}

/** YYYYMMDD of an ISO date (UNDATED for null), or -1 when the text is not `DDDD-DD-DD`. */
function dateRank(date: string | null): number {
  if (date === null) return UNDATED;
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
