// The pane's message bars that the first view does not show: the ribbon's refresh notice and the
// workbook-could-not-be-read error. A chunk of their own (Fluent MessageBar and its motion), fetched when
// one is shown (bundle budget, issue 28).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Texts } from '../../text/ui';
import type { RibbonNotice } from '../useRibbonNotice';

export function RibbonMessage({ notice, tx, onDismiss }: { notice: RibbonNotice; tx: Texts; onDismiss(): void }) {
  const text =
    notice.state === 'working'
      ? tx.t('ribbonRefreshing')
      : notice.state === 'done'
        ? tx.t('ribbonRefreshed', { time: notice.time })
        : tx.t('ribbonFailed', { error: notice.error });
  return (
    <MessageBar
      layout="multiline"
      intent={notice.state === 'failed' ? 'error' : notice.state === 'done' ? 'success' : 'info'}
      data-testid="ribbon-notice"
    >
      <MessageBarBody>{text}</MessageBarBody>
      {notice.state !== 'working' && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={tx.t('dismiss')} onClick={onDismiss}>
              ×
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

export function LoadFailed({ error, tx }: { error: string; tx: Texts }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {tx.t('loadFailed')}: {error}
      </MessageBarBody>
    </MessageBar>
  );
}
