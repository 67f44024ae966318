// The person's open agreements from earlier dialogues (Aftaler), oldest first, each closable as Udført
// or Droppet; and the form that writes a new agreement to Aftaler in one step.
import React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { addAgreement, setAgreementStatus } from '../../../app/dialogue';
import { openAgreements } from '../../../domain/dialogue';
import type { Agreement, AgreementStatus, MonthKey } from '../../../domain/model';
import { fieldErrorText } from '../../../text/fields';
import { AFTALER } from '../../../workbook/contract';
import { useApp } from '../../context';
import EntryForm, { type FieldSpec } from '../../forms/EntryForm';
import { useShared } from '../../styles';

const useStyles = makeStyles({
  item: { marginBottom: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
});

export function Agreements({ person, month }: { person: string; month: MonthKey }) {
  const { tx, measurement, port, write, announce } = useApp();
  const shared = useShared();
  const s = useStyles();
  const open = openAgreements(measurement.report.agreements, person, month);
  const close = async (a: Agreement, status: AgreementStatus) => {
    const r = await write(() => setAgreementStatus(port, { row: a.row, date: a.date, text: a.text }, status));
    announce(
      r.ok
        ? tx.t('agreementMarked', { text: a.text, status: tx.t(status === 'Udført' ? 'markDone' : 'markDropped') })
        : r.errors.map((e) => fieldErrorText(e, tx.locale)).join(' '),
    );
  };
  if (open.length === 0) return <p className={shared.plain}>{tx.t('noAgreements')}</p>;
  return (
    <ul className={shared.list} data-testid="agreements">
      {open.map((a) => (
        <li key={a.row} className={s.item}>
          <strong>{a.text}</strong> ({a.citizenId ?? tx.t('agreementWhole')};{' '}
          {tx.t('agreementMeta', { date: tx.date(a.date) })}
          {a.due ? `; ${tx.t('agreementDue', { date: tx.date(a.due) })}` : ''}
          {a.responsible ? `; ${a.responsible}` : ''})
          <div className={s.actions}>
            {(['Udført', 'Droppet'] as const).map((status) => {
              const label = tx.t(status === 'Udført' ? 'markDone' : 'markDropped');
              return (
                <Button
                  key={status}
                  size="small"
                  aria-label={tx.t('markAgreement', { status: label, text: a.text })}
                  onClick={() => void close(a, status)}
                >
                  {label}
                </Button>
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}

const col = (header: string) => AFTALER.columns.find((c) => c.header === header)!;

/** `about`: a citizen chosen from a dialogue line, filled in and the form focused (each request a new tick). */
export function AgreementForm({ person, about }: { person: string; about?: { id: string; tick: number } | null }) {
  const { tx, port, asOf } = useApp();
  const fields: FieldSpec[] = [
    { name: 'Aftale', label: 'Aftale', col: col('Aftale'), required: true },
    { name: 'Borger-ID', label: tx.t('agreementAbout'), col: col('Borger-ID'), initial: about?.id },
    { name: 'Ansvarlig', label: 'Ansvarlig', col: col('Ansvarlig'), initial: person },
    { name: 'Frist', label: 'Frist', col: col('Frist'), placeholder: 'dd-mm-åååå' },
    {
      name: 'Dato',
      label: 'Dato',
      col: col('Dato'),
      required: true,
      initial: tx.date(asOf),
      placeholder: 'dd-mm-åååå',
    },
  ];
  return (
    <EntryForm
      key={`agreement-${person}`}
      title={tx.t('formAgreement')}
      fields={fields}
      focusTick={about?.tick}
      submit={(v) => addAgreement(port, { ...v, Sagsbehandler: person })}
      describe={() => tx.t('agreementSaved', { who: person })}
    />
  );
}
