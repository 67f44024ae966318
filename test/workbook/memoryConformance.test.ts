// MemoryWorkbook (tests and the task pane's preview mode) against the shared WorkbookPort conformance suite.
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { runConformance } from './conformance';

runConformance('MemoryWorkbook', async (seeds) => {
  const wb = new MemoryWorkbook();
  for (const { table, sheet } of seeds) wb.addTable(table, sheet);
  return { port: wb, reopen: async () => ({ port: wb, sheetValues: (name) => wb.sheet(name)?.values }) };
});
