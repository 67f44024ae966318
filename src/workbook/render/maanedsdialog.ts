// Månedsdialog: one printed page per caseworker for the chosen month: KPIs against their milestone,
// their citizens grouped by readiness (I gang first), the next step for each, and the signals.
import { firstDay, formatDanishMonth, isoToExcelSerial, lastDay } from '../../domain/dates';
import type { Caseload, Citizen, MonthKey, Placement } from '../../domain/model';
import type { Measurement } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import { signalLabel, signalText } from '../../text/signals';
import { gapToGoalText, statusText } from '../../text/status';
import type { SheetModel } from '../port';
import { COLORS, FORMATS, SheetBuilder, statusFill, type RenderContext } from './builder';

export const DIALOG_GROUPS = ['I gang', 'Klar', 'Tæt på', 'Længere fra', 'Ikke vurderet'] as const;
export const CITIZEN_HEADERS = ['Gruppe', 'Borger-ID', 'Navn', 'Målgruppe', 'Forløb i måneden', 'CV', 'Jobmål', 'Næste skridt', 'Opdateret'];

export interface DialogOptions {
  month: MonthKey;
  /** Only this caseworker; default all. */
  caseworker?: string;
}

function touches(p: Placement, month: MonthKey): boolean {
  return p.startDate <= lastDay(month) && (!p.endDate || p.endDate >= firstDay(month));
}

function placementText(placements: Placement[], month: MonthKey): string | null {
  const current = placements.filter((p) => touches(p, month)).sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  if (!current) return null;
  const until = current.endDate ? ` til ${current.endDate.split('-').reverse().join('-')}` : '';
  return `${current.type}${current.company ? `, ${current.company}` : ''}${until}`;
}

export function renderMaanedsdialog(measurement: Measurement, caseload: Caseload, ctx: RenderContext, opts: DialogOptions): SheetModel {
  const { report } = measurement;
  const b = new SheetBuilder('Månedsdialog');
  b.titleBlock(`Månedsdialog – ${formatDanishMonth(opts.month)}`, ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  const byId = new Map(caseload.citizens.map((c) => [c.id, c]));
  const placementsBy = new Map<string, Placement[]>();
  for (const p of caseload.placements) {
    const list = placementsBy.get(p.citizenId) ?? [];
    list.push(p);
    placementsBy.set(p.citizenId, list);
  }
  const names = Object.keys(report.byCaseworker)
    .filter((n) => !opts.caseworker || n === opts.caseworker)
    .sort((a, c) => report.byCaseworker[a].team.localeCompare(report.byCaseworker[c].team, 'da') || a.localeCompare(c, 'da'));
  if (names.length === 0) b.row([opts.caseworker ? `Ingen borgere hos ${opts.caseworker}.` : 'Ingen sagsbehandlere med borgere.']);

  names.forEach((name, i) => {
    const slice = report.byCaseworker[name];
    if (i > 0) b.rowBreaksBefore.push(b.nextRow);
    b.heading(`${name} · ${slice.team}`, 1);
    const m = slice.months.find((x) => x.month === opts.month);
    const kpis: [string, string | number | null, string?][] = [
      ['Måned', formatDanishMonth(opts.month)],
      ['Borgere i målgruppen', m?.gross ?? 0],
      ['I virksomhedsrettet indsats', m?.active ?? 0],
      ['Andel', truncateShare(m?.share ?? null), FORMATS.percent],
      ['Milepæl (andel)', m?.milestone?.share ?? null, FORMATS.percent],
      ['Milepæl (antal)', m?.milestone?.count ?? null],
      ['Status', statusText(m?.milestone?.status ?? null, 'da') || null],
      ['Gab til målet', m ? gapToGoalText(m.gapToGoal, 'da') : null],
      ['Gab (borgere)', m?.milestone?.gap ?? null],
      ['Forløb startet', m?.starts ?? 0],
      ['Forløb afsluttet', m?.ends ?? 0],
    ];
    for (const [label, value, fmt] of kpis) {
      const r = b.row([label, value]);
      b.format({ row: r, col: 0, bold: true });
      if (fmt) b.format({ row: r, col: 1, numberFormat: fmt });
      if (label === 'Status') statusFill(b, r, 1);
    }
    b.blank();

    const scope = { kind: 'caseworker' as const, caseworker: name };
    const gross = measurement.drill({ scope, month: opts.month, measure: 'gross' });
    const active = new Set(measurement.drill({ scope, month: opts.month, measure: 'active' }));
    const groupOf = (c: Citizen) => (active.has(c.id) ? 'I gang' : (c.readiness ?? 'Ikke vurderet'));
    const citizens = gross.map((id) => byId.get(id)).filter((c): c is Citizen => !!c);
    const header = b.headerRow(CITIZEN_HEADERS);
    for (const group of DIALOG_GROUPS) {
      for (const c of citizens.filter((x) => groupOf(x) === group)) {
        b.row([group, c.id, c.name ?? null, c.targetGroup, placementText(placementsBy.get(c.id) ?? [], opts.month),
          c.cv === undefined ? null : c.cv ? 'Ja' : 'Nej', c.jobGoal ?? null, c.nextStep ?? null, c.updated ? isoToExcelSerial(c.updated) : null]);
      }
    }
    if (citizens.length > 0) {
      const rows = citizens.length;
      // One format per column of the block (not per row) keeps big caseloads fast to write.
      b.format({ row: header + 1, col: 8, rows, numberFormat: FORMATS.date });
      b.format({ row: header + 1, col: 7, rows, wrap: true });
      b.conditionalFills.push(
        { row: header + 1, col: 0, rows, equals: 'I gang', fill: COLORS.good, fontColor: COLORS.goodText },
        { row: header + 1, col: 0, rows, equals: 'Klar', fill: '#DDEBF7' },
        { row: header + 1, col: 0, rows, equals: 'Tæt på', fill: COLORS.near, fontColor: COLORS.nearText },
      );
    }
    b.blank();

    const signals = report.signals.filter((s) => s.caseworker === name || (s.citizenId && byId.get(s.citizenId)?.caseworker === name));
    b.heading('Signaler til dialogen');
    if (signals.length === 0) b.row(['Ingen signaler.']);
    else {
      b.headerRow(['Signal', 'Borger-ID', 'Dato', 'Besked']);
      for (const s of signals) {
        const r = b.row([signalLabel(s.kind, 'da'), s.citizenId, s.date ? isoToExcelSerial(s.date) : null, signalText(s, 'da')]);
        b.format({ row: r, col: 2, numberFormat: FORMATS.date });
      }
    }
    b.blank();
  });

  return b.build({
    columnWidths: [28, 14, 16, 26, 34, 6, 20, 40, 12],
    print: { landscape: true, fitToWidth: true },
    tabColor: '#BF8F00',
  });
}
