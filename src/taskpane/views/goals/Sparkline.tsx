// A team card's small trend: the share of the last months as a line, scaled to its own range (with the
// milestone when there is one) so a small movement shows. Screen readers get the months and shares as text.
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MonthStats } from '../../../domain/report';
import { formatShortMonth } from '../../../text';
import { useApp } from '../../context';
import { maxOf, minOf } from '../../../domain/collections';

const W = 120;
const H = 28;
const PAD = 3;

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', maxWidth: '240px', height: `${H}px` },
  share: { stroke: tokens.colorBrandForeground1, fill: 'none', strokeWidth: 2 },
  milestone: { stroke: tokens.colorNeutralForeground3, fill: 'none', strokeWidth: 1, strokeDasharray: '2 2' },
});

/** A month of any series with a share and an optional milestone: the goal's months or an indicator's. */
type SparkMonth = Pick<MonthStats, 'month' | 'share'> & { milestone: { share: number } | null };

export function Sparkline({ months }: { months: readonly SparkMonth[] }) {
  const { tx } = useApp();
  const s = useStyles();
  const values = months.flatMap((m) => [m.share, m.milestone?.share ?? null]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const lo = minOf(values);
  const hi = maxOf(values);
  const span = hi - lo || 0.01;
  const x = (i: number) => PAD + ((W - 2 * PAD) * i) / Math.max(1, months.length - 1);
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * (v - lo)) / span;
  const path = (pick: (m: SparkMonth) => number | null) =>
    months
      .map((m, i) => [i, pick(m)] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v as number).toFixed(1)}`)
      .join(' ');
  const label = tx.t('cardTrend', {
    n: months.length,
    values: months.map((m) => `${formatShortMonth(m.month, tx.locale)} ${tx.percent(m.share)}`).join(', '),
  });
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className={s.svg}>
      <path d={path((m) => m.milestone?.share ?? null)} className={s.milestone} vectorEffect="non-scaling-stroke" />
      <path d={path((m) => m.share)} className={s.share} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
