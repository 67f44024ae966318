// Issue 26: `report --write` hands the .xlsx adapter one output sheet at a time (renderEach and the port's
// optional writeOutputSheetsEach), so no sheet's cells wait for the others. The file must be what the one
// writeOutputSheets call of renderAll writes, part for part and byte for byte, on a first write (months
// closed, sheets new) and on a second (sheets replaced); and the one-at-a-time path refuses what the
// other refuses, before anything is rendered or written.
import ExcelJS from 'exceljs';
import { refreshOutputs } from '../../src/app/refresh';
import { demoTables } from '../../src/demo/demoCaseload';
import { INPUT_TABLES, OUTPUT_SHEETS } from '../../src/workbook/contract';
import { OwnSheetError } from '../../src/workbook/ownSheets';
import type { SheetModel, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

jest.setTimeout(180_000);

/** The same workbook through the port without writeOutputSheetsEach (as Office.js and the memory port are). */
function allAtOnce(wb: XlsxWorkbook): WorkbookPort {
  return {
    readTables: (names) => wb.readTables(names),
    writeOutputSheets: (sheets) => wb.writeOutputSheets(sheets),
    appendRows: (table, rows) => wb.appendRows(table, rows),
    updateCells: (table, updates) => wb.updateCells(table, updates),
    ensureInputTables: (contract) => wb.ensureInputTables(contract),
    replaceOwnRows: (table, rows) => wb.replaceOwnRows(table, rows),
  };
}

function parts(wb: XlsxWorkbook): Map<string, string> {
  return new Map(wb.partNames().map((p) => [p, wb.partBytes(p)!.toString('base64')]));
}

test('one sheet at a time writes the same package as all sheets at once, first and second write', async () => {
  const asOf = '2026-03-15';
  const source = XlsxWorkbook.create();
  const tables = demoTables(asOf);
  // Without its history, so the first write closes the months (a second read) and the second closes none.
  for (const def of INPUT_TABLES)
    if (def.name !== 'Historik' && def.name !== 'Historik_borgere')
      source.createTable(def, tables[def.name]?.rows ?? []);
  const bytes = await source.toBuffer();
  const each = XlsxWorkbook.fromBuffer(bytes);
  const once = XlsxWorkbook.fromBuffer(bytes);
  const options = { asOf, now: new Date('2026-03-15T09:00:00Z'), closeMonthsOn: asOf };
  for (const pass of ['first', 'second']) {
    const a = await refreshOutputs(each, options);
    const b = await refreshOutputs(allAtOnce(once), options);
    expect([pass, a.closedMonths]).toEqual([pass, b.closedMonths]);
    if (pass === 'first') expect(a.closedMonths.length).toBeGreaterThan(0);
    const [pa, pb] = [parts(each), parts(once)];
    expect([...pa.keys()]).toEqual([...pb.keys()]);
    for (const [name, content] of pa) expect([pass, name, content === pb.get(name)]).toEqual([pass, name, true]);
    expect(each.sheetNames().slice(0, OUTPUT_SHEETS.length)).toEqual([...OUTPUT_SHEETS]);
  }
});

test("a user's own sheet of an output sheet's name is refused before any sheet is rendered", async () => {
  const user = new ExcelJS.Workbook();
  user.addWorksheet('Forløbsoversigt').getCell('A1').value = 'mine egne tal';
  const wb = XlsxWorkbook.fromBuffer(Buffer.from(await user.xlsx.writeBuffer()));
  const before = parts(wb);
  const produce = jest.fn();
  await expect(wb.writeOutputSheetsEach(OUTPUT_SHEETS, produce)).rejects.toBeInstanceOf(OwnSheetError);
  expect(produce).not.toHaveBeenCalled();
  expect(parts(wb)).toEqual(before);
});

test('only the sheets named, in the order named, are written', async () => {
  const sheet = (name: SheetModel['name']): SheetModel => ({ name, values: [['x']] });
  const wb = XlsxWorkbook.create();
  await expect(
    wb.writeOutputSheetsEach(['Overblik', 'Milepæle'], (write) => {
      write(sheet('Milepæle'));
    }),
  ).rejects.toThrow(/Milepæle/);
  await expect(wb.writeOutputSheetsEach(['Overblik', 'Milepæle'], (write) => write(sheet('Overblik')))).rejects.toThrow(
    /1 af 2/,
  );
  await wb.writeOutputSheetsEach(['Overblik', 'Milepæle'], (write) => {
    write(sheet('Overblik'));
    write(sheet('Milepæle'));
  });
  expect(wb.sheetNames()).toEqual(['Overblik', 'Milepæle']);
});
