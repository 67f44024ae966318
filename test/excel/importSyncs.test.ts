// An import through the Office.js adapter costs round trips by its payload, not by its rows or by how
// the caller calls it: applyPlan reads the table once (the row check and the column check share it),
// then one updateCells and one appendRows, each sized by the adapter's own SyncPlanner. 5,000 rows stay
// within the bound the 40,000-citizen run asserts (11 syncs), the pane's way (progress) and the CLI's
// cost the same, and a smaller payload budget adds syncs in proportion to the bytes written.
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { applyPlan, type ApplyOptions } from '../../src/import/apply';
import { toCsv } from '../../src/import/csv';
import { prepareImport, readExport } from '../../src/import/session';
import { BORGERE } from '../../src/workbook/contract';
import { caseloadToTables } from '../../src/workbook/toTables';
import { planProblemsText, readerProblemText } from '../../src/text/imports';
import { generateCaseload } from '../support/synthetic';
import { FakeExcel } from './fakeExcel';

const CITIZENS = 8000;
const headers = BORGERE.columns.map((c) => c.header);

function ddmmyyyy(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
}

function workbook(): FakeExcel {
  const caseload = generateCaseload({
    citizens: CITIZENS,
    placements: CITIZENS,
    hoursRows: 10,
    months: 6,
    startMonth: '2025-01',
    teams: 4,
    caseworkersPerTeam: 6,
    seed: 26,
  });
  const tables = caseloadToTables(caseload) as unknown as Record<string, { headers: string[]; rows: unknown[][] }>;
  const fake = new FakeExcel({ use1904DateSystem: false });
  const b = tables.Borgere;
  fake.addTable(
    'Borgere',
    b.headers,
    b.rows.map((r) => r.map((v) => (v ?? '') as string | number | boolean)),
    'Borgere',
  );
  return fake;
}

/** An export of `updated` existing citizens with a new "Næste skridt" and `added` new ones. */
function exportOf(fake: FakeExcel, updated: number, added: number): string[][] {
  const table = fake.tables.get('Borgere')!;
  const cell = (r: number, j: number) => {
    const v = table.rows[r][j];
    return BORGERE.columns[j].type === 'date' && typeof v === 'number' ? ddmmyyyy(v) : String(v);
  };
  const records = [headers];
  for (let i = 0; i < updated; i++) {
    const r = i % CITIZENS;
    records.push(headers.map((h, j) => (h === 'Næste skridt' ? `Opfølgning ${i}` : cell(r, j))));
  }
  for (let i = 0; i < added; i++) {
    const r = i % CITIZENS;
    records.push(
      headers.map((h, j) => (h === 'Borger-ID' ? `NY${i + 1}` : h === 'Næste skridt' ? 'Første møde' : cell(r, j))),
    );
  }
  return records;
}

/** Syncs and the largest request of applying an export through the adapter. */
async function importSyncs(updated: number, added: number, options: ApplyOptions = {}, syncBudgetBytes?: number) {
  const fake = workbook();
  const wb = new OfficeWorkbook({ run: fake.run, supports: fake.supports, syncBudgetBytes });
  const source = await readExport(new TextEncoder().encode(toCsv(exportOf(fake, updated, added))), 'borgere.csv');
  if (!source.ok) throw new Error(readerProblemText(source.problem));
  const prepared = await prepareImport(wb, BORGERE, source.table);
  if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
  const plan = prepared.result.plan;
  expect(plan.rejected).toEqual([]);
  expect([plan.updated.length, plan.added.length]).toEqual([updated, added]);
  const from = fake.syncCount;
  await applyPlan(wb, plan, options);
  const meters = fake.meters.slice(from);
  expect(fake.tables.get('Borgere')!.rows).toHaveLength(CITIZENS + added);
  return {
    syncs: meters.length,
    largest: meters.reduce((m, s) => Math.max(m, s.requestBytes, s.responseBytes), 0),
    written: meters.reduce((n, s) => n + s.requestBytes, 0),
    moved: meters.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    sites: fake.syncSites(from),
  };
}

describe('import of 5,000 rows through the Office.js adapter', () => {
  it('takes at most 11 syncs, the same with the pane’s progress as without, every one under 2 MB', async () => {
    const cli = await importSyncs(2500, 2500);
    const progress: number[] = [];
    const pane = await importSyncs(2500, 2500, { onProgress: (p) => progress.push(p.done) });
    expect(cli.syncs).toBeLessThanOrEqual(11);
    expect(pane.syncs).toBe(cli.syncs);
    expect(progress).toEqual([0, 2500, 5000]);
    expect(cli.largest).toBeLessThanOrEqual(2_000_000);
    // Only appends, or only updates: the same bound.
    expect((await importSyncs(0, 5000)).syncs).toBeLessThanOrEqual(11);
    expect((await importSyncs(5000, 0)).syncs).toBeLessThanOrEqual(11);
  }, 120_000);

  it('grows by its bytes, not its rows: ten times the rows cost a few syncs more, a smaller budget proportionally more', async () => {
    const small = await importSyncs(250, 250);
    const large = await importSyncs(2500, 2500);
    // The table read is the same; the writes are 10x the bytes, at up to 2 MB a sync.
    expect(large.syncs - small.syncs).toBeLessThanOrEqual(Math.ceil((large.written - small.written) / 1_000_000) + 1);
    const budget = 250_000;
    const tight = await importSyncs(2500, 2500, {}, budget);
    expect(tight.largest).toBeLessThanOrEqual(budget);
    // Full syncs: no more than the bytes read and written need (estimates run high by up to a half).
    expect(tight.syncs).toBeLessThanOrEqual(Math.ceil(tight.moved / (budget * 0.5)) + 6);
    expect(tight.syncs).toBeGreaterThan(large.syncs);
  }, 120_000);
});
