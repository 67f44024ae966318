// A small trend of the person's share against their milestone over the last six months: a compact SVG
// drawn for a 300 px box (legible at a 320 px pane), with the figures as text for screen readers.
import React from 'react';
import { PercentGrid } from '../../components/PercentGrid';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MonthKey } from '../../../domain/model';
import type { SliceSeries } from '../../../domain/report';
import { useApp } from '../../context';
import { maxOf } from '../../../domain/collections';

const W = 300;
const H = 96;
const PAD = { left: 46, right: 8, top: 8, bottom: 20 };
const MONTHS = 6;

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { display: 'block', width: '100%', maxWidth: '420px', height: 'auto' },
  grid: { stroke: tokens.colorNeutralStroke2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '12px' },
  share: { stroke: tokens.colorBrandForeground1, fill: 'none', strokeWidth: 3 },
  dot: { fill: tokens.colorBrandForeground1 },
  milestone: { stroke: tokens.colorNeutralForeground3, fill: 'none', strokeWidth: 2, strokeDasharray: '2 3' },
  legend: {
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  shareKey: { color: tokens.colorBrandForeground1 },
  milestoneKey: { color: tokens.colorNeutralForeground3 },
});

export function Trend({ slice, month, who }: { slice: SliceSeries | undefined; month: MonthKey; who: string }) {
  const { tx } = useApp();
  const s = useStyles();
  const upTo = (slice?.months ?? []).filter((m) => m.month <= month).slice(-MONTHS);
  if (upTo.length === 0) return null;
  const n = Math.max(upTo.length, 2);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / (n - 1);
  // The top of the scale: the highest share or milestone, rounded up to whole tens of percent.
  const top = Math.max(
    0.1,
    Math.ceil(maxOf(upTo.map((m) => Math.max(m.share ?? 0, m.milestone?.share ?? 0))) * 10 - 1e-9) / 10,
  );
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - Math.min(1, v / top));
  const path = (values: (number | null)[]) =>
    values
      .map((v, i) => [i, v] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v as number).toFixed(1)}`)
      .join(' ');
  const label = tx.t('trendLabel', { who });
  const summary = upTo
    .map(
      (m) =>
        `${tx.month(m.month)}: ${tx.percent(m.share)}${m.milestone ? ` (${tx.t('trendMilestone')} ${tx.percent(m.milestone.share)})` : ''}`,
    )
    .join('; ');
  return (
    <figure className={s.figure}>
      <svg
        role="img"
        aria-label={`${label}. ${summary}`}
        viewBox={`0 0 ${W} ${H}`}
        className={s.svg}
        data-testid="trend"
      >
        <PercentGrid
          ticks={[0, top / 2, top]}
          y={y}
          left={PAD.left}
          right={W - PAD.right}
          lineClass={s.grid}
          labelClass={s.label}
          format={tx.percent}
        />
        {upTo.map((m, i) => (
          <text
            key={m.month}
            x={Math.min(W - 18, Math.max(PAD.left + 10, x(i)))}
            y={H - 5}
            textAnchor="middle"
            className={s.label}
          >
            {m.month.slice(5)}
          </text>
        ))}
        <path d={path(upTo.map((m) => m.milestone?.share ?? null))} className={s.milestone} />
        <path d={path(upTo.map((m) => m.share))} className={s.share} />
        {upTo.map((m, i) =>
          m.share === null ? null : <circle key={m.month} cx={x(i)} cy={y(m.share)} r={3} className={s.dot} />,
        )}
      </svg>
      <figcaption className={s.legend}>
        <span className={s.shareKey}>━ {tx.t('trendShare')}</span>
        <span className={s.milestoneKey}>┈ {tx.t('trendMilestone')}</span>
      </figcaption>
    </figure>
  );
}
