// The monthly dialogue's choices, written once so the task pane and the printed Månedsdialog sheet agree:
// which group a citizen is in (I gang first, never mixed into the readiness groups), which placement to
// show for a month, the person's open agreements and their signals, and the drill-down scope of a person.
// Pure data: the words for each group belong to the text layer and the sheet, not here.
import { firstDay, lastDay } from './dates';
import type { Agreement, Citizen, MonthKey, Placement } from './model';
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
