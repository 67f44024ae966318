// The workbook contract v2 (DOMAIN.md section 3) as data. One definition drives parsing,
// validation lists, headers, the setup of new workbooks and the documentation. Each column names the
// field of the domain row it fills, checked by the compiler, so a typo cannot silently drop a column.
import {
  AGREEMENT_STATUSES,
  END_REASONS,
  EXIT_REASONS,
  HOURS_SOURCES,
  PLACEMENT_TYPES,
  READINESS,
  TARGET_GROUPS,
  type Agreement,
  type Citizen,
  type ClosedCitizenRow,
  type HistoryRow,
  type HoursEntry,
  type IndicatorTargetRow,
  type Placement,
  type StaffMember,
  type StarFigures,
  type TableName,
} from '../domain/model';
import type { IndicatorFigure } from '../domain/indicators/types';
import { MAX_HOURS_PER_MONTH, MAX_HOURS_PER_WEEK } from '../domain/rowRules';
import { HISTORIK_BORGERE_V2_TABLE, HISTORIK_TABLE } from './historyTable';
import { INDIKATORER_TABLE, INDIKATORMÅL_TABLE } from './indicatorTables';
import { MEDARBEJDERE_TABLE } from './staffTable';
import { STAR_TAL_TABLE } from './starTable';
import { PLACEMENT_AGREEMENT_COLUMNS } from './placementAgreementColumns';

export type ColumnType = 'text' | 'id' | 'date' | 'month' | 'number' | 'list' | 'yesno' | 'cvr';

/** A setting row of Indstillinger as read (key and raw value). */
export interface SettingRow {
  row: number;
  key: string;
  value: string;
}

/** Field names a table's columns may fill: the domain row's own fields, never `row`. */
type FieldOf<Row> = Exclude<keyof Row, 'row'> & string;

/** A column as generic code (parsing, headers, docs) sees it. */
export interface ColumnDef {
  header: string;
  /** Field name in the domain row it fills. */
  field: string;
  type: ColumnType;
  required: boolean;
  /** Allowed values for `list` (and `yesno`: Ja/Nej). */
  values?: readonly string[];
  /** Values must be unique in the table. */
  unique?: boolean;
  /** Values must exist as Borger-ID in Borgere. */
  refersToCitizen?: boolean;
  /** Smallest allowed number. */
  min?: number;
  /** Largest possible number (more is a typing error, not data). */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Added in contract v2: optional in a v1 workbook, added by "Opret sagsstamme" / `fremdrift upgrade`. */
  since?: 2;
  /** Danish description, for documentation and tooltips. */
  description: string;
}

/** A column of a table whose rows are `Row`: its field must be one of Row's, checked by the compiler. */
export interface TypedColumn<Row> extends ColumnDef {
  field: FieldOf<Row>;
}

/** A table as generic code sees it. */
export interface TableDef {
  name: TableName;
  sheet: string;
  columns: readonly ColumnDef[];
  description: string;
  /** Written only by Fremdrift (Historik): users never type into it. */
  ownedByFremdrift?: boolean;
  /** Added in contract v2. */
  since?: 2;
}

/** A table whose columns are checked against the domain row they fill. */
export interface TypedTable<Row> extends TableDef {
  columns: readonly TypedColumn<Row>[];
}

export const YES_NO = ['Ja', 'Nej'] as const;

