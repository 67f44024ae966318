// Mål og milepæle: the reconciliation with STAR (DOMAIN.md section 6) for a project leader holding STAR's
// monitoring report: per month STAR's count with STAR's share and whether STAR's own figures meet the goal,
// the count at close (marked "ved ibrugtagning" when closed as Fremdrift was taken into use) and the count
// now, with the differences in activity and gross, then (folded away) the citizens whose counting changed
// since the close. Fits a 320 px pane: the second facts stack under the counts, and the month column
// stays put while the counts scroll inside the table.
import React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
  sub: { display: 'block', color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  fails: { display: 'block', color: tokens.colorPaletteRedForeground1, whiteSpace: 'nowrap' },
  list: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** "+2", "−3" (a true minus sign), "0"; "" when either side is missing. */
export function signedDifference(now: number | undefined, star: number | undefined, locale: 'da' | 'en'): string {
  if (now === undefined || star === undefined) return '';
  const d = now - star;
  const n = Math.abs(d).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');
  return d > 0 ? `+${n}` : d < 0 ? `\u2212${n}` : '0';
}

/** STAR's count, and under it STAR's share and whether STAR's own figures meet the goal. */
function StarCell({ star }: { star: ReconciliationMonth['star'] }) {
  const { tx } = useApp();
  const s = useStyles();
  return (
    <>
      {star ? formatCount(star.active, star.gross, tx.locale) : '–'}
      {star && star.passes !== null && (
        <span className={star.passes ? s.sub : s.fails}>
          {tx.percent(star.share)} · {tx.t(star.passes ? 'starPasses' : 'starFails')}
        </span>
      )}
    </>
  );
}

/** The count at close, marked "ved ibrugtagning" when closed as Fremdrift was taken into use; the date in its title. */
function ClosedCell({ closed }: { closed: ReconciliationMonth['closed'] }) {
  const { tx } = useApp();
  const s = useStyles();
  if (!closed) return <td title={tx.t('notClosed')}>{tx.t('notClosed')}</td>;
  const title = tx.t(closed.atAdoption ? 'closedAtAdoptionTitle' : 'closedOn', { date: tx.date(closed.closedOn) });
  return (
    <td title={title}>
      {formatCount(closed.active, closed.gross, tx.locale)}
      {closed.atAdoption && <span className={s.sub}>{tx.t('closedAtAdoption')}</span>}
    </td>
  );
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
                const gross = signedDifference(m.now?.gross, m.star?.gross, tx.locale);
                return (
                  <tr key={m.month}>
                    <th scope="row">{tx.month(m.month)}</th>
                    <td>
                      <StarCell star={m.star} />
                    </td>
                    <ClosedCell closed={m.closed} />
                    <td>{count(m.now)}</td>
                    <td>
                      <span className={diff && diff !== '0' ? s.differs : undefined}>{diff}</span>
                      {gross && (
                        <span className={gross !== '0' ? mergeClasses(s.sub, s.differs) : s.sub}>
                          {tx.t('grossDifference', { diff: gross })}
                        </span>
                      )}
                    </td>
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
