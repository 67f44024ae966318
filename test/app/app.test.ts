import {
  addCitizen,
  endPlacement,
  logHours,
  refreshOutputs,
  saveSettings,
  startPlacement,
  updateCitizen,
} from '../../src/app';
import { fieldErrorText } from '../../src/text/fields';
import { demoTables } from '../../src/demo/demoCaseload';
import { OUTPUT_SHEETS, INPUT_TABLES } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue, SheetModel } from '../../src/workbook/port';
import { readCaseload } from '../../src/workbook/read';
import { workedExampleTables } from './workedExample';
// Afstemning (DOMAIN.md section 6) is one of Fremdrift's own sheets but is not rendered yet.
const RENDERED_SHEETS = OUTPUT_SHEETS;

// The worked example has the v1 tables; the v2 ones (Aftaler, Historik, STAR_tal) are absent there.
const NAMES = INPUT_TABLES.filter((t) => !t.since).map((t) => t.name);
const now = new Date(Date.UTC(2025, 2, 31, 9, 30));

/** Rows of a block that starts with a header row whose first cell is `first`, up to the next blank row. */
function block(sheet: SheetModel, first: string, occurrence = 0): Record<string, CellValue>[] {
  const starts = sheet.values.map((r, i) => (r[0] === first ? i : -1)).filter((i) => i >= 0);
  const h = starts[occurrence];
  const headers = sheet.values[h] as string[];
  const out: Record<string, CellValue>[] = [];
  for (let r = h + 1; r < sheet.values.length && sheet.values[r].some((v) => v !== null); r++) {
    out.push(Object.fromEntries(headers.map((k, i) => [k, sheet.values[r][i]])));
  }
  return out;
}

describe('refreshOutputs on the worked example', () => {
  let wb: MemoryWorkbook;
  beforeAll(async () => {
    wb = new MemoryWorkbook(workedExampleTables());
    await refreshOutputs(wb, { asOf: '2025-03-31', now });
  });

  test('writes the five output sheets in one call, each stating when and under which rule', () => {
    expect(wb.outputWrites).toBe(1);
    expect(wb.sheetNames()).toEqual([...RENDERED_SHEETS]);
    for (const name of RENDERED_SHEETS) {
      const s = wb.sheet(name)!;
      expect(String(s.values[1][0])).toMatch(/^Beregnet 31-03-2025 kl\. 11:30 · Målregel: .+\(fsm-rate3\)/);
    }
  });

  test('input tables are unchanged', async () => {
    expect(await wb.readTables(NAMES)).toEqual(workedExampleTables());
  });

  test('Overblik month series carries the worked example numbers as real numbers', () => {
    const rows = block(wb.sheet('Overblik')!, 'Måned');
    expect(rows.map((r) => [r['Måned'], r['Brutto'], r['I indsats'], r['Andel'], r['Bestået'], r['I træk']])).toEqual([
      ['2025-01', 5, 2, 0.4, 'Ja', 1],
      ['2025-02', 5, 2, 0.4, 'Ja', 2],
      ['2025-03', 4, 1, 0.25, 'Nej', 0],
    ]);
    const s = wb.sheet('Overblik')!;
    const line = s.charts!.find((c) => c.type === 'line')!;
    expect(s.values[line.data.row].slice(0, 4)).toEqual(['Måned', 'Andel', 'Mål', 'Milepæl']);
    // The dashboard draws the whole's line chart and one small line chart per team (Team Nord, Team Syd), no column chart.
    expect(s.charts!.map((c) => [c.type, c.title])).toEqual([
      ['line', 'Andel i indsats, mål og milepæl'],
      ['line', 'Team Nord'],
      ['line', 'Team Syd'],
    ]);
    expect(s.formats!.some((f) => f.numberFormat === '0.0%' && f.row === line.data.row + 1 && f.col === 1)).toBe(true);
  });

  test('Forløbsoversigt shows who was in what, per month', () => {
    const rows = block(wb.sheet('Forløbsoversigt')!, 'Borger-ID');
    const letters = Object.fromEntries(rows.map((r) => [r['Borger-ID'], [r['2025-01'], r['2025-02'], r['2025-03']]]));
    expect(letters).toEqual({
      A: ['P', 'P', null],
      B: [null, null, null],
      C: [null, null, 'O'],
      D: ['J', 'J', '–'],
      E: ['N', 'N', 'N'],
    });
    expect(wb.sheet('Forløbsoversigt')!.conditionalFills!.map((c) => c.equals)).toEqual(
      expect.arrayContaining(['P', 'L', 'O', 'J', 'U']),
    );
  });

  test('Månedsdialog: one page per caseworker, citizens grouped, I gang first', () => {
    const s = wb.sheet('Månedsdialog')!;
    expect(s.print!.rowBreaksBefore).toHaveLength(1); // Lars and Mette
    const mette = block(s, 'Gruppe', 0); // Team Nord (Mette) comes before Team Syd (Lars)
    expect(mette.map((r) => [r['Gruppe'], r['Borger-ID']])).toEqual([
      ['I gang', 'C'],
      ['Klar', 'A'],
      ['Tæt på', 'B'],
      ['Længere fra', 'E'],
    ]);
  });

  test('Datakvalitet says there are no problems', () => {
    expect(wb.sheet('Datakvalitet')!.values.flat()).toContain('Ingen problemer fundet.');
  });
});

