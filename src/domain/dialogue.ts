// The monthly dialogue's choices, written once so the task pane and the printed Månedsdialog sheet agree:
// which group a citizen is in (I gang first, never mixed into the readiness groups), which placement to
// show for a month, the person's open agreements and their signals, and the drill-down scope of a person.
// Pure data: the words for each group belong to the text layer and the sheet, not here.
import { addMonths, daysBetween, daysInMonth, firstDay, lastDay, monthOf } from './dates';
import type { Agreement, Citizen, HoursEntry, IsoDate, MonthKey, Placement } from './model';
import type { CaseloadRole, Scope, Signal } from './report';

/** A citizen's group in the dialogue: counted as active this month, else the readiness the caseworker recorded. */
export type DialogueGroup = 'active' | 'Klar' | 'Tæt på' | 'Længere fra' | 'unknown';

/** The dialogue's groups in the order they are shown: I gang, Klar, Tæt på, Længere fra, Ikke vurderet. */
export const DIALOGUE_GROUPS: readonly DialogueGroup[] = ['active', 'Klar', 'Tæt på', 'Længere fra', 'unknown'];

/** "I gang" when counted as active in the month; otherwise the recorded readiness, or unknown when none. */
export function dialogueGroup(citizen: Citizen, active: ReadonlySet<string>): DialogueGroup {
  if (active.has(citizen.id)) return 'active';
  return citizen.readiness ?? 'unknown';
}

/** The placements grouped by citizen, each citizen's in the caseload's order. */
export function placementsByCitizen(placements: readonly Placement[]): Map<string, Placement[]> {
  const by = new Map<string, Placement[]>();
  for (const p of placements) {
    const list = by.get(p.citizenId) ?? [];
    list.push(p);
    by.set(p.citizenId, list);
  }
  return by;
}

/** The placement to show for a citizen in a month: touching it, open-ended first, then the latest start. */
export function placementInMonth(placements: readonly Placement[] | undefined, month: MonthKey): Placement | undefined {
  const from = firstDay(month);
  const to = lastDay(month);
  return (placements ?? [])
    .filter((p) => p.startDate <= to && (!p.endDate || p.endDate >= from))
    .sort((a, b) => Number(!!a.endDate) - Number(!!b.endDate) || b.startDate.localeCompare(a.startDate))[0];
}

/** Open agreements with a person dated up to the end of the month, oldest first. */
export function openAgreements(agreements: readonly Agreement[], person: string, month: MonthKey): Agreement[] {
  return agreements
    .filter((a) => a.caseworker === person && a.status === 'Åben' && a.date <= lastDay(month))
    .sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row);
}

/** Signals about the person's citizens in the month, and their own (caseload, agreements), oldest first. */
export function personSignals(signals: readonly Signal[], person: string, citizens: ReadonlySet<string>): Signal[] {
  return signals
    .filter((s) => (s.citizenId ? citizens.has(s.citizenId) : s.caseworker === person))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/** The drill-down scope of a person in a role. */
export function personScope(role: CaseloadRole, name: string): Scope {
  return role === 'Virksomhedskonsulent'
    ? { kind: 'consultant', consultant: name }
    : { kind: 'caseworker', caseworker: name };
}

/** The day of the month a month closes on (DOMAIN.md section 6): until then the month just ended is discussed. */
const DIALOGUE_CLOSE_DAY = 10;

/**
 * The month the dialogue opens on at `asOf`: before the 10th the month just ended (it is not closed yet,
 * and the running month is only days old), from the 10th the running month.
 */
export function dialogueMonth(asOf: IsoDate): MonthKey {
  const month = monthOf(asOf);
  return Number(asOf.slice(8, 10)) < DIALOGUE_CLOSE_DAY ? addMonths(month, -1) : month;
}

/** How far a month has run at `asOf`: null for a month already over (or not begun), else day d of n. */
export function runningMonth(month: MonthKey, asOf: IsoDate): { day: number; days: number } | null {
  if (monthOf(asOf) !== month) return null;
  return { day: Number(asOf.slice(8, 10)), days: daysInMonth(month) };
}

/** A citizen's latest activity at `asOf`: running now, a date, or none registered. */
export type LastActivity = { kind: 'ongoing' } | { kind: 'date'; date: IsoDate; daysAgo: number } | { kind: 'none' };

/**
 * The latest activity of a citizen on the as-of date A: "ongoing" when a Forløb row of any type runs on A
 * (Startdato <= A and Slutdato empty or >= A); otherwise the latest date on or before A among the citizen's
 * Forløb Startdato, Slutdato and Opfølgning, and, for Timer rows with Ordinære timer > 0, the last day of
 * that month (A itself when the month is A's). Dates after A (planned) do not count; none at all is "none".
 */
export function lastActivity(
  placements: readonly Placement[] | undefined,
  hours: readonly HoursEntry[] | undefined,
  asOf: IsoDate,
): LastActivity {
  const list = placements ?? [];
  if (list.some((p) => p.startDate <= asOf && (!p.endDate || p.endDate >= asOf))) return { kind: 'ongoing' };
  const dates = list.flatMap((p) => [p.startDate, p.endDate, p.followUp]);
  for (const h of hours ?? []) if (h.hours > 0) dates.push(lastDay(h.month) < asOf ? lastDay(h.month) : asOf);
  const latest = dates
    .filter((d): d is IsoDate => !!d && d <= asOf)
    .sort()
    .pop();
  return latest ? { kind: 'date', date: latest, daysAgo: daysBetween(latest, asOf) } : { kind: 'none' };
}

/** The Timer rows grouped by citizen. */
export function hoursByCitizen(hours: readonly HoursEntry[]): Map<string, HoursEntry[]> {
  const by = new Map<string, HoursEntry[]>();
  for (const h of hours) by.set(h.citizenId, [...(by.get(h.citizenId) ?? []), h]);
  return by;
}

/** The citizen's virksomhedskonsulent: on the Borgere row, else on a placement running in the month. */
export function citizenConsultant(citizen: Citizen, placement: Placement | undefined): string | undefined {
  return citizen.companyConsultant ?? placement?.companyConsultant;
}
