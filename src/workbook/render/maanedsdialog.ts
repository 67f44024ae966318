// Månedsdialog: the printed monthly dialogue with each person (every sagsbehandler, then every
// virksomhedskonsulent, or the one chosen) for the chosen month, in meeting order, each person from a new
// page. First the meeting: the month, status and gaps against milestone and goal beside next month's
// milestone and needed starts, last time's open agreements (with boxes to tick), the signals oldest first,
// the movement, and empty lines for new agreements; then the citizen list (I gang first, then Klar / Tæt på
// / Længere fra). Portrait A4, one page wide, the title rows repeated on every page: a caseload within its
// band fits one page (LibreOffice-tested); a bigger one runs on to a second. Målgruppe is a short code
// (TARGET_GROUP_CODES, explained under the list) and long texts wrap, so columns never run together.
import { addMonths, formatDanishDate, formatDanishMonth, isoToExcelSerial } from '../../domain/dates';
import {
  DIALOGUE_GROUPS,
  dialogueGroup,
  openAgreements,
  personScope,
  placementInMonth,
  runningMonth,
  type DialogueGroup,
} from '../../domain/dialogue';
import type { Caseload, Citizen, MonthKey, TargetGroup } from '../../domain/model';
import type { CaseloadRole, Measurement } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import { signalText } from '../../text/signals';
import { statusText } from '../../text/status';
import type { CellValue, SheetModel } from '../port';
import { sinceLastDialogueBlock } from './sinceLastDialogue';
import { COLORS, FORMATS, placed, SheetBuilder, statusFill, type RenderContext } from './builder';
import { dialogueIndicatorsBeside } from './maanedsdialogIndikatorer';
import { movementIndex } from './movementIndex';
import { indexedPersonSignals, personIndex, signalIndex, type PersonIndex } from './personIndex';

/** The sheet's word for each dialogue group (the grouping itself is src/domain/dialogue.ts). */
const GROUP_LABELS: Record<DialogueGroup, string> = {
  active: 'I gang',
  Klar: 'Klar',
  'Tæt på': 'Tæt på',
  'Længere fra': 'Længere fra',
  unknown: 'Ikke vurderet',
};

/** Målgruppe as a short code in the printed list; the legend under the list spells them out. */
const TARGET_GROUP_CODES: Record<TargetGroup, string> = {
  'Aktivitetsparat kontanthjælp': 'AKH',
  'Aktivitetsparat uddannelseshjælp': 'AUH',
  'Selvforsørgelses- og hjemrejseydelse': 'SHY',
  Ressourceforløb: 'RF',
  'Jobparat kontanthjælp': 'JKH',
  Andet: 'AND',
};

const CITIZEN_HEADERS = [
  'Gruppe',
  'Borger-ID',
  'Navn',
  'Målgr.',
  'Forløb',
  'Virksomhed',
  'Slutdato',
  'CV',
  'Opdateret',
  'Jobmål',
  'Næste skridt',
];
/** Column widths (characters): the citizen list's, which page 1 lays its blocks out on. */
const WIDTHS = [12, 10, 7, 7, 19, 24, 12, 5, 12, 18, 36];
/** Columns whose long texts wrap inside their width instead of running into the next column. */
const WRAPPED = [5, 9, 10];
/** Empty lines on page 1 for the agreements made at this dialogue. */
const NEW_AGREEMENT_LINES = 5;

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
  index: PersonIndex = personIndex(caseload),
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
  const page = personPages(b, measurement, caseload, opts.month, index);
  all.forEach((person, i) => {
    if (i > 0) b.rowBreaksBefore.push(b.nextRow);
    page(person);
  });

  return b.build({
    columnWidths: WIDTHS,
    // The two title rows (sheet title, rule and as-of date) head every printed page.
    print: { landscape: false, fitToWidth: true, titleRows: [0, 1] },
    tabColor: '#BF8F00',
  });
}

