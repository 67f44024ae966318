// Saves a workbook so that no crash, full disk or second writer can destroy it: the new bytes go to a
// temporary file in the same folder, are flushed to disk, and only then renamed over the original. An
// exclusive lock file beside the workbook refuses a second Fremdrift writer, naming the first. The
// original is untouched by every failure before the rename, and the rename itself is atomic.
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'fs';
import { hostname } from 'os';
import { basename, dirname, join } from 'path';
import { WorkbookFileError } from './errors';

/** A save failed or was refused; the message is Danish and says what happened. */
export class SaveError extends WorkbookFileError {
  constructor(message: string) {
    super(message, 'file.save');
    this.name = 'SaveError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/** The lock file beside a workbook: `.~fremdrift.<name>.lock`. */
export function lockPathFor(path: string): string {
  return join(dirname(path), `.~fremdrift.${basename(path)}.lock`);
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.~fremdrift.${basename(path)}.${process.pid}.tmp`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** "14:02" in Danish time; the date too when it is not today. */
function clockText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'ukendt tidspunkt';
  const part = (o: Intl.DateTimeFormatOptions, at: Date) =>
    new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', ...o }).formatToParts(at);
  const pick = (parts: Intl.DateTimeFormatPart[], t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const p = part(
    { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hourCycle: 'h23' },
    d,
  );
  const today = part({ day: '2-digit', month: '2-digit', year: 'numeric' }, new Date());
  const time = `${pick(p, 'hour')}:${pick(p, 'minute')}`;
  const sameDay = ['day', 'month', 'year'].every((t) => pick(p, t) === pick(today, t));
  return sameDay ? time : `${pick(p, 'day')}-${pick(p, 'month')}-${pick(p, 'year')} ${time}`;
}

function readLock(lock: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lock, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** A lock is stale when it was taken on this machine by a process that no longer runs. */
function isStale(info: LockInfo | null): boolean {
  return info !== null && info.host === hostname() && !pidAlive(info.pid);
}

/** Takes the workbook's write lock or throws a SaveError naming the writer that holds it. Returns a release function. */
export function acquireLock(path: string): () => void {
  const lock = lockPathFor(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      removeDeadTemps(path);
      return () => {
        try {
          if (readLock(lock)?.pid === process.pid) unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new SaveError(
          `Låsefilen ${basename(lock)} kunne ikke oprettes: ${reason(e as NodeJS.ErrnoException, false)}.`,
        );
      const info = readLock(lock);
      if (isStale(info) && attempt === 0) {
        try {
          unlinkSync(lock);
        } catch {
          // Another process removed it first; try again.
        }
        continue;
      }
      const who = info
        ? `pid ${info.pid}${info.host !== hostname() ? ` på ${info.host}` : ''}, startet ${clockText(info.started)}`
        : 'ukendt proces';
      throw new SaveError(
        `Projektmappen bliver allerede skrevet af fremdrift (${who}). Vent til den er færdig; hænger den, så slet låsefilen ${lock}.`,
      );
    }
  }
  throw new SaveError(`Projektmappen er låst af en anden skrivning (${lock}).`);
}

/** Temporary files left by writers that were killed (same host, pid gone) are removed. */
function removeDeadTemps(path: string) {
  const prefix = `.~fremdrift.${basename(path)}.`;
  let names: string[] = [];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const pid = Number(n.slice(prefix.length, -'.tmp'.length));
    if (Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) {
      try {
        unlinkSync(join(dirname(path), n));
      } catch {
        // Not ours to insist on.
      }
    }
  }
}

/** What an error code means to a user, in Danish; "open in Excel" only when that is a real cause. */
function reason(e: NodeJS.ErrnoException, atRename: boolean): string {
  switch (e.code) {
    case 'ENOSPC':
      return 'disken er fuld';
    case 'EDQUOT':
      return 'din diskkvote er brugt op';
    case 'EROFS':
      return 'mappen er skrivebeskyttet';
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return atRename
        ? 'filen er låst af et andet program; er den åben i Excel?'
        : 'du har ikke skriveadgang til mappen';
    case 'ENOENT':
      return 'mappen findes ikke';
    case 'EIO':
      return 'disken meldte en læse-/skrivefejl';
    default:
      return e.code ? `${e.code}: ${e.message}` : e.message;
  }
}

/** Test hook: FREMDRIFT_SAVE_PAUSE=<stage> stops the save at that stage (for kill tests); FREMDRIFT_SAVE_FAULT=<CODE>@<stage> fails it. */
function checkpoint(stage: string) {
  const fault = process.env.FREMDRIFT_SAVE_FAULT;
  if (fault) {
    const [code, at] = fault.split('@');
    if (at === stage) throw Object.assign(new Error(`injected ${code}`), { code });
  }
  if (process.env.FREMDRIFT_SAVE_PAUSE === stage) {
    process.stderr.write(`FREMDRIFT_SAVE_PAUSED ${stage}\n`);
    const ms = Number(process.env.FREMDRIFT_SAVE_PAUSE_MS ?? 30000);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }
}

export interface SaveOptions {
  /** When set, the save is refused if the file on disk changed since it was read (size and modification time). */
  expectUnchanged?: { size: number; mtimeMs: number } | null;
}

/** The identity of a file on disk, to notice another program saving it between our read and our write. */
export function fileStamp(path: string): { size: number; mtimeMs: number } | null {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** Writes `bytes` to `path` atomically under the workbook's lock. Throws SaveError with a Danish message. */
export function saveAtomically(path: string, bytes: Uint8Array, options: SaveOptions = {}): void {
  const name = basename(path);
  const release = acquireLock(path);
  const temp = tempPathFor(path);
  let fd: number | null = null;
  let stage = 'lock';
  try {
    checkpoint('locked');
    if (options.expectUnchanged) {
      const now = fileStamp(path);
      if (!now || now.size !== options.expectUnchanged.size || now.mtimeMs !== options.expectUnchanged.mtimeMs) {
        throw new SaveError(
          `Projektmappen "${name}" er blevet ændret af et andet program, efter Fremdrift læste den; intet er gemt. Kør kommandoen igen.`,
        );
      }
    }
    stage = 'write';
    fd = openSync(temp, 'wx', 0o666);
    // The new file keeps the original's permissions.
    try {
      fchmodSync(fd, statSync(path).mode & 0o7777);
    } catch {
      // A new file, or a file system without modes: the default is right.
    }
    checkpoint('temp-opened');
    const half = Math.floor(bytes.length / 2);
    writeAll(fd, bytes.subarray(0, half));
    checkpoint('half-written');
    writeAll(fd, bytes.subarray(half));
    checkpoint('written');
    fsyncSync(fd);
    checkpoint('flushed');
    closeSync(fd);
    fd = null;
    stage = 'rename';
    checkpoint('before-rename');
    renameSync(temp, path);
    stage = 'done';
    syncFolder(dirname(path));
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
    if (e instanceof SaveError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new SaveError(
      `Projektmappen "${name}" blev ikke gemt, fordi ${reason(err, stage === 'rename')}. Den oprindelige fil er uændret.`,
    );
  } finally {
    release();
  }
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
