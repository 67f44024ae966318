// Issue 15, "Excel fidelity": OfficeWorkbook on the strict Excel fake at production scale and under
// Excel's rules: 40,000 citizens read, refreshed and 5,000 rows updated with no sync above 2 MB and no
// more syncs than before (read 8, refresh 29, import 11);
// "2025-01", "0012" and "TRUE" stay text; a co-author's edit during a refresh triggers a re-measure;
// a table sorted between preview and write is refused; nothing shifts a user's cells; print setup
// degrades on ExcelApi 1.8; a refused oversize request is retried at half size.
import { refreshOutputs } from '../../src/app';
import { generateCaseload } from '../support/synthetic';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { applyPlan } from '../../src/import/apply';
import { toCsv } from '../../src/import/csv';
import { prepareImport, readExport } from '../../src/import/session';
import { BORGERE, INPUT_TABLES, TIMER } from '../../src/workbook/contract';
import type { SheetModel } from '../../src/workbook/port';
import { caseloadToTables } from '../../src/workbook/toTables';
import { FakeExcel, PAYLOAD_LIMIT_BYTES, type Cell } from './fakeExcel';
import { planProblemsText, readerProblemText } from '../../src/text/imports';

const AS_OF = '2025-06-15';
const TWO_MB = 2_000_000;
const headersOf = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);

function loadInto(
  fake: FakeExcel,
  tables: Record<string, { name: string; headers: string[]; rows: (Cell | null)[][] }>,
): void {
  for (const def of INPUT_TABLES) {
    const t = tables[def.name];
    if (t)
      fake.addTable(
        t.name,
        t.headers,
        t.rows.map((r) => r.map((v) => v ?? '')),
        def.sheet,
      );
  }
}

/** An Excel date serial as the dd-mm-åååå an export holds. */
function ddmmyyyy(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
}

const port = (fake: FakeExcel, extra: Partial<ConstructorParameters<typeof OfficeWorkbook>[0]> = {}) =>
  new OfficeWorkbook({ run: fake.run, supports: fake.supports, ...extra });

