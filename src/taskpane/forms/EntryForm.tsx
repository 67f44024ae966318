// A form over contract columns: each field is checked with parseCell as the user types (the message next to
// the field, in the pane's language); submit calls an app entry action, which validates again and writes
// nothing on error. Errors come back as codes and are rendered here in the pane's locale.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { EntryResult } from '../../app/entry';
import { useApp } from '../context';
import { useShared } from '../styles';
import { EntryField } from './EntryField';
import type { FieldSpec } from './fieldSpec';
import { useEntryForm } from './useEntryForm';

export type { FieldSpec } from './fieldSpec';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface EntryFormProps {
  title: string;
  fields: FieldSpec[];
  submit(values: Record<string, string | null>): Promise<EntryResult>;
  /** What was saved, for the announcement. */
  describe(values: Record<string, string | null>): string;
}

export default function EntryForm({ title, fields, submit, describe }: EntryFormProps) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const { values, errorOf, onChange, onSubmit, formError } = useEntryForm(fields, submit, describe);
  const id = title.replace(/\W+/g, '-');

  return (
    <form onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate className={shared.stack}>
      <h3 id={`${id}-title`} className={shared.h3}>
        {title}
      </h3>
      {fields.map((f) => (
        <EntryField
          key={f.name}
          spec={f}
          value={values[f.name] ?? ''}
          error={errorOf(f)}
          onChange={(value) => onChange(f.name, value)}
        />
      ))}
      {formError && (
        <p role="alert" className={s.error}>
          {formError}
        </p>
      )}
      <div>
        <Button type="submit" appearance="primary">
          {tx.t('submit')}
        </Button>
      </div>
    </form>
  );
}
