// The whole "Opdater" path inside Excel: demo workbook -> refreshOutputs -> OfficeWorkbook -> Excel model.
import { refreshOutputs } from '../../src/app';
import { demoTables } from '../../src/demo/demoCaseload';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { OUTPUT_SHEETS } from '../../src/workbook/contract';
import { FakeExcel } from './fakeExcel';

// The demo (with its Historik: about 11,000 Historik_borgere rows) takes seconds on a loaded machine.
jest.setTimeout(120000);
const RENDERED_SHEETS = OUTPUT_SHEETS;

const AS_OF = '2025-06-15';

function excelWithDemo(): FakeExcel {
  const fake = new FakeExcel();
  for (const t of Object.values(demoTables(AS_OF))) {
    // Excel shows an empty cell as ''.
    fake.addTable(
      t.name,
      t.headers,
      t.rows.map((r) => r.map((v) => (v === null ? '' : v))),
    );
  }
  return fake;
}

describe('refreshOutputs through OfficeWorkbook', () => {
  it('draws each chart with the look the sheet model asks for (colours, dashed goal, percent axis)', async () => {
    const fake = excelWithDemo();
    const now = new Date(Date.UTC(2025, 5, 15, 10, 0));
    await refreshOutputs(new OfficeWorkbook({ run: fake.run, supports: fake.supports }), { asOf: AS_OF, now });
    const memory = new MemoryWorkbook(demoTables(AS_OF));
    await refreshOutputs(memory, { asOf: AS_OF, now });
    const specs = memory.sheet('Overblik')!.charts ?? [];
    const drawn = fake.sheets.get('Overblik')!.charts;
    expect(drawn).toHaveLength(specs.length);
    specs.forEach((spec, i) => {
      expect(drawn[i].title).toBe(spec.title);
      expect(drawn[i].valueFormat).toBe(spec.valueFormat);
      (spec.series ?? []).forEach((style, k) => {
        expect(drawn[i].series[k].color).toBe(style.color);
        expect(drawn[i].series[k].lineStyle).toBe(style.dashed ? 'Dash' : undefined);
      });
    });
    expect(specs.some((c) => (c.series ?? []).some((st) => st.dashed))).toBe(true);
  });

  it('writes every output sheet with the same values as the in-memory port, and leaves input tables alone', async () => {
    const fake = excelWithDemo();
    const before = JSON.stringify([...fake.tables.values()]);
    const now = new Date(Date.UTC(2025, 5, 15, 10, 0));
    const result = await refreshOutputs(new OfficeWorkbook({ run: fake.run, supports: fake.supports }), {
      asOf: AS_OF,
      now,
    });
    expect(JSON.stringify([...fake.tables.values()])).toBe(before);
    for (const name of RENDERED_SHEETS) expect(fake.sheets.has(name)).toBe(true);
    expect(fake.sheets.get('Overblik')!.charts.length).toBeGreaterThan(0);

    // Same measurement and the same cells as the reference in-memory workbook.
    const memory = new MemoryWorkbook(demoTables(AS_OF));
    const reference = await refreshOutputs(memory, { asOf: AS_OF, now });
    expect(result.measurement.report.months).toEqual(reference.measurement.report.months);
    for (const name of RENDERED_SHEETS) {
      const model = memory.sheet(name)!;
      model.values.forEach((row, r) =>
        row.forEach((v, c) => {
          // Excel holds what was meant: text as text (never a formula, number or date), empty as no cell.
          const expected = v === null || v === '' ? undefined : v;
          expect([name, r, c, fake.cellAt(name, r, c)]).toEqual([name, r, c, expected]);
        }),
      );
    }
    console.log(`refresh of the demo workbook: ${fake.syncCount} context.sync calls`);
  });

  it('is idempotent: a second refresh leaves the same cells', async () => {
    const fake = excelWithDemo();
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const now = new Date(Date.UTC(2025, 5, 15, 10, 0));
    await refreshOutputs(port, { asOf: AS_OF, now });
    const first = RENDERED_SHEETS.map((n) => [...fake.sheets.get(n)!.cells.entries()].sort());
    const firstCharts = fake.sheets.get('Overblik')!.charts.length;
    const writesBefore = fake.writes.length;
    await refreshOutputs(port, { asOf: AS_OF, now });
    const second = RENDERED_SHEETS.map((n) => [...fake.sheets.get(n)!.cells.entries()].sort());
    expect(second).toEqual(first);
    // Old charts are removed, not stacked; the sheets themselves stay (formulas pointing at them keep working).
    expect(fake.sheets.get('Overblik')!.charts.length).toBe(firstCharts);
    expect(fake.writes.slice(writesBefore).filter((w) => w.op === 'deleteSheet' || w.op === 'addSheet')).toEqual([]);
  });
});
