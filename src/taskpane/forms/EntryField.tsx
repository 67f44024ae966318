// One field of an entry form: a list (select or radios) when the spec has options, a searchable combobox
// when it has choices (citizens, or a picklist of names already in the workbook with an explicit "Ny ..."
// choice), otherwise a text input; with the field's message, how a date was read, and the confirmation a
// name close to an existing one needs. Split from EntryForm so the form itself is only its layout.
import { memo } from 'react';
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useApp } from '../context';
import { useShared } from '../styles';
import { SearchCombobox } from './SearchCombobox';
import { echoOf } from './echo';
import type { FieldSpec } from './fieldSpec';

export interface EntryFieldProps {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  /** Existing names this value is suspiciously close to (empty: none, or the user confirmed). */
  similar: readonly string[];
  onChange(value: string): void;
  onConfirmNew(yes: boolean): void;
}

function Control({ spec: f, value, onChange }: Pick<EntryFieldProps, 'spec' | 'value' | 'onChange'>) {
  const shared = useShared();
  if (f.combobox) return <SearchCombobox spec={f} value={value} onChange={onChange} />;
  if (f.options && f.radio)
    return (
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value)}>
        {f.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    );
  if (f.options)
    return (
      <Select className={shared.select} value={value} onChange={(_, d) => onChange(d.value)}>
        {!f.required && <option value="">–</option>}
        {f.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    );
  return (
    <Input className={shared.fill} value={value} placeholder={f.placeholder} onChange={(_, d) => onChange(d.value)} />
  );
}

function EntryFieldView({ spec: f, value, error, similar, onChange, onConfirmNew }: EntryFieldProps) {
  const { tx } = useApp();
  const warning =
    similar.length > 0 ? tx.t('similarName', { value: value.trim(), similar: similar.join(', ') }) : undefined;
  const chosen = f.combobox?.choices.find((c) => c.value === value && c.label !== c.value)?.label;
  const hint = echoOf(f, value, tx) ?? (chosen ? tx.t('readAs', { value: chosen }) : undefined);
  return (
    <div data-field={f.name}>
      <Field
        label={f.label}
        required={f.required}
        validationMessage={error ?? warning}
        validationState={error ? 'error' : warning ? 'warning' : 'none'}
        hint={hint}
      >
        <Control spec={f} value={value} onChange={onChange} />
      </Field>
      {warning && (
        <div>
          <Button size="small" onClick={() => onChange(similar[0])}>
            {tx.t('useExisting', { name: similar[0] })}
          </Button>
          <Checkbox
            label={tx.t('confirmNewName', { value: value.trim() })}
            onChange={(_, d) => onConfirmNew(d.checked === true)}
          />
        </div>
      )}
    </div>
  );
}

/** What a field shows of its spec: the forms build specs anew on every render, so memo compares these. */
const shown = (f: FieldSpec) =>
  JSON.stringify([f.label, f.required, f.placeholder, f.radio, f.options, f.combobox, f.col?.header]);

/**
 * A field re-renders only when what it shows changes (its value, message, warning or spec): typing in one
 * field of a long form then renders that field alone. The callbacks are stable (see EntryForm).
 */
export const EntryField = memo(
  EntryFieldView,
  (a, b) =>
    a.value === b.value &&
    a.error === b.error &&
    a.similar.join('\n') === b.similar.join('\n') &&
    a.onChange === b.onChange &&
    a.onConfirmNew === b.onConfirmNew &&
    shown(a.spec) === shown(b.spec),
);
