// The workbook contract v1 (DOMAIN.md section 3) as data. One definition drives parsing,
// validation lists, headers, the setup of new workbooks and the documentation.
import {
  EXIT_REASONS,
  HOURS_SOURCES,
  PLACEMENT_TYPES,
  READINESS,
  TARGET_GROUPS,
  type TableName,
} from '../domain/model';

export type ColumnType = 'text' | 'id' | 'date' | 'month' | 'number' | 'list' | 'yesno' | 'cvr';

export interface ColumnDef {
  header: string;
  /** Field name in the domain model. */
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
  /** Danish description, for documentation and tooltips. */
  description: string;
}

export interface TableDef {
  name: TableName;
  sheet: string;
  columns: readonly ColumnDef[];
  description: string;
}

export const YES_NO = ['Ja', 'Nej'] as const;

export const BORGERE: TableDef = {
  name: 'Borgere',
  sheet: 'Borgere',
  description: 'Én række pr. borger i målgruppen.',
  columns: [
    { header: 'Borger-ID', field: 'id', type: 'id', required: true, unique: true, description: 'Lokalt sagsnummer eller pseudonym, aldrig et CPR-nummer.' },
    { header: 'Navn', field: 'name', type: 'text', required: false, description: 'Navn eller initialer.' },
    { header: 'Målgruppe', field: 'targetGroup', type: 'list', required: true, values: TARGET_GROUPS, description: 'Borgerens målgruppe.' },
    { header: 'Team', field: 'team', type: 'text', required: true, description: 'Teamet, der har sagen.' },
    { header: 'Sagsbehandler', field: 'caseworker', type: 'text', required: true, description: 'Sagsbehandleren, der har sagen.' },
    { header: 'Virksomhedskonsulent', field: 'companyConsultant', type: 'text', required: false, description: 'Virksomhedskonsulent eller jobformidler.' },
    { header: 'Startdato', field: 'startDate', type: 'date', required: true, description: 'Dato for indgang i målgruppen.' },
    { header: 'Slutdato', field: 'endDate', type: 'date', required: false, description: 'Dato for afgang fra målgruppen.' },
    { header: 'Afgangsårsag', field: 'exitReason', type: 'list', required: false, values: EXIT_REASONS, description: 'Fraflytning, død, folkepension eller andet.' },
    { header: 'Visiteret', field: 'visitedDate', type: 'date', required: false, description: 'Dato for afklaring og visitation.' },
    { header: 'Parathed', field: 'readiness', type: 'list', required: false, values: READINESS, description: 'Klar, tæt på eller længere fra et virksomhedsforløb.' },
    { header: 'CV', field: 'cv', type: 'yesno', required: false, values: YES_NO, description: 'Har borgeren et CV? Ja eller Nej.' },
    { header: 'Jobmål', field: 'jobGoal', type: 'text', required: false, description: 'Borgerens jobmål.' },
    { header: 'Næste skridt', field: 'nextStep', type: 'text', required: false, description: 'Hvad skal konkret ske, før borgeren kan starte i et forløb.' },
    { header: 'Opdateret', field: 'updated', type: 'date', required: false, description: 'Dato for seneste gennemgang af rækken.' },
  ],
};

