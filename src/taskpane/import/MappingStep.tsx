// Step 2 of the import wizard: one drop-down per export column, preset from the contract and the
// mapping stored in the workbook, each with its first three non-empty values from the export, so a user
// can tell "Start" (a date) from "Status" at a glance. Missing required columns are named before the
// preview is allowed.
import React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TableDef } from '../../workbook/contract';
import type { ResolvedMapping } from '../../import/mapping';
import type { SourceTable } from '../../import/source';
import type { CellValue } from '../../workbook/port';
import { mappingError } from '../../import/mapping';
import { planProblemsText } from '../../text/imports';
import type { Texts } from '../../text/ui';
import { useShared } from '../styles';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const SAMPLES = 3;

/** The first three non-empty values of each export column, by column index, as text. */
function sampleValues(source: Pick<SourceTable, 'headers' | 'rows'>): string[][] {
  const samples: string[][] = source.headers.map(() => []);
  const blank = (v: CellValue | undefined) => v === null || v === undefined || String(v).trim() === '';
  for (const row of source.rows) {
    let full = true;
    source.headers.forEach((_, c) => {
      if (samples[c].length < SAMPLES && !blank(row[c])) samples[c].push(String(row[c]).trim());
      full &&= samples[c].length >= SAMPLES;
    });
    if (full) break;
  }
  return samples;
}

export interface MappingStepProps {
  def: TableDef;
  mapping: ResolvedMapping;
  /** The export, for the sample values under each column. */
  source: Pick<SourceTable, 'headers' | 'rows'>;
  choices: Record<string, string>;
  onChoose: (sourceHeader: string, target: string) => void;
  onBack: () => void;
  onNext: () => void;
  tx: Texts;
}

export function MappingStep({ def, mapping, source, choices, onChoose, onBack, onNext, tx }: MappingStepProps) {
  const styles = useStyles();
  const samples = React.useMemo(() => sampleValues(source), [source]);
  const shared = useShared();
  const problems = mappingError(mapping);
  const error = problems && planProblemsText(problems, tx.locale);
  return (
    <section aria-label={tx.t('importMappingTitle')}>
      <Text as="p">{tx.t('importMappingHelp')}</Text>
      <div className={styles.list}>
        {mapping.columns
          .filter((c) => c.sourceHeader !== '')
          .map((c) => (
            <Field
              key={c.sourceIndex}
              label={`${tx.t('importSourceColumn')}: ${c.sourceHeader}`}
              hint={
                samples[c.sourceIndex]?.length
                  ? tx.t('importSamples', { values: samples[c.sourceIndex].join(' · ') })
                  : tx.t('importNoSamples')
              }
            >
              <Select
                className={shared.select}
                aria-label={c.sourceHeader}
                value={choices[c.sourceHeader] ?? ''}
                onChange={(_, data) => onChoose(c.sourceHeader, data.value)}
              >
                <option value="">{tx.t('importNotImported')}</option>
                {def.columns.map((col) => (
                  <option key={col.header} value={col.header}>
                    {col.required ? `${col.header} (${tx.t('importRequired')})` : col.header}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
      </div>
      {/* Multiline from the start: Fluent's own reflow measures after paint, and until then one long line
          overflowed the 350 px pane (seen under load in CI). */}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={onBack}>{tx.t('importBack')}</Button>
        <Button appearance="primary" disabled={problems !== null} onClick={onNext}>
          {tx.t('importShowPreview')}
        </Button>
      </div>
    </section>
  );
}
