// A realistic synthetic jobcentre for the demo, the task pane's preview mode and tests: 3 teams,
// 12 caseworkers with 40-50 citizens each (one above the band), three virksomhedskonsulenter per team
// with about 30-35 citizens each, 24 months of placements and hours up to the as-of date. The share in
// company-directed activity climbs towards the 40 % goal of fsm-rate3 without holding it for three months:
// reachable, not yet met. Next steps fit each citizen's status, most rows were reviewed this month, praktik
// rows carry their follow-ups, the last dialogue's agreements and STAR's figures are there, Historik holds
// the months closed since Fremdrift was taken into use (one placement registered after its close), and a
// few typing errors show what Datakvalitet is for. Parathed siden is filled and some citizens moved since
// the latest close (demoReadiness.ts); Indikatorer holds the five JS II indicators for a year
// (demoIndicators.ts). Deterministic: the same as-of date gives the same workbook.
import { addDays, addMonths, firstDay, isoToExcelSerial, monthOf } from '../domain/dates';
import type { Caseload, IsoDate, MonthKey, PlacementType } from '../domain/model';
import {
  AFTALER,
  BORGERE,
  FORLØB,
  HISTORIK,
  HISTORIK_BORGERE,
  INDIKATORER,
  INDIKATORMÅL,
  INDSTILLINGER,
  STAR_TAL,
  TIMER,
  type TableDef,
} from '../workbook/contract';
import type { CellValue, RawTable } from '../workbook/port';
import { readCaseload } from '../workbook/read';

import { DEMO_TEAMS, JOB_GOALS, NEXT_STEPS } from './demoData';
import type { Rng } from './rng';
import { demoAgreements } from './demoAgreements';
import { demoHistorySteps } from './demoHistory';
import { demoReadiness } from './demoReadiness';
import { demoIndicatorRows } from './demoIndicators';
import { simulate, touches, type DemoCitizen, type DemoPlacement } from './simulate';

const serial = (iso: IsoDate | undefined): CellValue => (iso ? isoToExcelSerial(iso) : null);

function table(def: TableDef, rows: Record<string, CellValue>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return { name: def.name, headers, rows: rows.map((row) => headers.map((h) => row[h] ?? null)) };
}

const COUNTED: ReadonlySet<PlacementType> = new Set(['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job']);
const ongoingOn = (p: DemoPlacement, day: IsoDate) => p.start <= day && (!p.end || p.end >= day);

/** The latest monthly follow-up of an ongoing praktik: most within the month, some overdue. */
function followUpOf(p: DemoPlacement, asOf: IsoDate, r: Rng): IsoDate | undefined {
  if (p.type !== 'Virksomhedspraktik' || !ongoingOn(p, asOf)) return undefined;
  const latest = addDays(asOf, -(r.next() < 0.85 ? r.int(2, 28) : r.int(40, 75)));
  return latest < p.start ? undefined : latest;
}

function endReasonOf(p: DemoPlacement, asOf: IsoDate, r: Rng): string | null {
  if (!p.end || p.end > asOf) return null;
  return r.weighted([
    ['Ordinære timer eller job', 0.3],
    ['Andet', 0.35],
    ['Virksomheden vil ikke lønne', 0.1],
    ['Helbred', 0.15],
    ['Udeblevet', 0.1],
  ] as [string, number][]);
}

/** A citizen's Borgere row: readiness, VK, review date and next step that fit where the citizen is. */
function borgerRow(
  c: DemoCitizen,
  placement: DemoPlacement | undefined,
  asOf: IsoDate,
  r: Rng,
): Record<string, CellValue> {
  const readiness = placement
    ? r.pick(['Klar', 'Tæt på'])
    : r.weighted([
        ['Klar', 0.25],
        ['Tæt på', 0.35],
        ['Længere fra', 0.4],
      ] as [string, number][]);
  const status = placement ? 'I gang' : (readiness as 'Klar' | 'Tæt på' | 'Længere fra');
  // The VK follows the citizen who is in a placement, and half of those ready for one.
  const consultants = DEMO_TEAMS[c.team].consultants;
  const consultant = placement
    ? placement.consultant
    : readiness === 'Klar' && r.next() < 0.5
      ? r.pick(consultants)
      : null;
  const reviewed = addDays(asOf, -(r.next() < 0.88 ? r.int(2, 27) : r.int(35, 120)));
  return {
    'Borger-ID': c.id,
    Navn: c.name,
    Målgruppe: c.targetGroup,
    Team: c.team,
    Sagsbehandler: c.caseworker,
    Virksomhedskonsulent: c.end ? null : consultant,
    Startdato: serial(c.start),
    Slutdato: serial(c.end),
    Afgangsårsag: c.exit ?? null,
    Visiteret: serial(c.visited),
    Parathed: c.end ? null : readiness,
    CV: r.next() < 0.7 ? 'Ja' : 'Nej',
    Jobmål: r.pick(JOB_GOALS),
    'Næste skridt': c.end ? null : r.pick(NEXT_STEPS[status]),
    Opdateret: serial(reviewed < c.start ? c.start : reviewed),
  } as Record<string, CellValue>;
}

