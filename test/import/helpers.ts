// Shared fixtures for the import tests: a small workbook and exports built from CSV text.
import { BORGERE, FORLØB } from '../../src/workbook/contract';
import type { CellValue, RawTable } from '../../src/workbook/port';
import { readCsvSource, type SourceTable } from '../../src/import/source';
import { readerProblemText } from '../../src/text/imports';

export const BORGERE_HEADERS = BORGERE.columns.map((c) => c.header);
export const FORLØB_HEADERS = FORLØB.columns.map((c) => c.header);

/** Excel serials of a few dates, worked out from 2025-01-01 = 45658 (Excel's own numbering). */
export const SERIAL = {
  '2024-12-01': 45627,
  '2025-01-01': 45658,
  '2025-03-01': 45717,
  '2025-03-15': 45731,
  '2025-02-01': 45689,
} as const;

export function borgereRow(values: Partial<Record<string, CellValue>>): CellValue[] {
  return BORGERE_HEADERS.map((h) => values[h] ?? null);
}

export function forløbRow(values: Partial<Record<string, CellValue>>): CellValue[] {
  return FORLØB_HEADERS.map((h) => values[h] ?? null);
}

/** Borgere with B1 (Team Nord) and B2 (Team Syd), Forløb with one praktik for B1. */
export function sampleTables(): Record<string, RawTable> {
  return {
    Borgere: {
      name: 'Borgere',
      headers: BORGERE_HEADERS,
      rows: [
        borgereRow({
          'Borger-ID': 'B1',
          Navn: 'AB',
          Målgruppe: 'Aktivitetsparat kontanthjælp',
          Team: 'Nord',
          Sagsbehandler: 'Sara',
          Startdato: SERIAL['2024-12-01'],
          Virksomhedskonsulent: 'Kim',
        }),
        borgereRow({
          'Borger-ID': 'B2',
          Navn: 'CD',
          Målgruppe: 'Jobparat kontanthjælp',
          Team: 'Syd',
          Sagsbehandler: 'Per',
          Startdato: SERIAL['2025-01-01'],
        }),
      ],
    },
    Forløb: {
      name: 'Forløb',
      headers: FORLØB_HEADERS,
      rows: [
        forløbRow({
          'Borger-ID': 'B1',
          Type: 'Virksomhedspraktik',
          Virksomhed: 'Bager',
          Startdato: SERIAL['2025-03-01'],
          'Timer pr. uge': 15,
        }),
      ],
    },
    Indstillinger: { name: 'Indstillinger', headers: ['Nøgle', 'Værdi'], rows: [['Målregel', 'fsm-rate3']] },
  };
}

export function csvSource(text: string): SourceTable {
  const r = readCsvSource(new TextEncoder().encode(text));
  if (!r.ok) throw new Error(readerProblemText(r.problem));
  return r.table;
}

export const BORGERE_CSV_HEADER = 'Borger-ID;Navn;Målgruppe;Team;Sagsbehandler;Startdato;Slutdato';
