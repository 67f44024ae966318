// Issue 22, round 2 of "respect the file", through the real bin: a workbook path that is a symbolic link
// to a missing file gets a clear Danish message (not "findes ikke" about the link), and a read-only
// workbook is refused by `upgrade` and `report --write` before any work starts, the file unchanged.
import { chmodSync, mkdtempSync, readFileSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BORGERE } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-guards-'));

test('a dangling symlink is named as a link to a missing file, with exit 2 and no stack trace', () => {
  const link = join(dir, 'genvej.xlsx');
  symlinkSync(join(dir, 'flyttet', 'team.xlsx'), link);
  for (const args of [
    ['report', link, '--write', '--quiet'],
    ['upgrade', link, '--quiet'],
  ]) {
    const r = spawnCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /"[^"]*genvej\.xlsx" er en genvej \(symbolsk link\) til "[^"]*flyttet\/team\.xlsx", som ikke findes/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
}, 120000);

test('upgrade refuses a read-only workbook before any work, and the file is unchanged', async () => {
  const file = join(dir, 'laast-v1.xlsx');
  const wb = XlsxWorkbook.create();
  wb.createTable({ ...BORGERE, columns: BORGERE.columns.filter((c) => c.since !== 2) });
  await wb.save(file);
  chmodSync(file, 0o444);
  const before = readFileSync(file);
  const r = spawnCli(['upgrade', file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/er skrivebeskyttet/);
  expect(r.stderr).not.toMatch(/Gemmer/); // refused at open, before the tables are touched
  expect(readFileSync(file).equals(before)).toBe(true);
}, 120000);

test('report --write refuses a read-only workbook before computing; report without --write still reads it', () => {
  const file = join(dir, 'laast-report.xlsx');
  expect(spawnCli(['demo', file, '--quiet']).code).toBe(0);
  chmodSync(file, 0o444);
  const before = readFileSync(file);
  const w = spawnCli(['report', file, '--write']);
  expect(w.code).toBe(2);
  expect(w.stderr).toMatch(/er skrivebeskyttet/);
  expect(w.stderr).not.toMatch(/Beregner|Gemmer/); // refused at open
  expect(readFileSync(file).equals(before)).toBe(true);
  const r = spawnCli(['report', file, '--json']);
  expect(r.code).toBe(0);
}, 120000);
