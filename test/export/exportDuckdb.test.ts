// Issue 25's done-when test: ten generated workbooks (three teams each, two municipalities) are exported
// through the real bin and read back with DuckDB. Per workbook, level and month the counts and shares equal
// the JSON report's exactly; the stacked Alle rows equal `consolidate`'s months; every file's SHA-256 and row
// count match manifest.json; and no Borger-ID is in any byte of the aggregate export (Parquet and CSV).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash, createHmac } from 'crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { toJsonReport, type JsonReport, type JsonSlice } from '../../src/app/jsonReport';
import { loadCaseload } from '../../src/app';
import { consolidate } from '../../src/cli/consolidate';
import { measure } from '../../src/domain';
import type { Caseload } from '../../src/domain/model';
import { issueText } from '../../src/text/issues';
import { caseloadToTables } from '../../src/workbook/toTables';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { spawnCli, writeWorkbook } from '../cli/helpers';
import { generateCaseload } from '../support/synthetic';

const AS_OF = '2026-06-15';
const dir = mkdtempSync(join(tmpdir(), 'fremdrift-export-'));
const WORKBOOKS = 10;
const municipality = (w: number) => (w < 5 ? '101' : '751');
const fileOf = (w: number) => join(dir, `team${w}.xlsx`);
const ids: string[] = [];

/** A caseload whose Borger-IDs are unique across the ten workbooks, with agreements and a STAR month. */
function caseload(w: number): Caseload {
  const c = generateCaseload({
    citizens: 70 + 9 * w,
    placements: 120,
    hoursRows: 150,
    months: 12,
    startMonth: '2025-07',
    teams: 3,
    caseworkersPerTeam: 3,
    seed: 1000 + w,
  });
  const id = (old: string) => `K${w}-${old}`;
  c.citizens = c.citizens.map((x) => ({ ...x, id: id(x.id) }));
  c.placements = c.placements.map((p) => ({ ...p, citizenId: id(p.citizenId) }));
  c.hours = c.hours.map((h) => ({ ...h, citizenId: id(h.citizenId) }));
  const worker = c.citizens[0].caseworker;
  c.agreements = [
    { row: 1, date: '2026-05-02', caseworker: worker, text: 'Ring til Netto', status: 'Åben', due: '2026-05-20' },
    { row: 2, date: '2026-05-02', caseworker: worker, citizenId: c.citizens[0].id, text: 'CV', status: 'Udført' },
    { row: 3, date: '2026-06-01', caseworker: worker, text: 'Opfølgning', status: 'Åben', due: '2026-07-01' },
  ];
  c.starFigures = [{ row: 1, month: '2026-04', gross: 60, active: 20 }];
  ids.push(...c.citizens.map((x) => x.id));
  return c;
}

async function writeAll(): Promise<void> {
  for (let w = 0; w < WORKBOOKS; w++) {
    const tables = caseloadToTables(caseload(w));
    tables.Indstillinger.rows.push(
      ['Kommunekode', municipality(w)],
      ['Projektmappe-ID', `pm-${w}`],
      ['Pseudonymnøgle', 'en lang nok nøgle til testen'],
    );
    await writeWorkbook(fileOf(w), tables);
  }
}

async function jsonReport(file: string): Promise<JsonReport> {
  const measurement = measure(await loadCaseload(await XlsxWorkbook.open(file)), { asOf: AS_OF });
  return toJsonReport(measurement.report, (i) => issueText(i, 'da'));
}

let db: DuckDBConnection;
const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
const files = () => Array.from({ length: WORKBOOKS }, (_, w) => fileOf(w));

beforeAll(async () => {
  await writeAll();
  db = await (await DuckDBInstance.create(':memory:')).connect();
}, 120000);

/** The expected maaneder rows of one slice: its measured months, as DuckDB returns them (JSON-ish). */
function expectedMonths(s: JsonSlice, level: string, name: string | null) {
  return s.months.map((m) => ({
    niveau: level,
    navn: name,
    maaned: m.month,
    brutto: m.gross,
    i_indsats: m.active,
    visiterede: m.visited,
    andel: m.share,
    bestaaet: m.passes,
    i_traek: m.streak,
    afstand_til_maal: m.gapToGoal,
    starter: m.starts,
    afgange: m.ends,
    milepael: m.milestone?.count ?? null,
  }));
}

const MONTH_COLUMNS =
  'niveau, navn, maaned, brutto, i_indsats, visiterede, andel, bestaaet, i_traek, afstand_til_maal, starter, afgange, milepael';

