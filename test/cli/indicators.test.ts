// Indicators through the real CLI (issue 24): an imported worked example (Indikatorer + Indikatormål) and a
// computed one (CV share, placements ended within 4 weeks, conversion) in `fremdrift report --json`, with a
// small-number warning and a month whose denominator is 0 (share null, never 0); and a Jobindsats-style CSV
// (months as 2025M04, Danish thousands) imported with `fremdrift import --table Indikatorer`.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE, FORLØB, INDIKATORER, INDIKATORMÅL, TIMER } from '../../src/workbook/contract';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-indicators-'));

const table = (name: string, headers: string[], rows: unknown[][]): RawTable => ({ name, headers, rows }) as RawTable;
const headers = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);

const BORGERE_HEADERS = ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Slutdato', 'CV'];

interface JsonIndicatorMonth {
  month: string;
  numerator: number;
  denominator: number;
  share: number | null;
  passes: boolean | null;
  streak: number;
  gap: number | null;
  smallNumber: boolean;
  notYetKnown: boolean;
  milestone: { share: number; status: string | null } | null;
  imported: { numerator: number; denominator: number; importedOn: string | null; changed: boolean } | null;
}
interface JsonIndicator {
  goal: { id: string; indicator: string; population: string; target: number; direction: string; source: string };
  level: string;
  name: string;
  months: JsonIndicatorMonth[];
  met: boolean;
  metInMonth: string | null;
  currentStreak: number;
  onTrack: boolean | null;
  earliestMetMonth: string | null;
}

