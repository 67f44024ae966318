// Månedsdialog: one printed page per person (every sagsbehandler, then every virksomhedskonsulent, or
// the one chosen) for the chosen month, with what the task pane's dialogue shows: status and gap against
// their milestone and the goal, next month's milestone and needed starts, the citizens in the groups
// I gang / Klar / Tæt på / Længere fra (I gang first) with placement, company, end date and next step,
// who started and ended in the month, the signals oldest first, and the open agreements.
import { addMonths, formatDanishDate, formatDanishMonth, isoToExcelSerial } from '../../domain/dates';
import {
  DIALOGUE_GROUPS,
  dialogueGroup,
  openAgreements,
  personScope,
  personSignals,
  placementInMonth,
  placementsByCitizen,
  type DialogueGroup,
} from '../../domain/dialogue';
import type { Caseload, Citizen, MonthKey } from '../../domain/model';
import type { CaseloadRole, Measurement } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import { signalLabel, signalText } from '../../text/signals';
import { gapToGoalText, statusText } from '../../text/status';
import type { SheetModel } from '../port';
import { COLORS, FORMATS, SheetBuilder, statusFill, type RenderContext } from './builder';

/** The sheet's word for each dialogue group (the grouping itself is src/domain/dialogue.ts). */
const GROUP_LABELS: Record<DialogueGroup, string> = {
  active: 'I gang',
  Klar: 'Klar',
  'Tæt på': 'Tæt på',
  'Længere fra': 'Længere fra',
  unknown: 'Ikke vurderet',
};
const CITIZEN_HEADERS = [
  'Gruppe',
  'Borger-ID',
  'Navn',
  'Målgruppe',
  'Forløb',
  'Virksomhed',
  'Slutdato',
  'CV',
  'Jobmål',
  'Næste skridt',
  'Opdateret',
];

export interface DialogOptions {
  month: MonthKey;
  /** Only this person; default everyone (sagsbehandlere, then virksomhedskonsulenter). */
  caseworker?: string;
  /** The role of `caseworker`; default Sagsbehandler. */
  role?: CaseloadRole;
}

const date = (iso: string | undefined) => (iso ? isoToExcelSerial(iso) : null);

type Person = { name: string; role: CaseloadRole; slice: Measurement['report']['byCaseworker'][string] };

export function renderMaanedsdialog(
  measurement: Measurement,
  caseload: Caseload,
  ctx: RenderContext,
  opts: DialogOptions,
): SheetModel {
  const { report } = measurement;
  const b = new SheetBuilder('Månedsdialog');
  b.titleBlock(
    `Månedsdialog – ${formatDanishMonth(opts.month)}`,
    ctx,
    ruleName(report.rule.id, 'da'),
    report.rule.id,
    report.asOf,
  );
  const people = (role: CaseloadRole): Person[] => {
    const slices = role === 'Sagsbehandler' ? report.byCaseworker : report.byConsultant;
    return Object.keys(slices)
      .filter((n) => !opts.caseworker || ((opts.role ?? 'Sagsbehandler') === role && n === opts.caseworker))
      .sort((a, c) => slices[a].team.localeCompare(slices[c].team, 'da') || a.localeCompare(c, 'da'))
      .map((name) => ({ name, role, slice: slices[name] }));
  };
  const all = [...people('Sagsbehandler'), ...people('Virksomhedskonsulent')];
  if (all.length === 0)
    b.row([opts.caseworker ? `Ingen borgere hos ${opts.caseworker}.` : 'Ingen sagsbehandlere med borgere.']);
  const page = personPage(b, measurement, caseload, opts.month);
  all.forEach((person, i) => {
    if (i > 0) b.rowBreaksBefore.push(b.nextRow);
    page(person);
  });

  return b.build({
    columnWidths: [28, 14, 16, 26, 20, 18, 12, 6, 20, 40, 12],
    print: { landscape: true, fitToWidth: true },
    tabColor: '#BF8F00',
  });
}

