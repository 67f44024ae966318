// The quick form that writes Timer: a citizen's ordinary paid hours in a month (this month by default).
import { logHours } from '../../app/entry';
import { monthOf } from '../../domain/dates';
import { HOURS_SOURCES } from '../../domain/model';
import { TIMER } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import { citizenField, field, opts, type QuickFormProps } from './quickFields';

export function LogHoursForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  return (
    <EntryForm
      key={`hours-${props.caseworker}-${props.current?.id ?? ''}`}
      title={tx.t('formLogHours')}
      fields={[
        citizenField(TIMER, props),
        field(TIMER, 'Måned', { initial: monthOf(asOf), placeholder: 'åååå-mm' }),
        field(TIMER, 'Ordinære timer'),
        field(TIMER, 'Kilde', { options: opts(HOURS_SOURCES) }),
      ]}
      submit={(v) => logHours(port, v)}
      describe={(v) => `${tx.t('formLogHours')} ${v['Borger-ID']} ${v['Måned']}`}
    />
  );
}