export const BORGERE: TypedTable<Citizen> = {
  name: 'Borgere',
  sheet: 'Borgere',
  description: 'Én række pr. borger i målgruppen.',
  columns: [
    {
      header: 'Borger-ID',
      field: 'id',
      type: 'id',
      required: true,
      unique: true,
      description: 'Lokalt sagsnummer eller pseudonym, aldrig et CPR-nummer.',
    },
    { header: 'Navn', field: 'name', type: 'text', required: false, description: 'Navn eller initialer.' },
    {
      header: 'Målgruppe',
      field: 'targetGroup',
      type: 'list',
      required: true,
      values: TARGET_GROUPS,
      description: 'Borgerens målgruppe.',
    },
    { header: 'Team', field: 'team', type: 'text', required: true, description: 'Teamet, der har sagen.' },
    {
      header: 'Sagsbehandler',
      field: 'caseworker',
      type: 'text',
      required: true,
      description: 'Sagsbehandleren, der har sagen.',
    },
    {
      header: 'Virksomhedskonsulent',
      field: 'companyConsultant',
      type: 'text',
      required: false,
      description: 'Virksomhedskonsulent eller jobformidler.',
    },
    {
      header: 'Startdato',
      field: 'startDate',
      type: 'date',
      required: true,
      description: 'Dato for indgang i målgruppen.',
    },
    {
      header: 'Slutdato',
      field: 'endDate',
      type: 'date',
      required: false,
      description: 'Dato for afgang fra målgruppen.',
    },
    {
      header: 'Afgangsårsag',
      field: 'exitReason',
      type: 'list',
      required: false,
      values: EXIT_REASONS,
      description: 'Fraflytning, død, folkepension eller andet.',
    },
    {
      header: 'Visiteret',
      field: 'visitedDate',
      type: 'date',
      required: false,
      description: 'Dato for afklaring og visitation.',
    },
    {
      header: 'Parathed',
      field: 'readiness',
      type: 'list',
      required: false,
      values: READINESS,
      description: 'Klar, tæt på eller længere fra et virksomhedsforløb.',
    },
    {
      header: 'CV',
      field: 'cv',
      type: 'yesno',
      required: false,
      values: YES_NO,
      description: 'Har borgeren et CV? Ja eller Nej.',
    },
    { header: 'Jobmål', field: 'jobGoal', type: 'text', required: false, description: 'Borgerens jobmål.' },
    {
      header: 'Næste skridt',
      field: 'nextStep',
      type: 'text',
      required: false,
      description: 'Hvad skal konkret ske, før borgeren kan starte i et forløb.',
    },
    {
      header: 'Opdateret',
      field: 'updated',
      type: 'date',
      required: false,
      description: 'Dato for seneste gennemgang af rækken.',
    },
    {
      header: 'Parathed siden',
      field: 'readinessSince',
      type: 'date',
      required: false,
      since: 2,
      description: 'Dato, hvor den nuværende parathed blev sat.',
    },
  ],
};

export const FORLØB: TypedTable<Placement> = {
  name: 'Forløb',
  sheet: 'Forløb',
  description: 'Én række pr. virksomhedsforløb eller statusperiode.',
  columns: [
    {
      header: 'Borger-ID',
      field: 'citizenId',
      type: 'id',
      required: true,
      refersToCitizen: true,
      description: 'Skal findes i Borgere.',
    },
    {
      header: 'Type',
      field: 'type',
      type: 'list',
      required: true,
      values: PLACEMENT_TYPES,
      description: 'Forløbets type.',
    },
    { header: 'Virksomhed', field: 'company', type: 'text', required: false, description: 'Virksomhedens navn.' },
    { header: 'CVR', field: 'cvr', type: 'cvr', required: false, description: 'CVR-nummer, 8 cifre.' },
    { header: 'Startdato', field: 'startDate', type: 'date', required: true, description: 'Forløbets startdato.' },
    {
      header: 'Slutdato',
      field: 'endDate',
      type: 'date',
      required: false,
      description: 'Forløbets slutdato; tom = igangværende.',
    },
    {
      header: 'Timer pr. uge',
      field: 'hoursPerWeek',
      type: 'number',
      required: false,
      min: 0,
      max: MAX_HOURS_PER_WEEK,
      description: `Timer pr. uge, 0 til ${MAX_HOURS_PER_WEEK}.`,
    },
    {
      header: 'Virksomhedskonsulent',
      field: 'companyConsultant',
      type: 'text',
      required: false,
      description: 'Virksomhedskonsulenten på forløbet.',
    },
    { header: 'Note', field: 'note', type: 'text', required: false, description: 'Fri tekst.' },
    {
      header: 'Opfølgning',
      field: 'followUp',
      type: 'date',
      required: false,
      since: 2,
      description: 'Dato for seneste opfølgning med virksomheden.',
    },
    {
      header: 'Afslutningsårsag',
      field: 'endReason',
      type: 'list',
      required: false,
      values: END_REASONS,
      since: 2,
      description: 'Hvorfor forløbet sluttede.',
    },
    ...PLACEMENT_AGREEMENT_COLUMNS,
  ],
};

