// The other programs a user's workbook comes from or goes to, for the tests that must prove Fremdrift's
// files stay valid for them: openpyxl (Python; python3-openpyxl) writes and reads workbooks, LibreOffice
// reopens what Fremdrift wrote and converts it to CSV. scripts/ensure-tools.js installs both; a test that
// needs one fails loudly when it is missing rather than being skipped.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { basename, join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tools = require('../../scripts/ensure-tools') as { findSoffice(): string | null; findOpenpyxl(): string | null };

/** Runs a Python script with `openpyxl` imported; returns its standard output, throws with its errors. */
export function openpyxl(script: string): string {
  const python = tools.findOpenpyxl();
  if (!python) throw new Error('python3 med openpyxl findes ikke (apt-get install python3-openpyxl)');
  const r = spawnSync(python, ['-c', `import openpyxl\n${script}`], { encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`openpyxl-scriptet fejlede: ${r.stderr}`);
  return r.stdout;
}

/** LibreOffice converts `file` with `filter` into a fresh folder; returns the converted file's path. */
function libreOfficeConvert(file: string, filter: string, ext: string, timeout = 180000): string {
  const soffice = tools.findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) findes ikke (apt-get install libreoffice-calc-nogui)');
  const out = mkdtempSync(join(file, '..', '.lo-'));
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(out, 'profile')}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout },
  );
  if (r.status !== 0) throw new Error(`LibreOffice kunne ikke åbne ${file}: ${r.stderr}`);
  return join(out, basename(file).replace(/\.xlsx$/i, `.${ext}`));
}

/** The first sheet of `file` as LibreOffice reads it, as CSV text (it throws when LibreOffice cannot open the file). */
export function libreOfficeCsv(file: string): string {
  const csv = libreOfficeConvert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1', 'csv');
  try {
    return readFileSync(csv, 'utf8');
  } catch {
    throw new Error(`LibreOffice åbnede ikke ${file} (ingen CSV skrevet)`);
  }
}

/**
 * One sheet of `file` (1-based, in workbook order) as LibreOffice reads it, as CSV text of the raw values
 * (not "as shown": numbers without thousands separators). LibreOffice names the output after the sheet.
 */
export function libreOfficeSheetCsv(file: string, sheetNumber: number, sheetName: string): string {
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,${sheetNumber}`;
  const first = libreOfficeConvert(file, filter, 'csv');
  const csv = first.replace(/\.csv$/, `-${sheetName}.csv`);
  try {
    return readFileSync(csv, 'utf8');
  } catch {
    throw new Error(`LibreOffice skrev ikke arket ${sheetName} af ${file}`);
  }
}

/** `file` printed by LibreOffice to PDF (every sheet; a new file; its path). */
export function libreOfficePdf(file: string, timeout?: number): string {
  return libreOfficeConvert(file, 'pdf', 'pdf', timeout);
}

/** `file` as LibreOffice saves it in its own .xlsx export (a new file; its path). */
export function libreOfficeXlsx(file: string): string {
  return libreOfficeConvert(file, 'xlsx:Calc MS Excel 2007 XML', 'xlsx');
}

/** The sheet names and first cells openpyxl reads back from `file` (it throws when openpyxl cannot open it). */
export function openpyxlSheets(file: string): { name: string; a1: unknown }[] {
  return JSON.parse(
    openpyxl(
      `import json\nwb = openpyxl.load_workbook(${JSON.stringify(file)})\n` +
        'print(json.dumps([{"name": ws.title, "a1": ws["A1"].value} for ws in wb.worksheets], default=str))',
    ),
  );
}
