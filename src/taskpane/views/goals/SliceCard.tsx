// One team's (or caseworker's) card in Mål og milepæle, like the Overblik sheet's team panels: share and
// count, milestone, status with both gaps, the starts needed this month and next, and a sparkline. The
// figures are stacked label/value lines that wrap, so nothing runs off the right edge of a 320 px pane.
import React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { addMonths } from '../../../domain/dates';
import type { MilestoneStatus, PlanMonth, SliceSeries } from '../../../domain/report';
import { formatCount, gapCountText, statusText } from '../../../text';
import { useApp } from '../../context';
import { Sparkline } from './Sparkline';

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  onTrack: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  close: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  behind: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  name: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: 'anywhere',
  },
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
  needed: { fontSize: tokens.fontSizeBase300 },
});

/** The plan entry of a month (the last one wins, as in the plan table). */
const planOf = (plan: readonly PlanMonth[], month: string) => plan.filter((p) => p.month === month).at(-1);

export interface SliceCardProps {
  name: string;
  slice: SliceSeries;
  /** The as-of month (the running month). */
  month: string;
  /** Heading level of the name: 4 for a team, 5 for a caseworker inside it. */
  level: 4 | 5;
}

export function SliceCard({ name, slice, month, level }: SliceCardProps) {
  const { tx } = useApp();
  const s = useStyles();
  const now = slice.months.find((m) => m.month === month);
  const ms = now?.milestone ?? null;
  const next = addMonths(month, 1);
  const planNow = planOf(slice.plan, month);
  const planNext = planOf(slice.plan, next);
  const noPlan = tx.t('noPlanYet');
  const needed = (p: PlanMonth | undefined) => (p?.neededStarts == null ? noPlan : tx.number(p.neededStarts));
  const started = now ? ` · ${tx.t('startedSoFar', { n: tx.number(now.starts) })}` : '';
  const Heading = level === 4 ? 'h4' : 'h5';
  const status: MilestoneStatus | null = ms?.status ?? null;
  const lines: [string, string, string?][] = [
    [tx.t('colShare'), now ? `${tx.percent(now.share)} (${formatCount(now.active, now.gross, tx.locale)})` : '–'],
    [tx.t('colMilestone'), ms ? `${tx.number(ms.count)} (${tx.percent(ms.share)})` : noPlan],
    [tx.t('colStatusShort'), statusText(status, tx.locale) || '–'],
    [tx.t('kpiGap'), ms?.gap == null ? '–' : tx.number(ms.gap)],
    [tx.t('kpiGapGoal'), gapCountText(now?.gapToGoal ?? null, tx.locale)],
    [
      tx.t('neededIn', { month: tx.t('runningMonth', { month: tx.month(month) }) }),
      `${needed(planNow)}${planNow?.neededStarts == null ? '' : started}`,
      'now',
    ],
    [tx.t('neededIn', { month: tx.month(next) }), needed(planNext), 'next'],
  ];
  return (
    <div className={mergeClasses(s.card, status ? s[status] : undefined)} data-testid="slice-card" data-name={name}>
      <Heading className={s.name}>{name}</Heading>
      <dl className={s.list}>
        {lines.map(([term, value, needs]) => (
          <div key={term} className={mergeClasses(s.line, needs && s.needed)} data-cell={needs ?? term}>
            <dt className={s.term}>{term}</dt>
            <dd className={s.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <Sparkline months={slice.months.slice(-6)} />
    </div>
  );
}
