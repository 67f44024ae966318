// How the ribbon's "Opdater" tells an open task pane what it is doing. The function file and the task
// pane run in separate runtimes of the same origin (no shared runtime is configured), so they talk over
// a BroadcastChannel: the command asks "is a pane listening?" (ping/pong), then reports its progress.
// No Office.js here: the task pane imports this file too.

export const RIBBON_CHANNEL = 'fremdrift.ribbon';

export type RibbonMessage =
  | { kind: 'ping'; id: string }
  | { kind: 'pong'; id: string }
  | { kind: 'started' }
  | { kind: 'done'; time: string }
  | { kind: 'failed'; error: string };

/** A channel, or null where the browser has no BroadcastChannel (old Office web views). */
export function openRibbonChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(RIBBON_CHANNEL) : null;
}

export function isRibbonMessage(data: unknown): data is RibbonMessage {
  return typeof data === 'object' && data !== null && typeof (data as { kind?: unknown }).kind === 'string';
}

/** Resolves true when a task pane answers within `ms`. */
export function paneListening(channel: BroadcastChannel, ms: number): Promise<boolean> {
  const id = Math.random().toString(36).slice(2);
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), ms);
    function done(answer: boolean) {
      clearTimeout(timer);
      channel.removeEventListener('message', onMessage);
      resolve(answer);
    }
    function onMessage(e: MessageEvent) {
      if (isRibbonMessage(e.data) && e.data.kind === 'pong' && e.data.id === id) done(true);
    }
    channel.addEventListener('message', onMessage);
    channel.postMessage({ kind: 'ping', id } satisfies RibbonMessage);
  });
}
