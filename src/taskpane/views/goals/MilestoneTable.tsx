// Mål og milepæle: the milestone plan month by month. "Starter der skal til" (the starts needed) is the
// most useful figure, so it comes right after the month and stays visible at 320 px; the month stays in
// view while the other columns scroll inside the table's own region. The status stands with the gap to the goal.
import React from 'react';
import type { Report } from '../../../domain/report';
import { ScrollTable } from '../../components/ScrollTable';
import { statusWithGap } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';

export function MilestoneTable({ plan, months }: { plan: Report['plan']; months: Report['months'] }) {
  const { tx } = useApp();
  const shared = useShared();
  const heading = tx.t('milestoneTable');
  // One row per month (the last plan entry for a month wins).
  const rows = [...new Map(plan.map((p) => [p.month, p])).values()];
  // The status is never shown without the gap to the goal (a month on its milestone can still be short of the goal).
  const gapToGoal = new Map(months.map((m) => [m.month, m.gapToGoal]));
  return (
    <>
      <h3 className={shared.h3}>{heading}</h3>
      {plan.length === 0 ? (
        <p>{tx.t('noMilestone')}</p>
      ) : (
        <ScrollTable label={heading} testId="plan">
          <thead>
            <tr>
              <th scope="col">{tx.t('colMonth')}</th>
              <th scope="col">{tx.t('colNeeded')}</th>
              <th scope="col">{tx.t('colMilestone')}</th>
              <th scope="col">{tx.t('colActual')}</th>
              <th scope="col">{tx.t('kpiGap')}</th>
              <th scope="col">{tx.t('colStatusShort')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.month}>
                <th scope="row">{tx.month(p.month)}</th>
                <td>{p.neededStarts === null ? '' : tx.number(p.neededStarts)}</td>
                <td>
                  {tx.number(p.milestoneCount)} ({tx.percent(p.milestoneShare)})
                </td>
                <td>{p.actual === null ? '' : tx.number(p.actual)}</td>
                <td>{p.gap === null ? '' : tx.number(p.gap)}</td>
                <td>{p.status ? statusWithGap(p.status, gapToGoal.get(p.month) ?? null, tx.locale) : ''}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
