// A small hand-drawn SVG line chart: share per month against the goal and the milestones. It is drawn
// at the width of the pane (not scaled down), so its labels stay at a legible 12 px at 320 px. The
// share axis spans the data and the goal (not 0-100 %), today and the deadline are marked, and months
// are labelled "jan. 26" at even calendar steps (every 1, 2, 3, 4, 6 or 12 months).
// Screen readers get the aria-label, a description and the table below it with the same figures.
import React, { useId, useLayoutEffect, useRef, useState } from 'react';
import { monthIndex } from '../../domain/dates';
import { formatShortMonth } from '../../text';
import { PercentGrid } from './PercentGrid';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Texts } from '../../text/ui';
import { ScrollTable } from './ScrollTable';
import { maxOf, minOf } from '../../domain/collections';

export interface ChartPoint {
  month: string;
  share: number | null;
  milestone: number | null;
}

/** Width used before the pane is measured (and in tests without layout). */
const FALLBACK_WIDTH = 560;
const MAX_WIDTH = 640;
const H = 200;
const PAD = { left: 44, right: 12, top: 32, bottom: 26 };
/** Label size in px: at least 11 (issue 14). */
export const LABEL_PX = 12;
/** Room one month label needs ("sep. 26" at 12 px is about 45 px, plus a gap). */
const LABEL_ROOM = 72;
/** Half a month label: labels are centred on their month but kept inside the drawing. */
const HALF_LABEL = 26;

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  svg: { display: 'block', width: '100%', maxWidth: `${MAX_WIDTH}px`, height: 'auto' },
  grid: { stroke: tokens.colorNeutralStroke2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: `${LABEL_PX}px` },
  share: { stroke: tokens.colorBrandForeground1, fill: 'none', strokeWidth: 3 },
  goal: { stroke: tokens.colorPaletteRedForeground1, fill: 'none', strokeWidth: 2, strokeDasharray: '6 4' },
  milestone: { stroke: tokens.colorNeutralForeground3, fill: 'none', strokeWidth: 2, strokeDasharray: '2 3' },
  marker: { stroke: tokens.colorNeutralForeground2, strokeWidth: 1, strokeDasharray: '3 3' },
  legend: { fontSize: tokens.fontSizeBase200, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  shareKey: { color: tokens.colorBrandForeground1 },
  goalKey: { color: tokens.colorPaletteRedForeground1 },
  milestoneKey: { color: tokens.colorNeutralForeground3 },
});

/** The width of an element, following resizes of the pane. */
function useWidth(ref: React.RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setWidth(Math.floor(el.clientWidth));
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/** Even calendar steps: a label every 1, 2, 3, 4, 6 or 12 months (or whole years beyond). */
const STEPS = [1, 2, 3, 4, 6, 12];

/** Every how many months a month label fits in `plotWidth`, rounded up to an even calendar step. */
export function labelStep(months: number, plotWidth: number): number {
  const fit = Math.max(2, Math.floor(plotWidth / LABEL_ROOM));
  const raw = Math.max(1, Math.ceil(months / fit));
  return STEPS.find((s) => s >= raw) ?? Math.ceil(raw / 12) * 12;
}

/** The share axis: from just below the lowest to just above the highest value (goal included), in round steps. */
export function shareAxis(values: readonly number[]): { lo: number; hi: number; ticks: number[] } {
  const min = minOf(values);
  const max = maxOf(values);
  const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25].find((s) => (max - min + 0.04) / s <= 5) ?? 0.25;
  const lo = Math.max(0, Math.floor((min - 0.02) / step) * step);
  const hi = Math.min(1, Math.ceil((max + 0.02) / step) * step);
  const ticks: number[] = [];
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { lo, hi, ticks };
}

export interface ShareChartProps {
  points: ChartPoint[];
  goal: number;
  tx: Texts;
  /** The as-of month, marked "I dag". */
  today?: string;
  /** Deadline, marked when it is among the points. */
  deadline?: string | null;
}

/** The chart in one sentence for screen readers: first and last measured share against the goal. */
function describe(points: readonly ChartPoint[], goal: number, tx: Texts): string {
  const seen = points.filter((p) => p.share !== null);
  return tx.t('chartDescription', {
    from: tx.percent(seen[0]?.share ?? null),
    to: tx.percent(seen.at(-1)?.share ?? null),
    first: seen[0] ? tx.month(seen[0].month) : '–',
    last: seen.at(-1) ? tx.month(seen.at(-1)!.month) : '–',
    goal: tx.percent(goal),
  });
}

