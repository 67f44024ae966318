// manifest.json of Fremdrift-udtræk v1: what the folder holds and how to trust it. Power Query and Fabric read
// it first (every manifest.json under a SharePoint folder), so the field names are part of the schema: the
// schema version, the source workbook (its identity and the SHA-256 of its bytes), the as-of date, the rule,
// and per file its table, row count, SHA-256 and columns.
import type { JsonReport } from '../app/jsonReport';
import type { ExportIdentity } from './monthsTable';
import { EXPORT_SCHEMA, EXPORT_SCHEMA_VERSION, SUPPRESSION_LIMIT, type ExportTable } from './schema';

export type ExportFormat = 'parquet' | 'csv';
export type ExportLevelOption = 'aggregate' | 'citizen';

export interface WrittenTable {
  table: ExportTable;
  file: string;
  sha256: string;
}

export interface ManifestInput {
  format: ExportFormat;
  level: ExportLevelOption;
  suppress: boolean;
  source: { file: string; sha256: string };
  identity: ExportIdentity;
  rule: JsonReport['rule'];
  written: readonly WrittenTable[];
  /** Where the citizen level's pseudonym key came from; absent at the aggregate level. */
  keySource?: 'Indstillinger' | 'fil';
}

export function buildManifest(m: ManifestInput) {
  return {
    schema: EXPORT_SCHEMA,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    format: m.format,
    level: m.level,
    suppression: { applied: m.suppress, below: SUPPRESSION_LIMIT },
    source: {
      file: m.source.file,
      sha256: m.source.sha256,
      workbookId: m.identity.projektmappe_id,
      municipalityCode: m.identity.kommunekode,
    },
    asOf: m.identity.opgjort_pr,
    rule: { id: m.rule.id, threshold: m.rule.threshold, monthsInARow: m.rule.monthsInARow, counts: m.rule.counts },
    ...(m.keySource ? { pseudonym: { method: 'HMAC-SHA256', keySource: m.keySource } } : {}),
    tables: m.written.map((w) => ({
      name: w.table.name,
      file: w.file,
      rows: w.table.rows.length,
      sha256: w.sha256,
      columns: w.table.columns.map((c) => ({ name: c.name, type: c.type })),
    })),
  };
}
