// The real `fremdrift` bin in a child process, for what only a real process shows: a reader that stops
// early (`report --json | head -c 100`) must not kill the CLI with an EPIPE stack trace, and
// `consolidate --out` naming one of its inputs is refused before that team's workbook is touched.
import { spawn } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, runCli, spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-bin-'));
const demo = join(dir, 'demo.xlsx');

beforeAll(async () => {
  // The demo's JSON report (about 350 kB) is far larger than a pipe's buffer, so the reader's early
  // exit really does break the CLI's writes.
  expect((await runCli(['demo', demo, '--as-of', '2026-11-15', '--quiet'])).code).toBe(0);
}, 120000);

/** Runs the bin, reads the first `bytes` of standard output, then closes the pipe like `head -c`. */
function readThenClose(args: string[], bytes: number): Promise<{ code: number | null; head: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      head += d;
      if (head.length >= bytes) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, head: head.slice(0, bytes), stderr }));
  });
}

test('report --json read only in part (`| head -c 100`) ends quietly with exit 0, no EPIPE stack trace', async () => {
  const r = await readThenClose(['report', demo, '--json', '--as-of', '2026-11-15', '--quiet'], 100);
  expect(r.head).toMatch(/^\{\s+"rule": \{/);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120000);

test('consolidate --out equal to one of its inputs is refused in Danish, and that workbook is unchanged', () => {
  const nord = join(dir, 'nord.xlsx');
  const syd = join(dir, 'syd.xlsx');
  copyFileSync(demo, nord);
  copyFileSync(demo, syd);
  const before = readFileSync(syd);
  // The same file spelled differently (a detour through ..) is still the same file.
  const sameAsSyd = join(dir, '..', dir.split(/[\\/]/).pop()!, 'syd.xlsx');
  const r = spawnCli(['consolidate', nord, syd, '--out', sameAsSyd, '--as-of', '2026-11-15']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`--out "${sameAsSyd}" er den samme fil som projektmappen "${syd}", der skal samles`);
  expect(r.stderr).toContain('Intet er skrevet.');
  expect(readFileSync(syd).equals(before)).toBe(true);
}, 120000);
