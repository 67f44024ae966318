// Month close (DOMAIN.md section 6): the first refresh on or after the 10th of month m + 1 appends month
// m's figures at every level (Alle, each team, each caseworker) to Historik, and who was counted to
// Historik_borgere, so a later difference from STAR can be explained citizen by citizen. A closed month is
// never closed again and its rows are never changed. Historik is re-read right before appending, so two
// people refreshing a shared workbook at once do not close a month twice. The first close of a workbook
// never closed before also closes months long past; those rows say "Ibrugtagning" in Lukning (closed when
// Fremdrift was taken into use), so no one reads them as figures frozen at the time.
import { addDays, addMonths } from '../domain/dates';
import type { CloseKind, HistoryLevel, IsoDate, MonthKey } from '../domain/model';
import type { Measurement } from '../domain/report';
import { countedMeasure } from '../domain/rules';
import { cellValueFor, parseCell } from '../workbook/cells';
import { HISTORIK, HISTORIK_BORGERE } from '../workbook/contract';
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
export function closeDueMonths(port: WorkbookPort, measurement: Measurement, today: IsoDate): Promise<CloseResult> {
  const previous = running.get(port) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => closeNow(port, measurement, today));
  running.set(port, next);
  return next;
}

const NOTHING: CloseResult = { closed: [], atAdoption: [], historyRows: 0, citizenRows: 0 };

async function closeNow(port: WorkbookPort, measurement: Measurement, today: IsoDate): Promise<CloseResult> {
  const measured = measurement.report.months.filter((m) => m.gross > 0).map((m) => m.month);
  if (monthsDue(measured, new Set(), today).length === 0) return NOTHING;
  await port.ensureInputTables([HISTORIK, HISTORIK_BORGERE]);
  const already = await closedMonths(port);
  const due = monthsDue(measured, already, today);
  if (due.length === 0) return NOTHING;
  const { history, citizens, atAdoption } = closeRecords(measurement, due, today, already.size === 0);
  await port.appendRows(HISTORIK.name, history);
  await port.appendRows(HISTORIK_BORGERE.name, citizens);
  return { closed: due, atAdoption, historyRows: history.length, citizenRows: citizens.length };
}

/**
 * The Historik and Historik_borgere rows that close `due` on `today` (pure: the demo builds its history
 * with it too). `firstClose`: the workbook has no closed month yet, so months long past are "Ibrugtagning".
 */
export function closeRecords(measurement: Measurement, due: readonly MonthKey[], today: IsoDate, firstClose: boolean) {
  const { report, drill } = measurement;
  const history: Row[] = [];
  const citizens: Row[] = [];
  const atAdoption: MonthKey[] = [];
  const activeMeasure = countedMeasure(report.rule);
  const yes = (v: boolean) =>
    cellValueFor(
      HISTORIK_BORGERE.columns.find((c) => c.header === 'I indsats')!,
      v,
    );
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
    for (const id of drill({ scope, month, measure: 'gross' }))
      citizens.push({ Måned: month, 'Borger-ID': id, 'I indsats': yes(active.has(id)) });
  }
  return { history, citizens, atAdoption };
}
