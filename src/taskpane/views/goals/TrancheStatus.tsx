// Mål og milepæle, first block: this month's share against the goal and where the tranche stands.
import React from 'react';
import type { Report } from '../../../domain/report';
import { countedMeasure } from '../../../domain/rules';
import { Kpi, KpiRow } from '../../components/Kpi';
import { useApp } from '../../context';

export function TrancheStatus({ report, month }: { report: Report; month: string }) {
  const { tx } = useApp();
  const current = report.months.find((m) => m.month === month);
  const goal = report.rule.threshold / 100;
  return (
    <KpiRow>
      <Kpi
        label={tx.t('currentShare', { month: tx.month(month) })}
        value={tx.percent(current?.share ?? null)}
        note={`${tx.t('colGoal')}: ${tx.percent(goal)}`}
        drill={{ scope: { kind: 'all' }, month, measure: countedMeasure(report.rule) }}
      />
      <Kpi
        label={tx.t('streak')}
        value={tx.number(report.goal.currentStreak)}
        note={`${tx.t('monthsInARow')}: ${report.rule.monthsInARow}`}
      />
      <Kpi label={tx.t('metIn')} value={report.goal.metInMonth ? tx.month(report.goal.metInMonth) : tx.t('notMet')} />
    </KpiRow>
  );
}