export const TIMER: TypedTable<HoursEntry> = {
  name: 'Timer',
  sheet: 'Timer',
  description: 'Ordinære løntimer, én række pr. borger og måned.',
  columns: [
    {
      header: 'Borger-ID',
      field: 'citizenId',
      type: 'id',
      required: true,
      refersToCitizen: true,
      description: 'Skal findes i Borgere.',
    },
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'En dato i måneden eller ÅÅÅÅ-MM.' },
    {
      header: 'Ordinære timer',
      field: 'hours',
      type: 'number',
      required: true,
      min: 0,
      max: MAX_HOURS_PER_MONTH,
      description: `Antal ordinære løntimer i måneden, 0 til ${MAX_HOURS_PER_MONTH} (31 døgn).`,
    },
    {
      header: 'Kilde',
      field: 'source',
      type: 'list',
      required: false,
      values: HOURS_SOURCES,
      description: 'Lønseddel, eIndkomst eller oplyst.',
    },
  ],
};

export const INDSTILLINGER: TypedTable<SettingRow> = {
  name: 'Indstillinger',
  sheet: 'Indstillinger',
  description: 'Fælles indstillinger for alle, der åbner projektmappen.',
  columns: [
    { header: 'Nøgle', field: 'key', type: 'text', required: true, description: 'Indstillingens navn.' },
    { header: 'Værdi', field: 'value', type: 'text', required: false, description: 'Indstillingens værdi.' },
  ],
};

export const AFTALER: TypedTable<Agreement> = {
  name: 'Aftaler',
  sheet: 'Aftaler',
  since: 2,
  description: 'Hvad der blev aftalt ved den månedlige dialog; vises ved den næste.',
  columns: [
    { header: 'Dato', field: 'date', type: 'date', required: true, description: 'Dato for dialogen.' },
    {
      header: 'Sagsbehandler',
      field: 'caseworker',
      type: 'text',
      required: true,
      description: 'Sagsbehandleren eller virksomhedskonsulenten, dialogen var med.',
    },
    {
      header: 'Borger-ID',
      field: 'citizenId',
      type: 'id',
      required: false,
      refersToCitizen: true,
      description: 'Borgeren aftalen gælder; tom = hele sagsstammen.',
    },
    { header: 'Aftale', field: 'text', type: 'text', required: true, description: 'Hvad der er aftalt.' },
    { header: 'Ansvarlig', field: 'responsible', type: 'text', required: false, description: 'Hvem der gør det.' },
    { header: 'Frist', field: 'due', type: 'date', required: false, description: 'Hvornår det skal være gjort.' },
    {
      header: 'Status',
      field: 'status',
      type: 'list',
      required: false,
      values: AGREEMENT_STATUSES,
      description: 'Åben, Udført eller Droppet; tom = Åben.',
    },
  ],
};

/** Month-close history; its columns are data in historyTable.ts, checked here against HistoryRow. */
export const HISTORIK: TypedTable<HistoryRow> = HISTORIK_TABLE;

