// Writing one workbook's export folder so that a reader never sees half of it: every file goes into a new
// temporary folder beside the target, and only then is the folder renamed into place. A previous export in
// the target (a folder with a manifest.json) is replaced the same way; any other folder is never touched.
import { createHash, createHmac } from 'crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import type { Pseudonymize } from '../citizenTable';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The citizen level's pseudonym: HMAC-SHA256 of the Borger-ID (UTF-8) under the key, as 64 hex digits. */
export function hmacPseudonymizer(key: string): Pseudonymize {
  return (citizenId) => createHmac('sha256', key).update(citizenId, 'utf8').digest('hex');
}

/** Why a target folder cannot be written: it is a file, or a folder that is not an earlier export. */
export type FolderRefusal = 'isFile' | 'notAnExport';

export function folderRefusal(target: string): FolderRefusal | null {
  if (!existsSync(target)) return null;
  if (!statSync(target).isDirectory()) return 'isFile';
  const entries = readdirSync(target);
  return entries.length === 0 || entries.includes('manifest.json') ? null : 'notAnExport';
}

const tempName = (target: string, tag: string) =>
  join(dirname(target), `.${basename(target)}.${tag}-${process.pid}-${Date.now().toString(36)}`);

/** Writes `files` (name -> bytes) as the folder `target`; the caller has checked folderRefusal first. */
export function writeFolderAtomically(target: string, files: ReadonlyMap<string, Uint8Array>): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempName(target, 'ny');
  mkdirSync(temp);
  try {
    for (const [name, bytes] of files) writeFileSync(join(temp, name), bytes);
    if (existsSync(target)) {
      const old = tempName(target, 'gammel');
      renameSync(target, old);
      try {
        renameSync(temp, target);
      } catch (e) {
        renameSync(old, target); // the previous export stays as it was
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}