export const FORLØB: TableDef = {
  name: 'Forløb',
  sheet: 'Forløb',
  description: 'Én række pr. virksomhedsforløb eller statusperiode.',
  columns: [
    { header: 'Borger-ID', field: 'citizenId', type: 'id', required: true, refersToCitizen: true, description: 'Skal findes i Borgere.' },
    { header: 'Type', field: 'type', type: 'list', required: true, values: PLACEMENT_TYPES, description: 'Forløbets type.' },
    { header: 'Virksomhed', field: 'company', type: 'text', required: false, description: 'Virksomhedens navn.' },
    { header: 'CVR', field: 'cvr', type: 'cvr', required: false, description: 'CVR-nummer, 8 cifre.' },
    { header: 'Startdato', field: 'startDate', type: 'date', required: true, description: 'Forløbets startdato.' },
    { header: 'Slutdato', field: 'endDate', type: 'date', required: false, description: 'Forløbets slutdato; tom = igangværende.' },
    { header: 'Timer pr. uge', field: 'hoursPerWeek', type: 'number', required: false, min: 0, max: 168, description: 'Timer pr. uge, 0 til 168.' },
    { header: 'Virksomhedskonsulent', field: 'companyConsultant', type: 'text', required: false, description: 'Virksomhedskonsulenten på forløbet.' },
    { header: 'Note', field: 'note', type: 'text', required: false, description: 'Fri tekst.' },
  ],
};

export const TIMER: TableDef = {
  name: 'Timer',
  sheet: 'Timer',
  description: 'Ordinære løntimer, én række pr. borger og måned.',
  columns: [
    { header: 'Borger-ID', field: 'citizenId', type: 'id', required: true, refersToCitizen: true, description: 'Skal findes i Borgere.' },
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'En dato i måneden eller ÅÅÅÅ-MM.' },
    { header: 'Ordinære timer', field: 'hours', type: 'number', required: true, min: 0, max: 744, description: 'Antal ordinære løntimer i måneden, 0 til 744 (31 døgn).' },
    { header: 'Kilde', field: 'source', type: 'list', required: false, values: HOURS_SOURCES, description: 'Lønseddel, eIndkomst eller oplyst.' },
  ],
};

export const INDSTILLINGER: TableDef = {
  name: 'Indstillinger',
  sheet: 'Indstillinger',
  description: 'Fælles indstillinger for alle, der åbner projektmappen.',
  columns: [
    { header: 'Nøgle', field: 'key', type: 'text', required: true, description: 'Indstillingens navn.' },
    { header: 'Værdi', field: 'value', type: 'text', required: false, description: 'Indstillingens værdi.' },
  ],
};

/** Keys of `Indstillinger` and the Settings field each fills. */
export const SETTINGS_KEYS = [
  { key: 'Målregel', field: 'ruleId', description: 'Målregel: fsm-rate3, fsm-rate2, fsm2-20, afklaring-80 eller custom.' },
  { key: 'Tærskel', field: 'threshold', description: 'Tærskel i procent (for custom).' },
  { key: 'Måneder i træk', field: 'monthsInARow', description: 'Antal måneder i træk (for custom).' },
  { key: 'Tæller med', field: 'counts', description: 'Kommasepareret liste af forløbstyper (for custom).' },
  { key: 'Målgrupper', field: 'targetGroups', description: 'Kommasepareret liste af målgrupper; tom = alle.' },
  { key: 'Periode fra', field: 'periodFrom', description: 'Første måned i rapporten.' },
  { key: 'Periode til', field: 'periodTo', description: 'Sidste måned i rapporten.' },
  { key: 'Basismåned', field: 'baseMonth', description: 'Måneden, milepælene regnes fra.' },
  { key: 'Deadline', field: 'deadline', description: 'Måneden, målet skal være nået.' },
] as const;

/** Indstillinger keys that store an import's column mapping (`Importkort:<tabel>:<kildekolonne>`). */
export const IMPORT_MAPPING_KEY_PREFIX = 'Importkort:';

export const INPUT_TABLES: readonly TableDef[] = [BORGERE, FORLØB, TIMER, INDSTILLINGER];

/** Output sheets Fremdrift owns; it writes nothing else. */
export const OUTPUT_SHEETS = ['Overblik', 'Milepæle', 'Månedsdialog', 'Forløbsoversigt', 'Datakvalitet', 'Afstemning'] as const;
export type OutputSheetName = (typeof OUTPUT_SHEETS)[number];

export function tableDef(name: string): TableDef | undefined {
  return INPUT_TABLES.find((t) => t.name === name);
}
