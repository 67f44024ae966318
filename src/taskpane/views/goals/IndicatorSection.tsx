// One indicator's section in Mål og milepæle (issue 24), like a team card: its latest month with figures as
// value with counts, the target with its direction, pass/fail, the streak, the gap in people, the milestone
// and deadline when set, the small-number warning in words, and a 12-month sparkline. Stacked label/value
// lines that wrap, so nothing runs off a 350 px pane; the heading names the section for screen readers.
import React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { hasFigure, latestFigure, monthsUpTo } from '../../../domain/indicators/latestFigure';
import type { IndicatorResult } from '../../../domain/indicators/types';
import {
  formatCount,
  indicatorGapText,
  indicatorPassText,
  indicatorStreakText,
  indicatorTargetText,
  statusText,
} from '../../../text';
import { useApp } from '../../context';
import { Sparkline } from './Sparkline';

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: `${tokens.spacingVerticalXS} 0`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  pass: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  fail: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  name: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  population: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: `${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase200 },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px 0`,
  },
  term: { color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: 'anywhere' },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  warning: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteMarigoldForeground2,
  },
});

/** The label/value lines of one indicator (shared with the dialogue's lines). */
export function useIndicatorLines(result: IndicatorResult): [string, string][] {
  const { tx } = useApp();
  const { goal } = result;
  const m = latestFigure(result);
  const judged = hasFigure(m);
  const lines: [string, string][] = [
    [
      m ? tx.t('indicatorValueIn', { month: tx.month(m.month) }) : tx.t('indicatorValueIn', { month: '–' }),
      judged
        ? `${tx.percent(m.share)} (${formatCount(m.numerator, m.denominator, tx.locale)})`
        : tx.t('indicatorNoFigures'),
    ],
    [tx.t('indicatorTarget'), indicatorTargetText(goal, tx.locale)],
    [tx.t('indicatorPasses'), indicatorPassText(judged ? m.passes : null, tx.locale)],
    [tx.t('indicatorStreak'), indicatorStreakText(m?.streak ?? 0, goal.monthsInARow, tx.locale)],
    [tx.t('indicatorGap'), indicatorGapText(judged ? m.gap : null, goal.direction, tx.locale)],
  ];
  if (m?.milestone)
    lines.push([
      tx.t('indicatorMilestone'),
      [tx.percent(m.milestone.share), statusText(m.milestone.status, tx.locale)].filter(Boolean).join(' · '),
    ]);
  if (goal.deadline) {
    const reach =
      result.onTrack === null ? '' : ` · ${tx.t(result.onTrack ? 'indicatorOnTrack' : 'indicatorOffTrack')}`;
    const met = result.metInMonth
      ? tx.t('indicatorMetIn', { month: tx.month(result.metInMonth) })
      : tx.t('indicatorNotMet');
    lines.push([tx.t('indicatorDeadline'), `${tx.month(goal.deadline)} · ${met}${reach}`]);
  }
  return lines;
}

/** The small-number warning in words, or null. */
export function SmallNumberWarning({ result }: { result: IndicatorResult }) {
  const { tx } = useApp();
  const s = useStyles();
  const m = latestFigure(result);
  if (!m?.smallNumber) return null;
  return (
    <p className={s.warning} data-testid="small-number">
      {tx.t('indicatorSmallNumber', { n: tx.number(m.denominator), below: tx.number(result.goal.smallNumberBelow) })}
    </p>
  );
}

export function IndicatorSection({ result }: { result: IndicatorResult }) {
  const { tx } = useApp();
  const s = useStyles();
  const { goal } = result;
  const lines = useIndicatorLines(result);
  const m = latestFigure(result);
  const headingId = `indicator-${goal.id}`;
  const passes = hasFigure(m) ? m.passes : null;
  const population = [
    goal.population || tx.t('indicatorPopulationAll'),
    goal.source === 'computed' ? tx.t('indicatorComputed') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section
      aria-labelledby={headingId}
      className={mergeClasses(s.card, passes === true && s.pass, passes === false && s.fail)}
      data-testid="indicator-section"
      data-indicator={goal.id}
    >
      <h4 id={headingId} className={s.name}>
        {goal.indicator}
      </h4>
      <p className={s.population}>{population}</p>
      <dl className={s.list}>
        {lines.map(([term, value]) => (
          <div key={term} className={s.line}>
            <dt className={s.term}>{term}</dt>
            <dd className={s.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <SmallNumberWarning result={result} />
      {m && <Sparkline months={monthsUpTo(result, m.month, 12)} />}
    </section>
  );
}
