// The quick entry forms of Min sagsstamme: start/end placement (ending asks why), follow-up with the
// praktik's company, hours, readiness and next step, and a new citizen with every field a caseworker
// types. Forms know the citizen: choosing one (in a form, a list or the drill-down) fills the fields the
// user has not touched with the citizen's current values; the forms are never rebuilt, so focus and typed
// values stay. A row action (components/RowActions) opens a form for its citizen, scrolled to and focused.
import { useEffect, useState, type ComponentType } from 'react';
import { ToggleButton, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Citizen } from '../../domain/model';
import type { CaseloadRole } from '../../domain/report';
import { useApp } from '../context';
import type { MessageKey } from '../../text/ui';
import { useFormRequests } from '../components/RowActions';
import { useChosenCitizen } from '../status';
import { useShared } from '../styles';
import { AddCitizenForm, UpdateCitizenForm } from './CitizenForms';
import { LogHoursForm } from './HoursForm';
import { EndPlacementForm, FollowUpForm, StartPlacementForm } from './PlacementForms';
import type { QuickFormProps } from './quickFields';

const useStyles = makeStyles({
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type FormId =
  'formAddCitizen' | 'formStartPlacement' | 'formEndPlacement' | 'formFollowUp' | 'formLogHours' | 'formUpdateCitizen';

/** The forms in the order of their buttons; the id is also the button's text key. */
const FORMS: { id: FormId; Form: ComponentType<QuickFormProps> }[] = [
  { id: 'formStartPlacement', Form: StartPlacementForm },
  { id: 'formEndPlacement', Form: EndPlacementForm },
  { id: 'formFollowUp', Form: FollowUpForm },
  { id: 'formLogHours', Form: LogHoursForm },
  { id: 'formUpdateCitizen', Form: UpdateCitizenForm },
  { id: 'formAddCitizen', Form: AddCitizenForm },
];

export interface QuickFormsProps {
  /** The person whose caseload the forms work on. */
  caseworker: string;
  role?: CaseloadRole;
  citizens: Citizen[];
  /** The citizen to start with when none is chosen. */
  preferred?: string;
}

export default function QuickForms({ caseworker, role = 'Sagsbehandler', citizens, preferred }: QuickFormsProps) {
  const { tx, announce } = useApp();
  const shared = useShared();
  const s = useStyles();
  const [open, setOpen] = useState<FormId>('formStartPlacement');
  const chosenId = useChosenCitizen();
  const current = citizens.find((c) => c.id === chosenId) ?? citizens.find((c) => c.id === preferred) ?? citizens[0];
  const { Form } = FORMS.find((f) => f.id === open)!;
  // One tab stop for the form buttons (arrow keys move between them), so Tab goes on into the open form.
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true, memorizeCurrent: true });
  const request = useFormRequests();
  /** The request the open form was opened by (0: opened by its own button, so no scrolling or focus). */
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (!request.form) return;
    setOpen(request.form);
    setFocusTick(request.tick);
  }, [request]);

  return (
    <section aria-labelledby="quick-forms">
      <h2 id="quick-forms" className={shared.h2}>
        {tx.t('quickForms')}
      </h2>
      <div role="group" aria-label={tx.t('quickForms')} className={s.choices} {...arrows}>
        {FORMS.map(({ id }) => (
          <ToggleButton
            key={id}
            size="small"
            checked={open === id}
            onClick={() => {
              // A message belongs to the form that raised it: choosing another form clears it.
              if (id !== open) announce('');
              setOpen(id);
              setFocusTick(0);
            }}
          >
            {tx.t(id as MessageKey)}
          </ToggleButton>
        ))}
      </div>
      <Form caseworker={caseworker} role={role} citizens={citizens} current={current} focusTick={focusTick} />
    </section>
  );
}
