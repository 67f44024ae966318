// Drill-down: the citizen IDs behind any count of the report, from the marks the engine already made.
import type { DrillQuery } from '../report';
import type { ValidatedCaseload } from '../validate';
import type { Activity } from './activity';
import type { CitizenIndex } from './citizenIndex';

export function drillFunction(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
): (query: DrillQuery) => string[] {
  const { months, teams, caseworkers, groups, teamOf, workerOf, groupOf, grossFrom, grossTo, visitedFrom } = index;
  const { citizens } = valid;
  const M = months.length;
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
    const ids = new Set<string>();
    if (query.measure === 'starts' || query.measure === 'ends') {
      const at = query.measure === 'starts' ? activity.startsAt : activity.endsAt;
      activity.countedPlacements.forEach((pi, j) => {
        const c = valid.placementOwner[pi];
        if (at[j] === m && keyMatch(c)) ids.add(citizens[c].id);
      });
    } else {
      for (let c = 0; c < citizens.length; c++) {
        if (m < grossFrom[c] || m > grossTo[c] || !keyMatch(c)) continue;
        const cm = c * M + m;
        const hit =
          query.measure === 'gross'
            ? true
            : query.measure === 'active'
              ? activity.active[cm] === 1
              : query.measure === 'notActive'
                ? activity.active[cm] === 0
                : query.measure === 'withOrdinaryHours'
                  ? activity.withHours[cm] === 1
                  : m >= visitedFrom[c];
        if (hit) ids.add(citizens[c].id);
      }
    }
    return [...ids].sort((a, b) => a.localeCompare(b, 'da'));
  };
}
