// Formula injection through the Office.js adapter, end to end: an export whose cells start with
// = + - @ tab or CR is imported (added and updated rows) through OfficeWorkbook, and every such text
// is stored by Excel as that text (the strict fake, test/excel/fakeExcel.ts, takes unquoted formula-like
// text as a formula, as Excel does, and stores it marked instead).
import { FakeExcel } from '../excel/fakeExcel';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { applyPlan } from '../../src/import/apply';
import { toCsv } from '../../src/import/csv';
import { prepareImport, readExport } from '../../src/import/session';
import { BORGERE, FORLØB, INDSTILLINGER } from '../../src/workbook/contract';
import { planProblemsText, readerProblemText } from '../../src/text/imports';

const headers = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);
const STARTS = ['=1+1', '+45 1234', '-Syd', '@SUM(A1)', '\t=cmd', '\r=cmd'];

test('imported formula-like text is written to Excel as literal text (added and updated rows)', async () => {
  const fake = new FakeExcel();
  const b = headers(BORGERE);
  const existing = b.map(
    (h) =>
      (
        ({ 'Borger-ID': 'B1', Målgruppe: 'Andet', Team: 'Nord', Sagsbehandler: 'Sara', Startdato: 45658 }) as Record<
          string,
          string | number
        >
      )[h] ?? '',
  );
  fake.addTable('Borgere', b, [existing]);
  fake.addTable('Forløb', headers(FORLØB), []);
  fake.addTable('Indstillinger', headers(INDSTILLINGER), []);
  const port = new OfficeWorkbook({ run: fake.run });

  // Row 1 updates B1 (Jobmål), rows 2.. add citizens whose Navn and Næste skridt start like formulas.
  // The tab and CR cases sit inside the value: parseCell trims leading whitespace off text.
  const records = [
    ['Borger-ID', 'Navn', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato', 'Jobmål', 'Næste skridt'],
    ['B1', '', 'Andet', 'Nord', 'Sara', '01-01-2025', '=HYPERLINK("http://x")', ''],
    ...STARTS.map((text, i) => [`N${i}`, text, 'Andet', 'Nord', 'Sara', '01-03-2025', '', `${text}|${i}`]),
  ];
  const source = await readExport(new TextEncoder().encode(toCsv(records)), 'e.csv');
  if (!source.ok) throw new Error(readerProblemText(source.problem));
  const prepared = await prepareImport(port, BORGERE, source.table);
  if (!prepared.result.ok) throw new Error(planProblemsText(prepared.result.problems));
  expect(prepared.result.plan.rejected).toEqual([]);
  await applyPlan(port, prepared.result.plan);

  const t = fake.tables.get('Borgere')!;
  const col = (h: string) => t.headers.indexOf(h);
  expect(t.rows[0][col('Jobmål')]).toBe(`=HYPERLINK("http://x")`);
  const written = t.rows.slice(1);
  expect(written.map((r) => r[col('Borger-ID')])).toEqual(STARTS.map((_, i) => `N${i}`));
  // Every written text that a spreadsheet could read as a formula is stored as the text itself.
  written.forEach((r, i) => {
    const trimmed = STARTS[i].trim();
    expect(r[col('Navn')]).toBe(trimmed);
    expect(r[col('Næste skridt')]).toBe(`${trimmed}|${i}`);
  });
});