/** The last few demos built, by as-of date and seed: building one measures it once for its Historik. */
const built = new Map<string, Record<string, RawTable>>();

/** The demo as raw input tables (dates as Excel serials), ready for a MemoryWorkbook or an .xlsx; a fresh copy each call. */
export function demoTables(asOf: IsoDate, seed = 2025): Record<string, RawTable> {
  const key = `${asOf}/${seed}`;
  let tables = built.get(key);
  if (!tables) {
    tables = buildDemoTables(asOf, seed);
    if (built.size >= 4) built.delete(built.keys().next().value!);
    built.set(key, tables);
  }
  // Cells are numbers, strings and nulls: copying the arrays copies the tables.
  const copy = (t: RawTable): RawTable => ({ ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) });
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, copy(t)]));
}

/** Runs steps to their end at once (the CLI and tests); the task pane yields to the browser between them. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the demo from scratch (demoTables caches it). */
export function buildDemoTables(asOf: IsoDate, seed = 2025): Record<string, RawTable> {
  return finish(demoTableSteps(asOf, seed));
}

/**
 * buildDemoTables in steps, a fresh demo each time: it pauses between its long parts (simulating, making
 * the rows, reading and measuring them for Historik), so the task pane can yield to the browser there.
 */
export function* demoTableSteps(asOf: IsoDate, seed = 2025): Generator<void, Record<string, RawTable>> {
  const { citizens, placements, months, r } = simulate(asOf, seed);
  yield;
  const asOfMonth = monthOf(asOf);
  const ongoing = new Map(placements.filter((p) => COUNTED.has(p.type) && ongoingOn(p, asOf)).map((p) => [p.id, p]));
  const borgere = citizens.map((c) => borgerRow(c, ongoing.get(c.id), asOf, r));
  const borgereAtClose = demoReadiness(
    borgere,
    (id) => ongoing.has(id),
    asOf,
    latestCloseDay(asOf),
    dialogueDate(asOf),
    seed,
  );
  const goals = demoAgreements(placements, seed);
  const forløb = placements.map((p, i) => ({
    'Borger-ID': p.id,
    Type: p.type,
    Virksomhed: p.company?.[0] ?? null,
    CVR: p.company?.[1] ?? null,
    Startdato: serial(p.start),
    Slutdato: serial(p.end),
    'Timer pr. uge': p.hours ?? null,
    Virksomhedskonsulent: p.consultant,
    Note: null,
    Opfølgning: serial(followUpOf(p, asOf, r)),
    Afslutningsårsag: endReasonOf(p, asOf, r),
    ...goals[i],
  })) as Record<string, CellValue>[];
  // Ordinary hours from payslips for citizens with ordinary hours, and zero-hour months now and then.
  const timer: Record<string, CellValue>[] = [];
  for (const p of placements.filter((x) => x.type === 'Ordinære timer')) {
    for (const m of months) {
      if (!touches(p.start, p.end, m) || firstDay(m) > asOf) continue;
      timer.push({
        'Borger-ID': p.id,
        Måned: m,
        'Ordinære timer': r.next() < 0.08 ? 0 : r.int(12, 140),
        Kilde: r.pick(['Lønseddel', 'eIndkomst']),
      });
    }
  }
  addTypingErrors(borgere, forløb, timer);
  const settings = [
    ['Målregel', 'fsm-rate3'],
    ['Tærskel', null],
    ['Måneder i træk', null],
    ['Tæller med', null],
    ['Målgrupper', null],
    ['Periode fra', months[0]],
    ['Periode til', null],
    ['Basismåned', addMonths(asOfMonth, -6)],
    ['Deadline', addMonths(asOfMonth, 6)],
    ['Tranchebeløb', 1250000],
  ].map(([k, v]) => ({ Nøgle: k, Værdi: v }));
  const tables = {
    Borgere: table(BORGERE, borgere),
    Forløb: table(FORLØB, forløb),
    Timer: table(TIMER, timer),
    Indstillinger: table(INDSTILLINGER, settings),
    Aftaler: table(AFTALER, agreements(citizens, asOf, r)),
    STAR_tal: table(STAR_TAL, starFigures(citizens, placements, months, asOf, r)),
    ...indicatorTables(asOf, seed),
  };
  yield;
  const { history, citizens: closedCitizens } = yield* demoHistorySteps(
    tables,
    placements.length,
    asOf,
    table(BORGERE, borgereAtClose),
  );
  return { ...tables, Historik: table(HISTORIK, history), Historik_borgere: table(HISTORIK_BORGERE, closedCitizens) };
}

