// The quick forms that write Forløb: start a placement, end one (the form asks why), and register a
// follow-up on a virksomhedspraktik. Ending and following up list only placements running on the as-of date.
import { registerFollowUp } from '../../app/dialogue';
import { endPlacement, startPlacement } from '../../app/entry';
import { END_REASONS, PLACEMENT_TYPES } from '../../domain/model';
import { FORLØB } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import { citizenField, field, opts, useOngoingPlacements, type QuickFormProps } from './quickFields';

export function StartPlacementForm(props: QuickFormProps) {
  const { caseworker, role, current } = props;
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      key={`start-${caseworker}-${current?.id ?? ''}`}
      title={tx.t('formStartPlacement')}
      fields={[
        citizenField(FORLØB, props),
        field(FORLØB, 'Type', { options: opts(PLACEMENT_TYPES) }),
        field(FORLØB, 'Virksomhed'),
        field(FORLØB, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
        field(FORLØB, 'Slutdato', { placeholder: 'dd-mm-åååå' }),
        field(FORLØB, 'Timer pr. uge'),
        field(FORLØB, 'Virksomhedskonsulent', {
          initial: role === 'Virksomhedskonsulent' ? caseworker : (current?.companyConsultant ?? ''),
        }),
      ]}
      submit={(v) => startPlacement(port, v)}
      describe={(v) => `${tx.t('formStartPlacement')} ${v['Borger-ID']} (${v.Type})`}
    />
  );
}

export function EndPlacementForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  const { placements, option } = useOngoingPlacements(props);
  if (placements.length === 0) return <p>{tx.t('noOpenPlacements')}</p>;
  return (
    <EntryForm
      key={`end-${props.caseworker}-${props.current?.id ?? ''}-${placements.length}`}
      title={tx.t('formEndPlacement')}
      fields={[
        { name: 'Række', label: tx.t('placement'), required: true, options: placements.map(option) },
        field(FORLØB, 'Slutdato', { required: true, initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
        // The reason is required here (the contract keeps it optional for v1 workbooks); no default.
        field(FORLØB, 'Afslutningsårsag', {
          required: true,
          options: [{ value: '', label: '–' }, ...opts(END_REASONS)],
          initial: '',
        }),
      ]}
      submit={(v) => endPlacement(port, Number(v['Række']), v.Slutdato, v['Afslutningsårsag'])}
      describe={(v) => `${tx.t('formEndPlacement')} (${v.Slutdato}, ${v['Afslutningsårsag']})`}
    />
  );
}

export function FollowUpForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  const { placements, option } = useOngoingPlacements(props);
  const praktik = placements.filter((p) => p.type === 'Virksomhedspraktik');
  if (praktik.length === 0) return <p>{tx.t('noOpenPraktik')}</p>;
  return (
    <EntryForm
      key={`follow-${props.caseworker}-${props.current?.id ?? ''}-${praktik.length}`}
      title={tx.t('formFollowUp')}
      fields={[
        { name: 'Række', label: tx.t('praktik'), required: true, options: praktik.map(option) },
        field(FORLØB, 'Opfølgning', { required: true, initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
      ]}
      submit={(v) => {
        const row = Number(v['Række']);
        const p = praktik.find((x) => x.row === row);
        return registerFollowUp(port, row, p?.citizenId ?? '', v['Opfølgning'], asOf);
      }}
      describe={(v) => `${tx.t('formFollowUp')} (${v['Opfølgning']})`}
    />
  );
}
