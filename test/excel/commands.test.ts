// The "Opdater" ribbon command: refreshes through Excel.run and always completes the event.
import { demoTables } from '../../src/demo/demoCaseload';
import { OUTPUT_SHEETS } from '../../src/workbook/contract';
import { FakeExcel } from './fakeExcel';

// The demo (with its Historik: about 11,000 Historik_borgere rows) takes seconds on a loaded machine.
jest.setTimeout(120000);
// Afstemning (DOMAIN.md section 6) is one of Fremdrift's own sheets but is not rendered yet.
const RENDERED_SHEETS = OUTPUT_SHEETS.filter((n) => n !== 'Afstemning');

describe('commands: refresh', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
  });

  it('is registered globally and writes every output sheet of the open workbook', async () => {
    const fake = new FakeExcel();
    for (const t of Object.values(demoTables('2025-06-15')))
      fake.addTable(
        t.name,
        t.headers,
        t.rows.map((r) => r.map((v) => v ?? '')),
      );
    g.Excel = { run: fake.run };
    const { refresh } = await import('../../src/commands/commands');
    expect(g.refresh).toBe(refresh);
    let completed = 0;
    await refresh({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);
    expect(completed).toBe(1);
    for (const name of RENDERED_SHEETS) expect(fake.sheets.has(name)).toBe(true);
    // A whole refresh of the demo through the fake: generous, so a loaded machine does not fail it.
  }, 120000);

  it('completes the event also when the workbook lacks the tables', async () => {
    g.Excel = { run: new FakeExcel().run };
    const { refresh } = await import('../../src/commands/commands');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let completed = 0;
    await refresh({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);
    expect(completed).toBe(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
