// Historik_borgere in its compact form (issue 28): a row only where a citizen's state at a close differs
// from their state at the previous close (entered or left the gross group, became or stopped being counted,
// Parathed changed). The state at the close of month m is the fold of the rows up to m. Rows of the v2 form
// (no `I målgruppe`) are a whole month's gross group and replace the state. Reconciliation and the readiness
// signals read the fold expanded to ClosedCitizen[], one per citizen in the gross group per closed month.
import { lastDay } from './dates';
import type { Caseload, ClosedCitizen, ClosedCitizenRow, IsoDate, MonthKey, Readiness } from './model';
import { readinessAtClose, type ClosedReadiness } from './readiness';

/** A citizen's place at a close: in the gross group (every entry is), counted active, Parathed. */
export interface CloseState {
  active: boolean;
  readiness?: Readiness;
  /** The Historik_borgere row that set it (1-based in the data body; 0 when not from a row). */
  row: number;
}

/** The gross group at a close: Borger-ID -> state. A citizen not in the map was not in the gross group. */
export type CloseStates = Map<string, CloseState>;

/** A change row to write (the row number comes from the table). */
export type ChangeRow = Omit<ClosedCitizenRow, 'row'> & { inGroup: boolean };

const sameState = (a: CloseState | undefined, b: CloseState | undefined) =>
  a === b || (!!a && !!b && a.active === b.active && a.readiness === b.readiness);

