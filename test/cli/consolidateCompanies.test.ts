// consolidate and the company columns (issue 23): the merged Forløb gets Mål for forløbet / Skriftlig
// aftale only when a team's workbook has one of them, so merging workbooks without them does not turn every
// ongoing praktik into a placementWithoutAgreement signal; with them, the values come along.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { workedExampleTables } from '../app/workedExample';
import { runCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-cons-co-'));
const NEW = ['Mål for forløbet', 'Skriftlig aftale'];

/** The worked example with an ongoing praktik for B; without the two columns unless `withColumns`. */
function team(withColumns: boolean): Record<string, RawTable> {
  const tables = workedExampleTables();
  const f = tables.Forløb;
  const praktik = f.headers.map(
    (h) =>
      ({ 'Borger-ID': 'B', Type: 'Virksomhedspraktik', Startdato: '01-03-2025', 'Skriftlig aftale': 'Ja' })[h] ?? null,
  );
  const keep = f.headers.map((h) => withColumns || !NEW.includes(h));
  const cut = <T>(row: T[]) => row.filter((_, i) => keep[i]);
  tables.Forløb = { ...f, headers: cut(f.headers), rows: [...f.rows, praktik].map(cut) };
  return tables;
}

async function merge(first: boolean, second: boolean) {
  const [a, b, out] = ['a', 'b', 'out'].map((n) => join(dir, `${n}-${first}-${second}.xlsx`));
  await writeWorkbook(a, team(first));
  const other = team(second);
  // The second team's citizens get their own IDs, so both praktikker are in the merge.
  for (const t of [other.Borgere, other.Forløb, other.Timer]) for (const r of t.rows) r[0] = `S${r[0]}`;
  await writeWorkbook(b, other);
  const r = await runCli(['consolidate', a, b, '--out', out, '--as-of', '2025-03-31', '--json']);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  const forløb = (await (await XlsxWorkbook.open(out)).readTables(['Forløb'])).Forløb!;
  const without = report.signals.filter((s: { kind: string }) => s.kind === 'placementWithoutAgreement');
  return { headers: forløb.headers, without: without.map((s: { citizenId: string }) => s.citizenId) };
}

test('without the columns in any file, the merge has none and signals nothing', async () => {
  const m = await merge(false, false);
  expect(m.headers).not.toContain('Mål for forløbet');
  expect(m.headers).not.toContain('Skriftlig aftale');
  expect(m.without).toEqual([]);
}, 120_000);

test('with the columns in one file, the merge has them: that file’s agreement counts, the other’s empty cells signal', async () => {
  const m = await merge(true, false);
  expect(m.headers.slice(-2)).toEqual(NEW);
  expect(m.without).toEqual(['SB']);
}, 120_000);
