// The quick form that writes Timer: a citizen's ordinary paid hours in a month (this month by default,
// shown as "november 2026"). A month that already has a row for the citizen is not refused: the form
// offers to correct that row ("Ret november 2026 fra 5 til 7 timer") and changes it only on confirmation.
import { correctRow } from '../../app/entryCorrect';
import { logHours } from '../../app/entry';
import { monthOf } from '../../domain/dates';
import { HOURS_SOURCES } from '../../domain/model';
import { idKey } from '../../domain/rowRules';
import { parseMonth, parseNumber } from '../../workbook/cells';
import { TIMER } from '../../workbook/contract';
import { useApp } from '../context';
import EntryForm from './EntryForm';
import type { Correction } from './fieldSpec';
import { field, opts, useCitizenField, type QuickFormProps } from './quickFields';

type Values = Record<string, string | null>;

function useHoursCorrection() {
  const { tx, port, caseload } = useApp();
  return (v: Values): Correction | null => {
    const month = parseMonth(v['Måned']);
    const hours = parseNumber(v['Ordinære timer']);
    if (!month.ok || hours === null || !v['Borger-ID']) return null;
    const id = idKey(v['Borger-ID']);
    const row = caseload.hours.find((h) => idKey(h.citizenId) === id && h.month === month.value);
    if (!row) return null;
    const words = { month: tx.month(row.month), from: tx.number(row.hours), to: tx.number(hours) };
    return {
      text: tx.t('hoursExist', { id: row.citizenId, hours: tx.number(row.hours), month: words.month, row: row.row }),
      confirmLabel: tx.t('correctHours', words),
      apply: () =>
        correctRow(
          port,
          TIMER,
          row.row,
          { 'Borger-ID': row.citizenId, Måned: row.month },
          { 'Ordinære timer': v['Ordinære timer'], Kilde: v.Kilde },
        ),
    };
  };
}

export function LogHoursForm(props: QuickFormProps) {
  const { tx, port, asOf } = useApp();
  const prepare = useHoursCorrection();
  return (
    <EntryForm
      focusTick={props.focusTick}
      title={tx.t('formLogHours')}
      fields={[
        useCitizenField(TIMER, props),
        field(TIMER, 'Måned', { initial: tx.month(monthOf(asOf)), placeholder: tx.t('monthPlaceholder') }),
        field(TIMER, 'Ordinære timer'),
        field(TIMER, 'Kilde', { options: opts(HOURS_SOURCES) }),
      ]}
      submit={(v) => logHours(port, v)}
      prepare={prepare}
      describe={(v) => {
        const m = parseMonth(v['Måned']);
        return `${tx.t('formLogHours')} ${v['Borger-ID']} ${m.ok ? tx.month(m.value as string) : v['Måned']}`;
      }}
    />
  );
}
