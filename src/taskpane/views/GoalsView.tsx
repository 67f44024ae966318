// Mål og milepæle: the project leader's view. Composes the tranche status, the chart (its own chunk),
// the team cards, the indicators (their own chunk), the goal-rule form, the milestone plan and the reconciliation
// with STAR; each lives in views/goals/.
import React, { Suspense, lazy } from 'react';
import { Spinner } from '@fluentui/react-components';
import { monthOf } from '../../domain/dates';
import type { ChartPoint } from '../components/ShareChart';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { useShared } from '../styles';
import { ruleName } from '../../text';
import { Headline } from './goals/Headline';
import { MilestoneTable } from './goals/MilestoneTable';
import { Reconciliation } from './goals/Reconciliation';
import { RuleForm } from './goals/RuleForm';
import { TeamCards } from './goals/TeamCards';
import { TrancheStatus } from './goals/TrancheStatus';

const ShareChart = lazy(() => import(/* webpackChunkName: "chart" */ '../components/ShareChart'));
const IndicatorSections = lazy(() => import(/* webpackChunkName: "indicators" */ './goals/IndicatorSections'));

export default function GoalsView() {
  const { tx, measurement, caseload, asOf } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const month = monthOf(asOf);
  // Measured months so far, then the planned milestones of the months still to come.
  const points: ChartPoint[] = report.months.map((m) => ({
    month: m.month,
    share: m.share,
    milestone: m.milestone?.share ?? null,
  }));
  for (const p of report.plan)
    if (p.month > month) points.push({ month: p.month, share: null, milestone: p.milestoneShare });

  return (
    <ViewSection id="goals" title={tx.t('goalsTitle')}>
      <p className={shared.plain}>{ruleName(report.rule.id, tx.locale)}</p>
      <Headline report={report} />
      <h3 className={shared.h3}>{tx.t('trancheStatus')}</h3>
      <TrancheStatus report={report} month={month} />
      <Suspense fallback={<Spinner size="tiny" label={tx.t('loading')} />}>
        <ShareChart
          points={points}
          goal={report.rule.threshold / 100}
          tx={tx}
          today={month}
          deadline={report.goal.deadline}
        />
      </Suspense>
      <TeamCards report={report} month={month} />
      {(report.indicators?.length ?? 0) > 0 && (
        <Suspense fallback={<Spinner size="tiny" label={tx.t('loading')} />}>
          <IndicatorSections results={report.indicators ?? []} />
        </Suspense>
      )}
      <RuleForm rule={report.rule} settings={caseload.settings} />
      <MilestoneTable plan={report.plan} months={report.months} />
      <Reconciliation months={report.reconciliation} />
    </ViewSection>
  );
}
