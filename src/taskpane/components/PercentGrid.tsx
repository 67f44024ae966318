// The horizontal percent grid with its labels, drawn the same way in every chart of the task pane (the
// goals chart and the dialogue's trend), so the two charts read alike and the code is written once.
import React from 'react';

export interface PercentGridProps {
  /** Shares to draw a line at (0.25 = 25 %). */
  ticks: readonly number[];
  /** The y coordinate of a share. */
  y: (share: number) => number;
  left: number;
  right: number;
  lineClass: string;
  labelClass: string;
  format: (share: number) => string;
}

export function PercentGrid({ ticks, y, left, right, lineClass, labelClass, format }: PercentGridProps) {
  return (
    <>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} className={lineClass} />
          <text x={left - 4} y={y(v) + 4} textAnchor="end" className={labelClass}>
            {format(v)}
          </text>
        </g>
      ))}
    </>
  );
}
