// "Opret sagsstamme": creates the input tables a workbook lacks and appends the v2 columns, never
// changing a row, then says what it added in the same words as `fremdrift upgrade` (describeSetup).
// Shown when the workbook cannot be read for lack of tables, and under Min sagsstamme for a v1 workbook.
// The upgrade itself (with the history conversion and the workbook identity) loads on the click, not in
// the first view (issue 28's budget).
import React, { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { describeSetup } from '../../text/setup';
import type { WorkbookPort } from '../../workbook/port';
import type { Texts } from '../../text/ui';

export interface SetupButtonProps {
  port: WorkbookPort;
  tx: Texts;
  /** Runs the write (the view's `write`, so the figures are re-measured after it). */
  run<T>(action: () => Promise<T>): Promise<T>;
  /** Receives the message to announce. */
  onDone(message: string): void;
}

export function SetupButton({ port, tx, run, onDone }: SetupButtonProps) {
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      const { upgradeWorkbook } = await import(/* webpackChunkName: "upgrade" */ '../../app/upgrade');
      const result = await run(() => upgradeWorkbook(port));
      onDone(describeSetup(result, tx.locale).join(' '));
    } catch (e) {
      onDone(tx.t('setupFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button disabled={busy} onClick={() => void click()}>
      {tx.t('setupButton')}
    </Button>
  );
}
