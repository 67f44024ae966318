// Readiness over time (issue 23): the order of Parathed (Klar is the readiest), which move is forward and
// which back, and the Parathed a citizen had at the latest month close before a date (Historik_borgere).
// Shared by the readiness signals and "Siden sidste dialog" so both read movement the same way.
import { lastDay } from './dates';
import {
  READINESS,
  type ClosedCitizen,
  type IsoDate,
  type MonthKey,
  type PlacementType,
  type Readiness,
} from './model';

/** Rank of a Parathed: 0 for Klar, 1 for Tæt på, 2 for Længere fra (READINESS lists the readiest first). */
export function readinessRank(r: Readiness): number {
  return READINESS.indexOf(r);
}

/** 'forward' when `now` is readier than `was`, 'back' when less ready, null when the same. */
export function readinessMove(was: Readiness, now: Readiness): 'forward' | 'back' | null {
  const d = readinessRank(now) - readinessRank(was);
  return d < 0 ? 'forward' : d > 0 ? 'back' : null;
}

/** A citizen's Parathed at a close: the value and the closed month it was kept for. */
export interface ClosedReadiness {
  readiness: Readiness;
  month: MonthKey;
}

/**
 * Per citizen, the Parathed of the latest closed month whose last day is on or before `onOrBefore` and
 * whose Historik_borgere row carries a Parathed (rows written before it was kept have none and are skipped).
 */
export function readinessAtClose(closed: readonly ClosedCitizen[], onOrBefore: IsoDate): Map<string, ClosedReadiness> {
  const out = new Map<string, ClosedReadiness>();
  for (const c of closed) {
    if (!c.readiness || lastDay(c.month) > onOrBefore) continue;
    const seen = out.get(c.citizenId);
    if (!seen || seen.month < c.month) out.set(c.citizenId, { readiness: c.readiness, month: c.month });
  }
  return out;
}

/** Which Forløb types count as a start: the rule's, or every type when the rule counts none (fsm-rate2). */
export function startCounts(ruleCounts: readonly PlacementType[]): (type: PlacementType) => boolean {
  if (ruleCounts.length === 0) return () => true;
  const counted = new Set<PlacementType>(ruleCounts);
  return (type) => counted.has(type);
}
