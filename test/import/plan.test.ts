import { BORGERE, FORLØB, type TableDef } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { resolveMapping } from '../../src/import/mapping';
import { planImport, type ImportPlan } from '../../src/import/plan';
import { applyPlan, StalePlanError } from '../../src/import/apply';
import { BORGERE_CSV_HEADER, SERIAL, csvSource, sampleTables } from './helpers';
import { planProblemsText, rejectedRowText } from '../../src/text/imports';

function plan(def: TableDef = BORGERE, csv: string, tables = sampleTables()): ImportPlan {
  const source = csvSource(csv);
  const r = planImport({
    def,
    source,
    mapping: resolveMapping(def, source.headers),
    existing: tables[def.name],
    citizens: tables.Borgere,
  });
  if (!r.ok) throw new Error(planProblemsText(r.problems));
  const p = r.plan;
  expect(p.added.length + p.updated.length + p.unchanged.length + p.rejected.length).toBe(p.rows);
  return p;
}

describe('planImport Borgere', () => {
  const csv = [
    BORGERE_CSV_HEADER,
    'B1;AB;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024;', // same as workbook
    'B3;EF;aktivitetsparat kontanthjælp;Vest;Ole;2025-03-01;', // new (list value in lower case)
    'B2;CD;Jobparat kontanthjælp;Nord;Per;1.1.2025;', // team changed
  ].join('\n');

  test('unchanged, added and updated; absent rows are listed, not deleted', () => {
    const p = plan(
      BORGERE,
      csv
        .split('\n')
        .filter((l) => !l.startsWith('B1'))
        .join('\n'),
    );
    expect(p.rows).toBe(2);
    expect(p.added).toEqual([
      {
        row: 1,
        key: { table: 'Borgere', parts: ['B3'] },
        values: ['B3', 'EF', 'Aktivitetsparat kontanthjælp', 'Vest', 'Ole', SERIAL['2025-03-01'], null],
      },
    ]);
    expect(p.columns).toEqual(['Borger-ID', 'Navn', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Slutdato']);
    expect(p.updated).toEqual([
      {
        row: 2,
        tableRow: 2,
        key: { table: 'Borgere', parts: ['B2'] },
        match: '["b2"]',
        changes: [{ column: 'Team', old: 'Syd', new: 'Nord', oldText: 'Syd', newText: 'Nord' }],
      },
    ]);
    expect(p.notInExport).toEqual([{ tableRow: 1, key: { table: 'Borgere', parts: ['B1'] }, suggestion: 'checkExit' }]);
  });

  test('a row equal to the workbook (dates written differently) is unchanged', () => {
    const p = plan(BORGERE, csv);
    expect(p.unchanged).toEqual([{ row: 1, tableRow: 1 }]);
    expect(p.notInExport).toEqual([]);
  });

  test('an empty export cell never blanks a filled workbook cell', () => {
    const p = plan(
      BORGERE,
      'Borger-ID;Virksomhedskonsulent;Målgruppe;Team;Sagsbehandler;Startdato\nB1;;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024',
    );
    expect(p.unchanged).toEqual([{ row: 1, tableRow: 1 }]);
  });

  test('formula-like text is data and stays text', () => {
    const p = plan(
      BORGERE,
      `${BORGERE_CSV_HEADER};Næste skridt\nB9;=HYPERLINK("x");Andet;Nord;Sara;01-03-2025;;@SUM(A1)`,
    );
    expect(p.added[0].values[1]).toBe('=HYPERLINK("x")');
    expect(p.added[0].values[7]).toBe('@SUM(A1)');
  });

  test('rejections name table, row and column in Danish; the CPR number is never echoed', () => {
    const p = plan(
      BORGERE,
      [
        BORGERE_CSV_HEADER,
        'B4;Anna 010190-1234;Andet;Nord;Sara;01-03-2025;',
        'B5;;Ukendt gruppe;Nord;Sara;31-02-2025;',
        'B6;;Andet;Nord;Sara;01-03-2025;01-02-2025',
        'B7;;Andet;Nord;Sara;01-03-2025;',
        'B7;;Andet;Syd;Sara;01-03-2025;',
        ';;Andet;Nord;Sara;01-03-2025;',
        'B8;;Andet;;Sara;01-03-2025;',
      ].join('\n'),
    );
    expect(p.rejected.map((r) => ({ row: r.row, column: r.column, message: rejectedRowText(p.table, r) }))).toEqual([
      {
        row: 1,
        column: 'Navn',
        message:
          'Række 1 i eksporten til Borgere — Navn: Værdien ligner et CPR-nummer. Fremdrift må ikke indeholde CPR-numre; brug et lokalt sagsnummer eller et pseudonym',
      },
      {
        row: 2,
        column: 'Målgruppe',
        message: expect.stringMatching(
          /^Række 2 i eksporten til Borgere — Målgruppe: "Ukendt gruppe" er ikke en tilladt værdi.*; Startdato: "31-02-2025" er ikke en gyldig dato/,
        ),
      },
      {
        row: 3,
        column: 'Slutdato',
        message: 'Række 3 i eksporten til Borgere — Slutdato: Slutdato 01-02-2025 ligger før Startdato 01-03-2025',
      },
      {
        row: 5,
        column: 'Borger-ID',
        message:
          'Række 5 i eksporten til Borgere — Borger-ID: Borger-ID "B7" står allerede i eksportens række 4; kun den første importeres',
      },
      {
        row: 6,
        column: 'Borger-ID',
        message: 'Række 6 i eksporten til Borgere — Borger-ID: mangler; rækken kan ikke genkendes uden',
      },
      { row: 7, column: 'Team', message: 'Række 7 i eksporten til Borgere — Team: mangler (skal udfyldes)' },
    ]);
    expect(rejectedRowText(p.table, p.rejected[0])).not.toContain('010190');
    expect(p.added.map((a) => a.row)).toEqual([4]);
  });
});

describe('planImport Forløb', () => {
  test('key is Borger-ID + Type + Startdato; unknown citizen and absurd hours rejected', () => {
    const p = plan(
      FORLØB,
      [
        'Borger-ID;Type;Startdato;Timer pr. uge;Virksomhed',
        'B1;virksomhedspraktik;01-03-2025;15;Bager', // same as workbook (serial date, type case)
        'B1;Løntilskud;01-03-2025;37;Bager', // new: other type
        'B1;Virksomhedspraktik;2025-03-01;20;Bager', // duplicate key of row 1
        'B99;Job;01-03-2025;;', // unknown citizen
        'B2;Job;01-03-2025;200;', // absurd hours
        'B2;Job;01-03-2025;-3;', // negative hours
      ].join('\n'),
    );
    expect(p.unchanged).toEqual([{ row: 1, tableRow: 1 }]);
    expect(p.added.map((a) => a.row)).toEqual([2]);
    expect(p.rejected.map((r) => [r.row, r.column])).toEqual([
      [3, 'Borger-ID'],
      [4, 'Borger-ID'],
      [5, 'Timer pr. uge'],
      [6, 'Timer pr. uge'],
    ]);
    expect(rejectedRowText(p.table, p.rejected[1])).toBe(
      'Række 4 i eksporten til Forløb — Borger-ID: Borger-ID "B99" findes ikke i Borgere; importér eller opret borgeren først',
    );
    expect(rejectedRowText(p.table, p.rejected[2])).toBe(
      'Række 5 i eksporten til Forløb — Timer pr. uge: 200 er mere end 168, det højest mulige',
    );
    expect(rejectedRowText(p.table, p.rejected[3])).toBe(
      'Række 6 i eksporten til Forløb — Timer pr. uge: -3 er mindre end 0',
    );
  });

  test('Forløb for a citizen added earlier in the same session is accepted', () => {
    const tables = sampleTables();
    const source = csvSource('Borger-ID;Type;Startdato\nB3;Job;01-03-2025');
    const r = planImport({
      def: FORLØB,
      source,
      mapping: resolveMapping(FORLØB, source.headers),
      existing: tables.Forløb,
      citizens: tables.Borgere,
      extraCitizenIds: ['B3'],
    });
    expect(r.ok && r.plan.added.length).toBe(1);
  });

  test('a mapping missing a required column stops the plan with a Danish error', () => {
    const source = csvSource('Borger-ID;Startdato\nB1;01-03-2025');
    const r = planImport({ def: FORLØB, source, mapping: resolveMapping(FORLØB, source.headers), existing: null });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.code)).toEqual(['missingRequired']);
      expect(planProblemsText(r.problems)).toContain('Eksporten har ingen kolonne til "Type", som Forløb kræver');
    }
  });
});

