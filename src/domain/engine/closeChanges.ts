// The reconciliation's "changed since the close" for every closed month (issue 28), from Historik_borgere's
// stored rows: the close state is folded forward in citizen positions (one lookup per stored change, not
// one per citizen per close), and each close is compared with the engine's marks in typed arrays. The same
// result as reconciliation.ts's changesSince of closedStatesOf (the test proves it), without building a set
// of Borger-IDs per month.
import { byMonth } from '../closedHistory';
import type { ClosedCitizenRow, MonthKey } from '../model';
import { byCitizenId, type ChangesSinceClose, type CloseChange } from '../reconciliation';
import type { ValidatedCaseload } from '../validate';
import type { Activity } from './activity';
import type { CitizenIndex } from './citizenIndex';
import { countsIn } from './drill';

/** The close state in citizen positions, and the citizens of the close who are no longer in Borgere. */
class FoldedState {
  readonly inGroup: Uint8Array;
  readonly active: Uint8Array;
  /** Borger-ID -> active at the close, for IDs without a position (removed or refused since). */
  readonly elsewhere = new Map<string, boolean>();

  constructor(
    size: number,
    private readonly positionOf: (id: string) => number | undefined,
  ) {
    this.inGroup = new Uint8Array(size);
    this.active = new Uint8Array(size);
  }

  clear(): void {
    this.inGroup.fill(0);
    this.active.fill(0);
    this.elsewhere.clear();
  }

  set(r: ClosedCitizenRow): void {
    const c = this.positionOf(r.citizenId);
    if (c === undefined) this.elsewhere.set(r.citizenId, r.active);
    else {
      this.inGroup[c] = 1;
      this.active[c] = r.active ? 1 : 0;
    }
  }

  remove(id: string): void {
    const c = this.positionOf(id);
    if (c === undefined) this.elsewhere.delete(id);
    else this.inGroup[c] = this.active[c] = 0;
  }

  /** closedHistory.ts's applyMonth: a month's v2 rows replace the state, then its change rows apply in order. */
  apply(rows: readonly ClosedCitizenRow[]): void {
    if (rows.some((r) => r.inGroup === undefined)) {
      this.clear();
      for (const r of rows) if (r.inGroup === undefined) this.set(r);
    }
    for (const r of rows) {
      if (r.inGroup === undefined) continue;
      if (r.inGroup) this.set(r);
      else this.remove(r.citizenId);
    }
  }
}

/**
 * For the months asked in ascending order (as reconcileWith asks), the fold costs one pass over the stored
 * rows; a month before the first stored row, or outside the report's months, has no changes to show.
 */
export function closeChangesFunction(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
  rows: readonly ClosedCitizenRow[],
  activeMeasure: 'active' | 'visited',
): ChangesSinceClose {
  const months = byMonth(rows);
  if (months.length === 0) return () => [];
  const { citizens } = valid;
  const { grossFrom, grossTo } = index;
  const positions = new Map<string, number>();
  citizens.forEach((c, i) => positions.set(c.id, i));
  const state = new FoldedState(citizens.length, (id) => positions.get(id));
  let next = 0;
  let last: MonthKey | null = null;
  return (month) => {
    if (month < months[0][0]) return [];
    if (last !== null && month < last) {
      next = 0;
      state.clear();
    }
    last = month;
    while (next < months.length && months[next][0] <= month) state.apply(months[next++][1]);
    const m = index.months.indexOf(month);
    if (m < 0) return [];
    const changes: CloseChange[] = [];
    for (const [citizenId, was] of state.elsewhere)
      changes.push({ citizenId, was, now: false, wasInGroup: true, nowInGroup: false });
    for (let c = 0; c < citizens.length; c++) {
      const wasInGroup = state.inGroup[c] === 1;
      const was = state.active[c] === 1;
      const nowInGroup = m >= grossFrom[c] && m <= grossTo[c];
      const now = nowInGroup && countsIn(index, activity, c, m, activeMeasure);
      if (wasInGroup !== nowInGroup || was !== now)
        changes.push({ citizenId: citizens[c].id, was, now, wasInGroup, nowInGroup });
    }
    return byCitizenId(changes);
  };
}
