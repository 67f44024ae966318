// Listens for the ribbon's "Opdater" (see ui-shared/ribbonChannel): answers its ping so the command
// knows a pane is open, and turns its progress and result into a notice the pane shows.
import { useCallback, useEffect, useState } from 'react';
import { isRibbonMessage, openRibbonChannel, type RibbonMessage } from '../ui-shared/ribbonChannel';

export type RibbonNotice = { state: 'working' } | { state: 'done'; time: string } | { state: 'failed'; error: string };

export function useRibbonNotice(onDone?: () => void): [RibbonNotice | null, () => void] {
  const [notice, setNotice] = useState<RibbonNotice | null>(null);
  useEffect(() => {
    const channel = openRibbonChannel();
    if (!channel) return;
    channel.onmessage = (e: MessageEvent) => {
      if (!isRibbonMessage(e.data)) return;
      const m = e.data;
      if (m.kind === 'ping') channel.postMessage({ kind: 'pong', id: m.id } satisfies RibbonMessage);
      else if (m.kind === 'started') setNotice({ state: 'working' });
      else if (m.kind === 'done') {
        setNotice({ state: 'done', time: m.time });
        onDone?.();
      } else if (m.kind === 'failed') setNotice({ state: 'failed', error: m.error });
    };
    return () => channel.close();
  }, [onDone]);
  const dismiss = useCallback(() => setNotice((n) => (n?.state === 'working' ? n : null)), []);
  return [notice, dismiss];
}
