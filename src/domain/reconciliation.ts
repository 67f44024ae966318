// Reconciliation with STAR (DOMAIN.md section 6): for each month with a STAR_tal row or a close in
// Historik (level Alle), STAR's figures, the figures at close and the figures now, side by side.
// Which citizens changed since the close needs the per-citizen close data that month close keeps; until
// that exists, `changedSinceClose` is empty.
import type { HistoryRow, MonthKey, StarFigures } from './model';
import type { MonthStats, ReconciliationMonth } from './report';

export function reconcile(
  months: readonly MonthStats[],
  starFigures: readonly StarFigures[],
  history: readonly HistoryRow[],
): ReconciliationMonth[] {
  const star = new Map<MonthKey, StarFigures>();
  for (const s of starFigures) if (!star.has(s.month)) star.set(s.month, s);
  const closed = new Map<MonthKey, HistoryRow>();
  for (const h of history) if (h.level === 'Alle' && !closed.has(h.month)) closed.set(h.month, h);
  const now = new Map(months.map((m) => [m.month, m]));
  return [...new Set([...star.keys(), ...closed.keys()])].sort().map((month): ReconciliationMonth => {
    const s = star.get(month);
    const c = closed.get(month);
    const n = now.get(month);
    return {
      month,
      star: s ? { gross: s.gross, active: s.active } : null,
      closed: c ? { gross: c.gross, active: c.active, closedOn: c.closedOn } : null,
      now: n ? { gross: n.gross, active: n.active } : null,
      changedSinceClose: [],
    };
  });
}
