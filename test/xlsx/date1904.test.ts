// Issue 22, "wrong numbers": a workbook in the 1904 date system (Mac Excel's old default), made by
// openpyxl with wb.epoch = CALENDAR_MAC_1904, is read with the right dates (not 1,462 days early), the
// dates Fremdrift appends land on the right day for openpyxl, and a 1900 workbook is unchanged.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { excelSerialToIso, isoToExcelSerial } from '../../src/domain/dates';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { openpyxl } from '../support/otherTools';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-1904-'));

/** A Forløb table (Borger-ID, Indsats, Startdato) with one course starting 2025-03-01, by openpyxl. */
function forloeb(file: string, mac1904: boolean): void {
  openpyxl(`import datetime
from openpyxl.worksheet.table import Table
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = openpyxl.Workbook()
${mac1904 ? 'wb.epoch = CALENDAR_MAC_1904' : ''}
ws = wb.active
ws.title = "Forløb"
ws.append(["Borger-ID", "Indsats", "Startdato"])
ws.append(["B1", "Virksomhedspraktik", datetime.date(2025, 3, 1)])
ws["C2"].number_format = "dd-mm-yyyy"
ws.add_table(Table(displayName="Forløb", ref="A1:C2"))
wb.save(${JSON.stringify(file)})`);
}

test.each([true, false])(
  'a workbook with date1904=%s is read and written on the right days',
  async (mac1904) => {
    const file = join(dir, `forloeb-${mac1904 ? '1904' : '1900'}.xlsx`);
    forloeb(file, mac1904);
    const wb = await XlsxWorkbook.open(file);
    expect(wb.partBytes('xl/workbook.xml')!.toString('utf8')).toMatch(
      mac1904 ? /date1904="1"/ : /^(?!.*date1904="1")/s,
    );
    const t = (await wb.readTables(['Forløb'])).Forløb!;
    expect(excelSerialToIso(t.rows[0][2] as number)).toBe('2025-03-01');
    await wb.appendRows('Forløb', [
      { 'Borger-ID': 'B2', Indsats: 'Løntilskud', Startdato: isoToExcelSerial('2026-11-30') },
    ]);
    await wb.save(file);
    const back = openpyxl(
      `wb = openpyxl.load_workbook(${JSON.stringify(file)})\nprint([str(r[2].value)[:10] for r in wb["Forløb"].iter_rows(min_row=2)])`,
    );
    expect(back.trim()).toBe("['2025-03-01', '2026-11-30']");
    const again = (await (await XlsxWorkbook.open(file)).readTables(['Forløb'])).Forløb!;
    expect(again.rows.map((r) => excelSerialToIso(r[2] as number))).toEqual(['2025-03-01', '2026-11-30']);
  },
  120000,
);
