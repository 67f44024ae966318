// Mål og milepæle: a card per team (issue 21) answering the project leader's question "how many must the
// team start this month, next month", with the team's caseworkers folded away behind a native
// disclosure (keyboard and screen readers get it for free). Cards stack in one column at 320 px and sit
// side by side when the pane is wider.
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../../../domain/report';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { SliceCard } from './SliceCard';

const useStyles = makeStyles({
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingVerticalS,
  },
  item: { minWidth: 0 },
  workers: { margin: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalS}` },
  summary: { cursor: 'pointer', fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXXS} 0` },
  workerList: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
});

const danish = (a: string, b: string) => a.localeCompare(b, 'da');

export function TeamCards({ report, month }: { report: Report; month: string }) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const teams = Object.keys(report.byTeam).sort(danish);
  const heading = tx.t('teamCards');
  return (
    <>
      <h3 className={shared.h3} id="team-cards-heading">
        {heading}
      </h3>
      <ul className={s.grid} aria-labelledby="team-cards-heading" data-testid="team-cards">
        {teams.map((team) => {
          const workers = Object.entries(report.byCaseworker)
            .filter(([, w]) => w.team === team)
            .sort(([a], [b]) => danish(a, b));
          return (
            <li key={team} className={s.item} data-testid="team-card" data-team={team}>
              <SliceCard name={team} slice={report.byTeam[team]} month={month} level={4} />
              {workers.length > 0 && (
                <details className={s.workers}>
                  <summary className={s.summary}>{tx.t('caseworkersIn', { team, n: workers.length })}</summary>
                  <ul className={s.workerList}>
                    {workers.map(([name, slice]) => (
                      <li key={name}>
                        <SliceCard name={name} slice={slice} month={month} level={5} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
