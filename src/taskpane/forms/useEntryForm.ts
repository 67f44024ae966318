// The state of one entry form: values, which fields the user has touched, and the errors from the last
// submit. Kept apart from the markup so EntryForm reads as layout; each form owns its own state.
import { useState, type FormEvent } from 'react';
import type { EntryResult } from '../../app/entry';
import { fieldErrorText } from '../../text/fields';
import { findingText } from '../../text/issues';
import type { Locale } from '../../text/locale';
import { parseCell } from '../../workbook/cells';
import { useApp } from '../context';
import type { FieldSpec } from './fieldSpec';

type Values = Record<string, string | null>;

function check(spec: FieldSpec, raw: string, requiredText: string, locale: Locale): string | undefined {
  if (raw.trim() === '') return spec.required ? requiredText : undefined;
  if (!spec.col) return undefined;
  const r = parseCell(spec.col, raw);
  return r.ok ? undefined : findingText(r.code, r.params, locale);
}

/** A list opens on its first option when a choice is required; other fields start empty. */
function initialValues(fields: FieldSpec[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => [f.name, f.initial ?? (f.options && f.required ? (f.options[0]?.value ?? '') : '')]),
  );
}

/** Server errors next to their field when the form has one; the rest go to the form's message. */
function splitErrors(fields: FieldSpec[], result: Extract<EntryResult, { ok: false }>, locale: Locale) {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const err of result.errors) {
    const text = fieldErrorText(err, locale);
    if (fields.some((f) => f.name === err.field)) byField[err.field] = text;
    else other.push(text);
  }
  return { byField, other };
}

export function useEntryForm(
  fields: FieldSpec[],
  submit: (values: Values) => Promise<EntryResult>,
  describe: (values: Values) => string,
) {
  const { tx, write, announce } = useApp();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(fields));
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');

  const errorOf = (f: FieldSpec) =>
    serverErrors[f.name] ??
    (touched[f.name] ? check(f, values[f.name] ?? '', tx.t('required', { field: f.label }), tx.locale) : undefined);

  const onChange = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    fields.find((f) => f.name === name)?.onValue?.(value);
    setTouched((t) => ({ ...t, [name]: true }));
    setServerErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const onSubmit = async (e: FormEvent) => {
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
      setValues(initialValues(fields));
      setTouched({});
      announce(tx.t('saved', { what: describe(payload) }));
    } else {
      const { byField, other } = splitErrors(fields, result, tx.locale);
      setServerErrors(byField);
      const msg = [tx.t('fixErrors'), ...other].join(' ');
      setFormError(msg);
      announce(msg);
    }
  };

  return { values, errorOf, onChange, onSubmit, formError };
}