// Who was counted in each closed month, packed (issue 28): per closed month a few rows whose `Ændringer`
// carries the month's changes since the previous close (in the gross group, counted, Parathed) as text
// (grammar in closedHistoryTable.ts). Tables in the older forms (HISTORIK_BORGERE_V2 below) are read too.
export const HISTORIK_BORGERE: TypedTable<ClosedHistoryPart> = {
  name: 'Historik_borgere',
  sheet: 'Historik-borgere',
  since: 2,
  ownedByFremdrift: true,
  description:
    'Ændringer i hvem der var i bruttomålgruppen, talt med og deres parathed ved hver lukket måned, pakket som tekst; skrives kun af Fremdrift.',
  columns: [
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'Den lukkede måned (ÅÅÅÅ-MM).' },
    {
      header: 'Del',
      field: 'part',
      type: 'number',
      required: false,
      min: 1,
      integer: true,
      description: 'Delens nummer i måneden (1, 2, ...); en celle rummer højst 32.767 tegn.',
    },
    {
      header: 'Antal',
      field: 'count',
      type: 'number',
      required: false,
      min: 0,
      integer: true,
      description: 'Antal ændringer i delen (et tjek af Ændringer).',
    },
    {
      header: 'Ændringer',
      field: 'changes',
      type: 'text',
      required: false,
      description:
        'Borgere hvis tilstand ændrede sig siden forrige lukning, adskilt af semikolon: to tegn og Borger-ID (JK = i indsats, Klar; N- = ikke i indsats, uden parathed; U- = ude af målgruppen).',
    },
  ],
};

/** Historik_borgere's older forms (v2 and compact rows): read and converted, no longer written (historyTable.ts). */
export const HISTORIK_BORGERE_V2: TypedTable<ClosedCitizenRow> = HISTORIK_BORGERE_V2_TABLE;

/** One row of Historik_borgere's packed form as read: a part of a closed month's changes. */
export interface ClosedHistoryPart {
  row: number;
  month: string;
  part?: number;
  count?: number;
  changes?: string;
}

/** STAR's monthly figures; its columns are data in starTable.ts, checked here against StarFigures. */
export const STAR_TAL: TypedTable<StarFigures> = STAR_TAL_TABLE;

/**
 * Optional, and never created by Fremdrift (a user adds it): the people and teams. When it has rows,
 * names in Borgere and Forløb that are not in it are a data-quality issue (notInStaffList).
 */
export const MEDARBEJDERE: TypedTable<StaffMember> = MEDARBEJDERE_TABLE;

/** Indicator figures (issue 24); the columns are data in indicatorTables.ts, checked here against the rows. */
export const INDIKATORER: TypedTable<IndicatorFigure> = INDIKATORER_TABLE;

/** Each indicator's own target (issue 24); without a row an indicator takes its preset's target. */
export const INDIKATORMÅL: TypedTable<IndicatorTargetRow> = INDIKATORMÅL_TABLE;

/** Every table of the contract. `Historik` is Fremdrift's own, but it lives in the workbook like the others. */
export const INPUT_TABLES: readonly TableDef[] = [
  BORGERE,
  FORLØB,
  TIMER,
  INDSTILLINGER,
  AFTALER,
  HISTORIK,
  HISTORIK_BORGERE,
  STAR_TAL,
  INDIKATORER,
  INDIKATORMÅL,
];

/** Tables read when present but created only on the user's request (not by setup or upgrade). */
export const ON_REQUEST_TABLES: readonly TableDef[] = [MEDARBEJDERE];

/** Every table Fremdrift reads: the contract's and those made on request. */
export const READ_TABLES: readonly TableDef[] = [...INPUT_TABLES, ...ON_REQUEST_TABLES];

/** The tables a v1 workbook must have; the others are optional there. */
export const REQUIRED_TABLES: readonly TableDef[] = [BORGERE, FORLØB, TIMER];

/** Output sheets Fremdrift owns; it writes nothing else. */
export const OUTPUT_SHEETS = [
  'Overblik',
  'Milepæle',
  'Månedsdialog',
  'Forløbsoversigt',
  'Datakvalitet',
  'Afstemning',
  'Virksomheder',
] as const;
export type OutputSheetName = (typeof OUTPUT_SHEETS)[number];

export function tableDef(name: string): TableDef | undefined {
  return READ_TABLES.find((t) => t.name === name);
}