/** Rows by month, months ascending, each month's rows in table order. */
export function byMonth(rows: readonly ClosedCitizenRow[]): [MonthKey, ClosedCitizenRow[]][] {
  const groups = new Map<MonthKey, ClosedCitizenRow[]>();
  for (const r of rows) {
    const list = groups.get(r.month);
    if (list) list.push(r);
    else groups.set(r.month, [r]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * One step of the fold: a month's v2 rows replace the state, then its change rows apply in table order.
 * Changes `state` itself unless the month has v2 rows; returns the state after the month.
 */
export function applyMonth(state: CloseStates, rows: readonly ClosedCitizenRow[]): CloseStates {
  let next = state;
  if (rows.some((r) => r.inGroup === undefined)) {
    next = new Map();
    for (const r of rows) if (r.inGroup === undefined) next.set(r.citizenId, stateOf(r));
  }
  for (const r of rows) {
    if (r.inGroup === undefined) continue;
    if (r.inGroup) next.set(r.citizenId, stateOf(r));
    else next.delete(r.citizenId);
  }
  return next;
}

const stateOf = (r: ClosedCitizenRow): CloseState =>
  r.readiness === undefined
    ? { active: r.active, row: r.row }
    : { active: r.active, readiness: r.readiness, row: r.row };

/** The state at the close of `month`: the fold of every row up to and including `month`. */
export function statesAt(rows: readonly ClosedCitizenRow[], month: MonthKey): CloseStates {
  let state: CloseStates = new Map();
  for (const [m, list] of byMonth(rows)) if (m <= month) state = applyMonth(state, list);
  return state;
}

/**
 * The fold expanded: for each closed month (and each month that has rows), one ClosedCitizen per citizen
 * in the gross group at that close, citizens in Borger-ID order. `closedMonths` are the months closed in
 * Historik, so a month in which nobody changed still has its whole gross group.
 */
export function expandClosedCitizens(
  rows: readonly ClosedCitizenRow[],
  closedMonths: Iterable<MonthKey> = [],
): ClosedCitizen[] {
  const groups = new Map(byMonth(rows));
  const months = [...new Set([...groups.keys(), ...closedMonths])].sort();
  // Every Borger-ID sorted once; each month lists those in its state in that order.
  const everyone = [...new Set(rows.map((r) => r.citizenId))].sort(byId);
  const out: ClosedCitizen[] = [];
  let state: CloseStates = new Map();
  for (const month of months) {
    const list = groups.get(month);
    if (list) state = applyMonth(state, list);
    for (const citizenId of everyone) {
      const s = state.get(citizenId);
      if (!s) continue;
      const c: ClosedCitizen = { row: s.row, month, citizenId, active: s.active };
      if (s.readiness !== undefined) c.readiness = s.readiness;
      out.push(c);
    }
  }
  return out;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The change rows that take the state `before` to `after` at the close of `month`, by Borger-ID. */
export function changeRows(before: CloseStates, after: CloseStates, month: MonthKey): ChangeRow[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(byId);
  const rows: ChangeRow[] = [];
  for (const citizenId of ids) {
    const was = before.get(citizenId);
    const now = after.get(citizenId);
    if (sameState(was, now)) continue;
    if (!now) rows.push({ month, citizenId, inGroup: false, active: false });
    else if (now.readiness === undefined) rows.push({ month, citizenId, inGroup: true, active: now.active });
    else rows.push({ month, citizenId, inGroup: true, active: now.active, readiness: now.readiness });
  }
  return rows;
}

/**
 * The change rows of a full record (one ClosedCitizen per citizen in the gross group per closed month, as
 * the v2 form holds it). expandClosedCitizens of the result, with the same closed months, gives the full
 * record back; a closed month in `closedMonths` without an entry had an empty gross group (all left).
 */
export function compactClosedCitizens(
  full: readonly ClosedCitizen[],
  closedMonths: Iterable<MonthKey> = [],
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  let state: CloseStates = new Map();
  const groups = new Map(byMonth(full));
  for (const month of [...new Set([...groups.keys(), ...closedMonths])].sort()) {
    const next: CloseStates = new Map();
    for (const c of groups.get(month) ?? []) next.set(c.citizenId, stateOf({ ...c, inGroup: true }));
    for (const r of changeRows(state, next, month)) rows.push(r);
    state = next;
  }
  return rows;
}

/**
 * The change rows whose fold is the fold of `rows` at every month that has rows (v2 months, compact change
 * rows and packed changes alike): each month's changes against the state the months before left.
 */
export function changesOfFold(rows: readonly ClosedCitizenRow[]): ChangeRow[] {
  const out: ChangeRow[] = [];
  let state: CloseStates = new Map();
  for (const [month, list] of byMonth(rows)) {
    const next = applyMonth(new Map(state), list);
    for (const change of changeRows(state, next, month)) out.push(change);
    state = next;
  }
  return out;
}

/**
 * Gives `caseload` a `closedCitizens` that is the fold of its `closedRows`, expanded when first read (a
 * report that never asks for it pays nothing for it; reconciliation reads the rows directly, closedStatesOf).
 */
export function withLazyClosedCitizens<C extends Caseload>(caseload: C, closedMonths: readonly MonthKey[]): C {
  let expanded: ClosedCitizen[] | undefined;
  Object.defineProperty(caseload, 'closedCitizens', {
    enumerable: true,
    configurable: true,
    get: () => (expanded ??= expandClosedCitizens(caseload.closedRows ?? [], closedMonths)),
    set: (value: ClosedCitizen[]) => {
      expanded = value;
    },
  });
  return caseload;
}

/** Who was in the gross group at a close, and who was counted (the state of each citizen). */
export type ClosedStatesAt = (month: MonthKey) => ReadonlyMap<string, CloseState> | null;

/**
 * The state at each close, from the caseload's stored rows when it has them (folded forward as months are
 * asked for in ascending order, so 36 closes cost one pass over the rows), else from closedCitizens. Null
 * for a month before the first stored row, or when nothing is stored: nothing is known about that close.
 */
export function closedStatesOf(caseload: Pick<Caseload, 'closedRows' | 'closedCitizens'>): ClosedStatesAt {
  const rows = caseload.closedRows;
  if (!rows) return statesFromFull(caseload.closedCitizens ?? []);
  const months = byMonth(rows);
  if (months.length === 0) return () => null;
  let next = 0;
  let last: MonthKey | null = null;
  let state: CloseStates = new Map();
  return (month) => {
    if (month < months[0][0]) return null;
    if (last !== null && month < last) {
      next = 0;
      state = new Map();
    }
    last = month;
    while (next < months.length && months[next][0] <= month) state = applyMonth(state, months[next++][1]);
    return state;
  };
}

function statesFromFull(full: readonly ClosedCitizen[]): ClosedStatesAt {
  const groups = new Map<MonthKey, CloseStates>();
  for (const c of full) {
    let g = groups.get(c.month);
    if (!g) groups.set(c.month, (g = new Map()));
    g.set(c.citizenId, stateOf({ ...c }));
  }
  return (month) => groups.get(month) ?? null;
}

/** Per citizen, the Parathed at the latest close on or before a date (readiness.ts's readinessAtClose). */
export type ReadinessAtClose = (onOrBefore: IsoDate) => ReadonlyMap<string, ClosedReadiness>;

const lastDays = new Map<MonthKey, IsoDate>();
const lastDayOf = (m: MonthKey) => {
  let d = lastDays.get(m);
  if (d === undefined) lastDays.set(m, (d = lastDay(m)));
  return d;
};

const readinessMemo = new WeakMap<object, ReadinessAtClose>();

/**
 * readinessAtClose for a caseload, from its stored rows when it has them: the same map as readinessAtClose
 * of the expanded closedCitizens, without expanding them (one pass over the changes, not one entry per
 * citizen per month). Remembered per caseload and date, since Månedsdialog asks once per caseworker.
 */
export function readinessAtCloseOf(
  caseload: Pick<Caseload, 'closedRows' | 'closedCitizens' | 'history'>,
): ReadinessAtClose {
  const known = readinessMemo.get(caseload);
  if (known) return known;
  const rows = caseload.closedRows;
  const byDate = new Map<IsoDate, ReadonlyMap<string, ClosedReadiness>>();
  const closedMonths = (caseload.history ?? []).filter((h) => h.level === 'Alle').map((h) => h.month);
  const fn: ReadinessAtClose = (onOrBefore) => {
    let map = byDate.get(onOrBefore);
    if (!map) {
      map = rows
        ? readinessFromRows(rows, closedMonths, onOrBefore)
        : readinessAtClose(caseload.closedCitizens ?? [], onOrBefore);
      byDate.set(onOrBefore, map);
    }
    return map;
  };
  readinessMemo.set(caseload, fn);
  return fn;
}

/**
 * The fold's Parathed at the latest close on or before `onOrBefore`: a citizen's state holds from the month
 * a row set it until the month before the next row for them, so each run of a state is recorded when it
 * ends (at the month before) and the states still held at the last month at that month.
 */
function readinessFromRows(
  rows: readonly ClosedCitizenRow[],
  closedMonths: readonly MonthKey[],
  onOrBefore: IsoDate,
): Map<string, ClosedReadiness> {
  const groups = new Map(byMonth(rows));
  const months = [...new Set([...groups.keys(), ...closedMonths])].sort().filter((m) => lastDayOf(m) <= onOrBefore);
  const out = new Map<string, ClosedReadiness>();
  // Per citizen in the gross group, the Parathed (null for none): a plain value, no object per row.
  let state = new Map<string, Readiness | null>();
  let previous: MonthKey | null = null;
  const ending = (id: string, readiness: Readiness | null | undefined) => {
    if (readiness) out.set(id, { readiness, month: previous! });
  };
  for (const month of months) {
    const list = groups.get(month);
    if (list) {
      const whole = list.some((r) => r.inGroup === undefined);
      if (previous !== null) {
        if (whole) for (const [id, r] of state) ending(id, r);
        else for (const r of list) ending(r.citizenId, state.get(r.citizenId));
      }
      // applyMonth's fold, on the plain values.
      if (whole) {
        state = new Map();
        for (const r of list) if (r.inGroup === undefined) state.set(r.citizenId, r.readiness ?? null);
      }
      for (const r of list) {
        if (r.inGroup === undefined) continue;
        if (r.inGroup) state.set(r.citizenId, r.readiness ?? null);
        else state.delete(r.citizenId);
      }
    }
    previous = month;
  }
  if (previous !== null) for (const [id, r] of state) ending(id, r);
  return out;
}
