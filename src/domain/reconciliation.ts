// Reconciliation with STAR (DOMAIN.md section 6): for each month with a STAR_tal row or a close in
// Historik (level Alle), STAR's figures, the figures at close and the figures now, side by side, and the
// citizens whose counting changed since the close (from Historik_borgere, kept by month close, read as
// the state at each close: src/domain/closedHistory.ts). STAR's
// share and whether STAR's own figures pass the rule (what releases the money) sit beside them, with the
// gross difference, and a close made when Fremdrift was taken into use is marked as such.
import { passesRule } from './milestones';
import { closedStatesOf, type ClosedStatesAt, type CloseState } from './closedHistory';
import type { ClosedCitizen, HistoryRow, MonthKey, StarFigures } from './model';
import type { MonthStats, ReconciliationMonth } from './report';

/** Who counts in a measured month now: the gross group and those active (visited for fsm-rate2). */
export type CountedNow = (month: MonthKey) => { gross: ReadonlySet<string>; active: ReadonlySet<string> } | null;

/** A citizen whose counting changed since a close. */
export type CloseChange = ReconciliationMonth['changedSinceClose'][number];
type Change = CloseChange;

/** The citizens whose counting changed since the close of a month, sorted by Borger-ID (Danish order). */
export type ChangesSinceClose = (month: MonthKey) => CloseChange[];

const DANISH = new Intl.Collator('da');

/** Changes sorted the Danish way by Borger-ID (one collator, not localeCompare's per call). */
export const byCitizenId = (changes: CloseChange[]) => changes.sort((a, b) => DANISH.compare(a.citizenId, b.citizenId));

/** Citizens whose place in the gross group or in activity differs between the close and now, by ID. */
function changesSince(closed: ReadonlyMap<string, CloseState>, now: ReturnType<CountedNow>): Change[] {
  if (!now) return [];
  const changes: Change[] = [];
  const add = (id: string, wasIn: boolean, wasActive: boolean, nowIn: boolean) => {
    const nowActive = now.active.has(id);
    if (wasIn !== nowIn || wasActive !== nowActive)
      changes.push({ citizenId: id, was: wasActive, now: nowActive, wasInGroup: wasIn, nowInGroup: nowIn });
  };
  let stillIn = 0;
  for (const [id, s] of closed) {
    const nowIn = now.gross.has(id);
    if (nowIn) stillIn++;
    add(id, true, s.active, nowIn);
  }
  // Everyone in the gross group now was in it at the close: nobody entered since (the usual case).
  if (stillIn !== now.gross.size) for (const id of now.gross) if (!closed.has(id)) add(id, false, false, true);
  return byCitizenId(changes);
}

/** STAR's figures with their share and the rule's pass test applied to them (null when STAR's gross is 0). */
function starSide(s: StarFigures, threshold: number): NonNullable<ReconciliationMonth['star']> {
  const measured = s.gross > 0;
  return {
    gross: s.gross,
    active: s.active,
    share: measured ? s.active / s.gross : null,
    passes: measured ? passesRule(s.active, s.gross, threshold) : null,
  };
}

export function reconcile(
  threshold: number,
  months: readonly MonthStats[],
  starFigures: readonly StarFigures[],
  history: readonly HistoryRow[],
  closed: ClosedStatesAt | readonly ClosedCitizen[] = [],
  countedNow: CountedNow = () => null,
): ReconciliationMonth[] {
  const closedAt = typeof closed === 'function' ? closed : closedStatesOf({ closedCitizens: closed.slice() });
  return reconcileWith(threshold, months, starFigures, history, (month) => {
    const atClose = closedAt(month);
    return atClose ? changesSince(atClose, countedNow(month)) : [];
  });
}

/**
 * reconcile with the changes since each close given (the engine's closeChanges.ts finds them from the
 * stored rows, in citizen positions); asked only for months with a close, in ascending order.
 */
export function reconcileWith(
  threshold: number,
  months: readonly MonthStats[],
  starFigures: readonly StarFigures[],
  history: readonly HistoryRow[],
  changesAt: ChangesSinceClose,
): ReconciliationMonth[] {
  // The first row of a month counts; validateCaseload reports a second one.
  const star = new Map<MonthKey, StarFigures>();
  for (const s of starFigures) if (!star.has(s.month)) star.set(s.month, s);
  const closes = new Map<MonthKey, HistoryRow>();
  for (const h of history) if (h.level === 'Alle' && !closes.has(h.month)) closes.set(h.month, h);
  const now = new Map(months.map((m) => [m.month, m]));
  // Months ascending, so the stored close states are folded forward in one pass.
  return [...new Set([...star.keys(), ...closes.keys()])].sort().map((month): ReconciliationMonth => {
    const s = star.get(month);
    const c = closes.get(month);
    const n = now.get(month);
    return {
      month,
      star: s ? starSide(s, threshold) : null,
      closed: c
        ? { gross: c.gross, active: c.active, closedOn: c.closedOn, atAdoption: c.closeKind === 'Ibrugtagning' }
        : null,
      now: n ? { gross: n.gross, active: n.active } : null,
      grossDifference: s && n ? n.gross - s.gross : null,
      changedSinceClose: c ? changesAt(month) : [],
    };
  });
}
