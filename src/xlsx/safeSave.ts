// Saves a workbook so that no crash, full disk or second writer can destroy it, and so that the file is
// respected: the new bytes go to a temporary file in the same folder, are flushed to disk, and only then
// renamed over the original, under the lock beside it (saveLock.ts). A symlinked path is written at its
// target (the link stays a link); a read-only workbook is refused, not replaced through the rename; a
// change by another program since the read is noticed by content. The original is untouched by every
// failure before the rename, and the rename itself is atomic.
import { createHash } from 'crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'fs';
import { basename, dirname, join } from 'path';
import { fremdriftError } from '../text/errors';
import { FremdriftError } from '../workbook/errors';
import { errnoReason, fileAccessError, SaveError } from './errors';
import { checkpoint } from './saveFaults';
import { acquireLock, sidePrefix, type Notice } from './saveLock';

export { SaveError };
export { lockPathFor } from './saveLock';

function tempPathFor(path: string): string {
  return join(dirname(path), `${sidePrefix(path)}${process.pid}.tmp`);
}

/**
 * The identity of a workbook's content: a hash of its bytes (size and mtime can stay the same after a
 * change). The bytes may come as consecutive pieces (a zip written as its entries, never concatenated).
 */
export function contentDigest(bytes: Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces(bytes)) hash.update(piece);
  return hash.digest('hex');
}

function pieces(bytes: Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  return bytes instanceof Uint8Array ? [bytes] : bytes;
}

export interface SaveOptions {
  /** When set, the save is refused if the file on disk no longer has this content digest (see contentDigest). */
  expectContent?: string | null;
  /** Where a lock taken over is reported; standard error by default. */
  notice?: Notice;
}

/** The file a path names: a symlink's target (so the link survives the rename), or the path itself when it does not exist yet. */
function resolveTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw fileAccessError(e, path) ?? e;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileAccessError(e, path) ?? e;
  }
}

/**
 * Refuses what must not be replaced. The rule for read-only: a workbook whose write bits (owner, group,
 * others) are all off is read-only, whoever runs Fremdrift (root, or an administrator, could write it
 * anyway, but the user marked it so). This is also how Node reports Windows' read-only attribute.
 */
function refuseUnwritable(path: string, existing: Stats | null) {
  if (!existing) return;
  if (existing.isDirectory()) throw fremdriftError('file.isDirectory', { file: path });
  if ((existing.mode & 0o222) === 0) throw fremdriftError('file.readOnly', { file: path });
}

/**
 * Refuses, before any work starts, a workbook that a save would refuse as read-only (or a directory), so a
 * command that writes says so at once instead of after computing. A missing file is left to the reader.
 */
export function refuseUnwritablePath(path: string): void {
  refuseUnwritable(path, statOrNull(resolveTarget(path)));
}

function refuseIfChanged(path: string, target: string, expected: string) {
  let now: string | null = null;
  try {
    now = contentDigest(readFileSync(target));
  } catch {
    // Gone or unreadable: it is not the file that was read.
  }
  if (now !== expected) throw fremdriftError('file.changedMeanwhile', { file: path });
}

/**
 * Writes `bytes` (one buffer, or consecutive pieces) to `path` (a symlink's target) atomically under the
 * workbook's lock. Throws a Danish FremdriftError.
 */
export function saveAtomically(
  path: string,
  bytes: Uint8Array | readonly Uint8Array[],
  options: SaveOptions = {},
): void {
  const target = resolveTarget(path);
  const existing = statOrNull(target);
  refuseUnwritable(path, existing);
  const release = acquireLock(target, options.notice);
  const temp = tempPathFor(target);
  let fd: number | null = null;
  let stage = 'lock';
  try {
    checkpoint('locked');
    if (options.expectContent) refuseIfChanged(path, target, options.expectContent);
    stage = 'write';
    fd = openSync(temp, 'wx', 0o666);
    // The new file keeps the original's permissions.
    try {
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
    } catch {
      // A file system without modes: the default is right.
    }
    checkpoint('temp-opened');
    writeInHalves(fd, pieces(bytes));
    checkpoint('written');
    fsyncSync(fd);
    checkpoint('flushed');
    closeSync(fd);
    fd = null;
    stage = 'rename';
    checkpoint('before-rename');
    renameSync(temp, target);
    stage = 'done';
    syncFolder(dirname(target));
    checkpoint('renamed');
  } catch (e) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Closing a failed descriptor may fail too; the unlink below is what matters.
      }
    }
    if (stage !== 'done') {
      try {
        unlinkSync(temp);
      } catch {
        // Not created.
      }
    }
    throw saveFailure(e, path, stage);
  } finally {
    release();
  }
}

function saveFailure(e: unknown, path: string, stage: string): Error {
  if (e instanceof FremdriftError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENAMETOOLONG') return fremdriftError('file.nameTooLong', { file: path });
  return new SaveError(
    `Projektmappen "${basename(path)}" blev ikke gemt, fordi ${errnoReason(err, stage === 'rename')}. Den oprindelige fil er uændret.`,
  );
}

/** Writes the pieces in order, with the 'half-written' checkpoint after the first half of all bytes. */
function writeInHalves(fd: number, all: readonly Uint8Array[]) {
  let total = 0;
  for (const p of all) total += p.length;
  let left = Math.floor(total / 2);
  let halfDone = false;
  for (const p of all) {
    if (!halfDone && p.length >= left) {
      writeAll(fd, p.subarray(0, left));
      checkpoint('half-written');
      halfDone = true;
      writeAll(fd, p.subarray(left));
      continue;
    }
    writeAll(fd, p);
    if (!halfDone) left -= p.length;
  }
  if (!halfDone) checkpoint('half-written');
}

function writeAll(fd: number, bytes: Uint8Array) {
  checkpoint('write');
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** The rename is durable only once the folder entry is flushed; some file systems refuse, which is harmless. */
function syncFolder(folder: string) {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort (Windows cannot open folders).
  }
}
