// The dialogue's "Status" section: the month against milestone and goal, the trend, the caseload size
// against its band, the indicators for the person or their team (issue 24), the month's starts and ends,
// and "Siden sidste dialog" (issue 23).
import React from 'react';
import type { MonthKey } from '../../../domain/model';
import type { CaseloadRole, Scope, SliceSeries } from '../../../domain/report';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { Disclosure } from './Disclosure';
import { IndicatorLines } from './IndicatorLines';
import { Movement } from './Movement';
import { SinceLastDialogue } from './SinceLastDialogue';
import { Summary } from './Summary';
import { Trend } from './Trend';

interface Props {
  person: string;
  role: CaseloadRole;
  scope: Scope;
  slice: (SliceSeries & { team?: string }) | undefined;
  month: MonthKey;
  citizenIds: ReadonlySet<string>;
}

export function StatusSection({ person, role, scope, slice, month, citizenIds }: Props) {
  const { tx, measurement } = useApp();
  const shared = useShared();
  const size = measurement.report.caseloads.find((c) => c.name === person && c.role === role);
  return (
    <Disclosure title={tx.t('dialogStatus')} testId="section-status">
      <Summary slice={slice} scope={scope} month={month} />
      <Trend slice={slice} month={month} who={person} />
      <IndicatorLines results={measurement.report.indicators ?? []} person={person} team={slice?.team} month={month} />
      {size && (
        <p className={shared.plain}>
          {tx.t('caseloadSize')}: {tx.plural('caseloadBand', size.citizens, { min: size.bandMin, max: size.bandMax })} –{' '}
          <strong>{tx.t(size.above ? 'outsideBand' : 'withinBand')}</strong>
        </p>
      )}
      <h4 className={shared.h4}>{tx.t('movement')}</h4>
      <Movement scope={scope} month={month} />
      <SinceLastDialogue person={person} citizenIds={citizenIds} />
    </Disclosure>
  );
}