function report(file: string, asOf: string) {
  const r = spawnCli(['report', file, '--json', '--as-of', asOf, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    indicators: JsonIndicator[];
    issues: { table: string; row: number; column: string; message: string }[];
  };
}

const row = (m: JsonIndicatorMonth) => [
  m.month,
  m.numerator,
  m.denominator,
  m.share,
  m.passes,
  m.streak,
  m.gap,
  m.smallNumber,
];

test('imported worked example: JS II Selvbooking with its preset, and Joblog with its own target and milestones', async () => {
  const file = join(dir, 'importeret.xlsx');
  const J = 'Jobparate kontanthjælpsmodtagere';
  await writeWorkbook(file, {
    Borgere: table('Borgere', BORGERE_HEADERS, [
      ['B1', 'Jobparat kontanthjælp', 'Nord', 'Sofie', '2025-01-01', null, null],
    ]),
    Forløb: table('Forløb', headers(FORLØB), []),
    Timer: table('Timer', headers(TIMER), []),
    Indikatorer: table('Indikatorer', headers(INDIKATORER), [
      ['2025-01', 'Selvbooking af samtaler', J, null, 20, 50, 'Jobindsats'],
      // Exactly 40 % passes; one below fails.
      ['2025-02', 'Selvbooking af samtaler', J, null, 20, 50, 'Jobindsats'],
      ['2025-03', 'Selvbooking af samtaler', J, null, 19, 50, 'Jobindsats'],
      // 8 of 15: a small number (under 20).
      ['2025-04', 'Selvbooking af samtaler', J, null, 8, 15, 'Jobindsats'],
      // No one asked: the share is null, never 0.
      ['2025-05', 'Selvbooking af samtaler', J, null, 0, 0, 'Jobindsats'],
      ['2025-01', 'Joblog anvendt', J, 'Nord', 30, 50, 'Fagsystem'],
      ['2025-02', 'Joblog anvendt', J, 'Nord', 35, 50, 'Fagsystem'],
      ['2025-03', 'Joblog anvendt', J, 'Nord', 41, 50, 'Fagsystem'],
      // Tæller above Nævner: refused with a Danish message naming table, row and column.
      ['2025-04', 'Joblog anvendt', J, 'Nord', 51, 50, 'Fagsystem'],
    ]),
    Indikatormål: table('Indikatormål', headers(INDIKATORMÅL), [
      ['Joblog anvendt', J, 80, 'Mindst', 1, '2025-01', '2025-03', null],
    ]),
  });
  const json = report(file, '2025-05-31');
  const selv = json.indicators.find((i) => i.goal.id === 'js2-selvbooking-jobparate' && i.level === 'Alle')!;
  expect(selv.goal).toMatchObject({ target: 40, direction: 'atLeast', source: 'table', population: J });
  expect(selv.months.map(row)).toEqual([
    ['2025-01', 20, 50, 0.4, true, 1, 0, false],
    ['2025-02', 20, 50, 0.4, true, 2, 0, false],
    ['2025-03', 19, 50, 0.38, false, 0, 1, false],
    ['2025-04', 8, 15, 8 / 15, true, 1, 0, true],
    ['2025-05', 0, 0, null, null, 0, null, false],
  ]);
  expect(selv).toMatchObject({ met: true, metInMonth: '2025-01', currentStreak: 1, onTrack: null });

  // Joblog has only rows for team Nord: Alle is their sum, and the team has its own result.
  const joblog = json.indicators.filter((i) => i.goal.indicator === 'Joblog anvendt');
  expect(joblog.map((i) => [i.level, i.name])).toEqual([
    ['Alle', ''],
    ['Team', 'Nord'],
  ]);
  const alle = joblog[0];
  expect(alle.goal).toMatchObject({ id: 'js2-joblog-jobparate', target: 80 });
  // From 60 % in January the line reaches 80 % in March (the deadline, k = 1).
  expect(alle.months.map((m) => [m.month, m.share, m.milestone])).toEqual([
    ['2025-01', 0.6, null],
    ['2025-02', 0.7, { share: 0.7, status: 'På sporet' }],
    ['2025-03', 0.82, { share: 0.8, status: 'På sporet' }],
  ]);
  expect(alle).toMatchObject({ met: true, metInMonth: '2025-03', onTrack: true });
  expect(json.issues).toContainEqual(
    expect.objectContaining({
      table: 'Indikatorer',
      row: 9,
      column: 'Tæller',
      message: 'Tæller 51 er større end Nævner 50; tælleren kan højst være nævneren; rækken er ikke talt med',
    }),
  );
});

test('computed worked example: CV share, placements ended within 4 weeks and conversion, by team and caseworker', async () => {
  const file = join(dir, 'beregnet.xlsx');
  const citizens = [
    ['C1', 'Jobparat kontanthjælp', 'Nord', 'Sofie', '2025-01-01', null, 'Ja'],
    ['C2', 'Jobparat kontanthjælp', 'Nord', 'Sofie', '2025-01-01', null, 'Nej'],
    ['C3', 'Jobparat kontanthjælp', 'Syd', 'Ole', '2025-01-01', null, 'Ja'],
    ['C4', 'Jobparat kontanthjælp', 'Syd', 'Ole', '2025-01-01', '2025-02-10', null],
  ];
  await writeWorkbook(file, {
    Borgere: table('Borgere', BORGERE_HEADERS, citizens),
    Forløb: table(
      'Forløb',
      ['Borger-ID', 'Type', 'Startdato', 'Slutdato', 'Afslutningsårsag'],
      [
        // 20 days: within 4 weeks, then ordinary hours in February: converted.
        ['C1', 'Virksomhedspraktik', '2025-01-05', '2025-01-25', null],
        // 28 days is not within 4 weeks; no hours afterwards: not converted.
        ['C3', 'Løntilskud', '2025-01-01', '2025-01-29', null],
        // Ended in May with a job: the window after May is not over on 30-06-2025.
        ['C2', 'Virksomhedspraktik', '2025-03-01', '2025-05-15', 'Ordinære timer eller job'],
        // A job is not a placement the guardrails look at.
        ['C3', 'Job', '2025-02-01', '2025-02-20', null],
      ],
    ),
    Timer: table('Timer', headers(TIMER), [['C1', '2025-02', 12, null]]),
  });
  const json = report(file, '2025-06-30');
  const at = (id: string, level = 'Alle', name = '') =>
    json.indicators.find((i) => i.goal.id === id && i.level === level && i.name === name)!;

  const cv = at('cv-andel');
  expect(cv.goal).toMatchObject({ indicator: 'CV-andel', source: 'computed', target: 80, direction: 'atLeast' });
  expect(cv.months.map((m) => [m.month, m.numerator, m.denominator, m.passes, m.gap, m.smallNumber])).toEqual([
    ['2025-01', 2, 4, false, 2, true],
    ['2025-02', 2, 4, false, 2, true],
    ['2025-03', 2, 3, false, 1, true],
    ['2025-04', 2, 3, false, 1, true],
    ['2025-05', 2, 3, false, 1, true],
    ['2025-06', 2, 3, false, 1, true],
  ]);
  expect(at('cv-andel', 'Sagsbehandler', 'Ole').months[2]).toMatchObject({ numerator: 1, denominator: 1, share: 1 });

  const short = at('korte-forloeb');
  expect(short.goal).toMatchObject({ direction: 'atMost', target: 25 });
  expect(short.months.map((m) => [m.month, m.numerator, m.denominator, m.share, m.passes, m.gap])).toEqual([
    ['2025-01', 1, 2, 0.5, false, 1],
    ['2025-02', 0, 0, null, null, null],
    ['2025-03', 0, 0, null, null, null],
    ['2025-04', 0, 0, null, null, null],
    ['2025-05', 0, 1, 0, true, 0],
    ['2025-06', 0, 0, null, null, null],
  ]);
  expect(at('korte-forloeb', 'Team', 'Nord').months[0]).toMatchObject({ numerator: 1, denominator: 1, passes: false });

  const conv = at('konvertering');
  expect(conv.months.map((m) => [m.month, m.numerator, m.denominator, m.share, m.notYetKnown])).toEqual([
    ['2025-01', 1, 2, 0.5, false],
    ['2025-02', 0, 0, null, false],
    ['2025-03', 0, 0, null, false],
    ['2025-04', 0, 0, null, true],
    ['2025-05', 1, 1, null, true],
    ['2025-06', 0, 0, null, true],
  ]);
  expect(conv).toMatchObject({ met: true, metInMonth: '2025-01', currentStreak: 1 });
  // Aggregates only: no Borger-ID anywhere in the indicators.
  expect(JSON.stringify(json.indicators)).not.toMatch(/"C\d"/);
});

test('a Jobindsats-style CSV (2025M04, 1.234) imports into Indikatorer through the real CLI, and reads back', async () => {
  const file = join(dir, 'mappe.xlsx');
  const wb = XlsxWorkbook.create();
  // A v2 workbook from before issue 24: no Indikatorer table yet.
  wb.createTable(BORGERE, [['B1', null, 'Jobparat kontanthjælp', 'Nord', 'Sofie', null, 45658]]);
  wb.createTable(FORLØB, []);
  wb.createTable(TIMER, []);
  await wb.save(file);
  const csv = join(dir, 'jobindsats.csv');
  writeFileSync(
    csv,
    [
      'Periode;Indikator;Målgruppe;Tæller;Nævner;Andel (pct.)',
      '2025M03;Joblog anvendt;Forsikrede ledige;1.234;1.400;88,1',
      '2025M04;Joblog anvendt;Forsikrede ledige;1.290;1.420;90,8',
      '2025M04;Selvbooking af samtaler;Jobparate kontanthjælpsmodtagere;12;30;40,0',
      '2025M13;Selvbooking af samtaler;Jobparate kontanthjælpsmodtagere;12;30;40,0',
    ].join('\r\n'),
    'utf8',
  );
  const mapping = join(dir, 'kort.json');
  writeFileSync(mapping, JSON.stringify({ Periode: 'Måned', 'Andel (pct.)': '' }));
  const dry = spawnCli([
    'import',
    csv,
    '--into',
    file,
    '--table',
    'Indikatorer',
    '--mapping',
    mapping,
    '--dry-run',
    '--json',
    '--quiet',
  ]);
  expect(dry.code).toBe(0);
  const plan = JSON.parse(dry.stdout);
  expect(plan).toMatchObject({ rows: 4, added: 3, updated: 0, unchanged: 0 });
  expect(plan.rejected).toEqual([expect.objectContaining({ row: 4, column: 'Måned' })]);

  const done = spawnCli(['import', csv, '--into', file, '--table', 'Indikatorer', '--mapping', mapping, '--quiet']);
  expect(done.code).toBe(0);
  const back = await (await XlsxWorkbook.open(file)).readTables(['Indikatorer']);
  expect(back.Indikatorer!.rows.map((r) => r.slice(0, 6))).toEqual([
    ['2025-03', 'Joblog anvendt', 'Forsikrede ledige', null, 1234, 1400],
    ['2025-04', 'Joblog anvendt', 'Forsikrede ledige', null, 1290, 1420],
    ['2025-04', 'Selvbooking af samtaler', 'Jobparate kontanthjælpsmodtagere', null, 12, 30],
  ]);

  // The same export again: the key (Måned, Indikator, Målgruppe, empty Team) matches, nothing is added.
  const again = spawnCli([
    'import',
    csv,
    '--into',
    file,
    '--table',
    'Indikatorer',
    '--mapping',
    mapping,
    '--dry-run',
    '--json',
    '--quiet',
  ]);
  expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, unchanged: 3 });

  // Jobindsats revises March the next month: the import updates Tæller, and keeps the figure as first imported.
  writeFileSync(
    csv,
    [
      'Periode;Indikator;Målgruppe;Tæller;Nævner;Andel (pct.)',
      '2025M03;Joblog anvendt;Forsikrede ledige;1.262;1.400;90,1',
    ].join('\r\n'),
    'utf8',
  );
  const revised = spawnCli(['import', csv, '--into', file, '--table', 'Indikatorer', '--mapping', mapping, '--quiet']);
  expect(revised.code).toBe(0);
  const rows = (await (await XlsxWorkbook.open(file)).readTables(['Indikatorer'])).Indikatorer!.rows;
  expect([rows[0][4], rows[0][5], rows[0][7], rows[0][8]]).toEqual([1262, 1400, 1234, 1400]);
  expect(typeof rows[0][9]).toBe('number'); // Importeret: the date of the first import, as an Excel date

  const json = report(file, '2025-04-30');
  const joblog = json.indicators.find((i) => i.goal.id === 'js2-joblog-forsikrede')!;
  expect(joblog.months.map((m) => [m.month, m.numerator, m.denominator, m.passes])).toEqual([
    ['2025-03', 1262, 1400, true],
    ['2025-04', 1290, 1420, true],
  ]);
  // Reconciliation of the imported figures: March as first imported beside March now.
  expect(
    joblog.months.map((m) => m.imported && [m.imported.numerator, m.imported.denominator, m.imported.changed]),
  ).toEqual([
    [1234, 1400, true],
    [1290, 1420, false],
  ]);
  expect(joblog.months[0].imported!.importedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('consolidate: each team workbook’s Indikatorer rows are merged (a row alike in both once), so Alle sums the teams', async () => {
  const J = 'Jobparate kontanthjælpsmodtagere';
  const workbook = async (name: string, team: string, n: number, d: number) => {
    const file = join(dir, name);
    await writeWorkbook(file, {
      Borgere: table('Borgere', BORGERE_HEADERS, [
        [`${team}1`, 'Jobparat kontanthjælp', team, 'Sofie', '2025-01-01', null, null],
      ]),
      Forløb: table('Forløb', headers(FORLØB), []),
      Timer: table('Timer', headers(TIMER), []),
      Indikatorer: table('Indikatorer', headers(INDIKATORER), [
        ['2025-01', 'Selvbooking af samtaler', J, team, n, d, 'Fagsystem'],
        // The municipality's own figure, in both workbooks alike: kept once.
        ['2025-01', 'Joblog anvendt', J, null, 40, 50, 'Jobindsats'],
      ]),
    });
    return file;
  };
  const nord = await workbook('ind-nord.xlsx', 'Nord', 10, 20);
  const syd = await workbook('ind-syd.xlsx', 'Syd', 5, 30);
  const out = join(dir, 'ind-samlet.xlsx');
  const r = spawnCli(['consolidate', nord, syd, '--out', out, '--as-of', '2025-01-31', '--json', '--quiet']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { indicators: JsonIndicator[]; issues: { table: string }[] };
  const selv = json.indicators.filter((i) => i.goal.id === 'js2-selvbooking-jobparate');
  expect(selv.map((i) => [i.level, i.name, i.months[0].numerator, i.months[0].denominator])).toEqual([
    ['Alle', '', 15, 50],
    ['Team', 'Nord', 10, 20],
    ['Team', 'Syd', 5, 30],
  ]);
  const joblog = json.indicators.find((i) => i.goal.id === 'js2-joblog-jobparate')!;
  expect([joblog.months[0].numerator, joblog.months[0].denominator]).toEqual([40, 50]);
  expect(json.issues.filter((i) => i.table === 'Indikatorer')).toEqual([]);
});