/** The page of one person: figures, citizens by group, movement, signals and open agreements. */
function personPage(b: SheetBuilder, measurement: Measurement, caseload: Caseload, month: MonthKey) {
  const { report } = measurement;
  const byId = new Map(caseload.citizens.map((c) => [c.id, c]));
  const placementsBy = placementsByCitizen(caseload.placements);
  return ({ name, role, slice }: Person) => {
    b.heading(`${name} · ${role} · ${slice.team}`, 1);
    figures(b, slice, month);
    const scope = personScope(role, name);
    const drill = (measure: 'gross' | 'active' | 'starts' | 'ends' | 'plannedEnds') =>
      measurement.drill({ scope, month, measure });
    const gross = drill('gross');
    const active = new Set(drill('active'));
    const citizens = gross.map((id) => byId.get(id)).filter((c): c is Citizen => !!c);
    citizenBlock(b, citizens, active, placementsBy, month);
    const started = drill('starts');
    const ended = drill('ends');
    b.heading('Siden sidste måned');
    b.row(['Startet', started.length > 0 ? started.join(', ') : 'Ingen.']);
    b.row(['Afsluttet', ended.length > 0 ? ended.join(', ') : 'Ingen.']);
    const planned = drill('plannedEnds');
    if (planned.length > 0) b.row(['Planlagt afsluttet', planned.join(', ')]);
    b.blank();

    const signals = personSignals(report.signals, name, new Set(gross));
    b.heading('Signaler til dialogen');
    if (signals.length === 0) b.row(['Ingen signaler.']);
    else {
      b.headerRow(['Signal', 'Borger-ID', 'Dato', 'Besked']);
      for (const s of signals) {
        const r = b.row([signalLabel(s.kind, 'da'), s.citizenId, date(s.date ?? undefined), signalText(s, 'da')]);
        b.format({ row: r, col: 2, numberFormat: FORMATS.date });
      }
    }
    b.blank();

    const agreements = openAgreements(report.agreements, name, month);
    b.heading('Åbne aftaler');
    if (agreements.length === 0) b.row(['Ingen åbne aftaler.']);
    else {
      b.headerRow(['Aftale', 'Borger-ID', 'Aftalt', 'Frist', 'Ansvarlig', 'Udført / droppet']);
      for (const a of agreements) {
        b.row([
          a.text,
          a.citizenId ?? 'Hele sagsstammen',
          formatDanishDate(a.date),
          a.due ? formatDanishDate(a.due) : null,
          a.responsible ?? null,
          null,
        ]);
      }
    }
    b.blank();
  };
}

/** The person's figures for the month and next month's milestone and needed starts. */
function figures(b: SheetBuilder, slice: Person['slice'], month: MonthKey): void {
  const m = slice.months.find((x) => x.month === month);
  const next = slice.plan.find((p) => p.month === addMonths(month, 1));
  const kpis: [string, string | number | null, string?][] = [
    ['Måned', formatDanishMonth(month)],
    ['Borgere i målgruppen', m?.gross ?? 0],
    ['I virksomhedsrettet indsats', m?.active ?? 0],
    ['Andel', truncateShare(m?.share ?? null), FORMATS.percent],
    ['Milepæl (andel)', m?.milestone?.share ?? null, FORMATS.percent],
    ['Milepæl (antal)', m?.milestone?.count ?? null],
    ['Status', statusText(m?.milestone?.status ?? null, 'da') || null],
    ['Gab til målet', m ? gapToGoalText(m.gapToGoal, 'da') : null],
    ['Gab (borgere)', m?.milestone?.gap ?? null],
    [`Milepæl ${formatDanishMonth(addMonths(month, 1))}`, next?.milestoneCount ?? null],
    ['Starter der skal til', next?.neededStarts ?? null],
    ['Forløb startet', m?.starts ?? 0],
    ['Forløb afsluttet', m?.ends ?? 0],
    // Ends later in the running month have not happened: a line apart, only when there are any.
    ...(m && m.plannedEnds > 0 ? [['Planlagt afsluttet', m.plannedEnds] as [string, number]] : []),
  ];
  for (const [label, value, fmt] of kpis) {
    const r = b.row([label, value]);
    b.format({ row: r, col: 0, bold: true });
    if (fmt) b.format({ row: r, col: 1, numberFormat: fmt });
    if (label === 'Status') statusFill(b, r, 1);
  }
  b.blank();
}

/** The citizens in the groups I gang / Klar / Tæt på / Længere fra, with placement, company and next step. */
function citizenBlock(
  b: SheetBuilder,
  citizens: Citizen[],
  active: Set<string>,
  placementsBy: ReturnType<typeof placementsByCitizen>,
  month: MonthKey,
): void {
  const header = b.headerRow(CITIZEN_HEADERS);
  for (const group of DIALOGUE_GROUPS) {
    for (const c of citizens.filter((x) => dialogueGroup(x, active) === group)) {
      const p = placementInMonth(placementsBy.get(c.id), month);
      b.row([
        GROUP_LABELS[group],
        c.id,
        c.name ?? null,
        c.targetGroup,
        p?.type ?? null,
        p?.company ?? null,
        date(p?.endDate),
        c.cv === undefined ? null : c.cv ? 'Ja' : 'Nej',
        c.jobGoal ?? null,
        c.nextStep ?? null,
        date(c.updated),
      ]);
    }
  }
  if (citizens.length > 0) {
    const rows = citizens.length;
    // One format per column of the block (not per row) keeps big caseloads fast to write.
    b.format({ row: header + 1, col: 6, rows, numberFormat: FORMATS.date });
    b.format({ row: header + 1, col: 10, rows, numberFormat: FORMATS.date });
    b.format({ row: header + 1, col: 9, rows, wrap: true });
    b.conditionalFills.push(
      { row: header + 1, col: 0, rows, equals: GROUP_LABELS.active, fill: COLORS.good, fontColor: COLORS.goodText },
      { row: header + 1, col: 0, rows, equals: GROUP_LABELS.Klar, fill: '#DDEBF7' },
      {
        row: header + 1,
        col: 0,
        rows,
        equals: GROUP_LABELS['Tæt på'],
        fill: COLORS.near,
        fontColor: COLORS.nearText,
      },
    );
  }
  b.blank();
}
