// A save must never lose the workbook: killed at any stage, failing on a full disk, or racing a second
// writer, the original stays byte-identical (or is replaced whole by the new file after the rename).
import { spawn, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { contentDigest, lockPathFor, saveAtomically, SaveError } from '../../src/xlsx/safeSave';

const CHILD = join(__dirname, 'fixtures', 'saveChild.ts');
const dir = mkdtempSync(join(tmpdir(), 'fremdrift-save-'));
const ORIGINAL = Buffer.alloc(300_000, 'o');

function fresh(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, ORIGINAL);
  return file;
}

/** Starts a child saving 2 MB of 'n' over `file`, paused at `stage`; resolves once it reports the pause. */
function childPausedAt(file: string, stage: string) {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', CHILD, file, 'n', String(2_000_000)], {
    env: { ...process.env, FREMDRIFT_SAVE_PAUSE: stage, FREMDRIFT_SAVE_PAUSE_MS: '60000' },
  });
  let stderr = '';
  const paused = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (stderr.includes(`FREMDRIFT_SAVE_PAUSED ${stage}`)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code} before pausing: ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, paused, exited };
}

const leftovers = (name: string) =>
  readdirSync(dir).filter((n) => n.startsWith(`.~fremdrift.${name}.`) && n.endsWith('.tmp'));

describe.each(['locked', 'temp-opened', 'half-written', 'written', 'flushed', 'before-rename'])(
  'SIGKILL at %s',
  (stage) => {
    test('leaves the original byte-identical, and the next save clears the stale lock and temp file', async () => {
      const name = `kill-${stage}.xlsx`;
      const file = fresh(name);
      const { child, paused, exited } = childPausedAt(file, stage);
      await paused;
      child.kill('SIGKILL');
      await exited;
      expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
      expect(existsSync(lockPathFor(file))).toBe(true);
      // The killed writer's lock is stale (its pid is gone): the next save proceeds and tidies up.
      saveAtomically(file, Buffer.from('ny'));
      expect(readFileSync(file, 'utf8')).toBe('ny');
      expect(existsSync(lockPathFor(file))).toBe(false);
      expect(leftovers(name)).toEqual([]);
    }, 30000);
  },
);

test('SIGKILL after the rename leaves the complete new file', async () => {
  const file = fresh('kill-renamed.xlsx');
  const { child, paused, exited } = childPausedAt(file, 'renamed');
  await paused;
  child.kill('SIGKILL');
  await exited;
  expect(readFileSync(file).equals(Buffer.alloc(2_000_000, 'n'))).toBe(true);
}, 30000);

test('a full disk (ENOSPC while writing) leaves the original untouched, removes the temp file and says so in Danish', () => {
  const file = fresh('full.xlsx');
  process.env.FREMDRIFT_SAVE_FAULT = 'ENOSPC@write';
  try {
    expect(() => saveAtomically(file, Buffer.alloc(1000, 'n'))).toThrow(/disken er fuld/);
    expect(() => saveAtomically(file, Buffer.alloc(1000, 'n'))).not.toThrow(/Excel/);
  } finally {
    delete process.env.FREMDRIFT_SAVE_FAULT;
  }
  expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
  expect(leftovers('full.xlsx')).toEqual([]);
  expect(existsSync(lockPathFor(file))).toBe(false);
});

test('a refused rename (EBUSY) is the one case that asks about Excel', () => {
  const file = fresh('busy.xlsx');
  process.env.FREMDRIFT_SAVE_FAULT = 'EBUSY@before-rename';
  try {
    expect(() => saveAtomically(file, Buffer.alloc(1000, 'n'))).toThrow(/er den åben i Excel\?/);
  } finally {
    delete process.env.FREMDRIFT_SAVE_FAULT;
  }
  expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
  expect(leftovers('busy.xlsx')).toEqual([]);
});

test('two writers at once: the second is refused with a Danish message naming the first', async () => {
  const file = fresh('two.xlsx');
  const first = childPausedAt(file, 'written');
  await first.paused;
  const second = spawnSync(process.execPath, ['-r', 'tsx/cjs', CHILD, file, 's', '1000'], { encoding: 'utf8' });
  expect(second.status).toBe(2);
  expect(second.stderr).toMatch(
    new RegExp(
      `Projektmappen bliver allerede skrevet af fremdrift \\(pid ${first.child.pid}, startet \\d\\d:\\d\\d\\)`,
    ),
  );
  expect(() => saveAtomically(file, Buffer.from('x'))).toThrow(SaveError);
  expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
  first.child.kill('SIGKILL');
  await first.exited;
});

test('a file changed by another program since it was read is not overwritten', () => {
  const file = fresh('changed.xlsx');
  const readEarlier = contentDigest(Buffer.from('what was read'));
  expect(() => saveAtomically(file, Buffer.from('x'), { expectContent: readEarlier })).toThrow(
    /ændret af et andet program/,
  );
  expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
});

test('the saved file keeps the original permissions', () => {
  const file = fresh('mode.xlsx');
  chmodSync(file, 0o600);
  saveAtomically(file, Buffer.from('ny'));
  expect(statSync(file).mode & 0o777).toBe(0o600);
});

test('a file saved as pieces is their concatenation, and its digest is that of the whole', () => {
  const file = fresh('pieces.xlsx');
  const parts = [Buffer.from('PK'), Buffer.alloc(0), Buffer.alloc(70_001, 'a'), Buffer.from('slut æøå')];
  saveAtomically(file, parts);
  const whole = Buffer.concat(parts);
  expect(readFileSync(file).equals(whole)).toBe(true);
  expect(contentDigest(parts)).toBe(contentDigest(whole));
  // A save of pieces over a file read earlier is refused when the file changed meanwhile, as with one buffer.
  expect(() => saveAtomically(file, parts, { expectContent: contentDigest(Buffer.from('før')) })).toThrow();
  expect(readFileSync(file).equals(whole)).toBe(true);
});
