// The headline every view opens with (issue 10): status against the goal, the gap to the goal in
// citizens, the streak, the earliest month the rule can be met against the deadline, and the tranche
// amount at stake. As label/value pairs so the CLI prints lines and the sheets write rows.
import type { Report } from '../domain/report';
import { formatKroner, formatMonth, formatShareWithCount, plural } from './format';
import type { Locale } from './locale';
import { gapCountText } from './status';

export interface HeadlineItem {
  label: string;
  value: string;
}

export function headline(report: Report, locale: Locale = 'da'): HeadlineItem[] {
  const { goal, rule } = report;
  const da = locale === 'da';
  const last = report.months.at(-1);
  const k = rule.monthsInARow;
  const threshold = `${rule.threshold}${da ? ' %' : '%'}`;
  const items: HeadlineItem[] = [];

  let status: string;
  if (goal.met)
    status = da
      ? `Målet er nået i ${formatMonth(goal.metInMonth!, locale)}`
      : `The goal was met in ${formatMonth(goal.metInMonth!, locale)}`;
  else if (!last) status = da ? 'Ingen måneder at måle' : 'No months to measure';
  else {
    const now = formatShareWithCount(last.active, last.gross, locale);
    status = da
      ? `Målet er ikke nået: ${formatMonth(last.month, locale)} ${now} mod ${threshold}`
      : `The goal is not met: ${formatMonth(last.month, locale)} ${now} against ${threshold}`;
  }
  items.push({ label: da ? 'Status for målet' : 'Goal status', value: status });
  items.push({ label: da ? 'Mangler til målet' : 'Short of the goal', value: gapCountText(goal.gapToGoal, locale) });
  items.push({
    label: da ? 'Bestået' : 'Passed',
    value: da
      ? `${goal.currentStreak} af ${plural(k, { one: 'måned', other: 'måneder' }, 'da')} i træk`
      : `${goal.currentStreak} of ${plural(k, { one: 'month', other: 'months' }, 'en')} in a row`,
  });
  if (goal.earliestMetMonth) {
    const earliest = formatMonth(goal.earliestMetMonth, locale);
    let value = earliest;
    if (goal.deadline) {
      const deadline = formatMonth(goal.deadline, locale);
      value = da
        ? `${earliest}; deadline ${deadline}: ${goal.onTrack ? 'kan nås inden fristen' : 'kan ikke nås inden fristen'}`
        : `${earliest}; deadline ${deadline}: ${goal.onTrack ? 'can be met in time' : 'cannot be met in time'}`;
    }
    items.push({
      label: da ? (goal.met ? 'Opfyldt' : 'Tidligst opfyldt') : goal.met ? 'Met' : 'Earliest possible',
      value,
    });
  }
  if (goal.trancheAmount !== null) {
    items.push({
      label: da ? 'Tranchebeløb' : 'Tranche amount',
      value: da
        ? `${formatKroner(goal.trancheAmount, locale)} afhænger af målet`
        : `${formatKroner(goal.trancheAmount, locale)} depends on the goal`,
    });
  }
  return items;
}
