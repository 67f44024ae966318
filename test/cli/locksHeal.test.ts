// Issue 22, "locks that heal", through the real bin: a lock left by a killed run (even an empty one, from
// a kill right after "Gemmer"), by a process that is gone, or older than the bound is taken over with a
// Danish notice; a live writer's lock is still respected; a lock that cannot be created leaves nothing.
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'fs';
import { hostname, tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { lockPathFor } from '../../src/xlsx/safeSave';
import { BIN, spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-locks-'));
const TABLES = Object.fromEntries(
  INPUT_TABLES.map((d) => [d.name, { name: d.name, headers: d.columns.map((c) => c.header), rows: [] }]),
);

async function workbook(name: string): Promise<string> {
  const file = join(dir, name);
  await writeWorkbook(file, TABLES);
  return file;
}

const reportWrite = (file: string) => spawnCli(['report', file, '--write', '--quiet', '--as-of', '2025-05-20']);

/** A pid that surely runs no process: that of a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

function writeLock(file: string, text: string, ageMs = 0) {
  const lock = lockPathFor(file);
  writeFileSync(lock, text);
  const at = new Date(Date.now() - ageMs);
  utimesSync(lock, at, at);
}

test('an empty lock left by a kill right after "Gemmer" is taken over with a Danish notice', async () => {
  const file = await workbook('empty-lock.xlsx');
  const child = spawn(process.execPath, [BIN, 'report', file, '--write', '--quiet', '--as-of', '2025-05-20'], {
    env: { ...process.env, FREMDRIFT_SAVE_PAUSE: 'lock-created', FREMDRIFT_SAVE_PAUSE_MS: '60000' },
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (stderr.includes('FREMDRIFT_SAVE_PAUSED lock-created')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before pausing: ${stderr}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
  expect(readFileSync(lockPathFor(file), 'utf8')).toBe('');
  const r = reportWrite(file);
  expect(r.stderr).toMatch(/Bemærk: låsefilen .*\(tom låsefil\).*Fremdrift har taget den over/);
  expect(r.code).toBe(0);
  expect(existsSync(lockPathFor(file))).toBe(false);
}, 120000);

test('a lock whose process is gone (this host) is taken over with a notice naming the pid', async () => {
  const file = await workbook('dead-lock.xlsx');
  const pid = deadPid();
  writeLock(file, JSON.stringify({ pid, host: hostname(), started: new Date().toISOString() }));
  const r = reportWrite(file);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(new RegExp(`Bemærk: .*pid ${pid}`));
  expect(existsSync(lockPathFor(file))).toBe(false);
}, 120000);

test("another machine's lock is respected while fresh and taken over once older than the bound", async () => {
  const file = await workbook('other-host.xlsx');
  const lock = JSON.stringify({ pid: 4242, host: 'en-anden-pc', started: new Date().toISOString() });
  writeLock(file, lock);
  const fresh = reportWrite(file);
  expect(fresh.code).toBe(2);
  expect(fresh.stderr).toMatch(/allerede skrevet af fremdrift \(pid 4242 på en-anden-pc/);
  const old = JSON.stringify({
    pid: 4242,
    host: 'en-anden-pc',
    started: new Date(Date.now() - 11 * 60_000).toISOString(),
  });
  writeLock(file, old, 11 * 60_000);
  const r = reportWrite(file);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/Bemærk: .*en-anden-pc/);
  expect(existsSync(lockPathFor(file))).toBe(false);
}, 120000);

test('a live writer on this host is still respected (this test process holds the lock)', async () => {
  const file = await workbook('live-lock.xlsx');
  writeLock(file, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }));
  const before = readFileSync(file);
  const r = reportWrite(file);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`allerede skrevet af fremdrift \\(pid ${process.pid}`));
  expect(readFileSync(file).equals(before)).toBe(true);
}, 120000);

test('a lock that cannot be written (full disk) leaves no lock file behind, and says so in Danish', async () => {
  const file = await workbook('full-at-lock.xlsx');
  const before = readFileSync(file);
  const r = spawnSync(process.execPath, [BIN, 'report', file, '--write', '--quiet', '--as-of', '2025-05-20'], {
    encoding: 'utf8',
    env: { ...process.env, FREMDRIFT_SAVE_FAULT: 'ENOSPC@lock-created' },
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/disken er fuld/);
  expect(existsSync(lockPathFor(file))).toBe(false);
  expect(readFileSync(file).equals(before)).toBe(true);
  // And the next run is not stuck.
  expect(reportWrite(file).code).toBe(0);
}, 120000);
