// The task pane's import wizard: choose file -> check the column mapping -> preview -> confirm, with
// a progress bar while the rows are written in chunks. Default export, so the task pane can load it
// with React.lazy; the .xlsx reader is loaded only when the user picks an .xlsx file. The state lives in
// useImportWizard, each step in its own component.
import { useId, useMemo } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { resolveMapping } from '../../import/mapping';
import { texts, type Locale } from '../../text/ui';
import { useShared } from '../styles';
import { ChooseStep } from './ChooseStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { DoneStep, WritingStep } from './ResultSteps';
import { useImportWizard, type Imported } from './useImportWizard';

export interface ImportWizardProps {
  port: WorkbookPort;
  locale: Locale;
  /** Called after rows were written (e.g. to refresh the output sheets). */
  onImported?: (result: Imported) => void;
}

const useStyles = makeStyles({
  // The task pane already pads the page; the wizard only spaces its own parts.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export default function ImportWizard({ port, locale, onImported }: ImportWizardProps) {
  const tx = useMemo(() => texts(locale), [locale]);
  const styles = useStyles();
  const shared = useShared();
  const titleId = useId();
  const w = useImportWizard(port, tx, onImported);
  const { def, step, setStep } = w;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <h2 className={shared.h2} id={titleId}>
        {tx.t('importTitle')}
      </h2>
      {w.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tx.t('importFailed')}</MessageBarTitle>
            {w.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {step.name === 'choose' && (
        <ChooseStep tableName={w.tableName} onTable={w.setTableName} onFile={(f) => void w.pickFile(f)} tx={tx} />
      )}
      {step.name === 'reading' && <Spinner label={tx.t('importReading')} />}
      {step.name === 'mapping' && (
        <MappingStep
          def={def}
          mapping={resolveMapping(def, step.source.headers, w.choices)}
          source={step.source}
          choices={w.choices}
          onChoose={w.choose}
          onBack={() => setStep({ name: 'choose' })}
          onNext={() => void w.preview(step.source, step.fileName)}
          tx={tx}
        />
      )}
      {step.name === 'preview' && (
        <PreviewStep
          def={def}
          plan={step.plan}
          onValues={(values) => w.chooseValues(step.source, step.fileName, values)}
          onBack={() => setStep({ name: 'mapping', source: step.source, fileName: step.fileName })}
          onConfirm={() => void w.confirm(step.plan)}
          tx={tx}
        />
      )}
      {step.name === 'writing' && <WritingStep progress={step.progress} tx={tx} />}
      {step.name === 'done' && (
        <DoneStep added={step.added} updated={step.updated} onAnother={() => setStep({ name: 'choose' })} tx={tx} />
      )}
    </section>
  );
}
