// Accumulation: one pass over citizens x months fills the finest slices (team x caseworker pairs, and
// target groups); teams, caseworkers and the whole are sums of pairs, so the parts add up by construction.
import type { ValidatedCaseload } from '../validate';
import type { Activity } from './activity';
import type { CitizenIndex } from './citizenIndex';

export function accumulate(valid: ValidatedCaseload, index: CitizenIndex, activity: Activity): void {
  const M = index.months.length;
  const { pairs, groups, pairOf, groupOf, grossFrom, grossTo, visitedFrom } = index;
  const { active, withHours, hoursSum } = activity;
  for (let c = 0; c < valid.citizens.length; c++) {
    const pairBase = pairOf[c] * M;
    const groupBase = groupOf[c] * M;
    for (let m = grossFrom[c]; m <= grossTo[c]; m++) {
      const cm = c * M + m;
      const isVisited = m >= visitedFrom[c] ? 1 : 0;
      pairs.addCell(pairBase + m, active[cm], withHours[cm], isVisited, hoursSum[cm]);
      groups.addCell(groupBase + m, active[cm], withHours[cm], isVisited, hoursSum[cm]);
    }
  }
  const { countedPlacements, startsAt, endsAt, plannedEndsAt } = activity;
  for (let j = 0; j < countedPlacements.length; j++) {
    const c = valid.placementOwner[countedPlacements[j]];
    const pairBase = pairOf[c] * M;
    const groupBase = groupOf[c] * M;
    if (startsAt[j] >= 0) {
      pairs.starts[pairBase + startsAt[j]]++;
      groups.starts[groupBase + startsAt[j]]++;
    }
    if (endsAt[j] >= 0) {
      pairs.ends[pairBase + endsAt[j]]++;
      groups.ends[groupBase + endsAt[j]]++;
    }
    if (plannedEndsAt[j] >= 0) {
      pairs.plannedEnds[pairBase + plannedEndsAt[j]]++;
      groups.plannedEnds[groupBase + plannedEndsAt[j]]++;
    }
  }
  pairs.keys.forEach((_, p) => {
    index.all.addFrom(pairs, p, 0);
    index.teams.addFrom(pairs, p, index.pairTeam[p]);
    index.caseworkers.addFrom(pairs, p, index.pairWorker[p]);
  });
}
