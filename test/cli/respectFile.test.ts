// Issue 22, "respect the file", through the real bin: a read-only workbook is refused (rule: a workbook
// whose write bits are all off is read-only — the mode bits, since root may write anyway); a symlinked
// workbook is written at its target and the link stays a link; a change by another program between read
// and save is noticed by content, even with the same size and modification time.
import { execFileSync, spawn } from 'child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { BIN, spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-respect-'));
const TABLES = Object.fromEntries(
  INPUT_TABLES.map((d) => [d.name, { name: d.name, headers: d.columns.map((c) => c.header), rows: [] }]),
);
const ARGS = ['--write', '--quiet', '--as-of', '2025-05-20'];

async function workbook(path: string): Promise<string> {
  await writeWorkbook(path, TABLES);
  return path;
}

test('a read-only workbook is refused with exit 2 and a Danish message naming the file and what to do', async () => {
  const file = await workbook(join(dir, 'laast.xlsx'));
  chmodSync(file, 0o444);
  const before = readFileSync(file);
  const r = spawnCli(['report', file, ...ARGS]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/"[^"]*laast\.xlsx" er skrivebeskyttet/);
  expect(r.stderr).toMatch(/Fjern skrivebeskyttelsen/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(statSync(file).mode & 0o777).toBe(0o444);
}, 120000);

test('a symlinked workbook is written at its target, and the link stays a link', async () => {
  const real = join(dir, 'rigtig');
  const links = join(dir, 'genveje');
  mkdirSync(real);
  mkdirSync(links);
  const target = await workbook(join(real, 'team.xlsx'));
  const link = join(links, 'team.xlsx');
  symlinkSync(target, link);
  const r = spawnCli(['report', link, ...ARGS]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect((await XlsxWorkbook.open(target)).sheetNames()).toContain('Overblik');
  expect(readdirSync(links)).toEqual(['team.xlsx']);
  expect(readdirSync(real)).toEqual(['team.xlsx']);
}, 120000);

test('a change by another program with the same size and modification time is not overwritten', async () => {
  const file = await workbook(join(dir, 'samtidig.xlsx'));
  const child = spawn(process.execPath, [BIN, 'report', file, ...ARGS], {
    env: { ...process.env, FREMDRIFT_SAVE_PAUSE: 'locked', FREMDRIFT_SAVE_PAUSE_MS: '3000' },
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (stderr.includes('FREMDRIFT_SAVE_PAUSED locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before pausing: ${stderr}`)));
  });
  // Another program rewrites the file while Fremdrift computes: same length, same mtime (to the ns).
  const stamp = join(dir, 'stamp');
  execFileSync('cp', ['-p', file, stamp]);
  const changed = Buffer.from(readFileSync(file));
  changed[changed.length - 30] ^= 0xff;
  writeFileSync(file, changed);
  execFileSync('touch', ['-r', stamp, file]);
  expect(statSync(file).mtimeMs).toBe(statSync(stamp).mtimeMs);
  expect(await exited).toBe(2);
  expect(stderr).toMatch(/"[^"]*samtidig\.xlsx" er blevet ændret af et andet program/);
  expect(readFileSync(file).equals(changed)).toBe(true);
}, 120000);
