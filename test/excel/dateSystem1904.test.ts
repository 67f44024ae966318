// Issue 22's last item inside Excel: a workbook in the 1904 date system (Workbook.use1904DateSystem) is
// read on the same calendar dates as the .xlsx path reads the same file, the dates Fremdrift writes (rows,
// output sheets) land on the right day, a host without the property (or one that refuses it) gives the
// 1900 behaviour, and the question costs no sync of its own on the session's first read (it rides on
// that read's first sync), one when a write comes first, and none after.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { excelSerialToIso, isoToExcelSerial } from '../../src/domain/dates';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FORLØB } from '../../src/workbook/contract';
import type { SheetModel } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { openpyxl } from '../support/otherTools';
import { FakeExcel } from './fakeExcel';

const headers = FORLØB.columns.map((c) => c.header);
const row = (start: number) => ['B1', 'Virksomhedspraktik', 'Netto', '', start, '', 20, '', '', '', ''];

function fakeWith(start: number, use1904DateSystem?: boolean | 'refused') {
  const fake = new FakeExcel({ use1904DateSystem });
  fake.addTable('Forløb', headers, [row(start)]);
  return fake;
}

const startOf = async (port: OfficeWorkbook) =>
  excelSerialToIso((await port.readTables(['Forløb'])).Forløb!.rows[0][4] as number);

test('a 1904 workbook reads the same calendar date as the .xlsx path reads the same file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'fremdrift-office-1904-')), 'mac.xlsx');
  openpyxl(`import datetime
from openpyxl.worksheet.table import Table
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Forløb"
ws.append(["Borger-ID", "Type", "Startdato"])
ws.append(["B1", "Virksomhedspraktik", datetime.date(2025, 3, 1)])
ws["C2"].number_format = "dd-mm-yyyy"
ws.add_table(Table(displayName="Forløb", ref="A1:C2"))
wb.save(${JSON.stringify(file)})`);
  const xlsx = await XlsxWorkbook.open(file);
  const viaFile = excelSerialToIso((await xlsx.readTables(['Forløb'])).Forløb!.rows[0][2] as number);
  // The number the file holds, as Excel would hand it to Office.js.
  const sheet = xlsx.partBytes('xl/worksheets/sheet1.xml')!.toString('utf8');
  const raw = Number(/<c r="C2"[^>]*>(?:<f>[^<]*<\/f>)?<v>([\d.]+)<\/v>/.exec(sheet)![1]);
  expect(raw).toBe(isoToExcelSerial('2025-03-01') - 1462);
  const fake = fakeWith(raw, true);
  expect(await startOf(new OfficeWorkbook({ run: fake.run, supports: fake.supports }))).toBe(viaFile);
  expect(viaFile).toBe('2025-03-01');
}, 120000);

test('dates written to a 1904 workbook land on the right day and read back the same', async () => {
  const fake = fakeWith(isoToExcelSerial('2025-03-01') - 1462, true);
  const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
  await port.appendRows('Forløb', [{ 'Borger-ID': 'B2', Type: 'Job', Startdato: isoToExcelSerial('2026-11-30') }]);
  await port.updateCells('Forløb', [{ row: 1, column: 'Slutdato', value: isoToExcelSerial('2025-04-30') }]);
  const t = fake.tables.get('Forløb')!;
  // In the workbook: 1904 serials (what Excel in that system shows as these days).
  expect(t.rows[1][4]).toBe(isoToExcelSerial('2026-11-30') - 1462);
  expect(t.rows[0][5]).toBe(isoToExcelSerial('2025-04-30') - 1462);
  const back = (await port.readTables(['Forløb'])).Forløb!.rows;
  expect(back.map((r) => [excelSerialToIso(r[4] as number), r[5] && excelSerialToIso(r[5] as number)])).toEqual([
    ['2025-03-01', '2025-04-30'],
    ['2026-11-30', null],
  ]);
  // An output sheet's date cell too; a number that is not a date is left alone.
  const sheet: SheetModel = {
    name: 'Overblik',
    values: [[isoToExcelSerial('2025-05-10'), 0.4]],
    formats: [{ row: 0, col: 0, numberFormat: 'dd-mm-yyyy' }],
  };
  await port.writeOutputSheets([sheet]);
  expect(fake.cellAt('Overblik', 0, 0)).toBe(isoToExcelSerial('2025-05-10') - 1462);
  expect(fake.cellAt('Overblik', 0, 1)).toBe(0.4);
  expect(sheet.values[0][0]).toBe(isoToExcelSerial('2025-05-10')); // the caller's model is not changed
});

test('a host without the property, or one that refuses it, reads and writes in the 1900 system', async () => {
  const serial = isoToExcelSerial('2025-03-01');
  const lacking = fakeWith(serial);
  expect(await startOf(new OfficeWorkbook({ run: lacking.run, supports: lacking.supports }))).toBe('2025-03-01');
  const in1900 = fakeWith(serial, false);
  expect(await startOf(new OfficeWorkbook({ run: in1900.run, supports: in1900.supports }))).toBe('2025-03-01');
  // A host whose sync fails for the property (an older Excel): the read's lookups go again without it.
  const refusing = fakeWith(serial, 'refused');
  const port = new OfficeWorkbook({ run: refusing.run, supports: refusing.supports });
  expect(await startOf(port)).toBe('2025-03-01');
  await port.appendRows('Forløb', [{ 'Borger-ID': 'B2', Type: 'Job', Startdato: serial }]);
  expect(refusing.tables.get('Forløb')!.rows[1][4]).toBe(serial);
  // A run that fails outright before the first read's sync: the question is asked again the plain way.
  const failing = fakeWith(serial, true);
  let runs = 0;
  const flaky = new OfficeWorkbook({
    run: (batch) => (runs++ === 0 ? Promise.reject(new Error('network')) : failing.run(batch)),
    supports: failing.supports,
  });
  await expect(flaky.readTables(['Forløb'])).rejects.toThrow('network');
  expect(await startOf(flaky)).toBe(excelSerialToIso(serial + 1462));
});

test('the question rides on the first read (no sync of its own), costs one sync when a write comes first, none after', async () => {
  const counts = async (use1904DateSystem?: boolean | 'refused', writeFirst = false) => {
    const fake = fakeWith(isoToExcelSerial('2025-03-01'), use1904DateSystem);
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    if (writeFirst) await port.updateCells('Forløb', [{ row: 1, column: 'Timer pr. uge', value: 20 }]);
    const start = fake.syncCount;
    await port.readTables(['Forløb']);
    const first = fake.syncCount - start;
    await port.readTables(['Forløb']);
    await port.appendRows('Forløb', [{ 'Borger-ID': 'B2', Type: 'Job' }]);
    return { before: start, first, later: fake.syncCount - start - first };
  };
  const without = await counts(); // the fake's load fails before any sync
  const asked = await counts(false);
  const in1904 = await counts(true);
  expect(asked).toEqual(without);
  expect(in1904).toEqual(without);
  // A host that refuses the property at sync: one failed sync, then the lookups again.
  expect((await counts('refused')).first).toBe(without.first + 1);
  // A write first: the question costs its own sync then, and the first read none.
  const written = await counts(false, true);
  const writtenWithout = await counts(undefined, true);
  expect(written.before).toBe(writtenWithout.before + 1);
  expect(written.first).toBe(without.first);
});
