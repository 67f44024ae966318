// Mål og milepæle: the reconciliation with STAR (DOMAIN.md section 6) for a project leader holding STAR's
// monitoring report: per month STAR's count, the count at close and the count now, with the difference,
// then (folded away) the citizens whose counting changed since the close. Fits a 320 px pane: the month
// column stays put while the counts scroll inside the table.
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReconciliationMonth } from '../../../domain/report';
import { formatCount } from '../../../text/format';
import { ScrollTable } from '../../components/ScrollTable';
import { useApp } from '../../context';
import { useShared } from '../../styles';

const useStyles = makeStyles({
  note: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0`,
  },
  differs: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** "+2", "−3" (a true minus sign), "0"; "" when either side is missing. */
export function signedDifference(now: number | undefined, star: number | undefined, locale: 'da' | 'en'): string {
  if (now === undefined || star === undefined) return '';
  const d = now - star;
  const n = Math.abs(d).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');
  return d > 0 ? `+${n}` : d < 0 ? `\u2212${n}` : '0';
}

export function Reconciliation({ months }: { months: readonly ReconciliationMonth[] }) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const count = (x: { active: number; gross: number } | null) => (x ? formatCount(x.active, x.gross, tx.locale) : '–');
  const changed = months.filter((m) => m.changedSinceClose.length > 0);
  return (
    <section data-testid="reconciliation">
      <h3 className={shared.h3}>{tx.t('reconciliationTitle')}</h3>
      {months.length === 0 ? (
        <p className={s.note}>{tx.t('reconciliationNone')}</p>
      ) : (
        <>
          <p className={s.note}>{tx.t('reconciliationIntro')}</p>
          <ScrollTable label={tx.t('reconciliationTitle')} testId="reconciliation-table">
            <thead>
              <tr>
                <th scope="col">{tx.t('colMonth')}</th>
                <th scope="col">{tx.t('colStar')}</th>
                <th scope="col">{tx.t('colAtClose')}</th>
                <th scope="col">{tx.t('colNow')}</th>
                <th scope="col">{tx.t('colDifference')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => {
                const diff = signedDifference(m.now?.active, m.star?.active, tx.locale);
                return (
                  <tr key={m.month}>
                    <th scope="row">{tx.month(m.month)}</th>
                    <td>{count(m.star)}</td>
                    <td title={m.closed ? tx.t('closedOn', { date: tx.date(m.closed.closedOn) }) : tx.t('notClosed')}>
                      {m.closed ? count(m.closed) : tx.t('notClosed')}
                    </td>
                    <td>{count(m.now)}</td>
                    <td className={diff && diff !== '0' ? s.differs : undefined}>{diff}</td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
          {changed.map((m) => (
            <details key={m.month}>
              <summary>{tx.plural('changedSummary', m.changedSinceClose.length, { month: tx.month(m.month) })}</summary>
              <ul className={s.list}>
                {m.changedSinceClose.map((c) => (
                  <li key={c.citizenId}>
                    {c.citizenId}: {tx.t('countedAtClose')} {c.was ? tx.t('yes') : tx.t('no')}, {tx.t('countedNow')}{' '}
                    {c.now ? tx.t('yes') : tx.t('no')}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
