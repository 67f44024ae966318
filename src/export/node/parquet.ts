// Parquet of an export table through hyparquet-writer (pure JavaScript, one row group, uncompressed so that a
// byte search for a Borger-ID means something, dictionary-encoded where that is smaller):
// each column gets its type from the schema and is OPTIONAL, so a null (and a suppressed count) is a real
// Parquet null that Power BI, Fabric and DuckDB read as such. The writer is an ES module loaded on first
// use, so commands that never write Parquet (and the in-process tests of them) do not load it.
import { SUPPRESSED, type Cell, type ExportTable } from '../schema';

const asValue = (v: Cell | undefined) => (v === undefined || v === SUPPRESSED ? null : v);

export async function tableParquet(table: ExportTable): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      nullable: true,
      data: table.rows.map((r) => asValue(r[c.name])),
    })),
    codec: 'UNCOMPRESSED',
    createdBy: 'Fremdrift (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}
