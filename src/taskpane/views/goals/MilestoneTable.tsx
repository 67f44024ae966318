// Mål og milepæle: the milestone plan month by month. "Starter der skal til" (the starts needed, the
// running month included) comes right after the month; the milestone, the actual count, both gaps and the
// status are stacked in one cell, so at 320 px every key figure is in view without sideways scrolling.
import React from 'react';
import { makeStyles } from '@fluentui/react-components';
import type { Report } from '../../../domain/report';
import { ScrollTable } from '../../components/ScrollTable';
import { statusWithGap } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';

const useStyles = makeStyles({ stacked: { overflowWrap: 'anywhere' } });

export function MilestoneTable({ plan, months }: { plan: Report['plan']; months: Report['months'] }) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
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
              <th scope="col">
                {tx.t('colMilestone')} · {tx.t('colStatusShort')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.month}>
                <th scope="row">{tx.month(p.month)}</th>
                <td>{p.neededStarts === null ? '' : tx.number(p.neededStarts)}</td>
                <td className={s.stacked} data-cell="status">
                  <div>
                    {tx.number(p.milestoneCount)} ({tx.percent(p.milestoneShare)})
                    {p.actual === null ? '' : ` · ${tx.t('colActual').toLowerCase()} ${tx.number(p.actual)}`}
                  </div>
                  {p.gap !== null && (
                    <div>
                      {tx.t('kpiGap')}: {tx.number(p.gap)}
                    </div>
                  )}
                  {p.status && <div>{statusWithGap(p.status, gapToGoal.get(p.month) ?? null, tx.locale)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
