// The bad-input catalogue: distinct bad inputs across typed entry, workbook reading and import, each
// with its exact outcome (a Danish message naming table, row and column where there is one) and a
// check that no workbook row was lost or rewritten. Plus the 100,000-row import.
import { addCitizen, endPlacement, logHours, startPlacement } from '../../src/app/entry';
import type { FieldError } from '../../src/app/entry';
import { fieldErrorText } from '../../src/text/fields';
import { applyPlan } from '../../src/import/apply';
import type { ImportPlan } from '../../src/import/plan';
import { prepareImport, readExport } from '../../src/import/session';
import { BORGERE, FORLØB, TIMER, type TableDef } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue, RawTable } from '../../src/workbook/port';
import { validateCaseload } from '../../src/domain/validate';
import { issueText } from '../../src/text/issues';
import { ContractError, readCaseload, sortIssues } from '../../src/workbook/read';
import { BORGERE_HEADERS, FORLØB_HEADERS, SERIAL, borgereRow, forløbRow, sampleTables } from './helpers';
import { planProblemsText, readerProblemText, rejectedRowText } from '../../src/text/imports';

const CPR_TEXT =
  'Værdien ligner et CPR-nummer. Fremdrift må ikke indeholde CPR-numre; brug et lokalt sagsnummer eller et pseudonym';
const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) =>
  Uint8Array.from(
    [...s].map(
      (ch) =>
        (({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 }) as Record<string, number>)[ch] ?? ch.charCodeAt(0),
    ),
  );

const B_HEAD = 'Borger-ID;Navn;Målgruppe;Team;Sagsbehandler;Startdato;Slutdato';
const F_HEAD = 'Borger-ID;Type;Virksomhed;CVR;Startdato;Slutdato;Timer pr. uge';
const okB = (id: string, extra = '') => `${id};;Andet;Nord;Sara;01-03-2025;${extra}`;

function withTables() {
  const tables = sampleTables();
  return { tables, port: new MemoryWorkbook(tables) };
}

async function snapshot(port: MemoryWorkbook): Promise<Record<string, RawTable | null>> {
  return port.readTables(['Borgere', 'Forløb', 'Timer', 'Indstillinger']);
}

/** Every row that was there is still there, unchanged except the planned cell updates; added rows at the end. */
function expectNothingLostOrRewritten(def: TableDef, before: RawTable, after: RawTable, plan: ImportPlan) {
  expect(after.rows.length).toBe(before.rows.length + plan.added.length);
  const expected = before.rows.map((r) => [...r]);
  for (const u of plan.updated)
    for (const c of u.changes) expected[u.tableRow - 1][before.headers.indexOf(c.column)] = c.new;
  expect(after.rows.slice(0, before.rows.length)).toEqual(expected);
  const at = plan.columns.map((h) => after.headers.indexOf(h));
  const added = plan.added.map((a) => {
    const row: CellValue[] = after.headers.map(() => null);
    at.forEach((col, i) => (row[col] = a.values[i]));
    return row;
  });
  // One comparison for all appended rows (per-cell expects would dominate the 100,000-row case).
  expect(after.rows.slice(before.rows.length)).toEqual(added);
  void def;
}

type Rejection = { row: number; column: string; message: string | RegExp };
interface ImportCase {
  name: string;
  table: 'Borgere' | 'Forløb';
  bytes: Uint8Array;
  fileName?: string;
  /** A Danish error that stops the import before anything is planned. */
  error?: string | RegExp;
  counts?: { rows: number; added: number; updated: number; unchanged: number };
  rejected?: Rejection[];
  /** Extra checks on the written values. */
  check?: (plan: ImportPlan) => void;
}

