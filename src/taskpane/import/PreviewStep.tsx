// Step 3 of the import wizard: what the import would do, before anything is written. Every export
// row is in exactly one list, numbered as Excel numbers the file's rows ("række 2 i filen" is the first
// row under the header). Open workbook rows missing from the export are folded away behind their count,
// never deleted; the Back and Import buttons stay in view (sticky) however long the lists are.
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableDef } from '../../workbook/contract';
import type { UserValueMapping } from '../../import/mapping';
import type { ImportPlan } from '../../import/plan';
import { missingAdviceText, rejectedRowText, rowKeyText } from '../../text/imports';
import type { Texts } from '../../text/ui';
import { ValueMapping } from './ValueMapping';

const MAX_SHOWN = 50;

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    columnGap: tokens.spacingHorizontalL,
    marginBlock: tokens.spacingVerticalS,
  },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalM,
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

function Listing({ title, items, tx }: { title: string; items: string[]; tx: Texts }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{`${title} (${items.length})`}</Subtitle2>
      <ul className={styles.list}>
        {items.slice(0, MAX_SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > MAX_SHOWN && <li>{tx.plural('importAndMore', items.length - MAX_SHOWN)}</li>}
      </ul>
    </section>
  );
}

export interface PreviewStepProps {
  def: TableDef;
  plan: ImportPlan;
  /** Re-plans the import with the user's meaning of unknown values. */
  onValues: (mapping: UserValueMapping) => void;
  onBack: () => void;
  onConfirm: () => void;
  tx: Texts;
}

export function PreviewStep({ def, plan, onValues, onBack, onConfirm, tx }: PreviewStepProps) {
  const styles = useStyles();
  const toWrite = plan.added.length + plan.updated.length;
  // Export rows as Excel counts them in the file; workbook rows by their place in the table.
  const row = (n: number) => tx.t('importFileRow', { n: plan.headerRow + n });
  const tableRow = (n: number) => `${tx.t('importTableRow')} ${n}`;
  // Timer and STAR-tal exports cover some months: rows of other months are not "missing".
  const missing = plan.notInExport.filter((m) => m.suggestion !== 'none');
  const key = (k: ImportPlan['added'][number]['key']) => rowKeyText(k, tx.locale);
  return (
    <section aria-label={tx.t('importPreviewTitle')}>
      <Text as="p" weight="semibold">
        {tx.plural('importRows', plan.rows)}
      </Text>
      <div className={styles.counts} role="list" aria-label={tx.t('importPreviewTitle')}>
        <Text role="listitem">{`${tx.t('importAdded')}: ${plan.added.length}`}</Text>
        <Text role="listitem">{`${tx.t('importUpdated')}: ${plan.updated.length}`}</Text>
        <Text role="listitem">{`${tx.t('importUnchanged')}: ${plan.unchanged.length}`}</Text>
        <Text role="listitem">{`${tx.t('importRejected')}: ${plan.rejected.length}`}</Text>
      </div>
      <ValueMapping
        key={plan.unmappedValues.map((v) => v.value).join('|')}
        def={def}
        values={plan.unmappedValues}
        onApply={onValues}
        tx={tx}
      />
      <Listing
        title={tx.t('importRejected')}
        items={plan.rejected.map((r) => rejectedRowText(plan.table, r, tx.locale, plan.headerRow))}
        tx={tx}
      />
      <Listing title={tx.t('importAdded')} items={plan.added.map((a) => `${key(a.key)} (${row(a.row)})`)} tx={tx} />
      <Listing
        title={tx.t('importUpdated')}
        items={plan.updated.map(
          (u) =>
            `${key(u.key)}: ${u.changes.map((c) => `${c.column} ${show(c.oldText)} → ${show(c.newText)}`).join(', ')}`,
        )}
        tx={tx}
      />
      <Listing title={tx.t('importUnchanged')} items={plan.unchanged.map((u) => row(u.row))} tx={tx} />
      {missing.length > 0 && (
        <details data-testid="import-not-in-export">
          <summary className={styles.summary}>{tx.plural('importNotInExportCount', missing.length)}</summary>
          <Caption1>{tx.t('importNotInExportHelp')}</Caption1>
          <Listing
            title={tx.t('importNotInExport')}
            items={missing.map(
              (m) =>
                `${key(m.key)} (${plan.table} ${tableRow(m.tableRow)}): ${missingAdviceText(m.suggestion, tx.locale)}`,
            )}
            tx={tx}
          />
        </details>
      )}
      {plan.closedNotInExport > 0 && (
        <Caption1 as="p">{tx.plural('importClosedNotInExport', plan.closedNotInExport)}</Caption1>
      )}
      {plan.ignoredColumns.length > 0 && (
        <Caption1 as="p">{`${tx.t('importIgnoredColumns')}: ${plan.ignoredColumns.join(', ')}`}</Caption1>
      )}
      {toWrite === 0 && <Text as="p">{tx.t('importNothingToWrite')}</Text>}
      <div className={styles.actions} data-testid="import-actions">
        <Button onClick={onBack}>{tx.t('importBack')}</Button>
        <Button appearance="primary" disabled={toWrite === 0} onClick={onConfirm}>
          {tx.plural('importConfirm', toWrite)}
        </Button>
      </div>
    </section>
  );
}
