// Small input tables for the task pane tests, built from the contract's headers, and a render helper.
import React from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../../src/taskpane/App';
import { BORGERE, FORLØB, INDSTILLINGER, TIMER, type TableDef } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue, RawTable } from '../../src/workbook/port';

export const AS_OF = '2025-03-15';

function table(def: TableDef, rows: Record<string, CellValue>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return { name: def.name, headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)) };
}

const citizen = (
  id: string,
  caseworker: string,
  team: string,
  readiness: string | null,
  nextStep: string | null = null,
) => ({
  'Borger-ID': id,
  Navn: `Navn ${id}`,
  Målgruppe: 'Aktivitetsparat kontanthjælp',
  Team: team,
  Sagsbehandler: caseworker,
  Startdato: '2024-12-01',
  Parathed: readiness,
  'Næste skridt': nextStep,
  Opdateret: '2025-03-01',
});

/** Anna (Team Nord) has five citizens, one in praktik in March; Bo (Team Syd) has two. Vera, a
 * virksomhedskonsulent, has B2 (Borgere) and A1 (through the praktik). */
export function seedTables(): Record<string, RawTable> {
  return {
    Borgere: table(BORGERE, [
      citizen('A1', 'Anna', 'Team Nord', 'Klar'),
      citizen('A2', 'Anna', 'Team Nord', 'Klar', 'Samtale med Bager Hansen'),
      citizen('A3', 'Anna', 'Team Nord', 'Tæt på', 'Afklaring af helbred'),
      citizen('A4', 'Anna', 'Team Nord', 'Længere fra'),
      citizen('A5', 'Anna', 'Team Nord', null),
      citizen('B1', 'Bo', 'Team Syd', 'Klar'),
      { ...citizen('B2', 'Bo', 'Team Syd', 'Tæt på'), Virksomhedskonsulent: 'Vera' },
    ]),
    Forløb: table(FORLØB, [
      {
        'Borger-ID': 'A1',
        Type: 'Virksomhedspraktik',
        Virksomhed: 'Netto',
        Startdato: '2025-03-01',
        Slutdato: '2025-04-01',
        Virksomhedskonsulent: 'Vera',
      },
      { 'Borger-ID': 'B1', Type: 'Løntilskud', Startdato: '2025-01-01' },
    ]),
    Timer: table(TIMER, []),
    Indstillinger: table(INDSTILLINGER, [
      { Nøgle: 'Målregel', Værdi: 'fsm-rate3' },
      { Nøgle: 'Basismåned', Værdi: '2025-01' },
      { Nøgle: 'Deadline', Værdi: '2025-06' },
    ]),
  };
}

export function renderApp(locale: 'da' | 'en' = 'da', asOf = AS_OF, port = new MemoryWorkbook(seedTables())) {
  window.sessionStorage.clear();
  const user = userEvent.setup();
  const utils = render(<App port={port} mode="preview" locale={locale} asOf={asOf} />);
  return { port, user, ...utils };
}

export async function rows(port: MemoryWorkbook, name: string): Promise<CellValue[][]> {
  return (await port.readTables([name]))[name]!.rows;
}
