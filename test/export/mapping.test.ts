// The browser-safe half of Fremdrift-udtræk v1 on its own: suppression (a property over any row of counts),
// CSV as RFC 4180 (read back with an independent parser), the workbook's identity in Indstillinger (written
// once, never changed, not a settings warning), and the privacy check on typed names.
import fc from 'fast-check';
import { tableCsv } from '../../src/export/csv';
import { ensureWorkbookIdentity, readIdentity } from '../../src/export/identity';
import { SUPPRESSED, TABLE_COLUMNS, type ExportRow, type ExportTable } from '../../src/export/schema';
import { suppressRow } from '../../src/export/suppress';
import { privacyProblem } from '../../src/export/tables';
import type { DataIssue } from '../../src/domain/issues';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { readSettings } from '../../src/workbook/readSettings';

describe('suppressRow', () => {
  const columns = TABLE_COLUMNS.afstemning;
  const counts = columns.filter((c) => 'count' in c && c.count).map((c) => c.name);
  const rowArb = fc.record(Object.fromEntries(counts.map((n) => [n, fc.option(fc.nat(6), { nil: null })])));

  it('hides exactly the counts 1 and 2, keeps every other value, and says so in undertrykt', () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const out = suppressRow({ ...row, lukket_dato: '2025-01-10' }, columns, true, {
          nu_brutto: ['lukket_dato'],
        });
        const small = counts.filter((n) => row[n] === 1 || row[n] === 2);
        for (const n of counts) expect(out[n]).toBe(small.includes(n) ? SUPPRESSED : row[n]);
        expect(out.undertrykt).toBe(small.length > 0);
        expect(out.lukket_dato).toBe(small.includes('nu_brutto') ? null : '2025-01-10');
      }),
    );
  });

  it('changes nothing but undertrykt = false with --no-suppress', () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        expect(suppressRow(row, columns, false)).toEqual({ ...row, undertrykt: false });
      }),
    );
  });
});

/** An RFC 4180 reader written for this test: records end in CRLF, quoted fields may hold anything. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') value += text[i++];
    fields.push(value);
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      records.push(fields);
      fields = [];
    }
  }
  return records;
}

describe('tableCsv', () => {
  it('writes RFC 4180 that reads back to the same fields, "<3" for a suppressed count', () => {
    const columns = TABLE_COLUMNS.signaler;
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'æ', 'Ø', ',', '"', '\r', '\n', ' ', '1') }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(SUPPRESSED),
    );
    const row = fc.record(Object.fromEntries(columns.map((c) => [c.name, cell]))) as fc.Arbitrary<ExportRow>;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const table: ExportTable = { name: 'signaler', columns, rows };
        const parsed = parseCsv(tableCsv(table));
        expect(parsed[0]).toEqual(columns.map((c) => c.name));
        const text = (v: unknown) => (v === null ? '' : v === SUPPRESSED ? '<3' : String(v));
        expect(parsed.slice(1)).toEqual(rows.map((r) => columns.map((c) => text(r[c.name]))));
      }),
    );
  });

  it('writes a number back exactly (every digit JavaScript needs)', () => {
    const columns = TABLE_COLUMNS.signaler;
    const rows = [{ antal: 0.1 + 0.2 }, { antal: 199 / 498 }];
    const [, a, b] = parseCsv(tableCsv({ name: 'signaler', columns, rows }));
    const at = columns.findIndex((c) => c.name === 'antal');
    expect(Number(a[at])).toBe(0.1 + 0.2);
    expect(Number(b[at])).toBe(199 / 498);
  });
});

describe('the workbook identity in Indstillinger', () => {
  const settings = () => ({ name: 'Indstillinger', headers: ['Nøgle', 'Værdi'], rows: [['Målregel', 'fsm-rate3']] });

  it('is written once: a new Projektmappe-ID and an empty Kommunekode; a second time adds nothing', async () => {
    const wb = new MemoryWorkbook({ Indstillinger: settings() });
    expect(await ensureWorkbookIdentity(wb)).toEqual(['Kommunekode', 'Projektmappe-ID']);
    const first = (await wb.readTables(['Indstillinger'])).Indstillinger!;
    expect(await ensureWorkbookIdentity(wb)).toEqual([]);
    expect((await wb.readTables(['Indstillinger'])).Indstillinger).toEqual(first);
    expect(first.rows[0]).toEqual(['Målregel', 'fsm-rate3']);
    const id = readIdentity(first);
    expect(id.workbookId?.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id.workbookId?.row).toBe(3);
    expect(id.municipalityCode).toBeUndefined(); // empty until the user types it
    const other = new MemoryWorkbook({ Indstillinger: settings() });
    await ensureWorkbookIdentity(other);
    expect(readIdentity((await other.readTables(['Indstillinger'])).Indstillinger!).workbookId?.value).not.toBe(
      id.workbookId?.value,
    );
  });

  it('keeps a Kommunekode the user typed, and the settings reader does not warn about the keys', async () => {
    const table = settings();
    table.rows.push(['Kommunekode', '751'], ['Pseudonymnøgle', 'hemmelig nøgle 123']);
    const wb = new MemoryWorkbook({ Indstillinger: table });
    expect(await ensureWorkbookIdentity(wb)).toEqual(['Projektmappe-ID']);
    const after = (await wb.readTables(['Indstillinger'])).Indstillinger!;
    expect(readIdentity(after)).toMatchObject({
      municipalityCode: { value: '751', row: 2 },
      pseudonymKey: { value: 'hemmelig nøgle 123', row: 3 },
    });
    const issues: DataIssue[] = [];
    expect(readSettings(after, issues)).toEqual({ ruleId: 'fsm-rate3' });
    expect(issues).toEqual([]);
  });
});

describe('privacyProblem', () => {
  const id = { kommunekode: '101', projektmappe_id: 'pm', opgjort_pr: '2026-06-15' };
  const table = (navn: string): ExportTable => ({
    name: 'signaler',
    columns: TABLE_COLUMNS.signaler,
    rows: [{ ...id, niveau: 'Team', navn, team: navn, signal: 'notReviewed', antal: 4 }],
  });

  it('finds a Borger-ID or a CPR-shaped number in a typed name, and nothing in ordinary names', () => {
    expect(privacyProblem([table('Team Nord')], ['B1', 'B2'])).toBeNull();
    expect(privacyProblem([table(' b2 ')], ['B1', 'B2'])).toEqual({
      table: 'signaler',
      column: 'navn',
      kind: 'borgerId',
    });
    expect(privacyProblem([table('Team 010190-1234')], ['B1'])).toEqual({
      table: 'signaler',
      column: 'navn',
      kind: 'cpr',
    });
  });
});
