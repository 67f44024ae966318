// Mål og milepæle: the teams side by side this month (gross, active, share, milestone, status). The status
// always carries the gap to the goal, and before the first milestone the gap stands alone.
import React from 'react';
import type { Report } from '../../../domain/report';
import { ScrollTable } from '../../components/ScrollTable';
import { statusWithGap } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';

export function TeamsTable({ byTeam, month }: { byTeam: Report['byTeam']; month: string }) {
  const { tx } = useApp();
  const shared = useShared();
  const teams = Object.keys(byTeam).sort((a, b) => a.localeCompare(b, 'da'));
  const heading = tx.t('teams');
  return (
    <>
      <h3 className={shared.h3}>{heading}</h3>
      <ScrollTable label={heading} testId="teams">
        <thead>
          <tr>
            <th scope="col">{tx.t('colTeam')}</th>
            <th scope="col">{tx.t('kpiGross')}</th>
            <th scope="col">{tx.t('kpiActive')}</th>
            <th scope="col">{tx.t('colShare')}</th>
            <th scope="col">{tx.t('colMilestone')}</th>
            <th scope="col">{tx.t('colStatusShort')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => {
            const m = byTeam[t].months.find((x) => x.month === month);
            return (
              <tr key={t}>
                <th scope="row">{t}</th>
                <td>{m ? tx.number(m.gross) : ''}</td>
                <td>{m ? tx.number(m.active) : ''}</td>
                <td>{tx.percent(m?.share ?? null)}</td>
                <td>{m?.milestone ? tx.number(m.milestone.count) : ''}</td>
                <td>{m ? statusWithGap(m.milestone?.status ?? null, m.gapToGoal, tx.locale) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </>
  );
}
