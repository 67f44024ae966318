// The worked example of DOMAIN.md section 4 as raw tables (dates as Danish/ISO text and serials).
import type { RawTable } from '../../src/workbook/port';
import { BORGERE, FORLØB, INDSTILLINGER, TIMER, type TableDef } from '../../src/workbook/contract';
import type { CellValue } from '../../src/workbook/port';

function table(def: TableDef, rows: Record<string, CellValue>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return { name: def.name, headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)) };
}

const citizen = (id: string, extra: Record<string, CellValue> = {}) => ({
  'Borger-ID': id,
  Målgruppe: 'Aktivitetsparat kontanthjælp',
  Team: 'Team Nord',
  Sagsbehandler: 'Mette',
  Startdato: '01-12-2024',
  ...extra,
});

export function workedExampleTables(): Record<string, RawTable> {
  return {
    Borgere: table(BORGERE, [
      citizen('A', { Parathed: 'Klar' }),
      citizen('B', { Parathed: 'Tæt på' }),
      citizen('C'),
      citizen('D', { Slutdato: '2025-02-14', Afgangsårsag: 'Fraflytning', Sagsbehandler: 'Lars', Team: 'Team Syd' }),
      citizen('E', { Parathed: 'Længere fra' }),
    ]),
    Forløb: table(FORLØB, [
      { 'Borger-ID': 'A', Type: 'Virksomhedspraktik', Startdato: '31-01-2025', Slutdato: '01-02-2025' },
      { 'Borger-ID': 'B', Type: 'Løntilskud', Startdato: '2024-11-01', Slutdato: '2024-12-31' },
      { 'Borger-ID': 'D', Type: 'Job', Startdato: '10-01-2025' },
      { 'Borger-ID': 'E', Type: 'Nytteindsats', Startdato: '01-01-2025', Slutdato: '31-03-2025' },
    ]),
    Timer: table(TIMER, [
      { 'Borger-ID': 'C', Måned: '2025-02', 'Ordinære timer': 0 },
      { 'Borger-ID': 'C', Måned: '2025-03', 'Ordinære timer': 6 },
    ]),
    Indstillinger: table(INDSTILLINGER, [
      { Nøgle: 'Målregel', Værdi: 'fsm-rate3' },
      { Nøgle: 'Periode fra', Værdi: '2025-01' },
    ]),
  };
}
