// Test hooks for the save path, in one place for the lock (saveLock.ts) and the save (safeSave.ts):
// FREMDRIFT_SAVE_PAUSE=<stage> stops the save at that stage (for kill tests), FREMDRIFT_SAVE_FAULT=
// <CODE>@<stage> fails it with that OS error code (for full-disk and permission tests). Unset, a no-op.

/** Pauses or fails at `stage` when the environment asks for it. */
export function checkpoint(stage: string) {
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
