// The demo's readiness history (issue 23): every current citizen gets Parathed siden, and a few per
// caseworker moved since the latest close (some forward, some back), so the dialogue's "Siden sidste
// dialog" and the movedBack signal have something to show; a few Klar citizens have waited long without
// a start. The Parathed each citizen had before moving is what the month closes kept. Its own seeded
// random numbers, so the rest of the demo is the same as before it had readiness history.
import { addDays, daysBetween, excelSerialToIso, isoToExcelSerial } from '../domain/dates';
import { READINESS, type IsoDate, type Readiness } from '../domain/model';
import type { CellValue } from '../workbook/port';
import { rng } from './rng';

type Row = Record<string, CellValue>;

/** Share of current citizens not in a placement who moved since the latest close. */
const MOVED_SHARE = 0.1;
/** Share of Klar citizens (not in a placement) who have been Klar for long (more than 30 days). */
const LONG_READY_SHARE = 0.15;

const isoOf = (v: CellValue): IsoDate | null => (typeof v === 'number' ? excelSerialToIso(v) : null);

/**
 * Sets `Parathed siden` on the current citizens' rows and returns the rows as they were at the latest
 * close (a mover's earlier Parathed). `lastClose` is the day of the latest month close on or before as-of,
 * `dialogue` the previous dialogue's date; a move happens after both. `inPlacement` says who is I gang.
 */
export function demoReadiness(
  borgere: Row[],
  inPlacement: (id: string) => boolean,
  asOf: IsoDate,
  lastClose: IsoDate,
  dialogue: IsoDate,
  seed: number,
): Row[] {
  const r = rng(seed + 23);
  const after = lastClose > dialogue ? lastClose : dialogue;
  const moveWindow = Math.max(0, daysBetween(after, asOf) - 1);
  return borgere.map((row) => {
    const now = row['Parathed'] as Readiness | null;
    const start = isoOf(row['Startdato']);
    if (!now || !start || row['Slutdato'] !== null) return row;
    const placed = inPlacement(String(row['Borger-ID']));
    const earliest = (d: IsoDate) => (d < start ? start : d);
    const rank = READINESS.indexOf(now);
    const roll = r.next();
    // Only citizens already there at the latest close can have moved since it.
    if (!placed && start <= after && roll < MOVED_SHARE) {
      // A move after the latest close and the previous dialogue: forward when possible, else back.
      const forward = rank < READINESS.length - 1 && (rank === 0 || r.next() < 0.6);
      const was = READINESS[forward ? rank + 1 : rank - 1];
      const since = addDays(after, 1 + r.int(0, moveWindow));
      row['Parathed siden'] = isoToExcelSerial(since > asOf ? asOf : since);
      return { ...row, Parathed: was, 'Parathed siden': isoToExcelSerial(earliest(addDays(after, -r.int(40, 200)))) };
    }
    const longReady = now === 'Klar' && !placed && r.next() < LONG_READY_SHARE;
    // Most Klar citizens became Klar recently (a start is on its way); the rest anywhere in the last half year.
    const daysAgo = longReady ? r.int(45, 120) : now === 'Klar' && !placed ? r.int(3, 28) : r.int(20, 200);
    row['Parathed siden'] = isoToExcelSerial(earliest(addDays(asOf, -daysAgo)));
    return row;
  });
}
