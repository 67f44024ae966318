// Month close and reconciliation (DOMAIN.md section 6, issue 13): a month closes once, on or after the
// 10th of the next month, at every level; a placement registered afterwards shows in changedSinceClose;
// STAR's figures sit beside the close and now; the same in the in-memory and the .xlsx adapter.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startPlacement } from '../../src/app/entry';
import { closeDayOf, closeDueMonths, closeKindOf, monthsDue } from '../../src/app/monthClose';
import { loadCaseload, refreshOutputs } from '../../src/app/refresh';
import { measure } from '../../src/domain';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { RECONCILIATION_HEADERS } from '../../src/workbook/render/afstemning';
import { workedExampleTables } from './workedExample';

const now = new Date('2025-03-31T10:30:00Z');

test('a month is due from the 10th of the next month', () => {
  expect(closeDayOf('2025-01')).toBe('2025-02-10');
  expect(closeDayOf('2025-12')).toBe('2026-01-10');
  expect(monthsDue(['2025-01', '2025-02', '2025-03'], new Set(), '2025-03-09')).toEqual(['2025-01']);
  expect(monthsDue(['2025-01', '2025-02', '2025-03'], new Set(), '2025-03-10')).toEqual(['2025-01', '2025-02']);
  expect(monthsDue(['2025-01', '2025-02', '2025-03'], new Set(['2025-01']), '2025-03-10')).toEqual(['2025-02']);
});

test('refresh closes the due months at every level, exactly once, and keeps who was counted', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const first = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' });
  expect(first.closedMonths).toEqual(['2025-01', '2025-02']);
  const c = first.caseload;
  // Alle, two teams and two caseworkers in both months (D in Team Syd with Lars until February).
  expect(c.history!.map((h) => `${h.month} ${h.level} ${h.name} ${h.gross} ${h.active} ${h.closedOn}`)).toEqual([
    '2025-01 Alle  5 2 2025-03-31',
    '2025-01 Team Team Nord 4 1 2025-03-31',
    '2025-01 Team Team Syd 1 1 2025-03-31',
    '2025-01 Sagsbehandler Lars 1 1 2025-03-31',
    '2025-01 Sagsbehandler Mette 4 1 2025-03-31',
    '2025-02 Alle  5 2 2025-03-31',
    '2025-02 Team Team Nord 4 1 2025-03-31',
    '2025-02 Team Team Syd 1 1 2025-03-31',
    '2025-02 Sagsbehandler Lars 1 1 2025-03-31',
    '2025-02 Sagsbehandler Mette 4 1 2025-03-31',
  ]);
  expect(c.closedCitizens!.filter((x) => x.month === '2025-01').map((x) => `${x.citizenId}:${x.active}`)).toEqual([
    'A:true',
    'B:false',
    'C:false',
    'D:true',
    'E:false',
  ]);
  expect(
    first.measurement.report.reconciliation.map((r) => [
      r.month,
      r.closed?.active,
      r.now?.active,
      r.changedSinceClose.length,
    ]),
  ).toEqual([
    ['2025-01', 2, 2, 0],
    ['2025-02', 2, 2, 0],
  ]);

  const before = await wb.readTables(['Historik', 'Historik_borgere']);
  const again = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-04-02' });
  expect(again.closedMonths).toEqual([]);
  expect(await wb.readTables(['Historik', 'Historik_borgere'])).toEqual(before);
  // On the 10th of April, March closes too; January and February are not touched.
  const april = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-04-10' });
  expect(april.closedMonths).toEqual(['2025-03']);
  const after = (await wb.readTables(['Historik'])).Historik!;
  expect(after.rows.slice(0, before.Historik!.rows.length)).toEqual(before.Historik!.rows);
});

test('a first close marks the months long past "Ibrugtagning", not a close at the time', () => {
  // On 31 March a never-closed workbook closes January and February; January was long past (February
  // was due on 10 March too), February is the month the close is for.
  expect(closeKindOf('2025-01', '2025-03-31', true)).toBe('Ibrugtagning');
  expect(closeKindOf('2025-02', '2025-03-31', true)).toBe('Månedsafslutning');
  // The day before the next month is due, the month is still closed at the time.
  expect(closeKindOf('2025-01', '2025-03-09', true)).toBe('Månedsafslutning');
  expect(closeKindOf('2025-01', '2025-03-10', true)).toBe('Ibrugtagning');
  // A workbook closed before is never "taken into use" again, however late the close.
  expect(closeKindOf('2025-01', '2025-12-31', false)).toBe('Månedsafslutning');
});

test('the first refresh of a never-closed workbook writes the marker in Historik and the reconciliation', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const first = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' });
  const kinds = first.caseload.history!.filter((h) => h.level !== 'Sagsbehandler');
  expect(kinds.map((h) => `${h.month} ${h.level} ${h.closeKind}`)).toEqual([
    '2025-01 Alle Ibrugtagning',
    '2025-01 Team Ibrugtagning',
    '2025-01 Team Ibrugtagning',
    '2025-02 Alle Månedsafslutning',
    '2025-02 Team Månedsafslutning',
    '2025-02 Team Månedsafslutning',
  ]);
  expect(first.measurement.report.reconciliation.map((r) => [r.month, r.closed?.atAdoption])).toEqual([
    ['2025-01', true],
    ['2025-02', false],
  ]);
  const april = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-05-20' });
  expect(april.closedMonths).toEqual(['2025-03']);
  expect(april.caseload.history!.every((h) => h.month !== '2025-03' || h.closeKind === 'Månedsafslutning')).toBe(true);
  // The Afstemning sheet says so beside the close date.
  const sheet = wb.sheet('Afstemning')!;
  expect(sheet.values.some((row) => row[0] === 'januar 2025' && row.includes('ved ibrugtagning'))).toBe(true);
});