test('Datakvalitet lists each issue with table, row, column and Danish severity', async () => {
  const tables = workedExampleTables();
  tables.Forløb.rows.push(['X', 'Job', null, null, '01-01-2025', null, null, null, null]);
  const wb = new MemoryWorkbook(tables);
  await refreshOutputs(wb, { asOf: '2025-03-31', now });
  const rows = block(wb.sheet('Datakvalitet')!, 'Tabel');
  expect(rows).toEqual([
    {
      Tabel: 'Forløb',
      Række: 5,
      Kolonne: 'Borger-ID',
      Alvor: 'Fejl',
      Besked: expect.stringContaining('"X" findes ikke'),
    },
  ]);
});

test('refreshOutputs on the demo renders milestones for teams and caseworkers', async () => {
  const wb = new MemoryWorkbook(demoTables('2025-06-15'));
  const { measurement } = await refreshOutputs(wb, { asOf: '2025-06-15', now, dialogCaseworker: 'Lars Nielsen' });
  const plan = block(wb.sheet('Milepæle')!, 'Niveau');
  expect(new Set(plan.map((r) => r['Niveau']))).toEqual(new Set(['Samlet', 'Team', 'Sagsbehandler']));
  expect(plan.filter((r) => r['Niveau'] === 'Samlet')).toHaveLength(measurement.report.plan.length);
  const dialog = wb.sheet('Månedsdialog')!;
  expect(dialog.values.flat().filter((v) => typeof v === 'string' && v.startsWith('Lars Nielsen ·'))).toHaveLength(1);
  expect(dialog.print!.rowBreaksBefore).toEqual([]);
});

describe('saveSettings', () => {
  test('updates existing keys in place, appends missing ones, leaves other rows', async () => {
    const tables = workedExampleTables();
    tables.Indstillinger.rows.push(['Egen nøgle', 'x']);
    const wb = new MemoryWorkbook(tables);
    await saveSettings(wb, { ruleId: 'custom', threshold: 35, counts: ['Job', 'Løntilskud'], deadline: '2025-12' });
    const t = (await wb.readTables(['Indstillinger'])).Indstillinger!;
    expect(t.rows).toEqual([
      ['Målregel', 'custom'],
      ['Periode fra', '2025-01'],
      ['Egen nøgle', 'x'],
      ['Tærskel', 35],
      ['Tæller med', 'Job, Løntilskud'],
      ['Deadline', '2025-12'],
    ]);
    expect(readCaseload(await wb.readTables(NAMES)).settings).toEqual({
      ruleId: 'custom',
      threshold: 35,
      counts: ['Job', 'Løntilskud'],
      deadline: '2025-12',
      periodFrom: '2025-01',
    });
  });
  test('creates Indstillinger when missing', async () => {
    const tables = workedExampleTables();
    const wb = new MemoryWorkbook({ ...tables, Indstillinger: null });
    await saveSettings(wb, { ruleId: 'fsm2-20' });
    expect((await wb.readTables(['Indstillinger'])).Indstillinger!.rows).toEqual([['Målregel', 'fsm2-20']]);
  });
});