/** A person's page: the meeting, then the citizen list (on the same page when it fits). */
function personPages(
  b: SheetBuilder,
  measurement: Measurement,
  caseload: Caseload,
  month: MonthKey,
  index: PersonIndex,
) {
  const { report } = measurement;
  // Built once for all persons: each page looks up its own citizens' rows (issue 26).
  const signals = signalIndex(report.signals);
  const movementOf = movementIndex(caseload, index, report.rule.counts, report.asOf);
  return (person: Person) => {
    const { name, role, slice } = person;
    const scope = personScope(role, name);
    const drill = (measure: 'gross' | 'active' | 'starts' | 'ends' | 'plannedEnds') =>
      measurement.drill({ scope, month, measure });
    const gross = drill('gross');

    b.heading(`${name} · ${role} · ${slice.team}`, 1);
    const running = runningMonth(month, report.asOf);
    b.row([`Måned: ${formatDanishMonth(month)}${running ? ` (i gang, dag ${running.day} af ${running.days})` : ''}`]);
    b.blank();
    const size = report.caseloads.find((c) => c.name === name && c.role === role);
    const statusRow = b.nextRow;
    figures(b, slice, month, size ? `${size.citizens} (højst ${size.bandMax})` : null);
    dialogueIndicatorsBeside(b, statusRow, report.indicators ?? [], name, slice.team, month);
    agreementBlock(b, openAgreements(report.agreements, name, month));
    const grossIds = new Set(gross);
    signalBlock(b, indexedPersonSignals(signals, name, grossIds));
    movementBlock(b, drill('starts'), drill('ends'), drill('plannedEnds'));
    sinceLastDialogueBlock(b, movementOf(name, grossIds));
    newAgreementLines(b);

    b.heading(`Borgerne – ${name} (${gross.length})`);
    const citizens = gross.map((id) => index.citizenById.get(id)).filter((c): c is Citizen => !!c);
    citizenBlock(b, citizens, new Set(drill('active')), index.placements, month);
  };
}

/** Figures of the month (left) beside next month's milestone, needed starts and the movement counts (right). */
function figures(b: SheetBuilder, slice: Person['slice'], month: MonthKey, caseloadSize: string | null): void {
  const m = slice.months.find((x) => x.month === month);
  const next = slice.plan.find((p) => p.month === addMonths(month, 1));
  type Kpi = [string, CellValue, string?];
  const left: Kpi[] = [
    ['Borgere i målgruppen', m?.gross ?? 0],
    ['I virksomhedsrettet indsats', m?.active ?? 0],
    ['Andel', truncateShare(m?.share ?? null), FORMATS.percent],
    ['Milepæl (andel)', truncateShare(m?.milestone?.share ?? null), FORMATS.percent],
    ['Milepæl (antal)', m?.milestone?.count ?? null],
    ['Status', statusText(m?.milestone?.status ?? null, 'da') || null],
    ['Mangler til milepælen', m?.milestone?.gap ?? null],
    ['Mangler til målet', m?.gapToGoal ?? null],
  ];
  const right: Kpi[] = [
    [`Milepæl ${formatDanishMonth(addMonths(month, 1))}`, next?.milestoneCount ?? null],
    ['Starter der skal til', next?.neededStarts ?? null],
    ['Forløb startet', m?.starts ?? 0],
    ['Forløb afsluttet', m?.ends ?? 0],
    // Ends later in the running month have not happened: a line apart, only when there are any.
    ...(m && m.plannedEnds > 0 ? [['Planlagt afsluttet', m.plannedEnds] as Kpi] : []),
    ...(caseloadSize ? [['Sagstal', caseloadSize] as Kpi] : []),
  ];
  b.heading('Status mod milepæl og mål');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [l, r] = [left[i], right[i]];
    const row = b.row(placed([...(l ? kpiCells(0, 3, l) : []), ...(r ? kpiCells(5, 7, r) : [])]));
    for (const [kpi, labelCol, valueCol] of [[l, 0, 3] as const, [r, 5, 7] as const]) {
      if (!kpi) continue;
      b.format({ row, col: labelCol, bold: true });
      if (kpi[2]) b.format({ row, col: valueCol, numberFormat: kpi[2] });
      if (kpi[0] === 'Status') statusFill(b, row, valueCol);
    }
  }
  b.blank();
}

/** A header row's labels at given columns, the columns between them blank. */
const labels = (cells: [number, string][]) => placed(cells).map((v) => (v ?? '') as string);

const kpiCells = (labelCol: number, valueCol: number, [label, value]: [string, CellValue, string?]) =>
  [
    [labelCol, label],
    [valueCol, value],
  ] as [number, CellValue][];

