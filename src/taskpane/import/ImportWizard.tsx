// The task pane's import wizard: choose file -> check the column mapping -> preview -> confirm, with
// a progress bar while the rows are written in chunks. Default export, so the task pane can load it
// with React.lazy; the .xlsx reader is loaded only when the user picks an .xlsx file.
import { useId, useMemo, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TableDef } from '../../workbook/contract';
import type { WorkbookPort } from '../../workbook/port';
import { applyPlan, type ApplyProgress } from '../../import/apply';
import {
  foldHeader,
  loadMapping,
  resolveMapping,
  saveMapping,
  saveValueMapping,
  type ResolvedMapping,
  type UserMapping,
  type UserValueMapping,
} from '../../import/mapping';
import type { ImportPlan } from '../../import/plan';
import { EXPORT_FILE_ACCEPT } from '../../import/readers';
import { prepareImport, readExport } from '../../import/session';
import { IMPORT_TABLES } from '../../import/tables';
import type { SourceTable } from '../../import/source';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { planProblemsText, readerProblemText } from '../../text/imports';
import { texts, type Locale } from '../../text/ui';
import { useShared } from '../styles';

export interface ImportWizardProps {
  port: WorkbookPort;
  locale: Locale;
  /** Called after rows were written (e.g. to refresh the output sheets). */
  onImported?: (result: { table: string; added: number; updated: number }) => void;
}

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'mapping'; source: SourceTable; fileName: string }
  | { name: 'preview'; source: SourceTable; fileName: string; plan: ImportPlan }
  | { name: 'writing'; progress: ApplyProgress }
  | { name: 'done'; added: number; updated: number };

const useStyles = makeStyles({
  // The task pane already pads the page; the wizard only spaces its own parts.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The bytes of a picked file (FileReader as a fallback where Blob.arrayBuffer is missing). */
function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** The choices that differ from what the headers give by themselves: those are worth storing. */
function explicitChoices(def: TableDef, choices: Record<string, string>): UserMapping {
  const own = new Map(def.columns.map((c) => [foldHeader(c.header), c.header]));
  return Object.fromEntries(
    Object.entries(choices).filter(([source, target]) => (own.get(foldHeader(source)) ?? '') !== target),
  );
}

export default function ImportWizard({ port, locale, onImported }: ImportWizardProps) {
  const tx = useMemo(() => texts(locale), [locale]);
  const styles = useStyles();
  const shared = useShared();
  const titleId = useId();
  const [tableName, setTableName] = useState<string>(IMPORT_TABLES[0].name);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [valueChoices, setValueChoices] = useState<UserValueMapping>({});
  const def = IMPORT_TABLES.find((d) => d.name === tableName)!;

  const fail = (e: unknown) => {
    setError(e instanceof Error ? e.message : String(e));
  };

  async function pickFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setStep({ name: 'reading' });
    try {
      const result = await readExport(await readFileBytes(file), file.name);
      if (!result.ok) {
        setError(`${file.name}: ${readerProblemText(result.problem, tx.locale)}`);
        setStep({ name: 'choose' });
        return;
      }
      const stored = await loadMapping(port, def.name);
      const resolved = resolveMapping(def, result.table.headers, stored);
      setChoices(
        Object.fromEntries(
          resolved.columns.filter((c) => c.sourceHeader !== '').map((c) => [c.sourceHeader, c.target ?? '']),
        ),
      );
      setStep({ name: 'mapping', source: result.table, fileName: file.name });
    } catch (e) {
      fail(e);
      setStep({ name: 'choose' });
    }
  }

  async function preview(source: SourceTable, fileName: string, values: UserValueMapping = valueChoices) {
    setError(null);
    try {
      const prepared = await prepareImport(port, def, source, choices, values);
      if (!prepared.result.ok) setError(planProblemsText(prepared.result.problems, tx.locale));
      else setStep({ name: 'preview', source, fileName, plan: prepared.result.plan });
    } catch (e) {
      fail(e);
    }
  }

  async function confirm(plan: ImportPlan) {
    setError(null);
    setStep({ name: 'writing', progress: { done: 0, total: plan.added.length + plan.updated.length } });
    try {
      const result = await applyPlan(port, plan, { onProgress: (progress) => setStep({ name: 'writing', progress }) });
      await saveMapping(port, def.name, explicitChoices(def, choices));
      await saveValueMapping(port, def.name, valueChoices);
      setStep({ name: 'done', ...result });
      onImported?.({ table: def.name, ...result });
    } catch (e) {
      fail(e);
      setStep({ name: 'choose' });
    }
  }

  let mapping: ResolvedMapping | null = null;
  if (step.name === 'mapping') mapping = resolveMapping(def, step.source.headers, choices);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <h2 className={shared.h2} id={titleId}>
        {tx.t('importTitle')}
      </h2>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{tx.t('importFailed')}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {step.name === 'choose' && (
        <>
          <Text as="p">{tx.t('importIntro')}</Text>
          <Field label={tx.t('importTable')}>
            <Select className={shared.select} value={tableName} onChange={(_, d) => setTableName(d.value)}>
              {IMPORT_TABLES.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tx.t('importFile')}>
            {(fieldProps) => (
              <input
                {...fieldProps}
                type="file"
                accept={EXPORT_FILE_ACCEPT}
                onChange={(e) => void pickFile(e.target.files?.[0])}
              />
            )}
          </Field>
        </>
      )}
      {step.name === 'reading' && <Spinner label={tx.t('importReading')} />}
      {step.name === 'mapping' && mapping && (
        <MappingStep
          def={def}
          mapping={mapping}
          choices={choices}
          onChoose={(source, target) => setChoices((c) => ({ ...c, [source]: target }))}
          onBack={() => setStep({ name: 'choose' })}
          onNext={() => void preview(step.source, step.fileName)}
          tx={tx}
        />
      )}
      {step.name === 'preview' && (
        <PreviewStep
          def={def}
          plan={step.plan}
          onValues={(values) => {
            const merged: UserValueMapping = { ...valueChoices };
            for (const [column, v] of Object.entries(values)) merged[column] = { ...merged[column], ...v };
            setValueChoices(merged);
            void preview(step.source, step.fileName, merged);
          }}
          onBack={() => setStep({ name: 'mapping', source: step.source, fileName: step.fileName })}
          onConfirm={() => void confirm(step.plan)}
          tx={tx}
        />
      )}
      {step.name === 'writing' && (
        <Field
          label={tx.t('importWriting')}
          validationMessage={tx.plural('importProgress', step.progress.total, { done: step.progress.done })}
          validationState="none"
        >
          <ProgressBar value={step.progress.total === 0 ? 1 : step.progress.done / step.progress.total} />
        </Field>
      )}
      {step.name === 'done' && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {tx.t('importDone', {
                added: tx.plural('rowsNew', step.added),
                updated: tx.plural('rowsChanged', step.updated),
              })}
            </MessageBarBody>
          </MessageBar>
          <Button onClick={() => setStep({ name: 'choose' })}>{tx.t('importAnother')}</Button>
        </>
      )}
    </section>
  );
}
