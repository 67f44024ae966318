// Forløbsoversigt: citizens by month, one letter per month for what the citizen was in, coloured by
// conditional formatting, so a reader can see who was counted when.
import { firstDay, lastDay } from '../../domain/dates';
import type { Caseload, Citizen, MonthKey, PlacementType } from '../../domain/model';
import type { Report } from '../../domain/report';
import { ruleName } from '../../text/rules';
import type { SheetModel } from '../port';
import { SheetBuilder, type RenderContext } from './builder';

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

export function monthLetter(
  caseload: Caseload,
  citizenId: string,
  month: MonthKey,
  index?: LetterIndex,
): string | null {
  const idx = index ?? indexCaseload(caseload);
  const letters = new Set<string>();
  for (const p of idx.placements.get(citizenId) ?? []) {
    if (p.startDate <= lastDay(month) && (!p.endDate || p.endDate >= firstDay(month)))
      letters.add(TYPE_LETTERS[p.type]);
  }
  if ((idx.hours.get(`${citizenId}|${month}`) ?? 0) > 0) letters.add('O');
  return PRIORITY.find((l) => letters.has(l)) ?? null;
}

export interface LetterIndex {
  placements: Map<string, Caseload['placements']>;
  hours: Map<string, number>;
}

export function indexCaseload(caseload: Caseload): LetterIndex {
  const placements = new Map<string, Caseload['placements']>();
  for (const p of caseload.placements) {
    const list = placements.get(p.citizenId) ?? [];
    list.push(p);
    placements.set(p.citizenId, list);
  }
  const hours = new Map<string, number>();
  for (const h of caseload.hours)
    hours.set(`${h.citizenId}|${h.month}`, (hours.get(`${h.citizenId}|${h.month}`) ?? 0) + h.hours);
  return { placements, hours };
}

function inGross(c: Citizen, month: MonthKey): boolean {
  return c.startDate <= lastDay(month) && (!c.endDate || c.endDate >= firstDay(month));
}

export function renderForloebsoversigt(report: Report, caseload: Caseload, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Forløbsoversigt');
  b.titleBlock('Forløbsoversigt', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  b.row([
    'Bogstaver: P praktik · L løntilskud · O ordinære timer · J job · U uddannelse · A anden ydelse · N nytteindsats · tom: intet forløb · "–": ikke i målgruppen',
  ]);
  b.blank();
  const months = report.months.map((m) => m.month);
  const fixed = ['Borger-ID', 'Navn', 'Team', 'Sagsbehandler', 'Målgruppe'];
  const header = b.headerRow([...fixed, ...months]);
  const idx = indexCaseload(caseload);
  const citizens = [...caseload.citizens].sort(
    (a, c) =>
      a.team.localeCompare(c.team, 'da') ||
      a.caseworker.localeCompare(c.caseworker, 'da') ||
      a.id.localeCompare(c.id, 'da'),
  );
  for (const c of citizens) {
    b.row([
      c.id,
      c.name ?? null,
      c.team,
      c.caseworker,
      c.targetGroup,
      ...months.map((m) => (inGross(c, m) ? monthLetter(caseload, c.id, m, idx) : '–')),
    ]);
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
