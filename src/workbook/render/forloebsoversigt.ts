// Forløbsoversigt: citizens by month, one letter per month for what the citizen was in, coloured by
// conditional formatting, so a reader can see who was counted when.
import { firstDay, lastDay } from '../../domain/dates';
import type { Caseload, Citizen, IsoDate, MonthKey, PlacementType } from '../../domain/model';
import type { Report } from '../../domain/report';
import { ruleName } from '../../text/rules';
import type { CellValue, SheetModel } from '../port';
import { SheetBuilder, type RenderContext } from './builder';
import { hoursIn, personIndex, type PersonIndex } from './personIndex';

/** Letter per Forløb type; ordinary hours logged in `Timer` also show as O. */
export const TYPE_LETTERS: Record<PlacementType, string> = {
  Virksomhedspraktik: 'P',
  Løntilskud: 'L',
  'Ordinære timer': 'O',
  Job: 'J',
  Uddannelse: 'U',
  'Anden ydelse': 'A',
  Nytteindsats: 'N',
};
/** When several apply in a month, the letter nearest ordinary work wins. */
const PRIORITY = ['J', 'O', 'L', 'P', 'U', 'A', 'N'];
const LETTER_FILLS: Record<string, string> = {
  J: '#548235',
  O: '#A9D08E',
  L: '#9BC2E6',
  P: '#BDD7EE',
  U: '#FFD966',
  A: '#D9D9D9',
  N: '#F4B084',
};

/** Each letter's place in PRIORITY, by Forløb type. */
const TYPE_RANK = Object.fromEntries(
  Object.entries(TYPE_LETTERS).map(([type, letter]) => [type, PRIORITY.indexOf(letter)]),
) as Record<PlacementType, number>;
const HOURS_RANK = PRIORITY.indexOf('O');

const DANISH = new Intl.Collator('da');

/** The months' first and last days, worked out once for every citizen's row. */
interface MonthBounds {
  months: readonly MonthKey[];
  from: readonly IsoDate[];
  to: readonly IsoDate[];
}

/**
 * A citizen's cells for the months: '–' outside the gross group, else the letter of the highest-priority
 * Forløb touching the month (ordinary hours in Timer as O), or empty. Only the citizen's own rows are read.
 */
function letterCells(c: Citizen, bounds: MonthBounds, index: PersonIndex): CellValue[] {
  const placements = index.placements.get(c.id) ?? [];
  const hours = index.hours.get(c.id);
  const cells: CellValue[] = [];
  for (let m = 0; m < bounds.months.length; m++) {
    const from = bounds.from[m];
    const to = bounds.to[m];
    if (!(c.startDate <= to && (!c.endDate || c.endDate >= from))) {
      cells.push('–');
      continue;
    }
    let best = PRIORITY.length;
    for (const p of placements) {
      if (p.startDate <= to && (!p.endDate || p.endDate >= from) && TYPE_RANK[p.type] < best) best = TYPE_RANK[p.type];
    }
    if (best > HOURS_RANK && hoursIn(hours, bounds.months[m]) > 0) best = HOURS_RANK;
    cells.push(best < PRIORITY.length ? PRIORITY[best] : null);
  }
  return cells;
}

export function renderForloebsoversigt(
  report: Report,
  caseload: Caseload,
  ctx: RenderContext,
  index: PersonIndex = personIndex(caseload),
): SheetModel {
  const b = new SheetBuilder('Forløbsoversigt');
  b.titleBlock('Forløbsoversigt', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  b.row([
    'Bogstaver: P praktik · L løntilskud · O ordinære timer · J job · U uddannelse · A anden ydelse · N nytteindsats · tom: intet forløb · "–": ikke i målgruppen',
  ]);
  b.blank();
  const months = report.months.map((m) => m.month);
  const fixed = ['Borger-ID', 'Navn', 'Team', 'Sagsbehandler', 'Målgruppe'];
  const header = b.headerRow([...fixed, ...months]);
  const bounds: MonthBounds = { months, from: months.map(firstDay), to: months.map(lastDay) };
  const citizens = caseload.citizens
    .slice()
    .sort(
      (a, c) =>
        DANISH.compare(a.team, c.team) || DANISH.compare(a.caseworker, c.caseworker) || DANISH.compare(a.id, c.id),
    );
  for (const c of citizens) {
    const cells: CellValue[] = [c.id, c.name ?? null, c.team, c.caseworker, c.targetGroup];
    for (const letter of letterCells(c, bounds, index)) cells.push(letter);
    b.row(cells);
  }
  if (citizens.length > 0 && months.length > 0) {
    for (const [letter, fill] of Object.entries(LETTER_FILLS)) {
      b.conditionalFills.push({
        row: header + 1,
        col: fixed.length,
        rows: citizens.length,
        cols: months.length,
        equals: letter,
        fill,
      });
    }
    b.format({ row: header + 1, col: fixed.length, rows: citizens.length, cols: months.length, hAlign: 'center' });
  }
  return b.build({
    columnWidths: [14, 16, 14, 18, 24, ...months.map(() => 8)],
    freeze: { rows: header + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#7030A0',
  });
}
