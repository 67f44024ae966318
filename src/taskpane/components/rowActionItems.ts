// What a citizen line's actions are and do, shared by the line's plain button (RowActions) and its menu,
// which is a chunk of its own (RowActionsMenu): the actions, the request to open a quick form, the look.
import { useEffect, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
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
