// A small hand-drawn SVG line chart: share per month against the goal and the milestones. It is drawn
// at the width of the pane (not scaled down), so its labels stay at a legible 12 px at 320 px.
// Screen readers get the aria-label and the table below it with the same figures.
import React, { useLayoutEffect, useRef, useState } from 'react';
import { PercentGrid } from './PercentGrid';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Texts } from '../../text/ui';
import { ScrollTable } from './ScrollTable';

export interface ChartPoint {
  month: string;
  share: number | null;
  milestone: number | null;
}

/** Width used before the pane is measured (and in tests without layout). */
const FALLBACK_WIDTH = 560;
const MAX_WIDTH = 640;
const H = 200;
const PAD = { left: 44, right: 12, top: 10, bottom: 26 };
/** Label size in px: at least 11 (issue 14). */
export const LABEL_PX = 12;
/** Room one month label needs ("2025-03" at 12 px is about 50 px, plus a gap). */
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

/** Every how many months a month label fits in `plotWidth`. */
export function labelStep(months: number, plotWidth: number): number {
  const fit = Math.max(2, Math.floor(plotWidth / LABEL_ROOM));
  return Math.max(1, Math.ceil(months / fit));
}

export default function ShareChart({ points, goal, tx }: { points: ChartPoint[]; goal: number; tx: Texts }) {
  const s = useStyles();
  const box = useRef<HTMLElement>(null);
  const measured = useWidth(box);
  const W = Math.min(MAX_WIDTH, measured > 0 ? measured : FALLBACK_WIDTH);
  const n = Math.max(points.length, 2);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / (n - 1);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - Math.min(1, Math.max(0, v)));
  const line = (pick: (p: ChartPoint) => number | null) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter(([, v]) => v !== null)
      .map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v as number).toFixed(1)}`)
      .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const every = labelStep(points.length, W - PAD.left - PAD.right);
  return (
    <figure className={s.figure} ref={box}>
      <svg role="img" aria-label={tx.t('chartLabel')} viewBox={`0 0 ${W} ${H}`} width={W} height={H} className={s.svg}>
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
          i % every === 0 ? (
            <text
              key={p.month}
              x={Math.min(W - HALF_LABEL, Math.max(HALF_LABEL, x(i)))}
              y={H - 8}
              textAnchor="middle"
              className={s.label}
            >
              {p.month}
            </text>
          ) : null,
        )}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} className={s.goal} />
        <path d={line((p) => p.milestone)} className={s.milestone} />
        <path d={line((p) => p.share)} className={s.share} />
      </svg>
      <figcaption className={s.legend}>
        <span className={s.shareKey}>━ {tx.t('chartShare')}</span>
        <span className={s.goalKey}>╌ {tx.t('chartGoal')}</span>
        <span className={s.milestoneKey}>┈ {tx.t('chartMilestone')}</span>
      </figcaption>
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
    </figure>
  );
}
