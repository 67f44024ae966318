// The quick forms that write Borgere: a new citizen with every field a caseworker types, and an update of
// the chosen citizen's readiness and next step. Each form keeps its own state (see EntryForm).
import { addCitizen, updateCitizen } from '../../app/entry';
import { READINESS, TARGET_GROUPS } from '../../domain/model';
import { BORGERE, YES_NO } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import { citizenField, field, opts, type QuickFormProps } from './quickFields';

export function AddCitizenForm({ caseworker, role, current }: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      key={`add-${caseworker}-${role}`}
      title={tx.t('formAddCitizen')}
      fields={[
        field(BORGERE, 'Borger-ID'),
        field(BORGERE, 'Navn'),
        field(BORGERE, 'Målgruppe', { options: opts(TARGET_GROUPS) }),
        field(BORGERE, 'Team', { initial: current?.team ?? '' }),
        field(BORGERE, 'Sagsbehandler', { initial: role === 'Sagsbehandler' ? caseworker : '' }),
        field(BORGERE, 'Virksomhedskonsulent', { initial: role === 'Virksomhedskonsulent' ? caseworker : '' }),
        field(BORGERE, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
        field(BORGERE, 'Visiteret', { placeholder: 'dd-mm-åååå' }),
        field(BORGERE, 'Parathed', { options: opts(READINESS) }),
        field(BORGERE, 'CV', { options: opts(YES_NO) }),
        field(BORGERE, 'Jobmål'),
        field(BORGERE, 'Næste skridt'),
      ]}
      submit={(v) => addCitizen(port, { ...v, Opdateret: asOf })}
      describe={(v) => `${tx.t('formAddCitizen')} ${v['Borger-ID']}`}
    />
  );
}

export function UpdateCitizenForm(props: QuickFormProps) {
  const { caseworker, current } = props;
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      key={`upd-${caseworker}-${current?.id ?? ''}-${current?.readiness ?? ''}-${current?.nextStep ?? ''}`}
      title={tx.t('formUpdateCitizen')}
      fields={[
        citizenField(BORGERE, props),
        field(BORGERE, 'Parathed', { options: opts(READINESS), initial: current?.readiness ?? '' }),
        field(BORGERE, 'Næste skridt', { initial: current?.nextStep ?? '' }),
      ]}
      submit={({ 'Borger-ID': id, ...rest }) =>
        // Only the fields the user filled in change; an emptied field keeps its value in the sheet.
        updateCitizen(port, id ?? '', {
          ...Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== null)),
          Opdateret: asOf,
        })
      }
      describe={(v) => `${tx.t('formUpdateCitizen')} ${v['Borger-ID']}`}
    />
  );
}