describe('applyPlan', () => {
  test('writes added and updated rows with progress per port call; rejected and unchanged untouched', async () => {
    const tables = sampleTables();
    const port = new MemoryWorkbook(tables);
    const lines = [BORGERE_CSV_HEADER, 'B2;CD;Jobparat kontanthjælp;Øst;Per;01-01-2025;'];
    for (let i = 0; i < 7; i++) lines.push(`N${i};;Andet;Nord;Sara;01-03-2025;`);
    lines.push('N0;;Andet;Nord;Sara;01-03-2025;'); // duplicate: rejected
    const p = plan(BORGERE, lines.join('\n'), tables);
    const progress: number[] = [];
    const result = await applyPlan(port, p, { onProgress: (e) => progress.push(e.done) });
    expect(result).toEqual({ added: 7, updated: 1 });
    expect(progress).toEqual([0, 1, 8]);
    const after = (await port.readTables(['Borgere'])).Borgere!;
    expect(after.rows.length).toBe(9);
    expect(after.rows[0]).toEqual(tables.Borgere.rows[0]);
    expect(after.rows[1][3]).toBe('Øst');
    expect(after.rows.slice(2).map((r) => r[0])).toEqual(['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6']);
  });

  test('if the workbook rows moved after the preview, nothing is written', async () => {
    const tables = sampleTables();
    const port = new MemoryWorkbook(tables);
    const p = plan(
      BORGERE,
      `${BORGERE_CSV_HEADER}\nB2;CD;Jobparat kontanthjælp;Øst;Per;01-01-2025;\nB8;;Andet;Nord;Sara;01-03-2025;`,
      tables,
    );
    // A co-author sorts the table: B2 is now row 1.
    port.userEdit('Borgere', { row: 1, column: 'Borger-ID', value: 'B2' });
    port.userEdit('Borgere', { row: 2, column: 'Borger-ID', value: 'B1' });
    const before = (await port.readTables(['Borgere'])).Borgere!;
    await expect(applyPlan(port, p)).rejects.toThrow(StalePlanError);
    await expect(applyPlan(port, p)).rejects.toThrow(
      'Borgere er ændret siden forhåndsvisningen (række 2 er ikke længere den samme borger/det samme forløb). Intet er skrevet; lav forhåndsvisningen igen.',
    );
    expect((await port.readTables(['Borgere'])).Borgere).toEqual(before);
  });
});
