// The demo's indicator figures (issue 24): the five Jobrettet Samtale II indicators for the twelve months up to
// the month before the as-of date (registers and surveys report a month late), as Indikatorer rows. Selvbooking
// and Joblog for jobparate come from the case system per team and climb towards their targets with some months
// under; the forsikrede's Joblog from Jobindsats; the citizens' rating of the conversation from a survey with few
// answers, its latest month with a small denominator. One Indikatormål row gives Selvbooking a streak, a base
// month and a deadline, so its milestones show. Deterministic: the same as-of date gives the same rows.
import { addMonths, monthOf } from '../domain/dates';
import type { IsoDate, MonthKey } from '../domain/model';
import type { CellValue } from '../workbook/port';
import { rng, type Rng } from './rng';

const JOBPARATE = 'Jobparate kontanthjælpsmodtagere';
const FORSIKREDE = 'Forsikrede ledige';

/** Each team's jobparate caseload size and how far ahead of the others it is. */
const TEAMS: readonly { team: string; size: number; offset: number }[] = [
  { team: 'Team Nord', size: 60, offset: 0.03 },
  { team: 'Team Syd', size: 54, offset: 0 },
  { team: 'Team Vest', size: 47, offset: -0.04 },
];

/** The month (0–11) whose survey got too few answers: the latest, so every view shows the warning. */
const SMALL_SURVEY_MONTH = 11;

interface Series {
  indicator: string;
  population: string;
  source: string;
  /** The share in month i (0–11) before noise. */
  share: (i: number) => number;
  noise: number;
  denominator: (r: Rng, i: number) => number;
}

function figure(s: Series, month: MonthKey, i: number, r: Rng, team: string | null, offset = 0) {
  const d = s.denominator(r, i);
  const share = s.share(i) + offset + (r.next() * 2 - 1) * s.noise;
  const n = Math.max(0, Math.min(d, Math.round(share * d)));
  return {
    Måned: month,
    Indikator: s.indicator,
    Målgruppe: s.population,
    Team: team,
    Tæller: n,
    Nævner: d,
    Kilde: s.source,
  };
}

const perTeam: Series[] = [
  {
    indicator: 'Selvbooking af samtaler',
    population: JOBPARATE,
    source: 'Fagsystem',
    share: (i) => 0.24 + 0.02 * i,
    noise: 0.03,
    denominator: () => 0,
  },
  {
    indicator: 'Joblog anvendt',
    population: JOBPARATE,
    source: 'Fagsystem',
    share: (i) => 0.7 + 0.011 * i,
    noise: 0.025,
    denominator: () => 0,
  },
];

const whole: Series[] = [
  {
    indicator: 'Joblog anvendt',
    population: FORSIKREDE,
    source: 'Jobindsats',
    share: (i) => 0.865 + 0.0035 * i,
    noise: 0.008,
    denominator: (r) => r.int(880, 960),
  },
  {
    indicator: 'Borgerens vurdering af samtalen (positiv)',
    population: JOBPARATE,
    source: 'Måling',
    share: () => 0.89,
    noise: 0.05,
    denominator: (r, i) => (i === SMALL_SURVEY_MONTH ? 12 : r.int(22, 34)),
  },
  {
    indicator: 'Borgerens vurdering af samtalen (positiv)',
    population: FORSIKREDE,
    source: 'Måling',
    share: () => 0.91,
    noise: 0.03,
    denominator: (r) => r.int(120, 160),
  },
];

/** The twelve months of figures: the last is the month before the as-of month. */
export function demoIndicatorMonths(asOf: IsoDate): MonthKey[] {
  const last = addMonths(monthOf(asOf), -1);
  return Array.from({ length: 12 }, (_, i) => addMonths(last, i - 11));
}

/** Indikatorer rows (one per month, indicator, Målgruppe and team) and the Indikatormål row. */
export function demoIndicatorRows(
  asOf: IsoDate,
  seed = 2025,
): { figures: Record<string, CellValue>[]; targets: Record<string, CellValue>[] } {
  const r = rng(seed + 24);
  const months = demoIndicatorMonths(asOf);
  const figures: Record<string, CellValue>[] = [];
  months.forEach((month, i) => {
    for (const s of perTeam)
      for (const t of TEAMS)
        figures.push(figure({ ...s, denominator: (rr) => t.size + rr.int(-4, 4) }, month, i, r, t.team, t.offset));
    for (const s of whole) figures.push(figure(s, month, i, r, null));
  });
  const targets: Record<string, CellValue>[] = [
    {
      Indikator: 'Selvbooking af samtaler',
      Målgruppe: JOBPARATE,
      'Mål (%)': 40,
      Retning: 'Mindst',
      'Måneder i træk': 3,
      Basismåned: months[0],
      Deadline: addMonths(months[11], 4),
      'Småtal under': null,
    },
  ];
  return { figures, targets };
}
