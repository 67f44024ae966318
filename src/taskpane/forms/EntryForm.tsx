// A form over contract columns: each field is checked with parseCell as the user types (the message next to
// the field, in the pane's language); submit calls an app entry action, which validates again and writes
// nothing on error. Errors come back as codes and are rendered here in the pane's locale.
import React, { useState } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { EntryResult } from '../../app/entry';
import { fieldErrorText } from '../../text/fields';
import { findingText } from '../../text/issues';
import type { Locale } from '../../text/locale';
import { parseCell } from '../../workbook/cells';
import type { ColumnDef } from '../../workbook/contract';
import { useApp } from '../context';
import { useShared } from '../styles';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface FieldSpec {
  /** Key in the values passed to submit (a contract header, or any name for non-column fields). */
  name: string;
  label: string;
  col?: ColumnDef;
  required?: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
  placeholder?: string;
  /** Called with the new value as the user changes the field (e.g. choosing a citizen fills the form). */
  onValue?(value: string): void;
}

export interface EntryFormProps {
  title: string;
  fields: FieldSpec[];
  submit(values: Record<string, string | null>): Promise<EntryResult>;
  /** What was saved, for the announcement. */
  describe(values: Record<string, string | null>): string;
}

function check(spec: FieldSpec, raw: string, requiredText: string, locale: Locale): string | undefined {
  if (raw.trim() === '') return spec.required ? requiredText : undefined;
  if (!spec.col) return undefined;
  const r = parseCell(spec.col, raw);
  return r.ok ? undefined : findingText(r.code, r.params, locale);
}

export default function EntryForm({ title, fields, submit, describe }: EntryFormProps) {
  const { tx, write, announce } = useApp();
  const shared = useShared();
  const s = useStyles();
  const initial = () =>
    Object.fromEntries(
      fields.map((f) => [f.name, f.initial ?? (f.options && f.required ? (f.options[0]?.value ?? '') : '')]),
    );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const id = title.replace(/\W+/g, '-');

  const errorOf = (f: FieldSpec) =>
    serverErrors[f.name] ??
    (touched[f.name] ? check(f, values[f.name] ?? '', tx.t('required', { field: f.label }), tx.locale) : undefined);

  const onChange = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    fields.find((f) => f.name === name)?.onValue?.(value);
    setTouched((t) => ({ ...t, [name]: true }));
    setServerErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(Object.fromEntries(fields.map((f) => [f.name, true])));
    const local = fields.some(
      (f) =>
        check(f, values[f.name] ?? '', '', tx.locale) !== undefined || (f.required && !(values[f.name] ?? '').trim()),
    );
    if (local) {
      setFormError(tx.t('fixErrors'));
      announce(tx.t('fixErrors'));
      return;
    }
    const payload = Object.fromEntries(
      fields.map((f) => [f.name, (values[f.name] ?? '').trim() === '' ? null : values[f.name].trim()]),
    );
    const result = await write(() => submit(payload));
    if (result.ok) {
      setFormError('');
      setServerErrors({});
      setValues(initial());
      setTouched({});
      announce(tx.t('saved', { what: describe(payload) }));
    } else {
      const byField: Record<string, string> = {};
      const other: string[] = [];
      for (const err of result.errors) {
        const text = fieldErrorText(err, tx.locale);
        if (fields.some((f) => f.name === err.field)) byField[err.field] = text;
        else other.push(text);
      }
      setServerErrors(byField);
      const msg = [tx.t('fixErrors'), ...other].join(' ');
      setFormError(msg);
      announce(msg);
    }
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate className={shared.stack}>
      <h3 id={`${id}-title`} className={shared.h3}>
        {title}
      </h3>
      {fields.map((f) => {
        const err = errorOf(f);
        return (
          <Field
            key={f.name}
            label={f.label}
            required={f.required}
            validationMessage={err}
            validationState={err ? 'error' : 'none'}
          >
            {f.options ? (
              <Select
                className={shared.select}
                value={values[f.name] ?? ''}
                onChange={(_, d) => onChange(f.name, d.value)}
              >
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
                value={values[f.name] ?? ''}
                placeholder={f.placeholder}
                onChange={(_, d) => onChange(f.name, d.value)}
              />
            )}
          </Field>
        );
      })}
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
