// Issue 27: implausible values get a clear Danish message instead of a 1,504-month report or 168 MB of
// JSON. Each case through the real bin: dates outside 01-03-1900..31-12-2100 (Excel serial 60 included),
// --as-of out of range or more than a year after the data, Måneder i træk outside 1-24, a period over
// ten years, a Startdato in 2099, a CPR number in Indstillinger.
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CellValue } from '../../src/workbook/port';
import { TIMER } from '../../src/workbook/contract';
import { BORGERE_HEADERS, borgereRow, FORLØB_HEADERS } from '../import/helpers';
import { spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-hostile-bounds-'));
let n = 0;

const citizen = (id: string, start: CellValue) =>
  borgereRow({ 'Borger-ID': id, Målgruppe: 'Andet', Team: 'Nord', Sagsbehandler: 'Sara', Startdato: start });

async function workbookWith(citizens: CellValue[][], settings: CellValue[][] = []): Promise<string> {
  const file = join(dir, `mappe-${++n}.xlsx`);
  await writeWorkbook(file, {
    Borgere: { name: 'Borgere', headers: BORGERE_HEADERS, rows: citizens },
    Forløb: { name: 'Forløb', headers: FORLØB_HEADERS, rows: [] },
    Timer: { name: 'Timer', headers: TIMER.columns.map((c) => c.header), rows: [] },
    Indstillinger: { name: 'Indstillinger', headers: ['Nøgle', 'Værdi'], rows: settings },
  });
  return file;
}

interface JsonIssue {
  table: string;
  row: number;
  column: string;
  message: string;
}

function report(file: string, ...extra: string[]) {
  const r = spawnCli(['report', file, '--json', '--quiet', ...extra]);
  if (r.code === 2) throw new Error(r.stderr);
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : null };
}

const ordinary = citizen('B1', '2025-01-01');

