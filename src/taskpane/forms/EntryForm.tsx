// A form over contract columns: each field is checked with parseCell as the user types (the message next to
// the field, in the pane's language); submit calls an app entry action, which validates again and writes
// nothing on error. Errors come back as codes and are rendered here in the pane's locale. A save is
// confirmed next to Gem (and focused); a correction the form offers instead of a refusal is shown as a
// preview with its own buttons and applied only when the user confirms it.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { EntryResult } from '../../app/entry';
import { useApp } from '../context';
import { useShared } from '../styles';
import { EntryField } from './EntryField';
import type { Correction, FieldSpec } from './fieldSpec';
import { useEntryForm, type EntryFormHooks } from './useEntryForm';

export type { FieldSpec } from './fieldSpec';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  saved: { color: tokens.colorPaletteGreenForeground1, overflowWrap: 'anywhere' },
  preview: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface EntryFormProps extends EntryFormHooks {
  title: string;
  fields: FieldSpec[];
  /** Changed by the caller to bring the form into view and focus its first field after Borger-ID. */
  focusTick?: number;
}

/** Brings the form into view and focuses its first field that is not the citizen (already chosen). */
function useFocusRequest(tick: number | undefined) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!tick) return;
    // After the frame: a menu or dialog that opened the form hands focus back to its trigger first.
    const frame = requestAnimationFrame(() => {
      const el = form.current;
      if (!el) return;
      el.scrollIntoView?.({ block: 'start' });
      const fields = [...el.querySelectorAll<HTMLElement>('[data-field]:not([data-field="Borger-ID"])')];
      const first = fields[0];
      (
        first?.querySelector<HTMLElement>('input:checked') ?? first?.querySelector<HTMLElement>('input, select')
      )?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [tick]);
  return form;
}

type FormState = ReturnType<typeof useEntryForm>;

/** Per field, callbacks that stay the same across renders (so unchanged fields skip rendering). */
function useStableHandlers(fields: FieldSpec[], state: FormState) {
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const names = fields.map((x) => x.name).join('\n');
  return useMemo(
    () =>
      new Map(
        names.split('\n').map((name) => [
          name,
          {
            change: (value: string) => latest.current.onChange(name, value),
            confirm: (yes: boolean) => latest.current.confirmNew(name, yes),
          },
        ]),
      ),
    [names],
  );
}

interface PreviewProps {
  c: Correction;
  run(action: () => Promise<EntryResult>, what: string): void;
  cancel(): void;
  /** What the alternative saves (the form's own description). */
  describe(): string;
}

function CorrectionPreview({ c, run, cancel, describe }: PreviewProps) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const confirm = useRef<HTMLButtonElement>(null);
  // Layout effects: focus moves in the same commit that removes the focused button, never via <body>.
  useLayoutEffect(() => confirm.current?.focus(), [c]);
  return (
    <div role="group" aria-label={tx.t('correctionTitle')} className={s.preview}>
      <p className={shared.plain}>{c.text}</p>
      <div className={s.actions}>
        <Button ref={confirm} appearance="primary" onClick={() => run(c.apply, c.confirmLabel)}>
          {c.confirmLabel}
        </Button>
        {c.alternative && <Button onClick={() => run(c.alternative!.run, describe())}>{c.alternative.label}</Button>}
        <Button onClick={cancel}>{tx.t('cancel')}</Button>
      </div>
    </div>
  );
}

export default function EntryForm({ title, fields, focusTick, ...hooks }: EntryFormProps) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const f = useEntryForm(fields, hooks);
  const id = title.replace(/\W+/g, '-');
  const form = useFocusRequest(focusTick);
  const handlers = useStableHandlers(fields, f);
  const saved = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (f.saved) saved.current?.focus();
  }, [f.saved]);

  return (
    <form ref={form} onSubmit={f.onSubmit} aria-labelledby={`${id}-title`} noValidate className={shared.stack}>
      <h3 id={`${id}-title`} className={shared.h3}>
        {title}
      </h3>
      {fields.map((spec) => (
        <EntryField
          key={spec.name}
          spec={spec}
          value={f.values[spec.name] ?? ''}
          error={f.errorOf(spec)}
          similar={f.similarOf(spec)}
          onChange={handlers.get(spec.name)!.change}
          onConfirmNew={handlers.get(spec.name)!.confirm}
        />
      ))}
      {f.formError && (
        <p role="alert" className={s.error}>
          {f.formError}
        </p>
      )}
      {f.correction && (
        <CorrectionPreview
          c={f.correction}
          run={(action, what) => void f.runCorrection(action, what)}
          cancel={f.cancelCorrection}
          describe={f.describe}
        />
      )}
      <div className={s.actions}>
        <Button type="submit" appearance="primary">
          {tx.t('submit')}
        </Button>
        <span ref={saved} role="status" tabIndex={-1} className={s.saved}>
          {f.saved}
        </span>
      </div>
    </form>
  );
}
