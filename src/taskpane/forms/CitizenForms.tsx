// The quick forms that write Borgere: a new citizen with every field a caseworker types, and an update of
// the chosen citizen's readiness and next step. Each form keeps its own state (see EntryForm); Team and
// the people are picklists of the names already in the workbook.
import { addCitizen, updateCitizen } from '../../app/entry';
import { READINESS, TARGET_GROUPS } from '../../domain/model';
import { BORGERE, YES_NO } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import { field, opts, useCitizenField, usePicklistField, type QuickFormProps } from './quickFields';

export function AddCitizenForm({ caseworker, role, current, focusTick }: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      focusTick={focusTick}
      title={tx.t('formAddCitizen')}
      fields={[
        field(BORGERE, 'Borger-ID'),
        field(BORGERE, 'Navn'),
        field(BORGERE, 'Målgruppe', { options: opts(TARGET_GROUPS) }),
        usePicklistField(BORGERE, 'Team', 'team', { initial: current?.team ?? '' }),
        usePicklistField(BORGERE, 'Sagsbehandler', 'caseworker', {
          initial: role === 'Sagsbehandler' ? caseworker : '',
        }),
        usePicklistField(BORGERE, 'Virksomhedskonsulent', 'consultant', {
          initial: role === 'Virksomhedskonsulent' ? caseworker : '',
        }),
        field(BORGERE, 'Startdato', { initial: tx.date(asOf) }),
        field(BORGERE, 'Visiteret'),
        field(BORGERE, 'Parathed', { options: opts(READINESS) }),
        field(BORGERE, 'CV', { options: opts(YES_NO) }),
        field(BORGERE, 'Jobmål'),
        field(BORGERE, 'Næste skridt'),
      ]}
      submit={(v) => addCitizen(port, { ...v, Opdateret: asOf }, asOf)}
      describe={(v) => `${tx.t('formAddCitizen')} ${v['Borger-ID']}`}
    />
  );
}

export function UpdateCitizenForm(props: QuickFormProps) {
  const { current } = props;
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      focusTick={props.focusTick}
      title={tx.t('formUpdateCitizen')}
      fields={[
        useCitizenField(BORGERE, props),
        field(BORGERE, 'Parathed', { options: opts(READINESS), initial: current?.readiness ?? '' }),
        field(BORGERE, 'Næste skridt', { initial: current?.nextStep ?? '' }),
      ]}
      submit={({ 'Borger-ID': id, ...rest }) =>
        // Only the fields the user filled in change; an emptied field keeps its value in the sheet.
        // A changed Parathed is dated today in Parathed siden in the same write (issue 23).
        updateCitizen(
          port,
          id ?? '',
          { ...Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== null)), Opdateret: asOf },
          asOf,
        )
      }
      describe={(v) => `${tx.t('formUpdateCitizen')} ${v['Borger-ID']}`}
    />
  );
}