describe('dates outside 01-03-1900 .. 31-12-2100', () => {
  test.each([
    ['the Excel serial 60 (the phantom 29-02-1900)', 60],
    ['a serial in January 1900', 5],
    ['text 1899-12-31', '1899-12-31'],
    ['text 01-01-2101', '01-01-2101'],
    ['a serial after 2100', 80000],
  ])(
    '%s is an issue naming the row, never a report of centuries',
    async (_, value) => {
      const file = await workbookWith([ordinary, citizen('B2', value)]);
      const r = report(file, '--as-of', '2025-03-31');
      expect(r.code).toBe(0);
      const issue = r.json.issues.find((i: JsonIssue) => i.table === 'Borgere' && i.row === 2);
      expect(issue).toMatchObject({ column: 'Startdato' });
      expect(issue.message).toMatch(/ligger uden for de datoer, Fremdrift kan bruge \(01-03-1900 til 31-12-2100\)/);
      expect(r.json.months.map((m: { month: string }) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    },
    120000,
  );

  test('the first and last accepted days are read as dates', async () => {
    const file = await workbookWith([citizen('B1', '1900-03-01'), citizen('B2', '31-12-2100')]);
    const r = report(file, '--as-of', '1901-01-31');
    expect(r.code).toBe(0);
    expect(r.json.issues.filter((i: JsonIssue) => /uden for de datoer/.test(i.message))).toEqual([]);
  }, 120000);
});

describe('--as-of', () => {
  test('9999-12-31 is refused at once: exit 1, Danish message, no JSON', async () => {
    const r = report(await workbookWith([ordinary]), '--as-of', '9999-12-31');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--as-of 9999-12-31 ligger uden for de datoer, Fremdrift kan bruge/);
  }, 120000);

  test('more than a year after the data’s latest date is refused, within a year is fine', async () => {
    const file = await workbookWith([ordinary, citizen('B2', '2025-06-30')]);
    const far = report(file, '--as-of', '2026-07-02');
    expect(far.code).toBe(1);
    expect(far.stderr).toMatch(
      /--as-of 02-07-2026 ligger mere end et år efter den seneste dato i projektmappen \(30-06-2025\)/,
    );
    const near = report(file, '--as-of', '2026-06-30');
    expect(near.code).toBe(0);
  }, 120000);

  test('consolidate applies the same bound to the merged files, before writing --out', async () => {
    const a = await workbookWith([ordinary]);
    const b = await workbookWith([citizen('B2', '2025-06-30')]);
    const out = join(dir, 'samlet.xlsx');
    const far = spawnCli(['consolidate', a, b, '--out', out, '--as-of', '2026-07-02', '--quiet']);
    expect(far.code).toBe(1);
    expect(far.stderr).toMatch(
      /--as-of 02-07-2026 ligger mere end et år efter den seneste dato i projektmappen \(30-06-2025\)/,
    );
    expect(existsSync(out)).toBe(false);
    const near = spawnCli(['consolidate', a, b, '--out', out, '--as-of', '2026-06-30', '--quiet']);
    expect(near.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 120000);
});

describe('settings and periods', () => {
  test('Måneder i træk 1e9 (or 25, or 0) is an issue, and the preset’s k is used', async () => {
    for (const value of ['1000000000', '25', '0']) {
      const file = await workbookWith(
        [ordinary],
        [
          ['Målregel', 'custom'],
          ['Måneder i træk', value],
        ],
      );
      const r = report(file, '--as-of', '2025-03-31');
      expect(r.code).toBe(0);
      const issue = r.json.issues.find((i: JsonIssue) => i.table === 'Indstillinger' && i.row === 2);
      expect(issue.message).toMatch(/skal være et helt antal måneder fra 1 til 24/);
      expect(r.json.rule.monthsInARow).toBeLessThanOrEqual(24);
      expect(r.json.goal.earliestMetMonth < '2030-01').toBe(true);
    }
  }, 120000);

  test('Måneder i træk 24 is accepted', async () => {
    const file = await workbookWith(
      [ordinary],
      [
        ['Målregel', 'custom'],
        ['Måneder i træk', 24],
      ],
    );
    const r = report(file, '--as-of', '2025-03-31');
    expect(r.json.rule.monthsInARow).toBe(24);
  }, 120000);

  test('a period over ten years shows the last ten years with a warning', async () => {
    const file = await workbookWith([citizen('B1', '1950-05-01'), citizen('B2', '2025-01-01')]);
    const r = report(file, '--as-of', '2025-03-31');
    expect(r.code).toBe(0);
    expect(r.json.months).toHaveLength(120);
    expect(r.json.months[0].month).toBe('2015-04');
    const issue = r.json.issues.find((i: JsonIssue) => /er over 10 år/.test(i.message));
    expect(issue).toMatchObject({ table: 'Borgere', row: 1, column: 'Startdato' });
    expect(issue.message).toMatch(
      /Perioden fra 1950-05 til 2025-03 er over 10 år.*rapporten viser kun de sidste 10 år/,
    );
  }, 120000);

  test('Periode fra more than ten years back is cut the same way', async () => {
    const file = await workbookWith([ordinary], [['Periode fra', '1990-01']]);
    const r = report(file, '--as-of', '2025-03-31');
    expect(r.json.months).toHaveLength(120);
    expect(r.json.issues.find((i: JsonIssue) => /er over 10 år/.test(i.message))).toMatchObject({
      table: 'Indstillinger',
      column: 'Periode fra',
    });
  }, 120000);

  test('a citizen with Startdato in 2099 gives an issue, not a silently empty report', async () => {
    const file = await workbookWith([citizen('B1', '2099-01-01')]);
    const r = report(file, '--as-of', '2025-03-31');
    expect(r.code).toBe(0);
    expect(r.json.issues).toContainEqual(
      expect.objectContaining({
        table: 'Borgere',
        row: 1,
        column: 'Startdato',
        message: expect.stringMatching(/Startdato 01-01-2099 ligger efter opgørelsesdatoen 31-03-2025/),
      }),
    );
  }, 120000);

  test('a CPR number in Indstillinger is an issue and never echoed', async () => {
    const file = await workbookWith([ordinary], [['Målgrupper', 'Andet, 150190\u20131234']]);
    const r = report(file, '--as-of', '2025-03-31');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('150190');
    const issue = r.json.issues.find((i: JsonIssue) => i.table === 'Indstillinger');
    expect(issue.message).toMatch(/ligner et CPR-nummer/);
  }, 120000);
});
