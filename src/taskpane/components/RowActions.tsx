// The actions on one citizen line (caseload list, drill lists, signals, dialogue groups): Start forløb,
// Timer, Opfølgning, Afslut and, where the view has one, Aftale. Choosing an action chooses the citizen and
// opens that quick form pre-filled, scrolled into view and focused. One compact menu button per line, so
// a 350 px pane keeps its lines short. The menu itself (Fluent Menu and its positioning) is a separate chunk
// (RowActionsMenu) loaded when a line's button is first pressed: a view with many lines renders a plain button
// per line, and the first view does not download the menu (bundle budget, issue 28).
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { useApp } from '../context';
import type { MessageKey } from '../../text/ui';
import { chooseCitizen } from '../status';

/** The quick forms a row action can open (their ids are the forms' title keys). */
export type RowFormId = 'formStartPlacement' | 'formLogHours' | 'formFollowUp' | 'formEndPlacement';

const FORM_EVENT = 'fremdrift:open-form';

export const ACTIONS: { form: RowFormId; label: MessageKey }[] = [
  { form: 'formStartPlacement', label: 'actionStart' },
  { form: 'formLogHours', label: 'actionHours' },
  { form: 'formFollowUp', label: 'actionFollowUp' },
  { form: 'formEndPlacement', label: 'actionEnd' },
];

/** Chooses the citizen and asks the quick forms to open `form` for them. */
export function openForm(form: RowFormId, citizenId: string): void {
  chooseCitizen(citizenId);
  window.dispatchEvent(new CustomEvent(FORM_EVENT, { detail: form }));
}

/** The latest form a row action asked for, and a counter that changes with every request. */
export function useFormRequests(): { form: RowFormId | null; tick: number } {
  const [request, setRequest] = useState<{ form: RowFormId | null; tick: number }>({ form: null, tick: 0 });
  useEffect(() => {
    const on = (e: Event) => setRequest((r) => ({ form: (e as CustomEvent<RowFormId>).detail, tick: r.tick + 1 }));
    window.addEventListener(FORM_EVENT, on);
    return () => window.removeEventListener(FORM_EVENT, on);
  }, []);
  return request;
}

export const useTriggerStyles = makeStyles({ trigger: { minWidth: 0, paddingInline: '4px' } });

export interface RowActionsProps {
  citizenId: string;
  /** Called after an action is chosen (e.g. to close the drill-down dialog). */
  onChosen?(): void;
  /** Opens the agreement form for the citizen; without it the menu has no Aftale. */
  onAgreement?(citizenId: string): void;
  /** False where the quick forms are not on the page (the dialogue): the menu then offers only Aftale. */
  withForms?: boolean;
}

const loadMenu = () => import(/* webpackChunkName: "row-actions" */ './RowActionsMenu');
const RowActionsMenu = lazy(loadMenu);

/** The line's button while the menu chunk loads: it takes the focus the pressed button had (it replaces it). */
function LoadingTrigger({ label }: { label: string }) {
  const s = useTriggerStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <Button ref={ref} size="small" appearance="subtle" className={s.trigger} aria-label={label} aria-haspopup="menu">
      ⋯
    </Button>
  );
}

export function RowActions(props: RowActionsProps) {
  const { tx } = useApp();
  const s = useTriggerStyles();
  const label = tx.t('rowActions', { id: props.citizenId });
  // The line's menu is mounted when first asked for and then stays (it opens on mount, and closing it
  // returns focus to its own trigger). Until then a plain button stands in, with the same name and look.
  const [wanted, setWanted] = useState(false);
  if (!wanted)
    return (
      <Button
        size="small"
        appearance="subtle"
        className={s.trigger}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        onPointerEnter={() => void loadMenu()}
        onClick={() => setWanted(true)}
      >
        ⋯
      </Button>
    );
  return (
    <Suspense fallback={<LoadingTrigger label={label} />}>
      <RowActionsMenu {...props} />
    </Suspense>
  );
}