/** The figures behind the chart, folded away under it. */
function FiguresTable({ points, goal, tx }: { points: readonly ChartPoint[]; goal: number; tx: Texts }) {
  return (
    <details>
      <summary>{tx.t('chartTableCaption')}</summary>
      <ScrollTable label={tx.t('chartTableCaption')} caption={tx.t('chartTableCaption')}>
        <thead>
          <tr>
            <th scope="col">{tx.t('colMonth')}</th>
            <th scope="col">{tx.t('colShare')}</th>
            <th scope="col">{tx.t('colGoal')}</th>
            <th scope="col">{tx.t('colMilestone')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{tx.month(p.month)}</th>
              <td>{tx.percent(p.share)}</td>
              <td>{tx.percent(goal)}</td>
              <td>{tx.percent(p.milestone)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </details>
  );
}

interface Marker {
  label: string;
  x: number;
  /** Baseline of the label: today and the deadline each have their own line, so they never overlap. */
  labelY: number;
}

/** Today and the deadline as vertical lines with their label above the plot, kept inside the drawing. */
function Markers(props: { markers: Marker[]; W: number; lineClass: string; labelClass: string }) {
  const { markers, W, lineClass: lc, labelClass } = props;
  return (
    <>
      {markers.map((m) => (
        <g key={m.label} data-marker={m.label}>
          <line x1={m.x} x2={m.x} y1={m.labelY - 10} y2={H - PAD.bottom} className={lc} />
          <text
            x={Math.min(W - PAD.right, Math.max(PAD.left + 60, m.x - 3))}
            y={m.labelY}
            textAnchor="end"
            className={labelClass}
          >
            {m.label}
          </text>
        </g>
      ))}
    </>
  );
}

export default function ShareChart({ points, goal, tx, today, deadline }: ShareChartProps) {
  const s = useStyles();
  const descId = useId();
  const box = useRef<HTMLElement>(null);
  const measured = useWidth(box);
  const W = Math.min(MAX_WIDTH, measured > 0 ? measured : FALLBACK_WIDTH);
  const n = Math.max(points.length, 2);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / (n - 1);
  const values = points.flatMap((p) => [p.share, p.milestone]).filter((v): v is number => v !== null);
  const { lo, hi, ticks } = shareAxis([...values, goal]);
  const y = (v: number) =>
    PAD.top + (H - PAD.top - PAD.bottom) * (1 - (Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1));
  const line = (pick: (p: ChartPoint) => number | null) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v as number).toFixed(1)}`)
      .join(' ');
  const every = labelStep(points.length, W - PAD.left - PAD.right);
  const description = describe(points, goal, tx);
  const markers = [
    { month: today, label: tx.t('chartToday'), labelY: 12 },
    { month: deadline ?? undefined, label: tx.t('chartDeadline'), labelY: 26 },
  ].flatMap((m) => {
    const i = m.month ? points.findIndex((p) => p.month === m.month) : -1;
    return i < 0 ? [] : [{ ...m, x: x(i) }];
  });
  return (
    <figure className={s.figure} ref={box}>
      <svg
        role="img"
        aria-label={tx.t('chartLabel')}
        aria-describedby={descId}
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        className={s.svg}
      >
        <desc id={descId}>{description}</desc>
        <PercentGrid
          ticks={ticks}
          y={y}
          left={PAD.left}
          right={W - PAD.right}
          lineClass={s.grid}
          labelClass={s.label}
          format={tx.percent}
        />
        {points.map((p, i) =>
          monthIndex(p.month) % every === 0 ? (
            <text
              key={p.month}
              x={Math.min(W - HALF_LABEL, Math.max(HALF_LABEL, x(i)))}
              y={H - 8}
              textAnchor="middle"
              className={s.label}
            >
              {formatShortMonth(p.month, tx.locale)}
            </text>
          ) : null,
        )}
        <Markers markers={markers} W={W} lineClass={s.marker} labelClass={s.label} />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} className={s.goal} />
        <path d={line((p) => p.milestone)} className={s.milestone} />
        <path d={line((p) => p.share)} className={s.share} />
      </svg>
      <figcaption className={s.legend}>
        <span className={s.shareKey}>━ {tx.t('chartShare')}</span>
        <span className={s.goalKey}>╌ {tx.t('chartGoal')}</span>
        <span className={s.milestoneKey}>┈ {tx.t('chartMilestone')}</span>
      </figcaption>
      <FiguresTable points={points} goal={goal} tx={tx} />
    </figure>
  );
}
