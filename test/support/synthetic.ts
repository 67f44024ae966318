// A seeded, deterministic caseload generator for benchmarks and tests (kept out of src: no user path runs it).
import { addDays, addMonths, daysInMonth, firstDay, lastDay, monthRange, toDayNumber } from '../../src/domain/dates';
import type {
  Caseload,
  Citizen,
  HoursEntry,
  MonthKey,
  Placement,
  PlacementType,
  Readiness,
  TargetGroup,
} from '../../src/domain/model';
import { READINESS, TARGET_GROUPS } from '../../src/domain/model';

export interface SyntheticParams {
  citizens: number;
  placements: number;
  hoursRows: number;
  months: number;
  startMonth: MonthKey;
  teams: number;
  caseworkersPerTeam: number;
  seed: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIGHTED_TYPES: [PlacementType, number][] = [
  ['Virksomhedspraktik', 40],
  ['Løntilskud', 20],
  ['Ordinære timer', 15],
  ['Job', 8],
  ['Uddannelse', 7],
  ['Anden ydelse', 4],
  ['Nytteindsats', 6],
];

function pickWeighted<T>(random: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

export function generateCaseload(params: SyntheticParams): Caseload {
  const random = seededRandom(params.seed);
  const int = (n: number) => Math.floor(random() * n);
  const months = monthRange(params.startMonth, addMonths(params.startMonth, params.months - 1));
  const periodStart = toDayNumber(firstDay(months[0]));
  const periodDays = toDayNumber(lastDay(months[months.length - 1])) - periodStart + 1;
  const dateAt = (offset: number) => addDays(firstDay(months[0]), Math.max(0, Math.min(periodDays - 1, offset)));

  const citizens: Citizen[] = [];
  for (let i = 0; i < params.citizens; i++) {
    const team = int(params.teams);
    const start = random() < 0.6 ? int(30) : int(periodDays);
    const leaves = random() < 0.15;
    const end = leaves ? start + 30 + int(periodDays) : undefined;
    citizens.push({
      row: i + 1,
      id: `B${String(i + 1).padStart(6, '0')}`,
      targetGroup: TARGET_GROUPS[int(TARGET_GROUPS.length)] as TargetGroup,
      team: `Team ${team + 1}`,
      caseworker: `Sagsbehandler ${team + 1}.${int(params.caseworkersPerTeam) + 1}`,
      companyConsultant: random() < 0.7 ? `Konsulent ${team + 1}.${int(3) + 1}` : undefined,
      startDate: dateAt(start),
      endDate: end !== undefined && end < periodDays ? dateAt(end) : undefined,
      visitedDate: random() < 0.8 ? dateAt(start + int(60)) : undefined,
      readiness: READINESS[int(READINESS.length)] as Readiness,
      updated: dateAt(periodDays - 1 - int(90)),
    });
  }
  const placements: Placement[] = [];
  for (let i = 0; i < params.placements; i++) {
    const c = citizens[int(citizens.length)];
    const s = toDayNumber(c.startDate) - periodStart + int(periodDays);
    const length = 14 + int(170);
    const ongoing = random() < 0.1;
    placements.push({
      row: i + 1,
      citizenId: c.id,
      type: pickWeighted(random, WEIGHTED_TYPES),
      company: `Virksomhed ${int(500) + 1}`,
      startDate: dateAt(s),
      endDate: ongoing ? undefined : dateAt(s + length),
      hoursPerWeek: 5 + int(30),
    });
  }
  const hours: HoursEntry[] = [];
  for (let i = 0; i < params.hoursRows; i++) {
    const c = citizens[int(citizens.length)];
    const month = months[int(months.length)];
    hours.push({
      row: i + 1,
      citizenId: c.id,
      month,
      hours: random() < 0.2 ? 0 : Math.round(random() * 4 * daysInMonth(month)) / 4,
    });
  }
  return {
    citizens,
    placements,
    hours,
    settings: {
      ruleId: 'fsm-rate3',
      baseMonth: months[Math.floor(months.length / 2)],
      deadline: months[months.length - 1],
    },
    issues: [],
  };
}
