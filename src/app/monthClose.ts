// Month close (DOMAIN.md section 6): the first refresh on or after the 10th of month m + 1 appends month
// m's figures at every level (Alle, each team, each caseworker) to Historik, and to Historik_borgere the
// citizens whose state (in the gross group, counted, Parathed) changed since the previous close, packed a
// few rows per month (closedHistoryTable.ts), so a later difference from STAR can be explained citizen by citizen. A closed month is
// never closed again and its rows are never changed. Historik is re-read right before appending, so two
// people refreshing a shared workbook at once do not close a month twice. The first close of a workbook
// never closed before also closes months long past; those rows say "Ibrugtagning" in Lukning (closed when
// Fremdrift was taken into use), so no one reads them as figures frozen at the time.
import { addDays, addMonths } from '../domain/dates';
import { applyMonth, byMonth, changeRows, type CloseStates } from '../domain/closedHistory';
import type {
  Caseload,
  ClosedCitizenRow,
  CloseKind,
  HistoryLevel,
  IsoDate,
  MonthKey,
  Readiness,
} from '../domain/model';
import type { Measurement } from '../domain/report';
import { countedMeasure } from '../domain/rules';
import { cellValueFor, parseCell } from '../workbook/cells';
import { HISTORIK, HISTORIK_BORGERE } from '../workbook/contract';
import { packMonth, readClosedHistory } from '../workbook/closedHistoryTable';
import { headerIndex } from '../workbook/headers';
import type { CellValue, WorkbookPort } from '../workbook/port';

/** The day a month can be closed: the 10th of the next month (STAR's figures come around then). */
export function closeDayOf(month: MonthKey): IsoDate {
  return addDays(`${addMonths(month, 1)}-01`, 9);
}

/** Measured months that are due for closing on `today` and not yet in Historik, oldest first. */
export function monthsDue(measured: readonly MonthKey[], closed: ReadonlySet<MonthKey>, today: IsoDate): MonthKey[] {
  return measured.filter((m) => !closed.has(m) && closeDayOf(m) <= today);
}

/** Months with a level-Alle row in Historik as the workbook holds it now. */
async function closedMonths(port: WorkbookPort): Promise<Set<MonthKey>> {
  const table = (await port.readTables([HISTORIK.name]))[HISTORIK.name];
  const closed = new Set<MonthKey>();
  if (!table) return closed;
  const at = headerIndex(HISTORIK, table);
  const monthCol = HISTORIK.columns.find((c) => c.header === 'Måned')!;
  const levelCol = HISTORIK.columns.find((c) => c.header === 'Niveau')!;
  for (const cells of table.rows) {
    const month = parseCell(monthCol, cells[at.get('Måned')!] ?? null);
    const level = parseCell(levelCol, cells[at.get('Niveau')!] ?? null);
    if (month.ok && level.ok && level.value === 'Alle' && typeof month.value === 'string') closed.add(month.value);
  }
  return closed;
}

/**
 * How a month closed `today` is marked: "Ibrugtagning" when the workbook had no closed month before this
 * close and the month was long past, i.e. the next month was due for closing too (closeDayOf(m + 1) <= today);
 * otherwise "Månedsafslutning".
 */
export function closeKindOf(month: MonthKey, today: IsoDate, firstClose: boolean): CloseKind {
  return firstClose && closeDayOf(addMonths(month, 1)) <= today ? 'Ibrugtagning' : 'Månedsafslutning';
}

export interface CloseResult {
  /** Months closed now (empty when none were due). */
  closed: MonthKey[];
  /** Of those, the months marked "Ibrugtagning" (lukket ved ibrugtagning). */
  atAdoption: MonthKey[];
  historyRows: number;
  citizenRows: number;
}

type Row = Record<string, CellValue>;

function historyRecord(
  month: MonthKey,
  level: HistoryLevel,
  name: string,
  gross: number,
  active: number,
  milestone: number | null,
  ruleId: string,
  today: IsoDate,
  kind: CloseKind,
): Row {
  const cell = (header: string, value: unknown) =>
    cellValueFor(
      HISTORIK.columns.find((c) => c.header === header)!,
      value,
    );
  return {
    Måned: month,
    Niveau: level,
    Navn: name || null,
    Brutto: gross,
    'I indsats': active,
    Milepæl: milestone,
    Målregel: ruleId,
    Lukket: cell('Lukket', today),
    Lukning: kind,
  };
}

/** One close at a time per workbook in this process (a refresh from the pane and from the ribbon at once). */
const running = new WeakMap<WorkbookPort, Promise<unknown>>();

/**
 * Closes every measured month that is due on `today` and not closed yet. Reads Historik again right
 * before writing and skips months someone else closed in the meantime. Appends only; never rewrites.
 */
export function closeDueMonths(
  port: WorkbookPort,
  measurement: Measurement,
  today: IsoDate,
  readinessOf: ReadinessOf = () => undefined,
): Promise<CloseResult> {
  const previous = running.get(port) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => closeNow(port, measurement, today, readinessOf));
  running.set(port, next);
  return next;
}

