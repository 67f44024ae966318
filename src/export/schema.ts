// Fremdrift-udtræk v1 as data: the tables, their columns and each column's type, written once here so the
// Parquet writer, the CSV writer, the manifest and the docs (docs/power-bi.md) all use the same names. Why:
// Power BI, Fabric and DuckDB stack many municipalities' exports by these names; a rename breaks every
// report built on them, so a change is a new schema version, never an edit of v1.

/** The schema's name and version, written into every manifest.json. */
export const EXPORT_SCHEMA = 'Fremdrift-udtræk';
export const EXPORT_SCHEMA_VERSION = 1;

/** A count under this is suppressed in the aggregate export unless --no-suppress is given (as Jobindsats). */
export const SUPPRESSION_LIMIT = 3;

/** Column types as both writers name them (Parquet logical types; CSV writes them as text). */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** A person count: suppressed when 1 or 2 (SUPPRESSION_LIMIT) in the aggregate export. */
  count?: true;
}

const text = (name: string): ExportColumn => ({ name, type: 'STRING' });
const int = (name: string): ExportColumn => ({ name, type: 'INT32' });
const count = (name: string): ExportColumn => ({ name, type: 'INT32', count: true });
const real = (name: string): ExportColumn => ({ name, type: 'DOUBLE' });
const bool = (name: string): ExportColumn => ({ name, type: 'BOOLEAN' });

/** The columns every table starts with, so that exports of many workbooks can be stacked. */
const IDENTITY = [text('kommunekode'), text('projektmappe_id'), text('opgjort_pr')];

/** The levels of Fremdrift's slices as the export names them. */
export const EXPORT_LEVELS = ['Alle', 'Team', 'Sagsbehandler', 'VK'] as const;
export type ExportLevel = (typeof EXPORT_LEVELS)[number];

const LEVEL = [text('niveau'), text('navn'), text('team')];

export const TABLE_COLUMNS = {
  maaneder: [
    ...IDENTITY,
    text('maalregel'),
    ...LEVEL,
    text('maaned'),
    bool('maalt'),
    count('brutto'),
    count('i_indsats'),
    count('visiterede'),
    real('andel'),
    bool('bestaaet'),
    int('i_traek'),
    int('afstand_til_maal'),
    count('starter'),
    count('afgange'),
    int('milepael'),
    real('milepael_andel'),
    text('milepael_status'),
    int('milepael_afstand'),
    int('noedvendige_starter'),
    int('forventede_afgange'),
    bool('undertrykt'),
  ],
  signaler: [...IDENTITY, ...LEVEL, text('signal'), count('antal'), bool('undertrykt')],
  aftaler: [...IDENTITY, ...LEVEL, text('status'), count('antal'), count('forfaldne'), bool('undertrykt')],
  afstemning: [
    ...IDENTITY,
    text('maaned'),
    count('star_brutto'),
    count('star_i_indsats'),
    count('lukket_brutto'),
    count('lukket_i_indsats'),
    text('lukket_dato'),
    count('nu_brutto'),
    count('nu_i_indsats'),
    count('aendret_siden_lukning'),
    bool('undertrykt'),
  ],
  borgere: [
    ...IDENTITY,
    text('pseudonym'),
    text('team'),
    text('sagsbehandler'),
    text('maaned'),
    bool('i_indsats'),
    bool('visiteret'),
  ],
} as const satisfies Record<string, readonly ExportColumn[]>;

export type TableName = keyof typeof TABLE_COLUMNS;

/** A suppressed count: "<3" in CSV, null in Parquet; the row's `undertrykt` is then true. */
export const SUPPRESSED = { suppressed: true } as const;
export type Cell = string | number | boolean | null | typeof SUPPRESSED;
export type ExportRow = Record<string, Cell>;

export interface ExportTable {
  name: TableName;
  columns: readonly ExportColumn[];
  rows: ExportRow[];
}
