// Parathed siden on import (issue 23): an update that changes Parathed, from an export without Parathed
// siden, is dated with the import's date as one more change in the preview; the same Parathed, a new
// citizen, an export that gives the date, and an import without a date are left alone. Applying it to a
// workbook without the column appends the column and leaves every other cell as it was.
import { applyPlan } from '../../src/import/apply';
import { resolveMapping } from '../../src/import/mapping';
import { planImport, type ImportPlan } from '../../src/import/plan';
import { dateReadinessChanges } from '../../src/import/readinessSince';
import { prepareImport } from '../../src/import/session';
import { isoToExcelSerial } from '../../src/domain/dates';
import { planProblemsText } from '../../src/text/imports';
import { BORGERE } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { BORGERE_HEADERS, SERIAL, csvSource, sampleTables } from './helpers';

const today = '2025-06-15';
const HEADER = 'Borger-ID;Navn;Målgruppe;Team;Sagsbehandler;Startdato;Parathed';

function withReadiness(tables = sampleTables()): Record<string, RawTable> {
  const at = BORGERE_HEADERS.indexOf('Parathed');
  const sinceAt = BORGERE_HEADERS.indexOf('Parathed siden');
  tables.Borgere!.rows[0][at] = 'Tæt på';
  tables.Borgere!.rows[0][sinceAt] = SERIAL['2025-02-01'];
  tables.Borgere!.rows[1][at] = 'Klar';
  return tables;
}

function plan(csv: string, tables: Record<string, RawTable>, on: string | null = today): ImportPlan {
  const source = csvSource(csv);
  const input = {
    def: BORGERE,
    source,
    mapping: resolveMapping(BORGERE, source.headers),
    existing: tables.Borgere,
    citizens: tables.Borgere,
    today: on ?? undefined,
  };
  const r = planImport(input);
  if (!r.ok) throw new Error(planProblemsText(r.problems));
  dateReadinessChanges(r.plan, input);
  return r.plan;
}

const rows = [
  'B1;AB;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024;Klar', // Tæt på -> Klar
  'B2;CD;Jobparat kontanthjælp;Nord;Per;01-01-2025;Klar', // Team changes, Parathed the same
  'B3;EF;Jobparat kontanthjælp;Nord;Per;01-01-2025;Klar', // new citizen
];

test('a changed Parathed is dated with the import date, shown as a change beside it', () => {
  const p = plan([HEADER, ...rows].join('\n'), withReadiness());
  expect(p.columns.at(-1)).toBe('Parathed siden');
  const b1 = p.updated.find((u) => u.key.parts[0] === 'B1')!;
  expect(b1.changes).toEqual([
    { column: 'Parathed', old: 'Tæt på', new: 'Klar', oldText: 'Tæt på', newText: 'Klar' },
    {
      column: 'Parathed siden',
      old: SERIAL['2025-02-01'],
      new: isoToExcelSerial(today),
      oldText: '01-02-2025',
      newText: '15-06-2025',
    },
  ]);
  const b2 = p.updated.find((u) => u.key.parts[0] === 'B2')!;
  expect(b2.changes.map((c) => c.column)).toEqual(['Team']);
  // A new citizen keeps what the export has: the import cannot know when the Parathed was set.
  expect(p.added[0].values).toHaveLength(p.columns.length);
  expect(p.added[0].values.at(-1)).toBeNull();
});

test('an export that dates Parathed itself, or an import without a date, is not re-dated', () => {
  const given = plan(
    [`${HEADER};Parathed siden`, 'B1;AB;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024;Klar;10-06-2025'].join('\n'),
    withReadiness(),
  );
  expect(given.updated[0].changes.find((c) => c.column === 'Parathed siden')!.new).toBe(isoToExcelSerial('2025-06-10'));
  const undated = plan([HEADER, rows[0]].join('\n'), withReadiness(), null);
  expect(undated.updated[0].changes.map((c) => c.column)).toEqual(['Parathed']);
  expect(undated.columns).not.toContain('Parathed siden');
});

test('applied to a workbook without Parathed siden, the column is appended and only the dated cell is set', async () => {
  const tables = withReadiness();
  const sinceAt = BORGERE_HEADERS.indexOf('Parathed siden');
  const old: RawTable = {
    ...tables.Borgere!,
    headers: BORGERE_HEADERS.filter((_, i) => i !== sinceAt),
    rows: tables.Borgere!.rows.map((r) => r.filter((_, i) => i !== sinceAt)),
  };
  const before = old.rows.map((r) => [...r]);
  const wb = new MemoryWorkbook({ ...tables, Borgere: old });
  const p = plan([HEADER, rows[0]].join('\n'), { ...tables, Borgere: old });
  expect(p.updated[0].changes.at(-1)).toMatchObject({ column: 'Parathed siden', old: null, oldText: '' });
  await applyPlan(wb, p);
  const after = (await wb.readTables(['Borgere'])).Borgere!;
  expect(after.headers.at(-1)).toBe('Parathed siden');
  expect(after.rows[1]).toEqual([...before[1], null]);
  expect(after.rows[0].at(-1)).toBe(isoToExcelSerial(today));
  expect(after.rows[0][after.headers.indexOf('Parathed')]).toBe('Klar');
});

test('prepareImport (the pane and the CLI) dates the change the same way', async () => {
  const wb = new MemoryWorkbook(withReadiness());
  const prepared = await prepareImport(wb, BORGERE, csvSource([HEADER, rows[0]].join('\n')), {}, {}, today);
  if (!prepared.result.ok) throw new Error('not planned');
  expect(prepared.result.plan.updated[0].changes.map((c) => [c.column, c.newText])).toEqual([
    ['Parathed', 'Klar'],
    ['Parathed siden', '15-06-2025'],
  ]);
});
