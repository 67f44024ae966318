// Virksomhedskonsulent slices (DOMAIN.md section 4, caseloads): a VK's citizens are the distinct citizens
// in the gross group whose Borgere.Virksomhedskonsulent is that person or who have an ongoing Forløb with
// that Forløb.Virksomhedskonsulent. Per report month the reference date is the month's last day (the
// as-of date in the as-of month), so the as-of month agrees with the caseload sizes. A citizen can sit in
// several VKs' slices, so VK slices do not add up to the whole; their milestones do add up to each
// team's: a team's count is split over the VKs whose primary team it is, by largest remainder on gross.
import { lastDay } from '../dates';
import { largestRemainder } from '../milestones';
import type { IsoDate } from '../model';
import type { DrillQuery } from '../report';
import type { ValidatedCaseload } from '../validate';
import type { Activity } from './activity';
import type { CitizenIndex } from './citizenIndex';
import { idsBehind } from './drill';
import type { PlanCounts, PlanFrame } from './plans';
import { SliceFamily } from './sliceFamily';

export interface ConsultantSlices {
  family: SliceFamily;
  /** Per VK key: citizen index -> month positions (1 = the citizen is that VK's in the month). */
  members: Map<number, Uint8Array>[];
  /** Per VK key: the team with the most of the VK's citizen-months (ties: Danish name order). */
  teams: string[];
}

const danish = new Intl.Collator('da');

/** Marks, fills and totals the VK slices from the marks the engine already made. */
export function consultantSlices(
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
  asOf: IsoDate,
): ConsultantSlices {
  const M = index.months.length;
  const family = new SliceFamily(M);
  const members: Map<number, Uint8Array>[] = [];
  const { grossFrom, grossTo, visitedFrom } = index;
  const refDate = index.months.map((m) => {
    const last = lastDay(m);
    return asOf < last ? asOf : last;
  });
  const mark = (name: string, c: number): Uint8Array => {
    const k = family.keyOf(name);
    if (!members[k]) members[k] = new Map();
    let months = members[k].get(c);
    if (!months) members[k].set(c, (months = new Uint8Array(M)));
    return months;
  };
  valid.citizens.forEach((citizen, c) => {
    if (!citizen.companyConsultant || grossTo[c] < grossFrom[c]) return;
    const months = mark(citizen.companyConsultant, c);
    for (let m = grossFrom[c]; m <= grossTo[c]; m++) months[m] = 1;
  });
  valid.placements.forEach((p, j) => {
    const c = valid.placementOwner[j];
    if (!p.companyConsultant || grossTo[c] < grossFrom[c]) return;
    let months: Uint8Array | null = null;
    for (let m = grossFrom[c]; m <= grossTo[c]; m++) {
      const ref = refDate[m];
      if (p.startDate <= ref && (!p.endDate || p.endDate >= ref)) (months ??= mark(p.companyConsultant, c))[m] = 1;
    }
  });

  family.allocate();
  const teamMonths: Map<string, number>[] = [];
  // Each citizen's VKs and their months (lists per citizen), so a placement's start or end is counted
  // by looking only at them, without a lookup.
  const vksOf: number[][] = new Array<number[]>(valid.citizens.length);
  const monthsOf: Uint8Array[][] = new Array<Uint8Array[]>(valid.citizens.length);
  members.forEach((byCitizen, k) => {
    const teams = (teamMonths[k] = new Map<string, number>());
    for (const [c, months] of byCitizen) {
      let count = 0;
      for (let m = 0; m < M; m++) {
        if (!months[m]) continue;
        const cm = c * M + m;
        family.addCell(
          k * M + m,
          activity.active[cm],
          activity.withHours[cm],
          m >= visitedFrom[c] ? 1 : 0,
          activity.hoursSum[cm],
        );
        count++;
      }
      const team = valid.citizens[c].team;
      if (count > 0) teams.set(team, (teams.get(team) ?? 0) + count);
      (vksOf[c] ??= []).push(k);
      (monthsOf[c] ??= []).push(months);
    }
  });
  const { countedPlacements, startsAt, endsAt, plannedEndsAt } = activity;
  for (let j = 0; j < countedPlacements.length; j++) {
    const c = valid.placementOwner[countedPlacements[j]];
    const vks = vksOf[c];
    if (vks === undefined) continue;
    for (let v = 0; v < vks.length; v++) {
      const k = vks[v];
      const months = monthsOf[c][v];
      if (startsAt[j] >= 0 && months[startsAt[j]]) family.starts[k * M + startsAt[j]]++;
      if (endsAt[j] >= 0 && months[endsAt[j]]) family.ends[k * M + endsAt[j]]++;
      if (plannedEndsAt[j] >= 0 && months[plannedEndsAt[j]]) family.plannedEnds[k * M + plannedEndsAt[j]]++;
    }
  }
  const teams = family.keys.map(
    (_, k) =>
      [...(teamMonths[k] ?? new Map<string, number>()).entries()].sort(
        (a, b) => b[1] - a[1] || danish.compare(a[0], b[0]),
      )[0]?.[0] ?? '',
  );
  return { family, members, teams };
}

/** Per VK and plan month: their part of their primary team's milestone count, by largest remainder on gross. */
export function consultantPlanCounts(
  slices: ConsultantSlices,
  frame: PlanFrame,
  counts: PlanCounts,
  index: CitizenIndex,
): number[][] {
  const { family, teams } = slices;
  const M = family.months;
  const out = family.keys.map(() => new Array<number>(frame.months.length).fill(0));
  index.teams.keys.forEach((team, t) => {
    const mine = family.keys.flatMap((_, k) => (teams[k] === team ? [k] : []));
    if (mine.length === 0) return;
    frame.pos.forEach((pos, j) => {
      const at = Math.min(pos, M - 1);
      const weights = mine.map((k) => family.gross[k * M + at]);
      // Citizens without a VK keep their share of the team's count: a VK's milestone is then the team's
      // share applied to the VK's own caseload, not the whole team count piled onto the VKs.
      const withoutVk = Math.max(0, index.teams.gross[t * M + at] - weights.reduce((a, b) => a + b, 0));
      const parts = largestRemainder(
        counts.teams[t][j],
        [...weights, withoutVk],
        [...mine.map((k) => family.keys[k]), '\uffff'],
      );
      mine.forEach((k, i) => (out[k][j] = parts[i]));
    });
  });
  return out;
}

/** Drill-down for `{ kind: 'consultant' }`: the citizen IDs behind a VK's count in a month. */
export function consultantDrill(
  slices: ConsultantSlices,
  valid: ValidatedCaseload,
  index: CitizenIndex,
  activity: Activity,
) {
  return (query: DrillQuery): string[] => {
    if (query.scope.kind !== 'consultant') return [];
    const m = index.months.indexOf(query.month);
    const k = slices.family.keys.indexOf(query.scope.consultant);
    if (m < 0 || k < 0) return [];
    const byCitizen = slices.members[k];
    return idsBehind(valid, index, activity, m, query.measure, (c) => byCitizen.get(c)?.[m] === 1);
  };
}