test('the unsuppressed Parquet export holds the JSON report exactly, stacks to consolidate, and matches its manifest', async () => {
  const out = join(dir, 'intern');
  const r = spawnCli(['export', ...files(), '--out', out, '--as-of', AS_OF, '--no-suppress', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  for (let w = 0; w < WORKBOOKS; w++) {
    const folder = join(out, `team${w}`);
    const report = await jsonReport(fileOf(w));
    const slices: [string, string | null, JsonSlice][] = [
      ['Alle', null, report],
      ...Object.entries(report.byTeam).map(([n, s]): [string, string, JsonSlice] => ['Team', n, s]),
      ...Object.entries(report.byCaseworker).map(([n, s]): [string, string, JsonSlice] => ['Sagsbehandler', n, s]),
      ...Object.entries(report.byConsultant).map(([n, s]): [string, string, JsonSlice] => ['VK', n, s]),
    ];
    const got = await rows(
      `select ${MONTH_COLUMNS} from '${folder}/maaneder.parquet' where maalt order by niveau, navn, maaned`,
    );
    const want = slices.flatMap(([level, name, s]) => expectedMonths(s, level, name));
    const key = (x: Record<string, unknown>) => `${x.niveau}|${x.navn}|${x.maaned}`;
    expect(got.map((x) => ({ ...x }))).toEqual(
      [...want].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    );
    const planned = await rows(
      `select maaned, milepael, noedvendige_starter from '${folder}/maaneder.parquet' where niveau = 'Alle' and not maalt order by maaned`,
    );
    const future = report.plan.filter((p) => p.actual === null);
    expect(planned).toEqual(
      future.map((p) => ({ maaned: p.month, milepael: p.milestoneCount, noedvendige_starter: p.neededStarts })),
    );
    const identity = await rows(
      `select distinct kommunekode, projektmappe_id, opgjort_pr from read_parquet('${folder}/*.parquet', union_by_name = true)`,
    );
    expect(identity).toEqual([{ kommunekode: municipality(w), projektmappe_id: `pm-${w}`, opgjort_pr: AS_OF }]);
    // Signals and agreements are the report's, counted.
    const signals = await rows(`select sum(antal)::int as n from '${folder}/signaler.parquet' where niveau = 'Alle'`);
    expect(signals).toEqual([{ n: report.signals.length }]);
    const agreements = await rows(
      `select status, antal, forfaldne from '${folder}/aftaler.parquet' where niveau = 'Alle' order by status`,
    );
    expect(agreements).toEqual([
      { status: 'Droppet', antal: 0, forfaldne: 0 },
      { status: 'Udført', antal: 1, forfaldne: 0 },
      { status: 'Åben', antal: 2, forfaldne: 1 },
    ]);
    const star = await rows(
      `select star_brutto, nu_brutto from '${folder}/afstemning.parquet' where maaned = '2026-04'`,
    );
    expect(star).toEqual([{ star_brutto: 60, nu_brutto: report.months.find((m) => m.month === '2026-04')!.gross }]);
    // The manifest: source hash, and per file its hash and row count.
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ schema: 'Fremdrift-udtræk', schemaVersion: 1, asOf: AS_OF, format: 'parquet' });
    expect(manifest.source).toEqual({
      file: `team${w}.xlsx`,
      sha256: sha256(readFileSync(fileOf(w))),
      workbookId: `pm-${w}`,
      municipalityCode: municipality(w),
    });
    expect(manifest.rule.id).toBe(report.rule.id);
    expect(readdirSync(folder).sort()).toEqual(
      [...manifest.tables.map((t: { file: string }) => t.file), 'manifest.json'].sort(),
    );
    for (const t of manifest.tables) {
      expect(sha256(readFileSync(join(folder, t.file)))).toBe(t.sha256);
      expect(await rows(`select count(*)::int as n from '${folder}/${t.file}'`)).toEqual([{ n: t.rows }]);
    }
  }
  // docs/power-bi.md's checksum query: every file of every folder matches its manifest.
  const checked = await rows(
    `WITH manifest AS (
       SELECT regexp_replace(filename, '/manifest\\.json$', '') AS folder, unnest(tables) AS t
       FROM read_json('${out}/*/manifest.json', filename = true)),
     files AS (SELECT filename, sha256(content) AS sha256 FROM read_blob('${out}/*/*.parquet'))
     SELECT m.t.sha256 = f.sha256 AS ok FROM manifest m LEFT JOIN files f ON f.filename = m.folder || '/' || m.t.file`,
  );
  expect(checked).toEqual(Array.from({ length: WORKBOOKS * 4 }, () => ({ ok: true })));
  // Stacked: the Alle rows of all ten folders, summed per month, are consolidate's months.
  const stacked = await rows(
    `select maaned, sum(brutto)::int as gross, sum(i_indsats)::int as active, count(distinct kommunekode)::int as k
     from '${out}/*/maaneder.parquet' where niveau = 'Alle' and maalt group by maaned order by maaned`,
  );
  const merged = await consolidate(files(), join(dir, 'samlet.xlsx'), { asOf: AS_OF });
  expect(stacked.map(({ maaned, gross, active }) => ({ maaned, gross, active }))).toEqual(
    merged.report.months.map((m) => ({ maaned: m.month, gross: m.gross, active: m.active })),
  );
  expect(stacked.every((s) => s.k === 2)).toBe(true);
}, 180000);

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every file of an export folder tree, as bytes. */
function allBytes(root: string): Buffer[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)));
}

