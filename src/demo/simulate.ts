// The demo's 24 months of history: citizens in every caseload, then placements started month by month
// until each team reaches the share it aims at (a climb towards 40 % that is reachable but not yet met).
import { addDays, addMonths, firstDay, lastDay, monthOf, monthRange } from '../domain/dates';
import type { IsoDate, MonthKey, PlacementType } from '../domain/model';
import { BUSY_CASEWORKER, COMPANIES, DEMO_TEAMS, INITIALS, START_MIX, TARGET_MIX } from './demoData';
import { rng, type Rng } from './rng';

export interface DemoCitizen {
  id: string;
  name: string;
  targetGroup: string;
  team: string;
  caseworker: string;
  start: IsoDate;
  end?: IsoDate;
  exit?: string;
  visited?: IsoDate;
}
export interface DemoPlacement {
  id: string;
  type: PlacementType;
  company?: [string, string];
  start: IsoDate;
  end?: IsoDate;
  hours?: number;
  consultant: string;
}

const minIso = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
export const touches = (start: IsoDate, end: IsoDate | undefined, m: MonthKey) =>
  start <= lastDay(m) && (!end || end >= firstDay(m));

/** Share the team aims at in month t of 24: a climb with a wiggle, ending just under 40 %. */
function targetShare(t: number, offset: number): number {
  return 0.18 + 0.215 * (t / 23) + offset + 0.015 * Math.sin(t * 1.7);
}

/** The citizens of every caseload: most there before the period, the rest entering during it. */
function makeCitizens(asOf: IsoDate, months: MonthKey[], r: Rng): DemoCitizen[] {
  const firstMonth = months[0];
  const citizens: DemoCitizen[] = [];
  let n = 0;
  for (const [team, { caseworkers }] of Object.entries(DEMO_TEAMS)) {
    for (const caseworker of caseworkers) {
      // About one in eight leaves before the as-of date, so 47-55 cases give 40-50 current ones.
      const count = caseworker === BUSY_CASEWORKER ? 62 : r.int(47, 55);
      for (let i = 0; i < count; i++) {
        n++;
        // About two thirds were in the target group before the period; the rest enter during it.
        const early = r.next() < 0.65;
        const start = early
          ? addDays(firstDay(addMonths(firstMonth, -r.int(1, 18))), r.int(0, 27))
          : minIso(addDays(firstDay(months[r.int(1, 23)]), r.int(0, 27)), asOf);
        const c: DemoCitizen = {
          id: `B${String(10000 + n)}`,
          name: `${r.pick(INITIALS as unknown as string[])}${r.pick(INITIALS as unknown as string[])}`,
          targetGroup: r.weighted(TARGET_MIX),
          team,
          caseworker,
          start,
        };
        const visitedOn = addDays(start, r.int(5, 70));
        if (visitedOn <= asOf && r.next() < 0.92) c.visited = visitedOn;
        if (r.next() < 0.12) {
          const end = addDays(start, r.int(120, 700));
          if (end < asOf) {
            c.end = end;
            c.exit = r.weighted([
              ['Fraflytning', 0.5],
              ['Folkepension', 0.25],
              ['Andet', 0.2],
              ['Død', 0.05],
            ]);
          }
        }
        citizens.push(c);
      }
    }
  }
  return citizens;
}

/** Month by month, start placements until each team reaches its target share for the month. */
function startPlacements(citizens: DemoCitizen[], asOf: IsoDate, months: MonthKey[], r: Rng): DemoPlacement[] {
  const placements: DemoPlacement[] = [];
  months.forEach((m, t) => {
    // touches(start, end, m) with the month's first and last day worked out once (the first view's demo
    // is built in the browser, issue 28).
    const first = firstDay(m);
    const last = lastDay(m);
    const inMonth = (start: IsoDate, end: IsoDate | undefined) => start <= last && (!end || end >= first);
    const monthEnd = minIso(last, asOf);
    for (const [team, { offset }] of Object.entries(DEMO_TEAMS)) {
      const gross = citizens.filter((c) => c.team === team && inMonth(c.start, c.end));
      const active = new Set(
        placements
          .filter((p) => p.type !== 'Nytteindsats' && p.type !== 'Anden ydelse' && inMonth(p.start, p.end))
          .map((p) => p.id),
      );
      const want = Math.round(targetShare(t, offset) * gross.length);
      const idle = gross.filter((c) => !active.has(c.id));
      for (let k = gross.length - idle.length; k < want && idle.length > 0; k++) {
        const c = idle.splice(r.int(0, idle.length - 1), 1)[0];
        const type = r.weighted(START_MIX);
        const start = minIso(addDays(first, r.int(0, 27)), monthEnd);
        const from = start < c.start ? c.start : start;
        const weeks =
          type === 'Virksomhedspraktik'
            ? r.int(4, 13)
            : type === 'Løntilskud'
              ? r.int(13, 40)
              : type === 'Uddannelse'
                ? r.int(20, 45)
                : r.int(8, 52);
        const open = (type === 'Job' || type === 'Ordinære timer') && r.next() < 0.5;
        placements.push({
          id: c.id,
          type,
          start: from,
          end: open ? undefined : addDays(from, weeks * 7 - 1),
          company: type === 'Uddannelse' ? undefined : r.pick(COMPANIES),
          consultant: r.pick(DEMO_TEAMS[team].consultants),
          hours: type === 'Virksomhedspraktik' ? r.int(8, 25) : type === 'Uddannelse' ? undefined : r.int(15, 37),
        });
      }
    }
  });
  return placements;
}

export function simulate(asOf: IsoDate, seed: number) {
  const r = rng(seed);
  const asOfMonth = monthOf(asOf);
  const months = monthRange(addMonths(asOfMonth, -23), asOfMonth);
  const citizens = makeCitizens(asOf, months, r);
  const placements = startPlacements(citizens, asOf, months, r);
  // Some citizens are in activities fsm-rate3 does not count.
  for (const c of citizens) {
    if (r.next() < 0.04)
      placements.push({
        id: c.id,
        type: 'Nytteindsats',
        start: addDays(c.start, 30),
        end: addDays(c.start, 30 + 13 * 7),
        consultant: DEMO_TEAMS[c.team].consultants[0],
      });
  }
  return { citizens, placements: placements.filter((p) => p.start <= asOf), months, r };
}
