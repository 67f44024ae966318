import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { workedExampleTables } from '../app/workedExample';
import { runCli, spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-cli-'));
const OWN: string[] = INPUT_TABLES.filter((t) => t.ownedByFremdrift).map((t) => t.name);
const NAMES = INPUT_TABLES.map((t) => t.name);

test('the worked example as .xlsx gives the documented numbers through `fremdrift report --json`', async () => {
  const file = join(dir, 'eksempel.xlsx');
  await writeWorkbook(file, workedExampleTables());
  const r = spawnCli(['report', file, '--json', '--as-of', '2025-03-31', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.rule).toMatchObject({ id: 'fsm-rate3', threshold: 40, monthsInARow: 3 });
  expect(
    json.months.map(
      (m: { month: string; gross: number; active: number; share: number; passes: boolean; streak: number }) => [
        m.month,
        m.gross,
        m.active,
        m.share,
        m.passes,
        m.streak,
      ],
    ),
  ).toEqual([
    ['2025-01', 5, 2, 0.4, true, 1],
    ['2025-02', 5, 2, 0.4, true, 2],
    ['2025-03', 4, 1, 0.25, false, 0],
  ]);
  expect(json.goal).toMatchObject({ met: false, metInMonth: null, currentStreak: 0 });
  for (const m of json.months) expect(m.milestone).toBeNull();
  expect(Object.keys(json.byTeam).sort()).toEqual(['Team Nord', 'Team Syd']);
  expect(json.byCaseworker.Lars.team).toBe('Team Syd');
  expect(json.issues).toEqual([]);
});

test('report --write renders the outputs and leaves input table values identical', async () => {
  const file = join(dir, 'skriv.xlsx');
  const tables = workedExampleTables();
  tables.Borgere.headers.push('Egen note');
  tables.Borgere.rows.forEach((r, i) => r.push(i === 0 ? '=1+1' : null));
  await writeWorkbook(file, tables);
  const before = await (await XlsxWorkbook.open(file)).readTables(NAMES);
  const r = await runCli(['report', file, '--write', '--as-of', '2025-03-31']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Seneste måned \(marts 2025\): 1 af 4 borgere = 25,0 %/);
  const wb = await XlsxWorkbook.open(file);
  // The tables users type are untouched; Fremdrift's own Historik tables gain the closed months.
  const typed = (t: Record<string, unknown>) => Object.fromEntries(Object.entries(t).filter(([k]) => !OWN.includes(k)));
  expect(typed(await wb.readTables(NAMES))).toEqual(typed(before));
  expect(wb.workbook.worksheets.map((w) => w.name)).toEqual([
    'Overblik',
    'Milepæle',
    'Månedsdialog',
    'Forløbsoversigt',
    'Datakvalitet',
    'Afstemning',
    'Virksomheder',
    'Borgere',
    'Forløb',
    'Timer',
    'Indstillinger',
    'Historik',
    'Historik-borgere',
  ]);
  const closed = (await wb.readTables(['Historik'])).Historik!.rows.filter((r) => r[1] === 'Alle').map((r) => r[0]);
  expect(closed).toEqual(['2025-01', '2025-02', '2025-03']);
  // A second --write replaces the outputs, still without touching inputs, and closes nothing twice.
  expect((await runCli(['report', file, '--write', '--as-of', '2025-03-31'])).code).toBe(0);
  const again = await (await XlsxWorkbook.open(file)).readTables(NAMES);
  expect(typed(again)).toEqual(typed(before));
  expect(again.Historik!.rows.filter((r) => r[1] === 'Alle').map((r) => r[0])).toEqual(closed);
});

test('data issues are reported with exit 0', async () => {
  const file = join(dir, 'fejl.xlsx');
  const tables = workedExampleTables();
  tables.Forløb.rows.push(['A', 'Job', null, null, '01-03-2025', '01-01-2025', null, null, null]);
  await writeWorkbook(file, tables);
  const r = await runCli(['report', file, '--json', '--as-of', '2025-03-31']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).issues).toEqual([
    {
      severity: 'error',
      table: 'Forløb',
      row: 5,
      column: 'Slutdato',
      code: 'endBeforeStart',
      consequence: 'rowSkipped',
      params: { start: '2025-03-01', end: '2025-01-01' },
      message: 'Slutdato 01-01-2025 ligger før Startdato 01-03-2025; rækken er ikke talt med',
    },
  ]);
});

describe('clear Danish errors and non-zero exits', () => {
  test('missing file', async () => {
    const r = spawnCli(['report', join(dir, 'ingen.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Fejl: Filen ".*ingen\.xlsx" findes ikke/);
  });
  test('not a workbook', async () => {
    const file = join(dir, 'tekst.xlsx');
    writeFileSync(file, 'Borger-ID;Navn\n1;AB\n');
    const r = await runCli(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kan ikke læses som en Excel-projektmappe/);
  });
  test('missing table', async () => {
    const file = join(dir, 'utimer.xlsx');
    await writeWorkbook(file, { ...workedExampleTables(), Timer: null });
    const r = await runCli(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mangler tabellen "Timer"/);
  });
  test('missing header', async () => {
    const file = join(dir, 'uheader.xlsx');
    const tables = workedExampleTables();
    tables.Forløb = { name: 'Forløb', headers: ['Borger-ID', 'Type'], rows: [['A', 'Job']] };
    await writeWorkbook(file, tables);
    const r = await runCli(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Tabellen "Forløb" mangler kolonnen "Startdato"/);
  });
  test('usage errors', async () => {
    expect((await runCli(['rapport'])).stderr).toMatch(/Ukendt kommando "rapport"/);
    expect((await runCli(['report', 'x.xlsx', '--rule', 'fsm-9'])).stderr).toMatch(/Ukendt målregel "fsm-9"/);
    expect((await runCli(['report', 'x.xlsx', '--as-of', '31-02-2025'])).code).toBe(1);
    expect((await runCli([])).code).toBe(1);
  });
});

test('worked example 2 through `fremdrift report --json`: milestones that add up at every level, gap to the goal, earliest month', async () => {
  const { workedExample2 } = await import('../domain/workedExamples');
  const { caseloadToTables } = await import('../../src/workbook/toTables');
  const file = join(dir, 'eksempel2.xlsx');
  const tables = caseloadToTables(workedExample2);
  tables.Indstillinger.rows.push(['Periode fra', '2025-01']);
  await writeWorkbook(file, tables);
  const r = spawnCli(['report', file, '--json', '--as-of', '2025-05-31', '--quiet']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  type M = { month: string; active: number; gapToGoal: number | null };
  type P = { month: string; milestoneCount: number; milestoneShare: number };
  expect(json.months.map((m: M) => [m.month, m.active, m.gapToGoal])).toEqual([
    ['2025-01', 1, 3],
    ['2025-02', 2, 2],
    ['2025-03', 3, 1],
    ['2025-04', 4, 0],
    ['2025-05', 4, 0],
  ]);
  const counts = (plan: P[]) => plan.map((p) => [p.month, p.milestoneCount]);
  const months = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
  const zip = (xs: number[]) => months.map((m, i) => [m, xs[i]]);
  expect(counts(json.plan)).toEqual(zip([2, 3, 4, 4, 4]));
  json.plan.slice(0, 3).forEach((p: P, i: number) => expect(p.milestoneShare).toBeCloseTo([0.2, 0.3, 0.4][i], 12));
  expect(counts(json.byTeam['Team A'].plan)).toEqual(zip([1, 2, 2, 2, 2]));
  expect(counts(json.byTeam['Team B'].plan)).toEqual(zip([1, 1, 2, 2, 2]));
  expect(counts(json.byCaseworker.S1.plan)).toEqual(zip([1, 1, 1, 1, 1]));
  expect(counts(json.byCaseworker.S2.plan)).toEqual(zip([0, 1, 1, 1, 1]));
  expect(counts(json.byCaseworker.S3.plan)).toEqual(zip([1, 1, 2, 2, 2]));
  expect(json.months.find((m: M) => m.month === '2025-04').milestone).toMatchObject({
    count: 4,
    status: 'På sporet',
    gap: 0,
  });
  expect(json.goal).toMatchObject({
    met: false,
    currentStreak: 2,
    gapToGoal: 0,
    earliestMetMonth: '2025-06',
    deadline: '2025-06',
    onTrack: true,
  });
});
