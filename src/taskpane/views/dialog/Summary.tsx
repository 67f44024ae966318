// The person's month against their milestone and the goal, and next month's milestone with the starts
// needed to reach it; every figure opens the citizens behind it. Ends are only those that happened;
// ends later in the running month are noted beside them as planned.
import React from 'react';
import { addMonths } from '../../../domain/dates';
import type { MonthKey } from '../../../domain/model';
import type { Scope, SliceSeries } from '../../../domain/report';
import { statusText, statusWithGap } from '../../../text';
import { Kpi, KpiRow } from '../../components/Kpi';
import { useApp } from '../../context';

export function Summary({ slice, scope, month }: { slice: SliceSeries | undefined; scope: Scope; month: MonthKey }) {
  const { tx } = useApp();
  const stats = slice?.months.find((x) => x.month === month);
  if (!stats) return <p>{tx.t('noCitizens')}</p>;
  const next = addMonths(month, 1);
  const plan = slice?.plan.find((p) => p.month === next);
  const milestone = stats.milestone;
  return (
    <KpiRow>
      <Kpi label={tx.t('kpiGross')} value={tx.number(stats.gross)} drill={{ scope, month, measure: 'gross' }} />
      <Kpi
        label={tx.t('kpiActive')}
        value={tx.number(stats.active)}
        note={tx.percent(stats.share)}
        drill={{ scope, month, measure: 'active' }}
      />
      <Kpi
        label={tx.t('kpiMilestone')}
        value={milestone ? tx.number(milestone.count) : '–'}
        note={
          milestone
            ? `${statusWithGap(milestone.status, stats.gapToGoal, tx.locale)} · ${tx.plural('gapCitizens', milestone.gap ?? 0)}`
            : tx.t('noMilestone')
        }
        drill={{ scope, month, measure: 'notActive' }}
      />
      <Kpi
        label={tx.t('kpiGapGoal')}
        value={stats.gapToGoal === null ? '–' : tx.number(stats.gapToGoal)}
        drill={{ scope, month, measure: 'notActive' }}
      />
      <Kpi
        label={tx.t('kpiNextMilestone', { month: tx.month(next) })}
        value={plan ? tx.number(plan.milestoneCount) : '–'}
        note={
          plan
            ? plan.neededStarts !== null
              ? tx.plural('neededStarts', plan.neededStarts)
              : statusText(plan.status, tx.locale)
            : tx.t('noPlanNext')
        }
      />
      <Kpi label={tx.t('kpiStarts')} value={tx.number(stats.starts)} drill={{ scope, month, measure: 'starts' }} />
      <Kpi
        label={tx.t('kpiEnds')}
        value={tx.number(stats.ends)}
        note={stats.plannedEnds > 0 ? tx.t('plannedEndsNote', { n: tx.number(stats.plannedEnds) }) : undefined}
        drill={{ scope, month, measure: 'ends' }}
      />
    </KpiRow>
  );
}
