// Drill-down: the citizen IDs behind any count of the report, from the marks the engine already made.
import type { DrillQuery } from '../report';
import type { ValidatedCaseload } from '../validate';
import type { Activity } from './activity';
import type { CitizenIndex } from './citizenIndex';

/** Danish order; one collator for every sort (localeCompare with a locale builds its comparison per call). */
const DANISH = new Intl.Collator('da');

export function drillFunction(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
): (query: DrillQuery) => string[] {
  const { months, teams, caseworkers, groups, teamOf, workerOf, groupOf, grossFrom, grossTo } = index;
  return (query) => {
    const m = months.indexOf(query.month);
    if (m < 0) return [];
    const scope = query.scope;
    const keyMatch: (c: number) => boolean =
      scope.kind === 'all'
        ? () => true
        : scope.kind === 'team'
          ? (c) => teams.keys[teamOf[c]] === scope.team
          : scope.kind === 'caseworker'
            ? (c) => caseworkers.keys[workerOf[c]] === scope.caseworker
            : scope.kind === 'targetGroup'
              ? (c) => groups.keys[groupOf[c]] === scope.targetGroup
              : () => false;
    return idsBehind(
      valid,
      index,
      activity,
      m,
      query.measure,
      (c) => m >= grossFrom[c] && m <= grossTo[c] && keyMatch(c),
    );
  };
}

/**
 * The whole's gross group and those active in a month, as sets and unsorted (reconciliation asks this for
 * every closed month; sorting thousands of IDs the Danish way each time cost more than the rest of it).
 */
export function countedSetsFunction(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
): (month: string, activeMeasure: DrillQuery['measure']) => { gross: Set<string>; active: Set<string> } | null {
  const { months, grossFrom, grossTo } = index;
  return (month, activeMeasure) => {
    const m = months.indexOf(month);
    if (m < 0) return null;
    const inGross = (c: number) => m >= grossFrom[c] && m <= grossTo[c];
    return {
      gross: idSet(valid, index, activity, m, 'gross', inGross),
      active: idSet(valid, index, activity, m, activeMeasure, inGross),
    };
  };
}

/**
 * The citizen IDs behind one measure in month position `m`, among the citizens `inScope` (who must be in
 * the gross group that month), sorted the Danish way. Shared by every drill scope, VKs included.
 */
export function idsBehind(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
  m: number,
  measure: DrillQuery['measure'],
  inScope: (c: number) => boolean,
): string[] {
  return [...idSet(valid, index, activity, m, measure, inScope)].sort(DANISH.compare);
}

function idSet(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
  m: number,
  measure: DrillQuery['measure'],
  inScope: (c: number) => boolean,
): Set<string> {
  const { citizens } = valid;
  const ids = new Set<string>();
  if (measure === 'starts' || measure === 'ends' || measure === 'plannedEnds') {
    // Starts and ends are marked only inside the citizen's time in the gross group.
    const at = measure === 'starts' ? activity.startsAt : measure === 'ends' ? activity.endsAt : activity.plannedEndsAt;
    activity.countedPlacements.forEach((pi, j) => {
      const c = valid.placementOwner[pi];
      if (at[j] === m && inScope(c)) ids.add(citizens[c].id);
    });
  } else {
    for (let c = 0; c < citizens.length; c++)
      if (inScope(c) && countsIn(index, activity, c, m, measure)) ids.add(citizens[c].id);
  }
  return ids;
}

/** Whether citizen `c` counts in a per-month measure in month position `m` (the caller checks the gross group). */
export function countsIn(
  index: CitizenIndex,
  activity: Activity,
  c: number,
  m: number,
  measure: Exclude<DrillQuery['measure'], 'starts' | 'ends' | 'plannedEnds'>,
): boolean {
  const cm = c * index.months.length + m;
  return measure === 'gross'
    ? true
    : measure === 'active'
      ? activity.active[cm] === 1
      : measure === 'notActive'
        ? activity.active[cm] === 0
        : measure === 'withOrdinaryHours'
          ? activity.withHours[cm] === 1
          : m >= index.visitedFrom[c];
}