test('two refreshes at once close a month once', async () => {
  const wb = new MemoryWorkbook(workedExampleTables());
  const m = measure(await loadCaseload(wb), { asOf: '2025-03-31' });
  const [a, b] = await Promise.all([closeDueMonths(wb, m, '2025-03-31'), closeDueMonths(wb, m, '2025-03-31')]);
  expect([...a.closed, ...b.closed].sort()).toEqual(['2025-01', '2025-02']);
  const c = await loadCaseload(wb);
  expect(c.history!.filter((h) => h.level === 'Alle').map((h) => h.month)).toEqual(['2025-01', '2025-02']);
});

test('a placement registered after the close shows in changedSinceClose, beside STAR and now', async () => {
  const tables = workedExampleTables();
  tables.STAR_tal = {
    name: 'STAR_tal',
    headers: ['Måned', 'Brutto', 'I indsats'],
    rows: [
      ['2025-02', 5, 2],
      ['2025-01', 5, 1],
    ],
  };
  const wb = new MemoryWorkbook(tables);
  await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' });
  // E's praktik in February, registered late.
  expect(
    await startPlacement(wb, {
      'Borger-ID': 'E',
      Type: 'Virksomhedspraktik',
      Startdato: '03-02-2025',
      Slutdato: '20-02-2025',
    }),
  ).toEqual({ ok: true });
  const { measurement } = await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' });
  const feb = measurement.report.reconciliation.find((r) => r.month === '2025-02')!;
  // 2 of 5 is exactly 40 %: STAR's own figures pass.
  expect(feb.star).toEqual({ gross: 5, active: 2, share: 0.4, passes: true });
  expect(feb.closed).toEqual({ gross: 5, active: 2, closedOn: '2025-03-31', atAdoption: false });
  expect(feb.grossDifference).toBe(0);
  expect(feb.now).toEqual({ gross: 5, active: 3 });
  expect(feb.changedSinceClose).toEqual([
    { citizenId: 'E', was: false, now: true, wasInGroup: true, nowInGroup: true },
  ]);
  const jan = measurement.report.reconciliation.find((r) => r.month === '2025-01')!;
  expect(jan.changedSinceClose).toEqual([]);
  // The Afstemning sheet says the same.
  const sheet = wb.sheet('Afstemning')!;
  const feb2025 = sheet.values.find((row) => row[0] === 'februar 2025')!;
  const cell = (header: string) => feb2025[RECONCILIATION_HEADERS.indexOf(header)];
  expect(
    [
      'STAR brutto',
      'STAR i indsats',
      'STAR andel',
      'STAR opfylder målet',
      'Ved lukning i indsats',
      'Lukning',
      'Nu i indsats',
      'Bruttoforskel nu − STAR',
      'Forskel nu − STAR',
      'Ændret siden lukning',
    ].map(cell),
  ).toEqual([5, 2, 0.4, 'Ja', 2, 'ved månedsafslutning', 3, 0, 1, 1]);
  expect(sheet.values.some((row) => row[1] === 'E' && row[2] === 'Nej' && row[3] === 'Ja')).toBe(true);
});

test('bad STAR rows are reported by row: a duplicate month and a month outside the report', async () => {
  const tables = workedExampleTables();
  tables.STAR_tal = {
    name: 'STAR_tal',
    headers: ['Måned', 'Brutto', 'I indsats'],
    rows: [
      ['2025-02', 5, 2],
      ['2025-02', 6, 2],
      ['2024-06', 4, 1],
      ['2025-03', -1, 2],
      ['2025-03', 5, 1.5],
    ],
  };
  const { measurement } = await refreshOutputs(new MemoryWorkbook(tables), { asOf: '2025-03-31', now });
  const star = measurement.report.issues
    .filter((i) => i.table === 'STAR_tal')
    .map((i) => `${i.row} ${i.column} ${i.code}`);
  expect(star).toEqual([
    '2 Måned duplicateMonth',
    '3 Måned monthOutsideReport',
    '4 Brutto belowMin',
    '5 I indsats notAnInteger',
  ]);
  expect(measurement.report.reconciliation.map((r) => [r.month, r.star])).toEqual([
    ['2024-06', { gross: 4, active: 1, share: 0.25, passes: false }],
    ['2025-02', { gross: 5, active: 2, share: 0.4, passes: true }],
  ]);
});

test('the .xlsx adapter closes once across saves, and the closed months survive reopening', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fremdrift-close-'));
  const file = join(dir, 'luk.xlsx');
  const tables = workedExampleTables();
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) if (tables[def.name]) wb.createTable(def, tables[def.name].rows);
  expect((await refreshOutputs(wb, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' })).closedMonths).toEqual([
    '2025-01',
    '2025-02',
  ]);
  await wb.save(file);
  const reopened = await XlsxWorkbook.open(file);
  const second = await refreshOutputs(reopened, { asOf: '2025-03-31', now, closeMonthsOn: '2025-03-31' });
  expect(second.closedMonths).toEqual([]);
  expect(second.caseload.history!.filter((h) => h.level === 'Alle').map((h) => [h.month, h.gross, h.active])).toEqual([
    ['2025-01', 5, 2],
    ['2025-02', 5, 2],
  ]);
  expect(second.caseload.closedCitizens!.length).toBe(10);
});