const NOTHING: CloseResult = { closed: [], atAdoption: [], historyRows: 0, citizenRows: 0 };

async function closeNow(
  port: WorkbookPort,
  measurement: Measurement,
  today: IsoDate,
  readinessOf: ReadinessOf,
): Promise<CloseResult> {
  const measured = measurement.report.months.filter((m) => m.gross > 0).map((m) => m.month);
  if (monthsDue(measured, new Set(), today).length === 0) return NOTHING;
  await port.ensureInputTables([HISTORIK, HISTORIK_BORGERE]);
  const already = await closedMonths(port);
  const due = monthsDue(measured, already, today);
  if (due.length === 0) return NOTHING;
  const { history, citizens, atAdoption } = closeRecords(measurement, due, today, already.size === 0, {
    rows: await closedRows(port),
    readinessOf,
  });
  // Historik_borgere first: a close broken between the two leaves change rows for a month not yet closed,
  // which the next close folds in (closeRecords), never a closed month without its citizens.
  await port.appendRows(HISTORIK_BORGERE.name, citizens);
  await port.appendRows(HISTORIK.name, history);
  return { closed: due, atAdoption, historyRows: history.length, citizenRows: citizens.length };
}

/** Historik_borgere's changes as the workbook holds them now, in any form (rows it cannot read left out). */
async function closedRows(port: WorkbookPort): Promise<ClosedCitizenRow[]> {
  const table = (await port.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name];
  return readClosedHistory(table, []).rows;
}

/** Parathed of a citizen now (kept at the close, issue 23); undefined when empty or unknown. */
export type ReadinessOf = (citizenId: string) => Readiness | undefined;

/** Parathed now by Borger-ID, from the caseload's citizens. */
export function readinessIn(caseload: Pick<Caseload, 'citizens'>): ReadinessOf {
  const by = new Map(caseload.citizens.map((c) => [c.id, c.readiness]));
  return (id) => by.get(id);
}

/** What a close writes its change rows against: Historik_borgere's rows so far, and Parathed now. */
export interface CloseBasis {
  rows: readonly ClosedCitizenRow[];
  readinessOf: ReadinessOf;
  /** The state at the previous close when the caller keeps it (the demo's closes in a row); else empty. */
  before?: CloseStates;
}

/**
 * The Historik rows and the Historik_borgere change rows that close `due` on `today` (pure: the demo builds
 * its history with it too). `firstClose`: the workbook has no closed month yet, so months long past are
 * "Ibrugtagning". Each month's changes are against the fold of `basis.rows` (with the changes of the months
 * before it in `due`), so rows an interrupted close left for a due month count; `after` is the last state.
 */
export function closeRecords(
  measurement: Measurement,
  due: readonly MonthKey[],
  today: IsoDate,
  firstClose: boolean,
  basis: CloseBasis = { rows: [], readinessOf: () => undefined },
) {
  const { report, drill } = measurement;
  const history: Row[] = [];
  const citizens: Row[] = [];
  const atAdoption: MonthKey[] = [];
  const activeMeasure = countedMeasure(report.rule);
  const existing = byMonth(basis.rows);
  let applied = 0;
  let state: CloseStates = new Map(basis.before ?? []);
  for (const month of due) {
    const kind = closeKindOf(month, today, firstClose);
    if (kind === 'Ibrugtagning') atAdoption.push(month);
    const at = <T extends { month: MonthKey }>(list: readonly T[]) => list.find((x) => x.month === month);
    const whole = at(report.months)!;
    const rule = report.rule.id;
    history.push(
      historyRecord(month, 'Alle', '', whole.gross, whole.active, whole.milestone?.count ?? null, rule, today, kind),
    );
    for (const [level, slices] of [
      ['Team', report.byTeam],
      ['Sagsbehandler', report.byCaseworker],
    ] as const) {
      for (const name of Object.keys(slices).sort((a, b) => a.localeCompare(b, 'da'))) {
        const m = at(slices[name].months);
        if (m && m.gross > 0)
          history.push(
            historyRecord(month, level, name, m.gross, m.active, m.milestone?.count ?? null, rule, today, kind),
          );
      }
    }
    const scope = { kind: 'all' } as const;
    const active = new Set(drill({ scope, month, measure: activeMeasure }));
    // The fold up to this month: the rows already there for months since the last due one, this one's too
    // (earlier due months' changes are in `state` already).
    while (applied < existing.length && existing[applied][0] <= month)
      state = applyMonth(state, existing[applied++][1]);
    const next: CloseStates = new Map();
    for (const id of drill({ scope, month, measure: 'gross' })) {
      const readiness = basis.readinessOf(id);
      next.set(
        id,
        readiness === undefined ? { active: active.has(id), row: 0 } : { active: active.has(id), readiness, row: 0 },
      );
    }
    for (const row of packMonth(month, changeRows(state, next, month))) citizens.push(row);
    state = next;
  }
  return { history, citizens, atAdoption, after: state };
}
