// A small hand-drawn SVG line chart: share per month against the goal and the milestones.
// Screen readers get the aria-label and the table below it with the same figures.
import React from 'react';
import type { Texts } from '../i18n';

export interface ChartPoint {
  month: string;
  share: number | null;
  milestone: number | null;
}

const W = 560;
const H = 220;
const PAD = { left: 40, right: 10, top: 10, bottom: 30 };

export default function ShareChart({ points, goal, tx }: { points: ChartPoint[]; goal: number; tx: Texts }) {
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
  const every = Math.ceil(points.length / 6);
  return (
    <figure style={{ margin: '8px 0' }}>
      <svg role="img" aria-label={tx.t('chartLabel')} viewBox={`0 0 ${W} ${H}`} style={{ width: '100%', maxWidth: W }}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e0e0e0" />
            <text x={PAD.left - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill="#424242">
              {tx.percent(v)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % every === 0 ? (
            <text key={p.month} x={x(i)} y={H - 10} fontSize="10" textAnchor="middle" fill="#424242">
              {p.month}
            </text>
          ) : null,
        )}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} stroke="#c50f1f" strokeDasharray="6 4" strokeWidth="2" />
        <path d={line((p) => p.milestone)} fill="none" stroke="#8a8886" strokeWidth="2" strokeDasharray="2 3" />
        <path d={line((p) => p.share)} fill="none" stroke="#0f6cbd" strokeWidth="3" />
      </svg>
      <figcaption style={{ fontSize: 12 }}>
        <span style={{ color: '#0f6cbd' }}>━ {tx.t('chartShare')}</span> · <span style={{ color: '#c50f1f' }}>╌ {tx.t('chartGoal')}</span> ·{' '}
        <span style={{ color: '#605e5c' }}>┈ {tx.t('chartMilestone')}</span>
      </figcaption>
      <details>
        <summary>{tx.t('chartTableCaption')}</summary>
        <table className="fd-table">
          <caption>{tx.t('chartTableCaption')}</caption>
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
        </table>
      </details>
    </figure>
  );
}
