// The demo's Historik, so Afstemning has something to explain: the jobcentre took Fremdrift into use on
// the 10th six months before the as-of month (that first close took the months long past in one go and
// marks them "Ibrugtagning"), and closed every month since on its 10th. One placement was registered after
// its month was closed (a note in Forløb says so): it is left out of the figures at close, so that month
// shows one citizen changed since close. Built with the same close rows as a real month close, in the
// compact form (changes only, with Parathed at each close; some citizens' Parathed moved since).
import { closeDayOf, closeRecords, monthsDue, readinessIn, type ReadinessOf } from '../app/monthClose';
import type { CloseStates } from '../domain/closedHistory';
import { addMonths, excelSerialToIso, firstDay, lastDay, monthOf } from '../domain/dates';
import { measureCore } from '../domain/engine/core';
import type { Caseload, IsoDate, MonthKey, Readiness } from '../domain/model';
import { readCaseload } from '../workbook/read';
import type { CellValue, RawTable } from '../workbook/port';
import { pushAll } from '../domain/collections';

type Row = Record<string, CellValue>;

export const LATE_NOTE = 'Registreret efter månedsafslutningen';

/** The day the demo jobcentre took Fremdrift into use: the 10th, six months before the as-of month. */
const adoptionDay = (asOf: IsoDate): IsoDate => `${addMonths(monthOf(asOf), -6)}-10`;

const COUNTED = new Set(['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job']);
const isoOf = (v: CellValue): IsoDate | null => (typeof v === 'number' ? excelSerialToIso(v) : null);

/** The month the late registration falls in: the latest month closed by the as-of date. */
function lateMonth(asOf: IsoDate): MonthKey {
  let m = monthOf(asOf);
  while (closeDayOf(m) > asOf) m = addMonths(m, -1);
  return m;
}

/**
 * The Forløb row registered late: the first counted placement starting in `month` for a citizen with no
 * other counted placement touching the month (so the close counted the citizen as not in activity).
 */
function lateRow(forløb: readonly Row[], month: MonthKey, candidates: number): number {
  const touches = (r: Row) => {
    const start = isoOf(r['Startdato']);
    const end = isoOf(r['Slutdato']);
    return COUNTED.has(String(r['Type'])) && !!start && start <= lastDay(month) && (!end || end >= firstDay(month));
  };
  for (let i = 0; i < candidates; i++) {
    const r = forløb[i];
    const start = isoOf(r['Startdato']);
    if (!touches(r) || !start || start < firstDay(month)) continue;
    const others = forløb.filter((o, j) => j !== i && o['Borger-ID'] === r['Borger-ID'] && touches(o));
    if (others.length === 0) return i;
  }
  return -1;
}

/**
 * Parathed as the demo's closes kept it (issue 23: movement since the last close): every 9th citizen now
 * Klar was Tæt på at every close (moved forward since), every 11th now Længere fra was Tæt på (moved back);
 * everyone else had their present Parathed.
 */
function readinessAtCloses(caseload: Pick<Caseload, 'citizens'>): ReadinessOf {
  const now = readinessIn(caseload);
  const earlier = new Map<string, Readiness>();
  let klar = 0;
  let fra = 0;
  for (const c of caseload.citizens) {
    if (c.readiness === 'Klar' && klar++ % 9 === 0) earlier.set(c.id, 'Tæt på');
    if (c.readiness === 'Længere fra' && fra++ % 11 === 0) earlier.set(c.id, 'Tæt på');
  }
  return (id) => earlier.get(id) ?? now(id);
}

/**
 * Marks one placement as registered late and returns Historik and Historik_borgere as closed on each
 * month's 10th (the first close at adoption). `tables` are the demo's input tables without history;
 * `placements` is how many Forløb rows are real placements (the typing errors follow them);
 * `borgereAtClose`, when given, is Borgere as it was at the closes (the Parathed before a recent move).
 * In steps: it pauses after reading and after measuring (its two long parts), for the task pane to yield.
 */
export function* demoHistorySteps(
  tables: Record<string, RawTable>,
  placements: number,
  asOf: IsoDate,
  borgereAtClose?: RawTable,
): Generator<void, { history: Row[]; citizens: Row[] }> {
  const forløb = tables.Forløb;
  const rows = forløb.rows.map((cells) => Object.fromEntries(forløb.headers.map((h, i) => [h, cells[i]])) as Row);
  const late = lateRow(rows, lateMonth(asOf), placements);
  if (late >= 0) forløb.rows[late][forløb.headers.indexOf('Note')] = LATE_NOTE;
  const atClose = {
    ...tables,
    Borgere: borgereAtClose ?? tables.Borgere,
    Forløb: { ...forløb, rows: forløb.rows.filter((_, i) => i !== late) },
  };
  const caseload = readCaseload(atClose);
  yield;
  // The core is enough for the closes (months, drill); indicators and companies are not closed.
  const { measurement } = measureCore(caseload, { asOf });
  yield;
  const measured = measurement.report.months.filter((m) => m.gross > 0).map((m) => m.month);
  const history: Row[] = [];
  const citizens: Row[] = [];
  const closed = new Set<MonthKey>();
  // Borgere as at the closes already holds the Parathed before the recent moves; else moves are made up.
  const readinessOf = borgereAtClose ? readinessIn(caseload) : readinessAtCloses(caseload);
  // Each close writes its changes against the state the closes before it left (the compact form, issue 28).
  let state: CloseStates = new Map();
  const close = (day: IsoDate) => {
    const due = monthsDue(measured, closed, day);
    if (due.length === 0) return;
    const records = closeRecords(measurement, due, day, closed.size === 0, { rows: [], readinessOf, before: state });
    state = records.after;
    pushAll(history, records.history);
    pushAll(citizens, records.citizens);
    due.forEach((m) => closed.add(m));
  };
  close(adoptionDay(asOf));
  for (const month of measured) {
    const day = closeDayOf(month);
    if (day > adoptionDay(asOf) && day <= asOf) close(day);
  }
  return { history, citizens };
}
