// 'Siden sidste dialog' for every person on Månedsdialog (issue 26): caseloadMovement (src/domain/movement.ts)
// per person scanned every citizen, placement and agreement of the caseload; here what it reads is found
// once (the closed months, Parathed at each close) and each person gets only their own rows from the
// person index, so the same movementSince gives the same Movement without persons × rows work.
import { readinessAtCloseOf, type ReadinessAtClose } from '../../domain/closedHistory';
import type { Caseload, IsoDate, MonthKey, Placement, PlacementType } from '../../domain/model';
import { movementSince, type Movement } from '../../domain/movement';
import { readinessAtClose } from '../../domain/readiness';
import { citizensIn, type PersonIndex } from './personIndex';

type MovementCaseload = Pick<
  Caseload,
  'citizens' | 'placements' | 'agreements' | 'history' | 'closedCitizens' | 'closedRows'
>;

/** caseloadMovement(caseload, person, citizenIds, counts, asOf) for any person, from the index. */
export type MovementOf = (person: string, citizenIds: ReadonlySet<string>) => Movement | null;

export function movementIndex(
  caseload: MovementCaseload,
  index: PersonIndex,
  counts: readonly PlacementType[],
  asOf: IsoDate,
): MovementOf {
  const rows = caseload.closedRows;
  const closedCitizens = rows ? [] : (caseload.closedCitizens ?? []);
  const months = new Set<MonthKey>();
  for (const h of caseload.history ?? []) months.add(h.month);
  for (const c of rows ?? closedCitizens) months.add(c.month);
  const closedMonths = [...months];
  // Parathed at a close is the same map for every person measured from the same date: made once per date.
  let atClose: ReadinessAtClose;
  if (rows) atClose = readinessAtCloseOf(caseload);
  else {
    const byDate = new Map<IsoDate, ReturnType<ReadinessAtClose>>();
    atClose = (since) => {
      let map = byDate.get(since);
      if (!map) byDate.set(since, (map = readinessAtClose(closedCitizens, since)));
      return map;
    };
  }
  return (person, citizenIds) => {
    const citizens = citizensIn(caseload, index, citizenIds);
    // Only these citizens' placements: movementSince skips every other one, and keeps each citizen's own order.
    const placements: Placement[] = [];
    for (const id of new Set(citizens.map((c) => c.id)))
      for (const p of index.placements.get(id) ?? []) placements.push(p);
    return movementSince({
      person,
      citizens,
      placements,
      // sinceDate reads only the person's own agreements.
      agreements: index.agreementsByPerson.get(person) ?? [],
      closedCitizens,
      readinessAtClose: atClose,
      closedMonths,
      counts,
      asOf,
    });
  };
}
