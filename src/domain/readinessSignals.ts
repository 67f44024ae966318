// The readiness signals of issue 23, for the dialogue's signal list: Klar for long without a start
// (readyWithoutStart), Klar without a virksomhedskonsulent (readyWithoutVk) and Parathed gone back since
// the latest month close (movedBack). Codes and fields only: src/text/signals.ts words them.
import { addDays, lastDay, monthOf, addMonths } from './dates';
import { readinessAtClose, readinessMove, startCounts, type ClosedReadiness } from './readiness';
import type { Citizen, ClosedCitizen, IsoDate, Settings } from './model';
import type { RuleSummary, Signal } from './report';
import type { ValidatedCaseload } from './validate';

/** What the readiness signals read of signals.ts's SignalInput (declared here: signals.ts imports this file). */
interface ReadinessInput {
  valid: ValidatedCaseload;
  asOf: IsoDate;
  rule: RuleSummary;
  settings: Settings;
  closedCitizens?: readonly ClosedCitizen[];
  /** The same facts without expanding them (closedHistory.ts's readinessAtCloseOf); used when given. */
  readinessAtClose?: (onOrBefore: IsoDate) => ReadonlyMap<string, ClosedReadiness>;
}

/** Default of `Klar uden start (dage)`: Klar for more than this many days without a start is a signal. */
export const DEFAULT_READY_WITHOUT_START_DAYS = 30;

const base = (c: Citizen) => ({
  citizenId: c.id,
  caseworker: c.caseworker,
  team: c.team,
  companyConsultant: c.companyConsultant ?? null,
  readinessSince: c.readinessSince ?? null,
});

/** readyWithoutStart, readyWithoutVk and movedBack for the citizens current on the as-of date. */
export function readinessSignals(input: ReadinessInput, current: boolean[]): Signal[] {
  const { valid, asOf, rule, settings } = input;
  const days = settings.readyWithoutStartDays ?? DEFAULT_READY_WITHOUT_START_DAYS;
  const readyBefore = addDays(asOf, -days);
  const counts = startCounts(rule.counts);
  // Per citizen: the latest counted start on or before as-of, and whether a counted or VK Forløb runs on as-of.
  const latestStart = new Array<string | undefined>(valid.citizens.length);
  const runningCounted = new Uint8Array(valid.citizens.length);
  const runningVk = new Uint8Array(valid.citizens.length);
  valid.placements.forEach((p, j) => {
    const owner = valid.placementOwner[j];
    const running = p.startDate <= asOf && (!p.endDate || p.endDate >= asOf);
    if (running && p.companyConsultant) runningVk[owner] = 1;
    if (!counts(p.type) || p.startDate > asOf) return;
    if (running) runningCounted[owner] = 1;
    const seen = latestStart[owner];
    if (!seen || seen < p.startDate) latestStart[owner] = p.startDate;
  });
  // The latest close before the as-of month: a month closes after it has ended.
  const before = lastDay(addMonths(monthOf(asOf), -1));
  const atClose = input.readinessAtClose
    ? input.readinessAtClose(before)
    : readinessAtClose(input.closedCitizens ?? [], before);
  const signals: Signal[] = [];
  valid.citizens.forEach((c, i) => {
    if (!current[i] || !c.readiness) return;
    const since = c.readinessSince;
    if (c.readiness === 'Klar') {
      const started = latestStart[i];
      if (since && since < readyBefore && !runningCounted[i] && !(started && started >= since)) {
        signals.push({ kind: 'readyWithoutStart', ...base(c), date: since, readinessSince: since, days });
      }
      if (!c.companyConsultant && !runningVk[i]) {
        signals.push({ kind: 'readyWithoutVk', ...base(c), date: since ?? null });
      }
    }
    const was = atClose.get(c.id);
    if (was && readinessMove(was.readiness, c.readiness) === 'back') {
      signals.push({
        kind: 'movedBack',
        ...base(c),
        date: since ?? null,
        readiness: c.readiness,
        was: was.readiness,
        closedMonth: was.month,
      });
    }
  });
  return signals;
}
