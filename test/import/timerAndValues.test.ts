// Less typing (issue 13): hours imported from payroll or eIndkomst exports into Timer with every Måned
// form, STAR's figures into STAR_tal, case-system codes mapped once and reused next month, and a preview
// that shows dates as dates and suggests what to do about rows the export no longer has.
import { applyPlan } from '../../src/import/apply';
import { loadValueMapping, saveValueMapping } from '../../src/import/mapping';
import { suggestValue } from '../../src/import/plan';
import { importTable, prepareImport } from '../../src/import/session';
import { BORGERE, FORLØB, STAR_TAL, TIMER, type TableDef } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { readCaseload } from '../../src/workbook/read';
import { csvSource, sampleTables, SERIAL } from './helpers';
import { planProblemsText, rejectedRowText, rowKeyText } from '../../src/text/imports';

function workbook() {
  const port = new MemoryWorkbook(sampleTables());
  return port;
}

async function planFor(port: MemoryWorkbook, table: TableDef, csv: string, values = {}) {
  const prepared = await prepareImport(port, table, csvSource(csv), {}, values);
  if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
  return prepared.result.plan;
}

test('Timer: every Måned form, decimal commas, upsert by Borger-ID + Måned', async () => {
  const port = workbook();
  await port.ensureInputTables([TIMER]);
  const first = await planFor(
    port,
    TIMER,
    [
      'Borger-ID;Måned;Ordinære timer;Kilde',
      'B1;2025-01;10,5;eIndkomst',
      'B1;02-2025;4;Lønseddel',
      'B1;marts 2025;7;',
      'B1;april 2025;3;',
      'B2;15-05-2025;12,25;',
      'B2;May 2025;1;', // the same month as the row above: only the first is imported
      'B9;2025-01;5;', // unknown citizen
    ].join('\n'),
  );
  expect(first.added.map((a) => rowKeyText(a.key))).toEqual([
    'Borger-ID "B1", 2025-01',
    'Borger-ID "B1", 2025-02',
    'Borger-ID "B1", 2025-03',
    'Borger-ID "B1", 2025-04',
    'Borger-ID "B2", 2025-05',
  ]);
  expect(first.rejected.map((r) => [r.row, r.column])).toEqual([
    [6, 'Borger-ID'],
    [7, 'Borger-ID'],
  ]);
  expect(rejectedRowText(first.table, first.rejected[1])).toContain('findes ikke i Borgere');
  await applyPlan(port, first);
  const hours = readCaseload(await port.readTables(['Borgere', 'Forløb', 'Timer'])).hours;
  expect(hours.map((h) => [h.citizenId, h.month, h.hours])).toEqual([
    ['B1', '2025-01', 10.5],
    ['B1', '2025-02', 4],
    ['B1', '2025-03', 7],
    ['B1', '2025-04', 3],
    ['B2', '2025-05', 12.25],
  ]);

  // Next month's export corrects one month and adds another: an update and an addition, nothing deleted.
  const second = await planFor(
    port,
    TIMER,
    ['Borger-ID;Måned;Ordinære timer', 'B1;2025-04;8', 'B1;2025-06;2'].join('\n'),
  );
  expect(second.updated).toHaveLength(1);
  expect(second.updated[0].changes).toEqual([{ column: 'Ordinære timer', old: 3, new: 8, oldText: '3', newText: '8' }]);
  expect(second.added.map((a) => rowKeyText(a.key))).toEqual(['Borger-ID "B1", 2025-06']);
  // Other months are simply not in this export: nothing to do about them.
  expect(new Set(second.notInExport.map((m) => m.suggestion))).toEqual(new Set(['none']));
});

