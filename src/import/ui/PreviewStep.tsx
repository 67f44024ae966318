// Step 3 of the import wizard: what the import would do, before anything is written. Every export
// row is in exactly one list; workbook rows missing from the export are shown, never deleted.
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportPlan } from '../plan';
import type { ImportStrings } from './strings';

const MAX_SHOWN = 50;

const useStyles = makeStyles({
  counts: { display: 'grid', gridTemplateColumns: 'auto auto', columnGap: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalS },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalM },
});

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

function Listing({ title, items, t }: { title: string; items: string[]; t: ImportStrings }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{`${title} (${items.length})`}</Subtitle2>
      <ul className={styles.list}>
        {items.slice(0, MAX_SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > MAX_SHOWN && <li>{t.andMore(items.length - MAX_SHOWN)}</li>}
      </ul>
    </section>
  );
}

export interface PreviewStepProps {
  plan: ImportPlan;
  onBack: () => void;
  onConfirm: () => void;
  t: ImportStrings;
}

export function PreviewStep({ plan, onBack, onConfirm, t }: PreviewStepProps) {
  const styles = useStyles();
  const toWrite = plan.added.length + plan.updated.length;
  const row = (n: number) => `${t.tableRow} ${n}`;
  return (
    <section aria-label={t.previewTitle}>
      <Text as="p" weight="semibold">{`${plan.rows} ${t.rows}`}</Text>
      <div className={styles.counts} role="list" aria-label={t.previewTitle}>
        <Text role="listitem">{`${t.added}: ${plan.added.length}`}</Text>
        <Text role="listitem">{`${t.updated}: ${plan.updated.length}`}</Text>
        <Text role="listitem">{`${t.unchanged}: ${plan.unchanged.length}`}</Text>
        <Text role="listitem">{`${t.rejected}: ${plan.rejected.length}`}</Text>
      </div>
      <Listing title={t.rejected} items={plan.rejected.map((r) => r.message)} t={t} />
      <Listing title={t.added} items={plan.added.map((a) => `${a.key} (${row(a.row)})`)} t={t} />
      <Listing
        title={t.updated}
        items={plan.updated.map((u) => `${u.key}: ${u.changes.map((c) => `${c.column} ${show(c.old)} → ${show(c.new)}`).join(', ')}`)}
        t={t}
      />
      <Listing title={t.unchanged} items={plan.unchanged.map((u) => row(u.row))} t={t} />
      {plan.notInExport.length > 0 && <Caption1>{t.notInExportHelp}</Caption1>}
      <Listing title={t.notInExport} items={plan.notInExport.map((m) => `${m.key} (${plan.table} ${row(m.tableRow)})`)} t={t} />
      {plan.ignoredColumns.length > 0 && <Caption1 as="p">{`${t.ignoredColumns}: ${plan.ignoredColumns.join(', ')}`}</Caption1>}
      {toWrite === 0 && <Text as="p">{t.nothingToWrite}</Text>}
      <div className={styles.actions}>
        <Button onClick={onBack}>{t.back}</Button>
        <Button appearance="primary" disabled={toWrite === 0} onClick={onConfirm}>
          {t.confirm(toWrite)}
        </Button>
      </div>
    </section>
  );
}
