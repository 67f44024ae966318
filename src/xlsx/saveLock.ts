// The write lock beside a workbook, `.~fremdrift.<name>.lock`, that refuses a second Fremdrift writer.
// It records pid, host and start time, and heals: a lock left by an interrupted run (empty, because the
// run was killed between creating and writing it; its process gone on this host; or older than
// STALE_AFTER_MS, which no save takes) is taken over with a Danish notice, so a kill never leaves the
// user stuck. A lock that cannot be created or written (full disk, permission) leaves nothing behind.
import { createHash } from 'crypto';
import { closeSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'fs';
import { hostname } from 'os';
import { basename, dirname, join } from 'path';
import { LOCK_TEXT } from '../text/errors';
import { errnoReason, fileAccessError, SaveError } from './errors';
import { checkpoint } from './saveFaults';

/** A save holds the lock for seconds; a lock this old is left over, whoever wrote it. */
const STALE_AFTER_MS = 10 * 60_000;
/** A writer fills its lock right after creating it; an empty lock older than this was never filled. */
const EMPTY_GRACE_MS = 2000;
const RETRY_MS = 100;

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/** Where a lock notice goes; the CLI's standard error unless a caller says otherwise. */
export type Notice = (text: string) => void;
const toStderr: Notice = (text) => process.stderr.write(text + '\n');

/**
 * The prefix of Fremdrift's files beside a workbook. A name near the file system's 255-byte limit gets a
 * short hash instead, so a workbook that may exist can also be locked and saved.
 */
export function sidePrefix(path: string): string {
  const plain = `.~fremdrift.${basename(path)}.`;
  if (Buffer.byteLength(plain) + 16 <= 255) return plain;
  return `.~fremdrift.${createHash('sha256').update(basename(path)).digest('hex').slice(0, 16)}.`;
}

/** The lock file beside a workbook: `.~fremdrift.<name>.lock`. */
export function lockPathFor(path: string): string {
  return join(dirname(path), `${sidePrefix(path)}lock`);
}

export function pidAlive(pid: number): boolean {
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

/** The lock as found: its text, what it says (null when empty or unreadable) and its age. */
interface FoundLock {
  text: string;
  info: LockInfo | null;
  ageMs: number;
}

function inspect(lock: string): FoundLock | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(lock, 'utf8');
    mtimeMs = statSync(lock).mtimeMs;
  } catch {
    return null; // Gone meanwhile.
  }
  let info: LockInfo | null = null;
  try {
    const parsed = JSON.parse(text) as LockInfo;
    if (typeof parsed.pid === 'number') info = parsed;
  } catch {
    // Empty or half-written: judged by its age below.
  }
  // The younger of the recorded start and the file's mtime: a clock skew never makes a live lock old.
  const started = info ? Date.parse(info.started) : NaN;
  const ageMs = Date.now() - Math.max(mtimeMs, Number.isNaN(started) ? 0 : started);
  return { text, info, ageMs };
}

function whoText(info: LockInfo | null): string {
  if (!info) return LOCK_TEXT.emptyLock;
  return `pid ${info.pid}${info.host !== hostname() ? ` på ${info.host}` : ''}, startet ${clockText(info.started)}`;
}

/** Why the lock is left over, or null while its writer may still be at work ('wait' while it may be filled). */
function staleness(found: FoundLock): string | 'wait' | null {
  if (!found.info) return found.ageMs < EMPTY_GRACE_MS ? 'wait' : LOCK_TEXT.whyEmpty;
  if (found.info.host === hostname() && !pidAlive(found.info.pid)) return LOCK_TEXT.whyGone;
  if (found.ageMs > STALE_AFTER_MS) return LOCK_TEXT.whyOld(STALE_AFTER_MS / 60_000);
  return null;
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function creationFailure(e: unknown, path: string, lock: string): Error {
  return (
    fileAccessError(e, path) ??
    new SaveError(LOCK_TEXT.cannotCreate(basename(lock), errnoReason(e as NodeJS.ErrnoException, false)))
  );
}

/** Creates the lock and fills it; on any failure nothing is left behind. */
function create(path: string, lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw creationFailure(e, path, lock);
  }
  try {
    checkpoint('lock-created');
    const info: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    writeSync(fd, JSON.stringify(info));
    closeSync(fd);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // Already closed, or the descriptor failed; the unlink is what matters.
    }
    try {
      unlinkSync(lock);
    } catch {
      // Could not remove it: an empty lock, which the next run takes over after EMPTY_GRACE_MS.
    }
    throw creationFailure(e, path, lock);
  }
  return true;
}

/** Takes the workbook's write lock or throws a SaveError naming the writer that holds it. Returns a release function. */
export function acquireLock(path: string, notice: Notice = toStderr): () => void {
  const lock = lockPathFor(path);
  const deadline = Date.now() + EMPTY_GRACE_MS + 3000;
  while (Date.now() < deadline) {
    if (create(path, lock)) {
      removeDeadTemps(path);
      return () => {
        if (inspect(lock)?.info?.pid !== process.pid) return;
        try {
          unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
      };
    }
    const found = inspect(lock);
    if (!found) continue;
    const why = staleness(found);
    if (why === 'wait') {
      sleep(RETRY_MS);
      continue;
    }
    if (why === null) throw new SaveError(LOCK_TEXT.held(whoText(found.info), lock));
    // Taken over only if it is still the very lock judged stale (another run may have replaced it).
    if (inspect(lock)?.text !== found.text) continue;
    try {
      unlinkSync(lock);
      notice(LOCK_TEXT.takenOver(lock, whoText(found.info), why));
    } catch {
      // Another run removed it first; try again.
    }
  }
  throw new SaveError(LOCK_TEXT.busy(lock));
}

/** Temporary files left by writers that were killed (same host, pid gone) are removed. */
function removeDeadTemps(path: string) {
  const prefix = sidePrefix(path);
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
