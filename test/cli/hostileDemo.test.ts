// Issue 27: `fremdrift demo` must never silently replace an existing workbook. Through the real bin.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-hostile-demo-'));

test('demo refuses an existing file without --force: exit 2, a Danish message, the file unchanged', () => {
  const file = join(dir, 'a.xlsx');
  writeFileSync(file, 'brugerens egen projektmappe');
  const r = spawnCli(['demo', file, '--quiet', '--as-of', '2026-11-22']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`${file} findes allerede`);
  expect(r.stderr).toContain('--force');
  expect(r.stdout).toBe('');
  expect(readFileSync(file, 'utf8')).toBe('brugerens egen projektmappe');
}, 120000);

test('demo --force replaces an existing file with the demo workbook', () => {
  const file = join(dir, 'b.xlsx');
  writeFileSync(file, 'gammel');
  const r = spawnCli(['demo', file, '--quiet', '--force', '--as-of', '2026-11-22']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // A zip package now, not the old text.
  expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
}, 120000);