/** The five JS II indicators' figures and Selvbooking's target (demoIndicators.ts). */
function indicatorTables(asOf: IsoDate, seed: number): Record<string, RawTable> {
  const { figures, targets } = demoIndicatorRows(asOf, seed);
  return { Indikatorer: table(INDIKATORER, figures), Indikatormål: table(INDIKATORMÅL, targets) };
}

/** A few typing errors of the kinds caseworkers make, so the Datakvalitet sheet has something to show. */
function addTypingErrors(
  borgere: Record<string, CellValue>[],
  forløb: Record<string, CellValue>[],
  timer: Record<string, CellValue>[],
): void {
  const ended = forløb.find((f) => f['Slutdato'] !== null && f['Type'] === 'Løntilskud');
  if (ended)
    forløb.push({
      ...ended,
      Startdato: ended['Slutdato'],
      Slutdato: (ended['Startdato'] as number) - 1,
      Opfølgning: null,
    }); // dates swapped
  const praktik = forløb.find((f) => f['Type'] === 'Virksomhedspraktik');
  if (praktik) praktik['Timer pr. uge'] = 90; // 9 typed as 90
  if (timer.length > 0) timer.push({ ...timer[0], 'Borger-ID': String(timer[0]['Borger-ID']).replace('1', 'l') }); // l for 1
  if (borgere.length > 5) borgere[5]['CV'] = 'Måske';
}

/** The day of last month's dialogue: the 10th of the month before the as-of month. */
const dialogueDate = (asOf: IsoDate): IsoDate => addDays(firstDay(addMonths(monthOf(asOf), -1)), 9);

/** The latest month close on or before as-of: the 10th of the as-of month, or of the month before. */
const latestCloseDay = (asOf: IsoDate): IsoDate =>
  addDays(firstDay(Number(asOf.slice(8, 10)) >= 10 ? monthOf(asOf) : addMonths(monthOf(asOf), -1)), 9);

/** What was agreed at last month's dialogue: some done, some open, a few past their deadline. */
function agreements(citizens: DemoCitizen[], asOf: IsoDate, r: Rng): Record<string, CellValue>[] {
  const dialogue = dialogueDate(asOf);
  const texts = [
    'Ring til virksomheden om løntimer',
    'Book virksomhedsbesøg',
    'Opdater CV sammen med borgeren',
    'Afklar helbred før praktik',
    'Gennemgå alle borgere uden næste skridt',
  ];
  const rows: Record<string, CellValue>[] = [];
  for (const { caseworkers } of Object.values(DEMO_TEAMS)) {
    for (const caseworker of caseworkers) {
      const own = citizens.filter((c) => c.caseworker === caseworker && !c.end);
      for (let k = r.int(1, 3); k > 0; k--) {
        const about = r.next() < 0.75 && own.length > 0 ? r.pick(own).id : null;
        const due = addDays(dialogue, r.int(7, 40));
        rows.push({
          Dato: serial(dialogue),
          Sagsbehandler: caseworker,
          'Borger-ID': about,
          Aftale: about ? r.pick(texts.slice(0, 4)) : texts[4],
          Ansvarlig: caseworker,
          Frist: serial(due),
          Status: due < asOf && r.next() < 0.6 ? 'Udført' : 'Åben',
        });
      }
    }
  }
  return rows;
}

/** STAR's monitoring figures for the last four whole months: a little behind the municipality's own count. */
function starFigures(
  citizens: DemoCitizen[],
  placements: DemoPlacement[],
  months: MonthKey[],
  asOf: IsoDate,
  r: Rng,
): Record<string, CellValue>[] {
  return months.slice(-5, -1).map((m) => {
    const gross = citizens.filter((c) => touches(c.start, c.end, m)).length;
    const active = new Set(
      placements.filter((p) => COUNTED.has(p.type) && touches(p.start, p.end, m) && p.start <= asOf).map((p) => p.id),
    ).size;
    return { Måned: m, Brutto: gross + r.int(-2, 2), 'I indsats': Math.max(0, active - r.int(1, 5)), Note: null };
  });
}

/** The demo caseload as the engine sees it (read through the same mapping as any workbook). */
export function demoCaseload(asOf: IsoDate, seed = 2025): Caseload {
  return readCaseload(demoTables(asOf, seed));
}