describe('entry actions', () => {
  const fresh = () => new MemoryWorkbook(workedExampleTables());
  const rows = async (wb: MemoryWorkbook, t: string) => (await wb.readTables([t]))[t]!.rows;

  test('addCitizen writes canonical values (dates as serials) at the end', async () => {
    const wb = fresh();
    const r = await addCitizen(wb, {
      'Borger-ID': ' F ',
      Målgruppe: 'ressourceforløb',
      Team: 'Team Nord',
      Sagsbehandler: 'Mette',
      Startdato: '1.3.2025',
      CV: 'ja',
    });
    expect(r).toEqual({ ok: true });
    const last = (await rows(wb, 'Borgere')).at(-1)!;
    expect(last.slice(0, 7)).toEqual(['F', null, 'Ressourceforløb', 'Team Nord', 'Mette', null, 45717]);
    expect(last[11]).toBe('Ja');
  });

  test('addCitizen refuses duplicates, CPR numbers, bad dates and missing fields, writing nothing', async () => {
    const wb = fresh();
    const r = await addCitizen(wb, {
      'Borger-ID': 'a',
      Målgruppe: 'Andet',
      Team: '',
      Sagsbehandler: 'Mette',
      Startdato: '31-02-2025',
      'Næste skridt': 'ring 010190-1234',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual(['Borger-ID', 'Næste skridt', 'Startdato', 'Team']);
      expect(fieldErrorText(r.errors.find((e) => e.field === 'Borger-ID')!)).toMatch(/findes allerede/);
      expect(fieldErrorText(r.errors.find((e) => e.field === 'Team')!)).toBe('Team: mangler (skal udfyldes)');
    }
    expect(await wb.readTables(NAMES)).toEqual(workedExampleTables());
  });

  test('startPlacement checks the citizen and the period', async () => {
    const wb = fresh();
    const bad = await startPlacement(wb, {
      'Borger-ID': 'Q',
      Type: 'Job',
      Startdato: '2025-03-01',
      Slutdato: '2025-02-01',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => fieldErrorText(e))).toEqual([
        'Borger-ID "Q" findes ikke i Borgere',
        'Slutdato 01-02-2025 ligger før Startdato 01-03-2025',
      ]);
    expect(
      await startPlacement(wb, {
        'Borger-ID': 'B',
        Type: 'virksomhedspraktik',
        Startdato: '2025-03-03',
        CVR: '12345678',
        'Timer pr. uge': '12,5',
      }),
    ).toEqual({ ok: true });
    expect((await rows(wb, 'Forløb')).at(-1)).toEqual([
      'B',
      'Virksomhedspraktik',
      null,
      '12345678',
      45719,
      null,
      12.5,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test('endPlacement sets Slutdato on one row and refuses an end before the start', async () => {
    const wb = fresh();
    const bad = await endPlacement(wb, 3, '09-01-2025');
    expect(bad.ok).toBe(false);
    expect(await endPlacement(wb, 9, '2025-03-01')).toMatchObject({ ok: false });
    expect(await endPlacement(wb, 3, '2025-03-10')).toEqual({ ok: true, row: 3 });
    const r = await rows(wb, 'Forløb');
    expect(r[2][5]).toBe(45726);
    expect(r.filter((_, i) => i !== 2)).toEqual(workedExampleTables().Forløb.rows.filter((_, i) => i !== 2));
  });

  test('logHours appends, refuses a second row for the same month and unknown citizens', async () => {
    const wb = fresh();
    expect(
      await logHours(wb, { 'Borger-ID': 'A', Måned: '03-2025', 'Ordinære timer': '7,5', Kilde: 'eindkomst' }),
    ).toEqual({ ok: true });
    expect((await rows(wb, 'Timer')).at(-1)).toEqual(['A', '2025-03', 7.5, 'eIndkomst']);
    const dup = await logHours(wb, { 'Borger-ID': 'C', Måned: '2025-03-15', 'Ordinære timer': 1 });
    expect(dup.ok).toBe(false);
    if (!dup.ok)
      expect(dup.errors[0]).toMatchObject({ field: 'Måned', code: 'duplicateHoursMonth', params: { firstRow: 2 } });
    expect((await logHours(wb, { 'Borger-ID': 'Z', Måned: '2025-03', 'Ordinære timer': 1 })).ok).toBe(false);
  });

  test('updateCitizen changes only the given cells of that citizen', async () => {
    const wb = fresh();
    expect(await updateCitizen(wb, 'B', { Parathed: 'klar', 'Næste skridt': 'Praktik hos Netto' })).toEqual({
      ok: true,
      row: 2,
    });
    const after = await rows(wb, 'Borgere');
    const before = workedExampleTables().Borgere.rows;
    expect(after[1][10]).toBe('Klar');
    expect(after[1][13]).toBe('Praktik hos Netto');
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    const bad = await updateCitizen(wb, 'B', { Slutdato: '01-11-2024', 'Borger-ID': 'BB' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['Borger-ID', 'Slutdato']);
    expect((await updateCitizen(wb, 'nope', { Parathed: 'Klar' })).ok).toBe(false);
  });
});
