// Who started and who ended a counted Forløb in the month (the movement since last month's dialogue),
// and, in the running month, whose Forløb is planned to end later in it.
import React from 'react';
import type { MonthKey } from '../../../domain/model';
import type { Scope } from '../../../domain/report';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { CitizenButton } from './CitizenButton';

export function Movement({ scope, month }: { scope: Scope; month: MonthKey }) {
  const { tx, measurement } = useApp();
  const shared = useShared();
  const rows: [string, string[]][] = [
    [tx.t('started'), measurement.drill({ scope, month, measure: 'starts' })],
    [tx.t('ended'), measurement.drill({ scope, month, measure: 'ends' })],
  ];
  // Only the running month has planned ends; a line saying "nobody" would be noise elsewhere.
  const planned = measurement.drill({ scope, month, measure: 'plannedEnds' });
  if (planned.length > 0) rows.push([tx.t('plannedEnded'), planned]);
  return (
    <ul className={shared.list} data-testid="dialog-movement">
      {rows.map(([label, ids]) => (
        <li key={label}>
          <strong>{label}:</strong>{' '}
          {ids.length === 0
            ? tx.t('nobody')
            : ids.map((id, i) => (
                <React.Fragment key={id}>
                  {i > 0 && ', '}
                  <CitizenButton id={id} />
                </React.Fragment>
              ))}
        </li>
      ))}
    </ul>
  );
}
