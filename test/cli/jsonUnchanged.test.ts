// `report --json` stays byte for byte what it was before it was written in pieces (issue 26): the JSON of
// the benchmark's generated jobcentre (scripts/bench/common.ts, at 1/20 of its size) has the digests the
// CLI printed before the change (main at af8fb08, dist-cli/fremdrift.js). Through the real CLI (the piece
// writer on standard output) and in process (the Io that takes whole texts).
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { makeWorkbook } from '../../scripts/bench/common';
import { BIN, runCli } from './helpers';

const BEFORE: Record<string, { sha256: string; bytes: number }> = {
  '2025-06-15': { sha256: 'b53fd7abd38b5509be654bab888c3fd6420a86ac0426c9c8a639662792f5e274', bytes: 5351665 },
  '2026-03-15': { sha256: 'ff35f77a43414ea9d8ae08fbedf82349c6349eac10ed8011f7c2f3c954efeaa4', bytes: 6695901 },
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('report --json is unchanged', () => {
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'fremdrift-json-')), 'jobcenter.xlsx');
    await makeWorkbook(file, 0.05);
  }, 60000);

  it.each(Object.keys(BEFORE))(
    'through the real CLI, as of %s',
    (asOf) => {
      const r = spawnSync(process.execPath, [BIN, 'report', file, '--json', '--as-of', asOf, '--quiet'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        timeout: 120000,
      });
      expect(r.status).toBe(0);
      expect(Buffer.byteLength(r.stdout)).toBe(BEFORE[asOf].bytes);
      expect(sha256(r.stdout)).toBe(BEFORE[asOf].sha256);
    },
    120000,
  );

  it('in process, as of 2026-03-15', async () => {
    const r = await runCli(['report', file, '--json', '--as-of', '2026-03-15', '--quiet']);
    expect(r.code).toBe(0);
    expect(sha256(r.stdout)).toBe(BEFORE['2026-03-15'].sha256);
  }, 60000);
});
