// The last two steps of the import wizard: the progress bar while rows are written in chunks, and what
// was added and changed, with the way back to import another file.
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { ApplyProgress } from '../../import/apply';
import type { Texts } from '../../text/ui';

export function WritingStep({ progress, tx }: { progress: ApplyProgress; tx: Texts }) {
  return (
    <Field
      label={tx.t('importWriting')}
      validationMessage={tx.plural('importProgress', progress.total, { done: progress.done })}
      validationState="none"
    >
      <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
    </Field>
  );
}

export interface DoneStepProps {
  added: number;
  updated: number;
  onAnother: () => void;
  tx: Texts;
}

export function DoneStep({ added, updated, onAnother, tx }: DoneStepProps) {
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {tx.t('importDone', { added: tx.plural('rowsNew', added), updated: tx.plural('rowsChanged', updated) })}
        </MessageBarBody>
      </MessageBar>
      <Button onClick={onAnother}>{tx.t('importAnother')}</Button>
    </>
  );
}