test('STAR_tal: STAR figures by month; negative or fractional counts are refused', async () => {
  const port = workbook();
  await port.ensureInputTables([STAR_TAL]);
  expect(importTable('star-tal')).toBe(STAR_TAL);
  const plan = await planFor(
    port,
    STAR_TAL,
    ['Måned;Brutto;I indsats', '2025-01;405;150', '2025-02;-1;3', '2025-03;400;2,5'].join('\n'),
  );
  expect(plan.added.map((a) => rowKeyText(a.key))).toEqual(['måned 2025-01']);
  expect(plan.rejected.map((r) => r.column)).toEqual(['Brutto', 'I indsats']);
});

test('case-system codes: listed once with a suggestion, mapped, stored and reused next month', async () => {
  const port = workbook();
  await port.ensureInputTables([TIMER]);
  const csv = ['Borger-ID;Type;Startdato', 'B1;VP;01-04-2025', 'B2;VP;01-04-2025', 'B2;LT;01-05-2025'].join('\n');
  const before = await planFor(port, FORLØB, csv);
  expect(before.rejected).toHaveLength(3);
  expect(before.unmappedValues).toEqual([
    { column: 'Type', value: 'VP', rows: 2, suggestion: null },
    { column: 'Type', value: 'LT', rows: 1, suggestion: null },
  ]);

  const choice = { Type: { VP: 'Virksomhedspraktik', LT: 'Løntilskud' } };
  const mapped = await planFor(port, FORLØB, csv, choice);
  expect(mapped.rejected).toEqual([]);
  expect(mapped.unmappedValues).toEqual([]);
  expect(mapped.added.map((a) => rowKeyText(a.key))).toEqual([
    'Borger-ID "B1", Virksomhedspraktik, start 01-04-2025',
    'Borger-ID "B2", Virksomhedspraktik, start 01-04-2025',
    'Borger-ID "B2", Løntilskud, start 01-05-2025',
  ]);

  await saveValueMapping(port, 'Forløb', choice);
  expect(await loadValueMapping(port, 'Forløb')).toEqual(choice);
  // The settings reader leaves the stored mapping alone (no "unknown key" warnings).
  expect(readCaseload(await port.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger'])).issues).toEqual([]);
  // Next month: the stored mapping is used without asking, in any case and spacing.
  const next = await planFor(port, FORLØB, ['Borger-ID;Type;Startdato', 'B1;vp ;01-06-2025'].join('\n'));
  expect(next.unmappedValues).toEqual([]);
  expect(next.added.map((a) => rowKeyText(a.key))).toEqual(['Borger-ID "B1", Virksomhedspraktik, start 01-06-2025']);
});

test('a value with the contract words in another order is suggested', () => {
  expect(
    suggestValue('Kontanthjælp, aktivitetsparat', BORGERE.columns.find((c) => c.header === 'Målgruppe')!.values!),
  ).toBe('Aktivitetsparat kontanthjælp');
  expect(suggestValue('KH', ['Aktivitetsparat kontanthjælp'])).toBeNull();
});

test('the preview shows dates as dates and suggests what to do about rows missing from the export', async () => {
  const port = workbook();
  const plan = await planFor(
    port,
    BORGERE,
    [
      'Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato',
      'B1;Aktivitetsparat kontanthjælp;Nord;Sara;01-01-2025', // Startdato changed from 01-12-2024
    ].join('\n'),
  );
  expect(plan.updated[0].changes).toEqual([
    {
      column: 'Startdato',
      old: SERIAL['2024-12-01'],
      new: SERIAL['2025-01-01'],
      oldText: '01-12-2024',
      newText: '01-01-2025',
    },
  ]);
  expect(plan.notInExport).toEqual([
    { tableRow: 2, key: { table: 'Borgere', parts: ['B2'] }, suggestion: 'checkExit' },
  ]);
  const forløb = await planFor(port, FORLØB, ['Borger-ID;Type;Startdato', 'B2;Job;01-04-2025'].join('\n'));
  expect(forløb.notInExport).toEqual([
    {
      tableRow: 1,
      key: { table: 'Forløb', parts: ['B1', 'Virksomhedspraktik', '2025-03-01'] },
      suggestion: 'endIfOver',
    },
  ]);
});
