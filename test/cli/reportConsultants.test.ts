// The headless report carries the virksomhedskonsulent slices (byConsultant, DOMAIN.md section 4's VK
// caseload per month) beside the VK caseload sizes, and `report --json` prints them.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE, FORLØB, TIMER, type TableDef } from '../../src/workbook/contract';
import type { CellValue, RawTable } from '../../src/workbook/port';
import { runCli, writeWorkbook } from './helpers';

function table(def: TableDef, rows: Record<string, CellValue>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return { name: def.name, headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)) };
}

const borger = (id: string, vk: string | null) => ({
  'Borger-ID': id,
  Målgruppe: 'Aktivitetsparat kontanthjælp',
  Team: 'Team Nord',
  Sagsbehandler: 'Anna',
  Virksomhedskonsulent: vk,
  Startdato: '2025-01-01',
});

test('report --json has byConsultant with the VK citizens per month and their team', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'fremdrift-vk-')), 'vk.xlsx');
  await writeWorkbook(file, {
    Borgere: table(BORGERE, [borger('C1', 'Vera'), borger('C2', null), borger('C3', null)]),
    Forløb: table(FORLØB, [
      { 'Borger-ID': 'C2', Type: 'Virksomhedspraktik', Startdato: '2025-02-10', Virksomhedskonsulent: 'Vera' },
    ]),
    Timer: table(TIMER, []),
  });
  const r = await runCli(['report', file, '--json', '--as-of', '2025-03-15', '--quiet']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.byConsultant.Vera.team).toBe('Team Nord');
  expect(
    json.byConsultant.Vera.months.map((m: { month: string; gross: number; active: number }) => [
      m.month,
      m.gross,
      m.active,
    ]),
  ).toEqual([
    ['2025-01', 1, 0],
    ['2025-02', 2, 1],
    ['2025-03', 2, 1],
  ]);
  expect(json.caseloads.find((c: { role: string }) => c.role === 'Virksomhedskonsulent')).toMatchObject({
    name: 'Vera',
    citizens: 2,
  });
});