test('the aggregate export holds no Borger-ID in any byte, and suppresses counts of 1 and 2', async () => {
  for (const format of ['parquet', 'csv']) {
    const out = join(dir, `aggregat-${format}`);
    const r = spawnCli(['export', ...files(), '--out', out, '--as-of', AS_OF, '--format', format, '--quiet']);
    expect(r.code).toBe(0);
    const bytes = allBytes(out);
    expect(bytes.length).toBe(WORKBOOKS * 5);
    const leaked = ids.filter((id) => bytes.some((b) => b.includes(id)));
    expect(leaked).toEqual([]);
  }
  // Parquet: a small count is null with undertrykt; CSV: the same cells read "<3".
  const folder = join(dir, 'aggregat-parquet', 'team3');
  const small = await rows(
    `select count(*)::int as n from '${folder}/maaneder.parquet' where brutto in (1, 2) or i_indsats in (1, 2) or starter in (1, 2)`,
  );
  expect(small).toEqual([{ n: 0 }]);
  const where = (table: string) => `from '${table}' where starter in (1, 2) order by niveau, navn, maaned`;
  const internal = await rows(`select niveau, navn, maaned ${where(`${dir}/intern/team3/maaneder.parquet`)}`);
  expect(internal.length).toBeGreaterThan(0);
  const nulled = await rows(
    `select niveau, navn, maaned, undertrykt from '${folder}/maaneder.parquet' where maalt and starter is null order by niveau, navn, maaned`,
  );
  expect(nulled.map(({ niveau, navn, maaned }) => ({ niveau, navn, maaned }))).toEqual(internal);
  expect(nulled.every((s) => s.undertrykt === true)).toBe(true);
  const flagged = await rows(`select count(*)::int as n from '${folder}/maaneder.parquet' where undertrykt`);
  const csv = readFileSync(join(dir, 'aggregat-csv', 'team3', 'maaneder.csv'), 'utf8');
  expect(csv.startsWith('kommunekode,projektmappe_id,opgjort_pr,maalregel,niveau,')).toBe(true);
  expect([{ n: csv.split('\r\n').filter((l) => l.includes(',<3,')).length }]).toEqual(flagged);
}, 180000);

test('the citizen level is refused without a key (exit 2) and carries HMAC pseudonyms, never the Borger-ID', async () => {
  const noKey = join(dir, 'uden-noegle.xlsx');
  const tables = caseloadToTables(caseload(0));
  tables.Indstillinger.rows.push(['Projektmappe-ID', 'pm-x']);
  await writeWorkbook(noKey, tables);
  const refused = spawnCli(['export', noKey, '--out', join(dir, 'borger-x'), '--level', 'citizen', '--quiet']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('kræver en pseudonymnøgle');
  expect(readdirSync(dir)).not.toContain('borger-x');

  const keyFile = join(dir, 'noegle.txt');
  writeFileSync(keyFile, 'en anden nøgle på mindst 16 tegn\n');
  const out = join(dir, 'borger');
  const r = spawnCli([
    'export',
    fileOf(1),
    '--out',
    out,
    '--level',
    'citizen',
    '--key-file',
    keyFile,
    '--as-of',
    AS_OF,
  ]);
  expect(r.code).toBe(0);
  const folder = join(out, 'team1');
  const report = await jsonReport(fileOf(1));
  const perMonth = await rows(
    `select maaned, count(*)::int as gross, sum(i_indsats::int)::int as active from '${folder}/borgere.parquet' group by maaned order by maaned`,
  );
  expect(perMonth).toEqual(report.months.map((m) => ({ maaned: m.month, gross: m.gross, active: m.active })));
  const someone = ids.find((id) => id.startsWith('K1-'))!;
  const pseudonym = createHmac('sha256', 'en anden nøgle på mindst 16 tegn').update(someone, 'utf8').digest('hex');
  expect(
    await rows(`select count(*)::int > 0 as found from '${folder}/borgere.parquet' where pseudonym = '${pseudonym}'`),
  ).toEqual([{ found: true }]);
  expect(allBytes(out).some((b) => ids.some((id) => b.includes(id)))).toBe(false);
  expect(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).pseudonym).toEqual({
    method: 'HMAC-SHA256',
    keySource: 'fil',
  });
}, 180000);
