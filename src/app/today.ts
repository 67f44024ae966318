// Today's date as the task pane and the ribbon commands measure it: the user's own calendar date
// (local date parts, no time-zone conversion). One copy, so the pane and "Opdater" always agree.
import { isoFromParts } from '../domain/dates';
import type { IsoDate } from '../domain/model';

/** The calendar date of `now` in the local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Today's calendar date in Denmark, whatever the machine's time zone: the CLI's clock (a server or CI runner
 * is often on UTC, and a report run just after midnight must not measure yesterday).
 */
export function todayInDenmark(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now) as IsoDate;
}
