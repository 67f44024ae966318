// The dialogue's indicators (issue 24): the indicators that have a level for this caseworker or their team,
// one line each for the dialogue's month (or the latest month before it with figures): value with counts,
// target, pass/fail, streak and the gap in people, with the small-number warning. Nothing when none has.
import React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { hasFigure, latestFigure, monthsUpTo, personIndicators } from '../../../domain/indicators/latestFigure';
import type { IndicatorResult } from '../../../domain/indicators/types';
import {
  formatCount,
  indicatorGapText,
  indicatorPassText,
  indicatorStreakText,
  indicatorTargetText,
  smallNumberText,
} from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';

const useStyles = makeStyles({
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
});

export function IndicatorLines({
  results,
  person,
  team,
  month,
}: {
  results: readonly IndicatorResult[];
  person: string;
  team: string | undefined;
  month: string;
}) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const mine = personIndicators(results, person, team);
  if (mine.length === 0) return null;
  return (
    <div data-testid="dialog-indicators">
      <h4 className={shared.h4}>{tx.t('indicatorsForPerson', { who: person })}</h4>
      <ul className={shared.list}>
        {mine.map((r) => {
          const m = latestFigure({ months: monthsUpTo(r, month, 12) });
          const judged = hasFigure(m);
          const who = r.level === 'Team' ? ` (${r.name})` : '';
          const figures = [
            judged
              ? `${tx.month(m.month)}: ${tx.percent(m.share)} (${formatCount(m.numerator, m.denominator, tx.locale)})`
              : tx.t('indicatorNoFigures'),
            `${tx.t('indicatorTarget').toLowerCase()} ${indicatorTargetText(r.goal, tx.locale)}`,
            `${tx.t('indicatorPasses').toLowerCase()}: ${indicatorPassText(judged ? m.passes : null, tx.locale)}`,
            `${tx.t('indicatorStreak').toLowerCase()}: ${indicatorStreakText(m?.streak ?? 0, r.goal.monthsInARow, tx.locale)}`,
            indicatorGapText(judged ? m.gap : null, r.goal.direction, tx.locale),
          ];
          const small = smallNumberText(m, r.goal.smallNumberBelow, tx.locale);
          return (
            <li key={`${r.goal.id}-${r.level}`} data-indicator={r.goal.id}>
              <strong>
                {r.goal.indicator}
                {who}
              </strong>
              : {figures.join(' · ')}
              {small && <span className={s.warning}> · {small}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