/** Last time's open agreements, with boxes to tick at the meeting. */
function agreementBlock(b: SheetBuilder, agreements: Measurement['report']['agreements']): void {
  b.heading('Aftaler fra sidst (åbne)');
  if (agreements.length === 0) b.row(['Ingen åbne aftaler.']);
  else {
    b.headerRow(
      labels([
        [0, 'Aftalt'],
        [1, 'Borger-ID'],
        [4, 'Aftale'],
        [6, 'Frist'],
        [8, 'Ansvarlig'],
        [10, 'Udført / droppet'],
      ]),
    );
    for (const a of agreements) {
      b.row(
        placed([
          [0, formatDanishDate(a.date)],
          [1, a.citizenId ?? 'Alle'],
          [4, a.text],
          [6, a.due ? formatDanishDate(a.due) : null],
          [8, a.responsible ?? null],
          [10, '☐ udført   ☐ droppet'],
        ]),
      );
    }
  }
  b.blank();
}

/** The person's signals, oldest first: date, citizen, and the message (which names the kind). */
function signalBlock(b: SheetBuilder, signals: Measurement['report']['signals']): void {
  b.heading('Signaler til dialogen');
  if (signals.length === 0) b.row(['Ingen signaler.']);
  else {
    b.headerRow(
      labels([
        [0, 'Dato'],
        [1, 'Borger-ID'],
        [2, 'Besked'],
      ]),
    );
    for (const s of signals) {
      const r = b.row([date(s.date ?? undefined), s.citizenId ?? null, signalText(s, 'da')]);
      b.format({ row: r, col: 0, numberFormat: FORMATS.date, hAlign: 'left' });
    }
  }
  b.blank();
}

/** Who started and ended a counted Forløb in the month, and (running month) who is planned to end. */
function movementBlock(b: SheetBuilder, started: string[], ended: string[], planned: string[]): void {
  b.heading('Siden sidste måned');
  const lines: [string, string[]][] = [
    ['Startet', started],
    ['Afsluttet', ended],
  ];
  if (planned.length > 0) lines.push(['Planlagt afsluttet', planned]);
  for (const [label, ids] of lines) {
    const r = b.row(
      placed([
        [0, label],
        [2, ids.length > 0 ? ids.join(', ') : 'Ingen.'],
      ]),
    );
    b.format({ row: r, col: 0, bold: true });
  }
  b.blank();
}

/** Empty ruled lines for the agreements made at this dialogue. */
function newAgreementLines(b: SheetBuilder): void {
  b.heading('Nye aftaler');
  b.headerRow(
    labels([
      [0, 'Borger-ID'],
      [2, 'Aftale'],
      [6, 'Frist'],
      [8, 'Ansvarlig'],
    ]),
  );
  for (let i = 0; i < NEW_AGREEMENT_LINES; i++) {
    const r = b.row([]);
    b.format({ row: r, col: 0, cols: WIDTHS.length, borderBottom: true });
  }
}

/** The citizens in the groups I gang / Klar / Tæt på / Længere fra, with placement, company and next step. */
function citizenBlock(
  b: SheetBuilder,
  citizens: Citizen[],
  active: Set<string>,
  placementsBy: PersonIndex['placements'],
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
        TARGET_GROUP_CODES[c.targetGroup],
        p?.type ?? null,
        p?.company ?? null,
        date(p?.endDate),
        c.cv === undefined ? null : c.cv ? 'Ja' : 'Nej',
        date(c.updated),
        c.jobGoal ?? null,
        c.nextStep ?? null,
      ]);
    }
  }
  if (citizens.length > 0) {
    const rows = citizens.length;
    // One format per column of the block (not per row) keeps big caseloads fast to write.
    b.format({ row: header + 1, col: 6, rows, numberFormat: FORMATS.date });
    b.format({ row: header + 1, col: 8, rows, numberFormat: FORMATS.date });
    for (const col of WRAPPED) b.format({ row: header + 1, col, rows, wrap: true });
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
  const used = new Set(citizens.map((c) => c.targetGroup));
  const legend = Object.entries(TARGET_GROUP_CODES)
    .filter(([g]) => used.has(g as TargetGroup))
    .map(([g, code]) => `${code} = ${g}`);
  b.blank();
  if (legend.length > 0) b.note(`Målgr.: ${legend.join(', ')}.`, 120);
}
