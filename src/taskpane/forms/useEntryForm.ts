// The state of one entry form: values, which fields the user has touched, the errors from the last
// submit, a pending correction (shown as a preview) and the confirmation after a save. Kept apart from the
// markup so EntryForm reads as layout; each form owns its own state and stays mounted: when a field's
// starting value changes (another citizen chosen), only fields the user has not touched follow it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntryResult } from '../../app/entry';
import { similarNames } from '../../domain/nearNames';
import { fieldErrorText } from '../../text/fields';
import { findingText } from '../../text/issues';
import type { Locale } from '../../text/locale';
import { parseCell } from '../../workbook/cells';
import { useApp } from '../context';
import type { Correction, FieldSpec } from './fieldSpec';

type Values = Record<string, string | null>;

function check(spec: FieldSpec, raw: string, requiredText: string, locale: Locale): string | undefined {
  if (raw.trim() === '') return spec.required ? requiredText : undefined;
  if (!spec.col) return undefined;
  const r = parseCell(spec.col, raw);
  return r.ok ? undefined : findingText(r.code, r.params, locale);
}

/** A field the form will not submit: unreadable, or required and empty. */
const hasProblem = (f: FieldSpec, raw: string, locale: Locale) =>
  check(f, raw, '', locale) !== undefined || (f.required === true && !raw.trim());

const startOf = (f: FieldSpec) => f.initial ?? (f.options && f.required ? (f.options[0]?.value ?? '') : '');

/** A list opens on its first option when a choice is required; other fields start empty. */
function initialValues(fields: FieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, startOf(f)]));
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

/** The trimmed values to submit, empty fields as null. */
const payloadOf = (fields: FieldSpec[], values: Record<string, string>): Values =>
  Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim() === '' ? null : values[f.name].trim()]));

/** Untouched fields (and `sync` fields) follow their starting value when it changes. */
function useFollowInitials(
  fields: FieldSpec[],
  touched: Record<string, boolean>,
  setValues: (f: (v: Record<string, string>) => Record<string, string>) => void,
) {
  const starts = fields.map((f) => [f.name, startOf(f)] as const);
  const signature = JSON.stringify(starts);
  const previous = useRef(signature);
  useEffect(() => {
    if (previous.current === signature) return;
    const before = new Map<string, string>(JSON.parse(previous.current) as [string, string][]);
    previous.current = signature;
    setValues((v) => {
      const next = { ...v };
      for (const [name, start] of starts) {
        const spec = fields.find((f) => f.name === name);
        if (before.get(name) !== start && (spec?.sync || !touched[name])) next[name] = start;
      }
      return next;
    });
    // `signature` stands for `starts`; `touched` is read at the moment the starting values change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
}

export interface EntryFormHooks {
  submit(values: Values): Promise<EntryResult>;
  /** What was saved, for the confirmation. */
  describe(values: Values): string;
  /** A correction to offer instead of submitting (null: submit as usual). */
  prepare?(values: Values): Correction | null;
}

export function useEntryForm(fields: FieldSpec[], { submit, describe, prepare }: EntryFormHooks) {
  const { tx, write, announce } = useApp();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(fields));
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saved, setSaved] = useState('');
  const [correction, setCorrection] = useState<Correction | null>(null);
  /** Per field, the new name the user confirmed despite a similar existing one. */
  const [confirmed, setConfirmed] = useState<Record<string, string>>({});
  useFollowInitials(fields, touched, setValues);

  const errorOf = (f: FieldSpec) =>
    serverErrors[f.name] ??
    (touched[f.name] ? check(f, values[f.name] ?? '', tx.t('required', { field: f.label }), tx.locale) : undefined);
  const similarOf = (f: FieldSpec) =>
    f.similarTo && confirmed[f.name] !== (values[f.name] ?? '').trim()
      ? similarNames(values[f.name] ?? '', f.similarTo)
      : [];

  const onChange = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    fields.find((f) => f.name === name)?.onValue?.(value);
    setTouched((t) => ({ ...t, [name]: true }));
    setServerErrors(({ [name]: _gone, ...rest }) => rest);
    setSaved('');
    setCorrection(null);
  };
  const confirmNew = (name: string, yes: boolean) =>
    setConfirmed((c) => ({ ...c, [name]: yes ? (values[name] ?? '').trim() : '' }));

  const finish = (result: EntryResult, what: string) => {
    setCorrection(null);
    if (result.ok) {
      setFormError('');
      setServerErrors({});
      setValues(initialValues(fields));
      setTouched({});
      setConfirmed({});
      // The confirmation sits next to Gem (role=status, focused); the announcer above the tabs is cleared.
      announce('');
      setSaved(tx.t('saved', { what }));
    } else {
      const { byField, other } = splitErrors(fields, result, tx.locale);
      setServerErrors(byField);
      const msg = [tx.t('fixErrors'), ...other].join(' ');
      setFormError(msg);
      announce(msg);
    }
  };

  const payload = () => payloadOf(fields, values);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(Object.fromEntries(fields.map((f) => [f.name, true])));
    setSaved('');
    if (fields.some((f) => hasProblem(f, values[f.name] ?? '', tx.locale) || similarOf(f).length > 0)) {
      setFormError(tx.t('fixErrors'));
      return announce(tx.t('fixErrors'));
    }
    const v = payload();
    const offer = prepare?.(v) ?? null;
    if (offer) return setCorrection(offer);
    finish(await write(() => submit(v)), describe(v));
  };

  const runCorrection = async (run: () => Promise<EntryResult>, what: string) => finish(await write(run), what);

  return {
    values,
    errorOf,
    similarOf,
    confirmNew,
    onChange,
    onSubmit,
    formError,
    saved,
    correction,
    runCorrection,
    cancelCorrection: () => setCorrection(null),
    describe: () => describe(payload()),
  };
}
