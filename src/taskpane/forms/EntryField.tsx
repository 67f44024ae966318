// One field of an entry form: a list when the spec has options, otherwise a text input, with the
// field's message under it. Split from EntryForm so the form itself is only its layout.
import { Field, Input, Select } from '@fluentui/react-components';
import { useShared } from '../styles';
import type { FieldSpec } from './fieldSpec';

export interface EntryFieldProps {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

export function EntryField({ spec: f, value, error, onChange }: EntryFieldProps) {
  const shared = useShared();
  return (
    <Field label={f.label} required={f.required} validationMessage={error} validationState={error ? 'error' : 'none'}>
      {f.options ? (
        <Select className={shared.select} value={value} onChange={(_, d) => onChange(d.value)}>
          {!f.required && <option value="">–</option>}
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          className={shared.fill}
          value={value}
          placeholder={f.placeholder}
          onChange={(_, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