describe('40,000 citizens end to end on the strict fake', () => {
  it('reads, refreshes every output sheet and imports 5,000 changed rows with no sync above 2 MB', async () => {
    const started = Date.now();
    const caseload = generateCaseload({
      citizens: 40_000,
      placements: 48_000,
      hoursRows: 40_000,
      months: 18,
      startMonth: '2024-01',
      teams: 8,
      caseworkersPerTeam: 14,
      seed: 15,
    });
    // A host that has Workbook.use1904DateSystem (as current Excel does), so the session's 1904 question counts.
    const fake = new FakeExcel({ use1904DateSystem: false });
    loadInto(fake, caseloadToTables(caseload) as never);
    const wb = port(fake);

    const read = await wb.readTables(['Borgere']);
    expect(read.Borgere!.rows).toHaveLength(40_000);
    const readSyncs = fake.syncCount;
    const readLargest = fake.largestSyncBytes;

    const before = fake.syncCount;
    await refreshOutputs(wb, { asOf: AS_OF, now: new Date(Date.UTC(2025, 5, 15, 10)) });
    const refreshSyncs = fake.syncCount - before;
    expect(fake.sheets.get('Forløbsoversigt')!.cells.size).toBeGreaterThan(40_000);

    // Import: an export of 5,000 citizens with a changed "Næste skridt", through the real import path
    // (read the export, plan against the workbook, apply: updateCells of the planned rows).
    const b = headersOf(BORGERE);
    const table = fake.tables.get('Borgere')!;
    const chosen = Array.from({ length: 5000 }, (_, i) => i * 8);
    const records = [
      b,
      ...chosen.map((r) =>
        b.map((h, j) => {
          if (h === 'Næste skridt') return `Opfølgning ${r + 1}`;
          const v = table.rows[r][j];
          const type = BORGERE.columns[j].type;
          return type === 'date' && typeof v === 'number' ? ddmmyyyy(v) : String(v);
        }),
      ),
    ];
    const source = await readExport(new TextEncoder().encode(toCsv(records)), 'borgere.csv');
    if (!source.ok) throw new Error(readerProblemText(source.problem));
    const prepared = await prepareImport(wb, BORGERE, source.table);
    if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
    expect(prepared.result.plan.updated).toHaveLength(5000);
    expect(prepared.result.plan.rejected).toEqual([]);
    const beforeImport = fake.syncCount;
    await applyPlan(wb, prepared.result.plan);
    const importSyncs = fake.syncCount - beforeImport;
    expect(table.rows[8][b.indexOf('Næste skridt')]).toBe('Opfølgning 9');
    expect(table.rows[9][b.indexOf('Næste skridt')]).not.toBe('Opfølgning 10');

    const largest = fake.largestSyncBytes;
    console.log(
      `40,000 citizens on the strict fake: largest sync ${largest} bytes (read ${readLargest}); ` +
        `syncs: read ${readSyncs}, refresh ${refreshSyncs}, import of 5,000 rows ${importSyncs}, total ${fake.syncCount}; ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(largest).toBeLessThanOrEqual(TWO_MB);
    expect(fake.meters.every((m) => m.requestBytes <= TWO_MB && m.responseBytes <= TWO_MB)).toBe(true);
    // Round trips are the add-in's real cost: at most what this run took before last session's merges
    // (read 7 + the 1904 question, refresh 29, import 11). Over a bound, the syncs per call site say why.
    const counts = { read: readSyncs, refresh: refreshSyncs, import: importSyncs };
    const bounds = { read: 8, refresh: 29, import: 11 };
    const over = (Object.keys(bounds) as (keyof typeof bounds)[]).filter((k) => counts[k] > bounds[k]);
    if (over.length > 0) console.log('syncs per call site', fake.syncSites(0));
    expect({ over, counts }).toMatchObject({ over: [] });
  }, 120_000);
});

describe('text stays text', () => {
  const TEXTS = ['2025-01', '0012', 'TRUE', '12%', '1/2', 'jan 2025', "'citat"];

  it('the fake converts unprotected strings as Excel does', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Overblik');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Overblik').getRangeByIndexes(0, 0, 1, 3).values = [
        ['2025-01', '0012', 'TRUE'],
      ];
      await context.sync();
    });
    expect([0, 1, 2].map((c) => fake.cellAt('Overblik', 0, c))).toEqual([45658, 12, true]);
  });

  it('round-trips through input tables (append, update) and output sheets', async () => {
    const fake = new FakeExcel();
    fake.addTable('Timer', [...headersOf(TIMER), 'Egen'], []);
    const wb = port(fake);
    await wb.appendRows(
      'Timer',
      TEXTS.map((t, i) => ({ 'Borger-ID': t, Måned: '2025-01', Egen: TEXTS[(i + 1) % TEXTS.length] })),
    );
    await wb.readTables(['Timer']);
    await wb.updateCells('Timer', [{ row: 2, column: 'Egen', value: 'FALSE' }]);
    const rows = (await wb.readTables(['Timer'])).Timer!.rows;
    const h = [...headersOf(TIMER), 'Egen'];
    expect(rows.map((r) => r[h.indexOf('Borger-ID')])).toEqual(TEXTS);
    expect(rows.map((r) => r[h.indexOf('Måned')])).toEqual(TEXTS.map(() => '2025-01'));
    expect(rows[1][h.indexOf('Egen')]).toBe('FALSE');

    const sheet: SheetModel = { name: 'Overblik', values: [TEXTS, [1, 0.5, true]] };
    await wb.writeOutputSheets([sheet]);
    expect(TEXTS.map((_, c) => fake.cellAt('Overblik', 0, c))).toEqual(TEXTS);
    expect([0, 1, 2].map((c) => fake.cellAt('Overblik', 1, c))).toEqual([1, 0.5, true]);
  });

  it('formats id and text columns of new input tables as text, so typed values stay text too', async () => {
    const fake = new FakeExcel();
    await port(fake).ensureInputTables([BORGERE]);
    const t = fake.tables.get('Borgere')!;
    expect(t.numberFormat['Borger-ID']).toEqual([['@']]);
    expect(t.numberFormat['Navn']).toEqual([['@']]);
    expect(t.numberFormat['Startdato']).toEqual([['dd-mm-yyyy']]);
  });
});

describe('events', () => {
  const DEBOUNCE = 30;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("a co-author's remote edit during a refresh triggers a re-measure; a refresh alone does not", async () => {
    const caseload = generateCaseload({
      citizens: 60,
      placements: 80,
      hoursRows: 60,
      months: 6,
      startMonth: '2025-01',
      teams: 2,
      caseworkersPerTeam: 2,
      seed: 3,
    });
    const fake = new FakeExcel();
    loadInto(fake, caseloadToTables(caseload) as never);
    let runs = 0;
    let coAuthorEdits = 0;
    const run: typeof fake.run = async (batch) => {
      // The co-author edits while Fremdrift writes the output sheets (after its read).
      if (coAuthorEdits > 0 && ++runs === 2) {
        fake.edit('Borgere', 3, 'Team', 'Team Syd', 'Remote');
        coAuthorEdits--;
      }
      return fake.run(batch);
    };
    const wb = new OfficeWorkbook({ run, supports: fake.supports, debounceMs: DEBOUNCE });
    let remeasures = 0;
    const stop = wb.onInputChanged(() => remeasures++);
    await wait(20);
    expect(fake.handlerCount).toBe(1); // one registration for all tables

    await refreshOutputs(wb, { asOf: AS_OF });
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(remeasures).toBe(0);

    coAuthorEdits = 1;
    runs = 0;
    await refreshOutputs(wb, { asOf: AS_OF });
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(fake.delivered.some((e) => e.source === 'Remote')).toBe(true);
    expect(remeasures).toBe(1);
    stop();
    expect(fake.handlerCount).toBe(0);
  });

  it('picks up tables created after subscribing, ignores tables that are not input tables, and stops after unsubscribe', async () => {
    const fake = new FakeExcel();
    fake.addTable('Noter', ['Emne'], [['x']]);
    const wb = port(fake, { debounceMs: DEBOUNCE });
    let calls = 0;
    const stop = wb.onInputChanged(() => calls++);
    await wait(20);
    await wb.ensureInputTables([BORGERE]);
    await wb.readTables(['Borgere']);
    fake.edit('Noter', 1, 'Emne', 'y', 'Local');
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(calls).toBe(0);
    await wb.appendRows('Borgere', [{ 'Borger-ID': 'N1' }]);
    fake.edit('Borgere', 1, 'Navn', 'Ny', 'Local');
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(calls).toBe(1); // own append and the user's edit, debounced into one re-measure
    stop();
    fake.edit('Borgere', 1, 'Navn', 'Igen', 'Remote');
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(calls).toBe(1);
  });

  it("the adapter's own write echoing late (after the app's re-read) costs one re-measure, and a user edit in between is never lost", async () => {
    const fake = new FakeExcel({ eventDelayMs: 80 });
    fake.addTable('Borgere', headersOf(BORGERE), [headersOf(BORGERE).map((h) => (h === 'Borger-ID' ? 'B1' : ''))]);
    const wb = port(fake, { debounceMs: DEBOUNCE });
    let calls = 0;
    wb.onInputChanged(() => calls++);
    await wait(20);
    await wb.appendRows('Borgere', [{ 'Borger-ID': 'B2' }]);
    await wb.readTables(['Borgere']); // the app re-reads at once; the echo is still on its way
    expect(fake.delivered).toHaveLength(0);
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(fake.delivered.map((e) => e.source)).toEqual(['Local']);
    expect(calls).toBe(1);
    // A co-author's edit while Fremdrift writes arrives late too, and is acted on.
    await wb.readTables(['Borgere']);
    fake.edit('Borgere', 1, 'Navn', 'Co', 'Remote');
    await wb.updateCells('Borgere', [{ row: 2, column: 'Navn', value: 'Egen' }]);
    await wb.readTables(['Borgere']);
    await fake.settle();
    await wait(DEBOUNCE * 3);
    expect(calls).toBe(2);
  });

  it('a read that starts after the change clears the flag: no needless re-measure', async () => {
    const fake = new FakeExcel();
    fake.addTable('Borgere', headersOf(BORGERE), [headersOf(BORGERE).map((h) => (h === 'Borger-ID' ? 'B1' : ''))]);
    const wb = port(fake, { debounceMs: 60 });
    let calls = 0;
    wb.onInputChanged(() => calls++);
    await wait(20);
    fake.edit('Borgere', 1, 'Navn', 'X', 'Remote');
    await fake.settle();
    await wb.readTables(['Borgere']); // the app re-read for another reason before the debounce ended
    await wait(150);
    expect(calls).toBe(0);
  });
});

describe('row positions and shifted cells', () => {
  it('refuses an update when the table was sorted between the preview and the write, writing nothing', async () => {
    const fake = new FakeExcel();
    const b = headersOf(BORGERE);
    fake.addTable(
      'Borgere',
      b,
      ['B1', 'B2', 'B3'].map((id) => b.map((h) => (h === 'Borger-ID' ? id : h === 'Navn' ? `Navn ${id}` : ''))),
    );
    const wb = port(fake);
    await wb.readTables(['Borgere']); // preview
    fake.sort('Borgere', 'Borger-ID'); // B3, B2, B1
    const before = JSON.stringify(fake.tables.get('Borgere')!.rows);
    await expect(wb.updateCells('Borgere', [{ row: 1, column: 'Navn', value: 'Ny' }])).rejects.toThrow(
      /ændret siden forhåndsvisningen: række 1 indeholdt B1, nu B3/,
    );
    expect(JSON.stringify(fake.tables.get('Borgere')!.rows)).toBe(before);
    // After a fresh read the same update goes to the row that now holds it.
    await wb.readTables(['Borgere']);
    await wb.updateCells('Borgere', [{ row: 3, column: 'Navn', value: 'Ny' }]);
    expect(fake.tables.get('Borgere')!.rows[2][b.indexOf('Navn')]).toBe('Ny');
  });

  it('writes an update as one range per row with null for the cells in between', async () => {
    const fake = new FakeExcel();
    const b = headersOf(BORGERE);
    fake.addTable('Borgere', b, [b.map((h, j) => (h === 'Borger-ID' ? 'B1' : `v${j}`))]);
    const wb = port(fake);
    await wb.updateCells('Borgere', [
      { row: 1, column: 'Navn', value: 'N' },
      { row: 1, column: 'Sagsbehandler', value: 'S' },
    ]);
    expect(fake.writes.filter((w) => w.op === 'updateCell')).toHaveLength(1);
    const row = fake.tables.get('Borgere')!.rows[0];
    expect(row[b.indexOf('Navn')]).toBe('N');
    expect(row[b.indexOf('Sagsbehandler')]).toBe('S');
    expect(row[b.indexOf('Målgruppe')]).toBe(`v${b.indexOf('Målgruppe')}`); // untouched in between
  });

  it('refuses to append rows that would push a user cell below the table down', async () => {
    const fake = new FakeExcel();
    fake.addTable('Timer', headersOf(TIMER), [['A', '2025-01', 5, '', '', '', '']]);
    fake.sheets.get('Timer')!.cells.set('10,1', 'Min note');
    const wb = port(fake);
    await expect(wb.appendRows('Timer', [{ 'Borger-ID': 'B' }])).rejects.toThrow(
      /Der står noget under tabellen "Timer"/,
    );
    expect(fake.shiftedCells).toBe(0);
    expect(fake.tables.get('Timer')!.rows).toHaveLength(1);
    // Beside the table (not in its columns) nothing would move: allowed.
    fake.sheets.get('Timer')!.cells.delete('10,1');
    fake.sheets.get('Timer')!.cells.set('10,20', 'Til siden');
    await wb.appendRows('Timer', [{ 'Borger-ID': 'B' }]);
    expect(fake.tables.get('Timer')!.rows).toHaveLength(2);
    expect(fake.shiftedCells).toBe(0);
  });

  it('refuses to add columns that would push a user cell to the right of the table', async () => {
    const fake = new FakeExcel();
    fake.addTable('Timer', ['Borger-ID', 'Måned'], [['A', '2025-01']]);
    fake.sheets.get('Timer')!.cells.set('1,4', 'Min note');
    await expect(port(fake).ensureInputTables([TIMER])).rejects.toThrow(/til højre for tabellen "Timer"/);
    expect(fake.tables.get('Timer')!.headers).toEqual(['Borger-ID', 'Måned']);
    expect(fake.shiftedCells).toBe(0);
  });

  it('the fake shifts cells or raises InsertDeleteConflict where Excel would', async () => {
    const fake = new FakeExcel();
    fake.addTable('Timer', ['A', 'B'], [['x', 'y']]);
    fake.addTable('Andet', ['C', 'D', 'E'], [['1', '2', '3']], 'Timer', { row: 5, col: 1 });
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.getItem('Timer').rows.add(undefined, [['p', 'q']]);
        await context.sync();
      }),
    ).rejects.toThrow(/InsertDeleteConflict/);
  });
});

describe('Excel rules the fake enforces', () => {
  it('sheet and table names: 31 characters, forbidden characters, unique ignoring case', () => {
    const fake = new FakeExcel();
    fake.addSheet('Overblik');
    expect(() => fake.addSheet('overblik')).toThrow(/ItemAlreadyExists/);
    expect(() => fake.addSheet('x'.repeat(32))).toThrow(/InvalidArgument/);
    expect(() => fake.addSheet('a/b')).toThrow(/InvalidArgument/);
    fake.addTable('Borgere', ['A'], []);
    expect(() => fake.addTable('BORGERE', ['A'], [], 'Andet')).toThrow(/ItemAlreadyExists/);
    expect(() => fake.addTable('Min tabel', ['A'], [], 'Tredje')).toThrow(/InvalidArgument/);
    expect(() => fake.addTable('A1', ['A'], [], 'Fjerde')).toThrow(/InvalidArgument/);
  });

  it('setters check exact shapes, and unsynced work at the end of a run is an error', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Overblik');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Overblik').getRangeByIndexes(0, 0, 2, 2).values = [['a', 'b']];
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Overblik').getRangeByIndexes(0, 0, 1, 1).values = [['a']];
      }),
    ).rejects.toThrow(/aldrig blev sendt/);
    await expect(
      fake.run(async (context) => {
        const t = context.workbook.worksheets.getItemOrNullObject('Overblik');
        return t.isNullObject;
      }),
    ).rejects.toThrow(/load\(\) og context.sync\(\)/);
  });

  it('a request above 5 MB is refused; the adapter retries at half size and gets through', async () => {
    const fake = new FakeExcel();
    const note = 'En længere tekst om forløbet, som den står i Næste skridt, med plads til detaljer og aftaler';
    const values = Array.from({ length: 40_000 }, (_, i) => [`Borger ${i}`, note, `${note} ${i}`, i, i / 7]);
    // Told to aim at 12 MB per sync, the adapter's first request breaks the limit.
    await port(fake, { syncBudgetBytes: 12_000_000 }).writeOutputSheets([{ name: 'Forløbsoversigt', values }]);
    expect(fake.meters.some((m) => m.requestBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(fake.cellAt('Forløbsoversigt', 39_999, 0)).toBe('Borger 39999');
    expect(fake.sheets.get('Forløbsoversigt')!.cells.size).toBe(200_000);
  });
});

describe('print setup by API level', () => {
  const dialog: SheetModel = {
    name: 'Månedsdialog',
    values: [['SB1'], ['a'], ['SB2'], ['b']],
    formats: [
      { row: 0, col: 0, bold: true },
      { row: 2, col: 0, bold: true },
    ],
    print: { landscape: true, fitToWidth: true, rowBreaksBefore: [2], titleRows: [0, 0] },
  };

  it('on ExcelApi 1.9: landscape, one page wide (the zoom object whole), breaks, title rows, formats in one multi-area call', async () => {
    const fake = new FakeExcel();
    await port(fake).writeOutputSheets([dialog]);
    const s = fake.sheets.get('Månedsdialog')!;
    expect(s.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(s.orientation).toBe('Landscape');
    expect(s.pageBreaks).toEqual(['A3']);
    expect(s.printTitleRows).toBe('$1:$1');
    expect(s.formats.filter((f) => f.prop === 'format.font.bold')).toEqual([
      { area: 'A1, A3', prop: 'format.font.bold', value: true },
    ]);
  });

  it('on ExcelApi 1.8 (Excel 2019): the sheet is written, formatted per rectangle, without print setup', async () => {
    const fake = new FakeExcel({ apiVersion: 1.8 });
    await port(fake).writeOutputSheets([dialog]);
    const s = fake.sheets.get('Månedsdialog')!;
    expect(fake.cellAt('Månedsdialog', 2, 0)).toBe('SB2');
    expect(s.zoom).toBeUndefined();
    expect(s.pageBreaks).toEqual([]);
    expect(s.formats.filter((f) => f.prop === 'format.font.bold').map((f) => f.area)).toEqual(['A1', 'A3']);
  });
});
