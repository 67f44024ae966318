// The dialogue's month: a picker over the report's months, newest first, and the chosen month as a
// line of its own. A running month says how far it has run: "december 2026 (i gang, dag 2 af 31)".
import React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { runningMonth } from '../../../domain/dialogue';
import type { IsoDate, MonthKey } from '../../../domain/model';
import type { Texts } from '../../../text/ui';
import { useApp } from '../../context';
import { useShared } from '../../styles';

/** "december 2026", or "december 2026 (i gang, dag 2 af 31)" while the month runs. */
function monthLabel(tx: Texts, month: MonthKey, asOf: IsoDate): string {
  const running = runningMonth(month, asOf);
  return running
    ? tx.t('dialogMonthRunning', { month: tx.month(month), day: running.day, days: running.days })
    : tx.month(month);
}

export function MonthPicker({
  months,
  month,
  onChange,
}: {
  months: MonthKey[];
  month: MonthKey;
  onChange: (month: MonthKey) => void;
}) {
  const { tx, asOf } = useApp();
  const shared = useShared();
  return (
    <Field label={tx.t('month')}>
      <Select className={shared.select} value={month} onChange={(_, d) => onChange(d.value)}>
        {[...months].reverse().map((x) => (
          <option key={x} value={x}>
            {monthLabel(tx, x, asOf)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function MonthLine({ month }: { month: MonthKey }) {
  const { tx, asOf } = useApp();
  const shared = useShared();
  return (
    <p className={shared.plain} data-testid="dialog-month">
      <strong>{monthLabel(tx, month, asOf)}</strong>
    </p>
  );
}
