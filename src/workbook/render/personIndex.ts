// The caseload by citizen, built once per render (issue 26): Forløbsoversigt and Månedsdialog look up one
// citizen's rows here instead of scanning every row of the caseload for each citizen or each person,
// which made `report --write` grow with persons × rows. Lists keep the caseload's own order, so what is
// looked up here is what a scan over all rows would have found, in the same order.
import type { Agreement, Caseload, Citizen, MonthKey, Placement } from '../../domain/model';
import type { Signal } from '../../domain/report';

export interface PersonIndex {
  /** Each Borger-ID's citizen (the last of a repeated ID, as a Map over the list keeps it). */
  citizenById: Map<string, Citizen>;
  /** Each Borger-ID's positions in caseload.citizens, ascending. */
  citizenPositions: Map<string, number[]>;
  /** Each citizen's placements in the caseload's order. */
  placements: Map<string, Placement[]>;
  /** Each citizen's Timer hours by month, summed in the caseload's order (hoursIn reads it). */
  hours: Map<string, CitizenHours>;
  /** Aftaler by the person they were made with (Agreement.caseworker), in the caseload's order. */
  agreementsByPerson: Map<string, Agreement[]>;
}

/** One citizen's months with Timer rows and each month's sum: a citizen has few, so two short lists. */
export interface CitizenHours {
  months: MonthKey[];
  sums: number[];
}

/** A citizen's summed hours in a month (0 without rows). */
export function hoursIn(own: CitizenHours | undefined, month: MonthKey): number {
  const at = own ? own.months.indexOf(month) : -1;
  return at < 0 ? 0 : own!.sums[at];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function personIndex(caseload: Pick<Caseload, 'citizens' | 'placements' | 'hours' | 'agreements'>): PersonIndex {
  const citizenById = new Map<string, Citizen>();
  const citizenPositions = new Map<string, number[]>();
  caseload.citizens.forEach((c, i) => {
    citizenById.set(c.id, c);
    pushTo(citizenPositions, c.id, i);
  });
  const placements = new Map<string, Placement[]>();
  for (const p of caseload.placements) pushTo(placements, p.citizenId, p);
  const hours = new Map<string, CitizenHours>();
  for (const h of caseload.hours) {
    let own = hours.get(h.citizenId);
    if (!own) hours.set(h.citizenId, (own = { months: [], sums: [] }));
    const at = own.months.indexOf(h.month);
    if (at < 0) {
      own.months.push(h.month);
      own.sums.push(0 + h.hours);
    } else own.sums[at] += h.hours;
  }
  const agreementsByPerson = new Map<string, Agreement[]>();
  for (const a of caseload.agreements ?? []) pushTo(agreementsByPerson, a.caseworker, a);
  return { citizenById, citizenPositions, placements, hours, agreementsByPerson };
}

/** The citizens with these IDs in caseload order: caseload.citizens.filter((c) => ids.has(c.id)), without the scan. */
export function citizensIn(caseload: Pick<Caseload, 'citizens'>, index: PersonIndex, ids: Iterable<string>): Citizen[] {
  const positions: number[] = [];
  for (const id of new Set(ids)) for (const at of index.citizenPositions.get(id) ?? []) positions.push(at);
  positions.sort((a, b) => a - b);
  return positions.map((at) => caseload.citizens[at]);
}

/**
 * Signals by whom they are listed under, so a person's signals are found without scanning them all: the
 * ones about a citizen by Borger-ID, the others (caseload, agreements) by Signal.caseworker. Positions, so
 * a person's list can be put back in the report's order.
 */
export interface SignalIndex {
  signals: readonly Signal[];
  byCitizen: Map<string, number[]>;
  byPerson: Map<string, number[]>;
}

export function signalIndex(signals: readonly Signal[]): SignalIndex {
  const byCitizen = new Map<string, number[]>();
  const byPerson = new Map<string, number[]>();
  signals.forEach((s, i) => (s.citizenId ? pushTo(byCitizen, s.citizenId, i) : pushTo(byPerson, s.caseworker, i)));
  return { signals, byCitizen, byPerson };
}

/** personSignals (src/domain/dialogue.ts) from the index: the same signals in the same order. */
export function indexedPersonSignals(index: SignalIndex, person: string, citizens: ReadonlySet<string>): Signal[] {
  const positions = (index.byPerson.get(person) ?? []).slice();
  for (const id of citizens) for (const at of index.byCitizen.get(id) ?? []) positions.push(at);
  positions.sort((a, b) => a - b);
  // The same stable sort by date as personSignals, on the signals in the report's order.
  return positions.map((at) => index.signals[at]).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
