// "Siden sidste dialog" (issue 23): for one person's caseload, who moved forward and who moved back in
// Parathed, who started and who ended a counted Forløb, since the previous dialogue (the latest Aftaler
// date with that person before the as-of date) or else the latest month close. Pure data for the pane's
// dialogue and the printed Månedsdialog; each citizen is listed at most once per kind.
import { lastDay } from './dates';
import { readinessAtClose, readinessMove, startCounts } from './readiness';
import { readinessAtCloseOf, type ReadinessAtClose } from './closedHistory';
import type {
  Agreement,
  Caseload,
  Citizen,
  ClosedCitizen,
  IsoDate,
  MonthKey,
  Placement,
  PlacementType,
  Readiness,
} from './model';

/** Where the since-date came from: the previous dialogue's agreements, or the latest month close. */
export type SinceSource = 'dialogue' | 'close';

export interface ReadinessMoved {
  citizenId: string;
  was: Readiness;
  now: Readiness;
  /** Parathed siden: when the current value was set. */
  on: IsoDate;
}

export interface PlacementMoved {
  citizenId: string;
  type: PlacementType;
  /** The start (started) or end (ended) date; the earliest of the citizen's when several qualify. */
  on: IsoDate;
}

export interface Movement {
  since: IsoDate;
  sinceSource: SinceSource;
  /** The closed month the earlier Parathed is taken from; null when no close is on or before `since`. */
  closedMonth: MonthKey | null;
  forward: ReadinessMoved[];
  back: ReadinessMoved[];
  started: PlacementMoved[];
  ended: PlacementMoved[];
}

export interface MovementInput {
  /** The person (Sagsbehandler or virksomhedskonsulent) as named in Aftaler. */
  person: string;
  /** The person's citizens (their caseload), in the order to list them. */
  citizens: readonly Citizen[];
  placements: readonly Placement[];
  agreements: readonly Agreement[];
  closedCitizens: readonly ClosedCitizen[];
  /** The same Parathed at each close without expanding them (closedHistory.ts); used when given. */
  readinessAtClose?: ReadinessAtClose;
  /** Months closed (Historik or Historik_borgere); a month counts as a close once its last day is before as-of. */
  closedMonths: readonly MonthKey[];
  /** The rule's counted Forløb types (every type when empty, as fsm-rate2). */
  counts: readonly PlacementType[];
  asOf: IsoDate;
}

/**
 * The since-date: the latest Aftaler.Dato with the person strictly before as-of (today's agreements are
 * this dialogue's own), else the last day of the latest closed month before as-of; null when neither.
 */
export function sinceDate(
  input: Pick<MovementInput, 'person' | 'agreements' | 'closedMonths' | 'asOf'>,
): { since: IsoDate; source: SinceSource } | null {
  let dialogue: IsoDate | null = null;
  for (const a of input.agreements) {
    if (a.caseworker === input.person && a.date < input.asOf && (!dialogue || a.date > dialogue)) dialogue = a.date;
  }
  if (dialogue) return { since: dialogue, source: 'dialogue' };
  let close: IsoDate | null = null;
  for (const m of input.closedMonths) {
    const end = lastDay(m);
    if (end < input.asOf && (!close || end > close)) close = end;
  }
  return close ? { since: close, source: 'close' } : null;
}

/** The movement since the previous dialogue or close; null when there is neither to measure from. */
export function movementSince(input: MovementInput): Movement | null {
  const from = sinceDate(input);
  if (!from) return null;
  const { since } = from;
  const { asOf } = input;
  const ids = new Set(input.citizens.map((c) => c.id));
  const atClose = input.readinessAtClose
    ? input.readinessAtClose(since)
    : readinessAtClose(input.closedCitizens, since);
  const forward: ReadinessMoved[] = [];
  const back: ReadinessMoved[] = [];
  let closedMonth: MonthKey | null = null;
  for (const c of input.citizens) {
    const was = atClose.get(c.id);
    if (was && (!closedMonth || was.month > closedMonth)) closedMonth = was.month;
    const on = c.readinessSince;
    if (!was || !c.readiness || !on || on <= since || on > asOf) continue;
    const move = readinessMove(was.readiness, c.readiness);
    if (move) (move === 'forward' ? forward : back).push({ citizenId: c.id, was: was.readiness, now: c.readiness, on });
  }
  const counts = startCounts(input.counts);
  const started = new Map<string, PlacementMoved>();
  const ended = new Map<string, PlacementMoved>();
  const keepEarliest = (into: Map<string, PlacementMoved>, p: Placement, on: IsoDate) => {
    const seen = into.get(p.citizenId);
    if (!seen || on < seen.on) into.set(p.citizenId, { citizenId: p.citizenId, type: p.type, on });
  };
  for (const p of input.placements) {
    if (!ids.has(p.citizenId) || !counts(p.type)) continue;
    if (p.startDate > since && p.startDate <= asOf) keepEarliest(started, p, p.startDate);
    if (p.endDate && p.endDate > since && p.endDate <= asOf) keepEarliest(ended, p, p.endDate);
  }
  const inCaseloadOrder = (m: Map<string, PlacementMoved>) =>
    input.citizens.map((c) => m.get(c.id)).filter((x): x is PlacementMoved => !!x);
  return {
    since,
    sinceSource: from.source,
    closedMonth,
    forward,
    back,
    started: inCaseloadOrder(started),
    ended: inCaseloadOrder(ended),
  };
}

/** The movement of one person's citizens (by id) in a caseload, with the closes from Historik and Historik_borgere. */
export function caseloadMovement(
  caseload: Pick<Caseload, 'citizens' | 'placements' | 'agreements' | 'history' | 'closedCitizens' | 'closedRows'>,
  person: string,
  citizenIds: ReadonlySet<string>,
  counts: readonly PlacementType[],
  asOf: IsoDate,
): Movement | null {
  // Stored rows are read as they are (readinessAtCloseOf), never expanded to one entry per citizen per month.
  const rows = caseload.closedRows;
  const closedCitizens = rows ? [] : (caseload.closedCitizens ?? []);
  const months = new Set<MonthKey>();
  for (const h of caseload.history ?? []) months.add(h.month);
  for (const c of rows ?? closedCitizens) months.add(c.month);
  return movementSince({
    person,
    citizens: caseload.citizens.filter((c) => citizenIds.has(c.id)),
    placements: caseload.placements,
    agreements: caseload.agreements ?? [],
    closedCitizens,
    ...(rows ? { readinessAtClose: readinessAtCloseOf(caseload) } : {}),
    closedMonths: [...months],
    counts,
    asOf,
  });
}
