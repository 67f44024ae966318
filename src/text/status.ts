// The milestone status and the gap to the goal in words. The status is always shown together with the
// gap to the goal, so no view is all green while the goal itself is failing (DOMAIN.md section 4).
import type { MilestoneStatus } from '../domain/report';
import { plural } from './format';
import type { Locale } from './locale';

const STATUS: Record<Locale, Record<MilestoneStatus, string>> = {
  da: { onTrack: 'På sporet', close: 'Tæt på', behind: 'Bagud' },
  en: { onTrack: 'On track', close: 'Close', behind: 'Behind' },
};

/** "På sporet" / "Tæt på" / "Bagud" (English: On track / Close / Behind); "" for a month not yet measured. */
export function statusText(status: MilestoneStatus | null, locale: Locale = 'da'): string {
  return status === null ? '' : STATUS[locale][status];
}

/**
 * "4 borgere mangler til målet", "1 borger mangler til målet", "Når målet" at 0 (the month passes); "–" when
 * undefined (gross 0). One pair of terms everywhere: "mangler til målet" / "mangler til milepælen" (issue 21).
 */
export function gapToGoalText(gap: number | null, locale: Locale = 'da'): string {
  if (gap === null) return '–';
  if (gap === 0) return locale === 'da' ? 'Når målet' : 'Reaches the goal';
  return locale === 'da'
    ? `${plural(gap, { one: 'borger', other: 'borgere' }, 'da')} mangler til målet`
    : `${plural(gap, { one: 'citizen', other: 'citizens' }, 'en')} short of the goal`;
}

/** "4 borgere" / "4 citizens" beside the label "Mangler til målet"; "Når målet" at 0; "–" when undefined. */
export function gapCountText(gap: number | null, locale: Locale = 'da'): string {
  if (gap === null || gap === 0) return gapToGoalText(gap, locale);
  return plural(
    gap,
    locale === 'da' ? { one: 'borger', other: 'borgere' } : { one: 'citizen', other: 'citizens' },
    locale,
  );
}

/** "Bagud · 4 borgere mangler til målet": the milestone status with the gap to the goal beside it. */
export function statusWithGap(status: MilestoneStatus | null, gap: number | null, locale: Locale = 'da'): string {
  const s = statusText(status, locale);
  const g = gapToGoalText(gap, locale);
  return s ? `${s} · ${g}` : g;
}
