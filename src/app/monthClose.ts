// Month close (DOMAIN.md section 6): the first refresh on or after the 10th of month m + 1 appends month
// m's figures at every level (Alle, each team, each caseworker) to Historik, and who was counted to
// Historik_borgere, so a later difference from STAR can be explained citizen by citizen. A closed month is
// never closed again and its rows are never changed. Historik is re-read right before appending, so two
// people refreshing a shared workbook at once do not close a month twice.
import { addDays, addMonths } from '../domain/dates';
import type { HistoryLevel, IsoDate, MonthKey } from '../domain/model';
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

export interface CloseResult {
  /** Months closed now (empty when none were due). */
  closed: MonthKey[];
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

async function closeNow(port: WorkbookPort, measurement: Measurement, today: IsoDate): Promise<CloseResult> {
  const { report, drill } = measurement;
  const measured = report.months.filter((m) => m.gross > 0).map((m) => m.month);
  if (monthsDue(measured, new Set(), today).length === 0) return { closed: [], historyRows: 0, citizenRows: 0 };
  await port.ensureInputTables([HISTORIK, HISTORIK_BORGERE]);
  const due = monthsDue(measured, await closedMonths(port), today);
  if (due.length === 0) return { closed: [], historyRows: 0, citizenRows: 0 };

  const history: Row[] = [];
  const citizens: Row[] = [];
  const activeMeasure = countedMeasure(report.rule);
  const yes = (v: boolean) =>
    cellValueFor(
      HISTORIK_BORGERE.columns.find((c) => c.header === 'I indsats')!,
      v,
    );
  for (const month of due) {
    const at = <T extends { month: MonthKey }>(list: readonly T[]) => list.find((x) => x.month === month);
    const whole = at(report.months)!;
    history.push(
      historyRecord(
        month,
        'Alle',
        '',
        whole.gross,
        whole.active,
        whole.milestone?.count ?? null,
        report.rule.id,
        today,
      ),
    );
    for (const [level, slices] of [
      ['Team', report.byTeam],
      ['Sagsbehandler', report.byCaseworker],
    ] as const) {
      for (const name of Object.keys(slices).sort((a, b) => a.localeCompare(b, 'da'))) {
        const m = at(slices[name].months);
        if (m && m.gross > 0)
          history.push(
            historyRecord(month, level, name, m.gross, m.active, m.milestone?.count ?? null, report.rule.id, today),
          );
      }
    }
    const scope = { kind: 'all' } as const;
    const active = new Set(drill({ scope, month, measure: activeMeasure }));
    for (const id of drill({ scope, month, measure: 'gross' }))
      citizens.push({ Måned: month, 'Borger-ID': id, 'I indsats': yes(active.has(id)) });
  }
  await port.appendRows(HISTORIK.name, history);
  await port.appendRows(HISTORIK_BORGERE.name, citizens);
  return { closed: due, historyRows: history.length, citizenRows: citizens.length };
}