const importCases: ImportCase[] = [
  {
    name: 'wrong type: text in Timer pr. uge',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB1;Job;;;01-04-2025;;mange`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Timer pr. uge',
        message: 'Række 1 i eksporten til Forløb — Timer pr. uge: "mange" er ikke et tal',
      },
    ],
  },
  {
    name: 'impossible date 31-02-2025',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;;Andet;Nord;Sara;31-02-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Startdato',
        message: 'Række 1 i eksporten til Borgere — Startdato: "31-02-2025" er ikke en gyldig dato (dagen findes ikke)',
      },
    ],
  },
  {
    name: 'impossible date 29-02-2025 (not a leap year) in Slutdato',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Job;;;01-01-2025;29-02-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Slutdato',
        message: 'Række 1 i eksporten til Forløb — Slutdato: "29-02-2025" er ikke en gyldig dato (dagen findes ikke)',
      },
    ],
  },
  {
    name: 'end before start (Forløb)',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Job;;;01-03-2025;28-02-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Slutdato',
        message: 'Række 1 i eksporten til Forløb — Slutdato: Slutdato 28-02-2025 ligger før Startdato 01-03-2025',
      },
    ],
  },
  {
    name: 'end before start (Borgere)',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\n${okB('B5', '2025-01-31')}`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Slutdato',
        message: 'Række 1 i eksporten til Borgere — Slutdato: Slutdato 31-01-2025 ligger før Startdato 01-03-2025',
      },
    ],
  },
  {
    name: 'negative hours',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Job;;;01-03-2025;;-7,5`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Timer pr. uge',
        message: 'Række 1 i eksporten til Forløb — Timer pr. uge: -7,5 er mindre end 0',
      },
    ],
  },
  {
    name: 'absurd hours (500 a week)',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Job;;;01-03-2025;;500`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Timer pr. uge',
        message: 'Række 1 i eksporten til Forløb — Timer pr. uge: 500 er mere end 168, det højest mulige',
      },
    ],
  },
  {
    name: 'unknown Type',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Praktik;;;01-03-2025;;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Type',
        message:
          /^Række 1 i eksporten til Forløb — Type: "Praktik" er ikke en tilladt værdi; vælg en af: Virksomhedspraktik, Løntilskud/,
      },
    ],
  },
  {
    name: 'unknown Målgruppe',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;;Kontanthjælp;Nord;Sara;01-03-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Målgruppe',
        message:
          /^Række 1 i eksporten til Borgere — Målgruppe: "Kontanthjælp" er ikke en tilladt værdi; vælg en af: Aktivitetsparat kontanthjælp/,
      },
    ],
  },
  {
    name: 'Borger-ID missing',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\n;Anna;Andet;Nord;Sara;01-03-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Borger-ID',
        message: 'Række 1 i eksporten til Borgere — Borger-ID: mangler; rækken kan ikke genkendes uden',
      },
    ],
  },
  {
    name: 'Borger-ID duplicated in the export (case differs)',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\n${okB('B5')}\n${okB('b5')}`),
    counts: { rows: 2, added: 1, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 2,
        column: 'Borger-ID',
        message:
          'Række 2 i eksporten til Borgere — Borger-ID: Borger-ID "b5" står allerede i eksportens række 1; kun den første importeres',
      },
    ],
  },
  {
    name: 'Forløb for an unknown citizen',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nX9;Job;;;01-03-2025;;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'Borger-ID',
        message:
          'Række 1 i eksporten til Forløb — Borger-ID: Borger-ID "X9" findes ikke i Borgere; importér eller opret borgeren først',
      },
    ],
  },
  {
    name: 'empty file',
    table: 'Borgere',
    bytes: new Uint8Array(0),
    error: 'Filen er tom; der er hverken en overskriftsrække eller data.',
  },
  {
    name: 'whitespace-only file',
    table: 'Borgere',
    bytes: utf8(' \r\n\r\n'),
    error: 'Filen er tom; der er hverken en overskriftsrække eller data.',
  },
  {
    name: 'header-only file: 0 rows, nothing written',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\r\n`),
    counts: { rows: 0, added: 0, updated: 0, unchanged: 0 },
    rejected: [],
  },
  {
    name: 'truncated CSV: unterminated quote in the last row',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\n${okB('B5')}\nB6;"Anna;Andet;Nord`),
    counts: { rows: 2, added: 1, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 2,
        column: '',
        message:
          'Række 2 i eksporten til Borgere — Et anførselstegn (") lukkes aldrig; filen kan være afkortet eller forkert eksporteret',
      },
    ],
  },
  {
    name: 'truncated UTF-8 (cut inside ø)',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;Bjørn`).slice(0, -3),
    error: 'Filen ender midt i et tegn (UTF-8); den ser ud til at være afkortet. Eksportér den igen.',
  },
  {
    name: 'binary file (NUL bytes)',
    table: 'Borgere',
    bytes: Uint8Array.from([0x42, 0x6f, 0, 0, 0x12]),
    error: /^Filen indeholder binære data \(et NUL-tegn ved byte 3\)/,
  },
  {
    name: 'truncated .xlsx',
    table: 'Borgere',
    bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0]),
    error: 'Excel-filen kan ikke læses; den er beskadiget, afkortet eller ikke en .xlsx-fil.',
  },
  {
    name: 'old .xls passed as CSV',
    table: 'Borgere',
    bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41]),
    error: /gamle Excel-format \(\.xls\)/,
  },
  {
    name: 'Windows-1252 export: æøå intact',
    table: 'Borgere',
    bytes: cp1252(`${B_HEAD}\nB5;Søren Ærø;Aktivitetsparat kontanthjælp;Østerbro;Åse;01-03-2025;`),
    counts: { rows: 1, added: 1, updated: 0, unchanged: 0 },
    rejected: [],
    check: (p) =>
      expect(p.added[0].values.slice(0, 5)).toEqual([
        'B5',
        'Søren Ærø',
        'Aktivitetsparat kontanthjælp',
        'Østerbro',
        'Åse',
      ]),
  },
  {
    name: 'UTF-16 export with BOM',
    table: 'Borgere',
    bytes: Uint8Array.from([0xff, 0xfe, ...Buffer.from(`${B_HEAD}\r\nB5;Ø;Andet;Nord;Sara;01-03-2025;`, 'utf16le')]),
    counts: { rows: 1, added: 1, updated: 0, unchanged: 0 },
    rejected: [],
  },
  {
    name: 'formula injection stays text',
    table: 'Borgere',
    bytes: utf8(
      `${B_HEAD};Næste skridt\nB5;=1+1;Andet;Nord;@Sara;01-03-2025;;"=HYPERLINK(""http://x"")"\nB6;+45;Andet;-Syd;Sara;01-03-2025;;\t=cmd`,
    ),
    counts: { rows: 2, added: 2, updated: 0, unchanged: 0 },
    rejected: [],
    check: (p) => {
      expect(p.added[0].values).toEqual([
        'B5',
        '=1+1',
        'Andet',
        'Nord',
        '@Sara',
        SERIAL['2025-03-01'],
        null,
        '=HYPERLINK("http://x")',
      ]);
      expect(p.added[1].values[3]).toBe('-Syd');
    },
  },
  {
    name: 'CPR number in a text field (not echoed)',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;Anna 010190-1234;Andet;Nord;Sara;01-03-2025;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [{ row: 1, column: 'Navn', message: `Række 1 i eksporten til Borgere — Navn: ${CPR_TEXT}` }],
  },
  {
    name: 'CPR number as Borger-ID (ten digits)',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\n0101901234;Job;;;01-03-2025;;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [{ row: 1, column: 'Borger-ID', message: `Række 1 i eksporten til Forløb — Borger-ID: ${CPR_TEXT}` }],
  },
  {
    name: 'CPR number in a date column is refused as CPR, not echoed as a bad date',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;;Andet;Nord;Sara;0101901234;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [{ row: 1, column: 'Startdato', message: `Række 1 i eksporten til Borgere — Startdato: ${CPR_TEXT}` }],
  },
  {
    name: 'headers in another order and case',
    table: 'Borgere',
    bytes: utf8('STARTDATO,sagsbehandler,team,målgruppe,borger id\n2025-03-01,Sara,Nord,andet,B5'),
    counts: { rows: 1, added: 1, updated: 0, unchanged: 0 },
    rejected: [],
    check: (p) => expect(p.columns).toEqual(['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato']),
  },
  {
    name: 'a required column missing from the export',
    table: 'Forløb',
    bytes: utf8('Borger-ID;Startdato\nB1;01-03-2025'),
    error:
      'Eksporten har ingen kolonne til "Type", som Forløb kræver. Knyt en kolonne i eksporten til hver af dem (kolonnekort), eller tilføj kolonnerne i eksporten.',
  },
  {
    name: 'more values than headers (wrong delimiter inside a field)',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\nB5;Hansen; Anna;Andet;Nord;Sara;01-03-2025;31-12-2025`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: '',
        message:
          'Række 1 i eksporten til Borgere — Rækken har værdier i 8 kolonner, men overskriften har kun 7; tjek skilletegn og anførselstegn',
      },
    ],
  },
  {
    name: 'blank row in the middle',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD}\n${okB('B5')}\n;;;;;;\n${okB('B6')}`),
    counts: { rows: 3, added: 2, updated: 0, unchanged: 0 },
    rejected: [{ row: 2, column: '', message: 'Række 2 i eksporten til Borgere — rækken er tom' }],
  },
  {
    name: 'CVR with seven digits',
    table: 'Forløb',
    bytes: utf8(`${F_HEAD}\nB2;Job;Bager;1234567;01-03-2025;;`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      {
        row: 1,
        column: 'CVR',
        message: 'Række 1 i eksporten til Forløb — CVR: "1234567" er ikke et CVR-nummer; det skal være 8 cifre',
      },
    ],
  },
  {
    name: 'CV neither Ja nor Nej',
    table: 'Borgere',
    bytes: utf8(`${B_HEAD};CV\n${okB('B5')};måske`),
    counts: { rows: 1, added: 0, updated: 0, unchanged: 0 },
    rejected: [
      { row: 1, column: 'CV', message: 'Række 1 i eksporten til Borgere — CV: "måske" skal være Ja eller Nej' },
    ],
  },
  {
    name: 'an empty export cell never blanks the workbook (update of another column only)',
    table: 'Borgere',
    bytes: utf8(
      `Borger-ID;Virksomhedskonsulent;Målgruppe;Team;Sagsbehandler;Startdato\nB1;;Aktivitetsparat kontanthjælp;Syd;Sara;01-12-2024`,
    ),
    counts: { rows: 1, added: 0, updated: 1, unchanged: 0 },
    rejected: [],
    check: (p) =>
      expect(p.updated[0].changes).toEqual([
        { column: 'Team', old: 'Nord', new: 'Syd', oldText: 'Nord', newText: 'Syd' },
      ]),
  },
];

describe('catalogue: import', () => {
  test.each(importCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { port } = withTables();
    const before = await snapshot(port);
    const def = c.table === 'Borgere' ? BORGERE : FORLØB;
    const source = await readExport(c.bytes, c.fileName ?? 'eksport.csv');
    let error: string | null = source.ok ? null : readerProblemText(source.problem);
    let plan: ImportPlan | null = null;
    if (source.ok) {
      const prepared = await prepareImport(port, def, source.table);
      if (prepared.result.ok) plan = prepared.result.plan;
      else error = planProblemsText(prepared.result.problems);
    }
    if (c.error) {
      expect(plan).toBeNull();
      if (typeof c.error === 'string') expect(error).toBe(c.error);
      else expect(error).toMatch(c.error);
      expect(await snapshot(port)).toEqual(before);
      return;
    }
    expect(error).toBeNull();
    const p = plan!;
    expect({ rows: p.rows, added: p.added.length, updated: p.updated.length, unchanged: p.unchanged.length }).toEqual(
      c.counts,
    );
    expect(p.rejected.length).toBe(c.rejected!.length);
    c.rejected!.forEach((want, i) => {
      expect(p.rejected[i].row).toBe(want.row);
      expect(p.rejected[i].column).toBe(want.column);
      if (typeof want.message === 'string') expect(rejectedRowText(p.table, p.rejected[i])).toBe(want.message);
      else expect(rejectedRowText(p.table, p.rejected[i])).toMatch(want.message);
    });
    // Every export row in exactly one outcome.
    const outcomes = [
      ...p.added.map((a) => a.row),
      ...p.updated.map((u) => u.row),
      ...p.unchanged.map((u) => u.row),
      ...p.rejected.map((r) => r.row),
    ];
    expect(outcomes.sort((a, b) => a - b)).toEqual(Array.from({ length: p.rows }, (_, i) => i + 1));
    c.check?.(p);
    await applyPlan(port, p);
    const after = await snapshot(port);
    expectNothingLostOrRewritten(def, before[def.name]!, after[def.name]!, p);
    for (const other of ['Borgere', 'Forløb', 'Timer', 'Indstillinger'].filter((n) => n !== def.name))
      expect(after[other]).toEqual(before[other]);
  });
});

describe('catalogue: typed entry', () => {
  type EntryCase = [string, (port: MemoryWorkbook) => Promise<unknown>, { field: string; message: string | RegExp }[]];
  const entryCases: EntryCase[] = [
    [
      'addCitizen: impossible Startdato',
      (p) =>
        addCitizen(p, {
          'Borger-ID': 'B9',
          Målgruppe: 'Andet',
          Team: 'Nord',
          Sagsbehandler: 'Sara',
          Startdato: '31-02-2025',
        }),
      [{ field: 'Startdato', message: 'Startdato: "31-02-2025" er ikke en gyldig dato (dagen findes ikke)' }],
    ],
    [
      'addCitizen: CPR number as Borger-ID',
      (p) =>
        addCitizen(p, {
          'Borger-ID': '010190-1234',
          Målgruppe: 'Andet',
          Team: 'Nord',
          Sagsbehandler: 'Sara',
          Startdato: '01-03-2025',
        }),
      [{ field: 'Borger-ID', message: `Borger-ID: ${CPR_TEXT}` }],
    ],
    [
      'addCitizen: duplicate Borger-ID',
      (p) =>
        addCitizen(p, {
          'Borger-ID': 'b1',
          Målgruppe: 'Andet',
          Team: 'Nord',
          Sagsbehandler: 'Sara',
          Startdato: '01-03-2025',
        }),
      [{ field: 'Borger-ID', message: 'Borger-ID "b1" findes allerede i række 1' }],
    ],
    [
      'addCitizen: required Team missing',
      (p) => addCitizen(p, { 'Borger-ID': 'B9', Målgruppe: 'Andet', Sagsbehandler: 'Sara', Startdato: '01-03-2025' }),
      [{ field: 'Team', message: 'Team: mangler (skal udfyldes)' }],
    ],
    [
      'startPlacement: unknown citizen',
      (p) => startPlacement(p, { 'Borger-ID': 'X1', Type: 'Job', Startdato: '01-03-2025' }),
      [{ field: 'Borger-ID', message: 'Borger-ID "X1" findes ikke i Borgere' }],
    ],
    [
      'startPlacement: unknown Type',
      (p) => startPlacement(p, { 'Borger-ID': 'B1', Type: 'Praktik', Startdato: '01-03-2025' }),
      [{ field: 'Type', message: /^Type: "Praktik" er ikke en tilladt værdi/ }],
    ],
    [
      'endPlacement: end before start',
      (p) => endPlacement(p, 1, '28-02-2025'),
      [{ field: 'Slutdato', message: 'Slutdato 28-02-2025 ligger før Startdato 01-03-2025' }],
    ],
    [
      'logHours: negative hours',
      (p) => logHours(p, { 'Borger-ID': 'B1', Måned: '2025-03', 'Ordinære timer': '-4' }),
      [{ field: 'Ordinære timer', message: 'Ordinære timer: -4 er mindre end 0' }],
    ],
  ];

  test.each(entryCases)('%s', async (_name, act, errors) => {
    const { port } = withTables();
    await port.ensureInputTables([TIMER]);
    const before = await snapshot(port);
    const result = (await act(port)) as { ok: boolean; errors?: FieldError[] };
    expect(result.ok).toBe(false);
    expect(result.errors!.length).toBe(errors.length);
    errors.forEach((want, i) => {
      expect(result.errors![i].field).toBe(want.field);
      const text = fieldErrorText(result.errors![i]);
      if (typeof want.message === 'string') expect(text).toBe(want.message);
      else expect(text).toMatch(want.message);
    });
    expect(await snapshot(port)).toEqual(before);
  });
});

describe('catalogue: workbook reading', () => {
  const base = () => {
    const t = sampleTables();
    return {
      ...t,
      Timer: { name: 'Timer', headers: TIMER.columns.map((c) => c.header), rows: [] as CellValue[][] },
    } as Record<string, RawTable>;
  };
  type ReadCase = [
    string,
    (t: Record<string, RawTable>) => void,
    { severity: string; table: string; row: number; column: string; message: string | RegExp },
  ];
  const readCases: ReadCase[] = [
    [
      'Forløb with an unknown Type',
      (t) => t.Forløb.rows.push(forløbRow({ 'Borger-ID': 'B2', Type: 'Praktik', Startdato: SERIAL['2025-03-01'] })),
      {
        severity: 'error',
        table: 'Forløb',
        row: 2,
        column: 'Type',
        message: /^"Praktik" er ikke en tilladt værdi; vælg en af: .*; rækken er ikke talt med$/,
      },
    ],
    [
      'Borgere with a duplicated Borger-ID',
      (t) =>
        t.Borgere.rows.push(
          borgereRow({
            'Borger-ID': 'B1',
            Målgruppe: 'Andet',
            Team: 'Nord',
            Sagsbehandler: 'Sara',
            Startdato: SERIAL['2025-03-01'],
          }),
        ),
      {
        severity: 'error',
        table: 'Borgere',
        row: 3,
        column: 'Borger-ID',
        message: 'Borger-ID "B1" findes allerede i række 1; rækken er ikke talt med',
      },
    ],
    [
      'Timer with text as hours',
      (t) => t.Timer.rows.push(['B1', '2025-03', 'mange', null]),
      {
        severity: 'error',
        table: 'Timer',
        row: 1,
        column: 'Ordinære timer',
        message: '"mange" er ikke et tal; rækken er ikke talt med',
      },
    ],
    [
      'Forløb end before start',
      (t) =>
        t.Forløb.rows.push(
          forløbRow({
            'Borger-ID': 'B2',
            Type: 'Job',
            Startdato: SERIAL['2025-03-01'],
            Slutdato: SERIAL['2025-02-01'],
          }),
        ),
      {
        severity: 'error',
        table: 'Forløb',
        row: 2,
        column: 'Slutdato',
        message: 'Slutdato 01-02-2025 ligger før Startdato 01-03-2025; rækken er ikke talt med',
      },
    ],
    [
      'Borgere with a CPR number in Navn',
      (t) =>
        t.Borgere.rows.push(
          borgereRow({
            'Borger-ID': 'B3',
            Navn: '0101901234',
            Målgruppe: 'Andet',
            Team: 'Nord',
            Sagsbehandler: 'Sara',
            Startdato: SERIAL['2025-03-01'],
          }),
        ),
      { severity: 'warning', table: 'Borgere', row: 3, column: 'Navn', message: `${CPR_TEXT}; værdien er ignoreret` },
    ],
  ];

  test.each(readCases)('%s', (_name, spoil, issue) => {
    const tables = base();
    spoil(tables);
    const copy = structuredClone(tables);
    const caseload = readCaseload(tables);
    // What a report shows: the reader's cell issues and the domain's row rules, in reading order.
    const issues = sortIssues([...caseload.issues, ...validateCaseload(caseload).issues]);
    const found = issues.find((i) => i.table === issue.table && i.row === issue.row && i.column === issue.column);
    expect(found).toBeDefined();
    expect(found!.severity).toBe(issue.severity);
    if (typeof issue.message === 'string') expect(issueText(found!)).toBe(issue.message);
    else expect(issueText(found!)).toMatch(issue.message);
    expect(tables).toEqual(copy); // reading never rewrites the tables
  });

  test('a missing table stops the read with a Danish ContractError', () => {
    const tables: Record<string, RawTable | null> = { ...base(), Timer: null };
    expect(() => readCaseload(tables)).toThrow(ContractError);
    expect(() => readCaseload(tables)).toThrow(/^Projektmappen mangler tabellen "Timer"/);
  });

  test('a missing required header stops the read with a Danish ContractError', () => {
    const tables = base();
    tables.Forløb = { ...tables.Forløb, headers: FORLØB_HEADERS.map((h) => (h === 'Type' ? 'Art' : h)) };
    expect(() => readCaseload(tables)).toThrow('Tabellen "Forløb" mangler kolonnen "Type".');
  });

  test('headers in another order and case are read', () => {
    const tables = base();
    const order = [...BORGERE_HEADERS].reverse();
    tables.Borgere = {
      name: 'Borgere',
      headers: order.map((h) => h.toUpperCase()),
      rows: tables.Borgere.rows.map((r) => order.map((h) => r[BORGERE_HEADERS.indexOf(h)])),
    };
    const caseload = readCaseload(tables);
    expect(caseload.citizens.map((c) => [c.id, c.team, c.startDate])).toEqual([
      ['B1', 'Nord', '2024-12-01'],
      ['B2', 'Syd', '2025-01-01'],
    ]);
  });
});

describe('catalogue: 100,000-row export', () => {
  test('plans and writes 100,000 rows; counts exact, nothing lost', async () => {
    const N = 100000;
    const lines = ['Borger-ID;Navn;Målgruppe;Team;Sagsbehandler;Startdato;Slutdato;Næste skridt'];
    for (let i = 0; i < N; i++) {
      // Every 1,000th row has an impossible date; row 1 repeats B1 as in the workbook (unchanged).
      const day = i % 1000 === 999 ? 31 : 1 + (i % 28);
      lines.push(
        `P${i};N${i % 97};Aktivitetsparat kontanthjælp;Team ${i % 5};S${i % 40};${day}-02-2025;;Ring til ${i}`,
      );
    }
    lines[1] = 'B1;AB;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024;;';
    lines[2] = 'B2;CD;Jobparat kontanthjælp;Vest;Per;01-01-2025;;';
    const bytes = utf8(lines.join('\r\n') + '\r\n');
    const { port } = withTables();
    const before = await snapshot(port);
    let peak = process.memoryUsage().rss;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

    const t0 = performance.now();
    const source = await readExport(bytes, 'stor.csv');
    sample();
    if (!source.ok) throw new Error(readerProblemText(source.problem));
    const prepared = await prepareImport(port, BORGERE, source.table);
    const t1 = performance.now();
    sample();
    if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
    const p = prepared.result.plan;
    const rejectedRows = Array.from({ length: N / 1000 }, (_, k) => k * 1000 + 1000);
    expect({
      rows: p.rows,
      added: p.added.length,
      updated: p.updated.length,
      unchanged: p.unchanged.length,
      rejected: p.rejected.length,
    }).toEqual({
      rows: N,
      added: N - 2 - rejectedRows.length,
      updated: 1,
      unchanged: 1,
      rejected: rejectedRows.length,
    });
    expect(p.rejected.map((r) => r.row)).toEqual(rejectedRows);
    expect(rejectedRowText(p.table, p.rejected[0])).toBe(
      'Række 1000 i eksporten til Borgere — Startdato: "31-02-2025" er ikke en gyldig dato (dagen findes ikke)',
    );

    let chunks = 0;
    await applyPlan(port, p, { onProgress: () => (chunks++, sample()) });
    const t2 = performance.now();
    sample();
    const after = await snapshot(port);
    expectNothingLostOrRewritten(BORGERE, before.Borgere!, after.Borgere!, p);
    expect(chunks).toBe(1 + 1 + 1); // before, after the update, after the appends (one port call each)
    process.stdout.write(
      `\n[100k import] read+plan ${(t1 - t0).toFixed(0)} ms, write (MemoryWorkbook, ${chunks - 1} calls) ${(t2 - t1).toFixed(0)} ms, ` +
        `peak RSS ${(peak / 1e6).toFixed(0)} MB, heap now ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB\n`,
    );
  }, 120000);
});
