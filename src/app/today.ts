// Today's date as the task pane and the ribbon commands measure it: the user's own calendar date
// (local date parts, no time-zone conversion). One copy, so the pane and "Opdater" always agree.
import { isoFromParts } from '../domain/dates';
import type { IsoDate } from '../domain/model';

/** The calendar date of `now` in the local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
