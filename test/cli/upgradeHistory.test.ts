// Issue 28: `fremdrift upgrade` converts Historik_borgere's older forms (v2: one row per citizen in the gross
// group per closed month; compact: a row per change) to the packed form (per month a row listing the
// changes), says so in Danish, and keeps every fact: the reconciliation (with a placement registered after
// the close) and each citizen's state at each close.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadCaseload, refreshOutputs } from '../../src/app/refresh';
import type { Caseload } from '../../src/domain/model';
import { HISTORIK_BORGERE } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { workedExampleTables } from '../app/workedExample';
import { libreOfficeXlsx, openpyxl } from '../support/otherTools';
import { runCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-upgrade-history-'));
const facts = (c: Caseload) => (c.closedCitizens ?? []).map((x) => `${x.month} ${x.citizenId} ${x.active}`);

/** The worked example closed on 10 April (January to March), Historik_borgere written in the v2 form. */
async function v2Workbook(file: string) {
  const mem = new MemoryWorkbook(workedExampleTables());
  const closed = await refreshOutputs(mem, {
    asOf: '2025-03-31',
    now: new Date('2025-04-10T08:00:00Z'),
    closeMonthsOn: '2025-04-10',
  });
  const tables: Record<string, RawTable | null> = await mem.readTables([
    'Borgere',
    'Forløb',
    'Timer',
    'Indstillinger',
    'Historik',
  ]);
  tables.Historik_borgere = {
    name: HISTORIK_BORGERE.name,
    headers: ['Måned', 'Borger-ID', 'I indsats'],
    rows: (closed.caseload.closedCitizens ?? []).map((c) => [c.month, c.citizenId, c.active ? 'Ja' : 'Nej']),
  };
  // B's Løntilskud registered after the close: changed since close in every closed month.
  const forløb = tables.Forløb!;
  forløb.rows.push(
    forløb.headers.map((h) => ({ 'Borger-ID': 'B', Type: 'Løntilskud', Startdato: '2025-01-05' })[h] ?? null),
  );
  await writeWorkbook(file, tables);
  return tables.Historik_borgere.rows.length;
}

const reconciliation = async (file: string) =>
  JSON.parse((await runCli(['report', file, '--json', '--as-of', '2025-03-31'])).stdout).reconciliation;

test('upgrade converts the v2 form to packed rows, keeping the reconciliation and every close state', async () => {
  const file = join(dir, 'v2.xlsx');
  const v2Rows = await v2Workbook(file);
  expect(v2Rows).toBe(14); // 5 + 5 + 4 citizens in the gross group at the three closes
  const before = await reconciliation(file);
  expect(before.map((r: { changedSinceClose: unknown[] }) => r.changedSinceClose.length)).toEqual([1, 1, 1]);
  const factsBefore = facts(await loadCaseload(await XlsxWorkbook.open(file)));

  const r = await runCli(['upgrade', file, '--quiet']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    'Historik_borgere er pakket: 14 rækker (én pr. borger pr. lukket måned eller pr. ændring) er nu 2 (ændringerne siden forrige lukning, pakket i få rækker pr. måned).',
  );

  const wb = await XlsxWorkbook.open(file);
  const table = (await wb.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  // The older columns stay (empty) beside the packed ones; the v2 form kept no Parathed (`-`).
  expect(table.headers).toEqual(['Måned', 'Borger-ID', 'I indsats', 'Del', 'Antal', 'Ændringer']);
  expect(table.rows).toEqual([
    ['2025-01', null, null, 1, 5, 'J-A;N-B;N-C;J-D;N-E'],
    ['2025-03', null, null, 1, 3, 'N-A;J-C;U-D'],
  ]);
  expect(facts(await loadCaseload(wb))).toEqual(factsBefore);
  expect(await reconciliation(file)).toEqual(before);

  // The rewritten sheet is valid for other tools: openpyxl sees the table's new range and only its rows,
  // and LibreOffice reopens the file with the same rows.
  const seen = openpyxl(`wb = openpyxl.load_workbook(${JSON.stringify(file)})
ws = wb["Historik-borgere"]
print(ws.tables["Historik_borgere"].ref, ws.max_row, [c.value for c in ws[3]])`);
  expect(seen.trim()).toBe("A1:F3 3 ['2025-03', None, None, 1, 3, 'N-A;J-C;U-D']");
  const viaLibreOffice = await XlsxWorkbook.open(libreOfficeXlsx(file));
  expect((await viaLibreOffice.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!.rows).toEqual(table.rows);

  // Once converted there is nothing more to convert.
  const again = await runCli(['upgrade', file, '--quiet']);
  expect(again.stdout).not.toContain('pakket');
}, 120000);

test('upgrade converts the compact form (a row per change, with Parathed) to packed rows, keeping every fact', async () => {
  const file = join(dir, 'compact.xlsx');
  await v2Workbook(file);
  const tables = await (
    await XlsxWorkbook.open(file)
  ).readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger', 'Historik']);
  tables.Historik_borgere = {
    name: HISTORIK_BORGERE.name,
    headers: ['Måned', 'Borger-ID', 'I indsats', 'I målgruppe', 'Parathed'],
    rows: [
      ['2025-01', 'A', 'Ja', 'Ja', 'Klar'],
      ['2025-01', 'B', 'Nej', 'Ja', 'Tæt på'],
      ['2025-01', 'C', 'Nej', 'Ja', null],
      ['2025-01', 'D', 'Ja', 'Ja', null],
      ['2025-01', 'E', 'Nej', 'Ja', 'Længere fra'],
      ['2025-03', 'A', 'Nej', 'Ja', 'Klar'],
      ['2025-03', 'C', 'Ja', 'Ja', null],
      ['2025-03', 'D', 'Nej', 'Nej', null],
    ],
  };
  await writeWorkbook(file, tables);
  const withReadiness = (c: Caseload) =>
    (c.closedCitizens ?? []).map((x) => `${x.month} ${x.citizenId} ${x.active} ${x.readiness ?? '-'}`);
  const before = withReadiness(await loadCaseload(await XlsxWorkbook.open(file)));
  const reconciled = await reconciliation(file);
  const r = await runCli(['upgrade', file, '--quiet']);
  expect(r.stdout).toContain('Historik_borgere er pakket: 8 rækker');
  const wb = await XlsxWorkbook.open(file);
  const table = (await wb.readTables([HISTORIK_BORGERE.name]))[HISTORIK_BORGERE.name]!;
  expect(table.rows.map((row) => row.slice(-3))).toEqual([
    [1, 5, 'JKA;NTB;N-C;J-D;NLE'],
    [1, 3, 'NKA;J-C;U-D'],
  ]);
  expect(withReadiness(await loadCaseload(wb))).toEqual(before);
  expect(await reconciliation(file)).toEqual(reconciled);
}, 120000);
