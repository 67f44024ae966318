// The demo's Historik_borgere (issue 28, issue 23): written in the compact form (far fewer rows than one
// per citizen per closed month), expanded to the same whole months, and with movement in Parathed since
// the last close: some citizens moved forward (Tæt på to Klar), some back (Tæt på to Længere fra).
import { demoCaseload, demoTables } from '../../src/demo/demoCaseload';
import { READINESS, type Readiness } from '../../src/domain/model';

const asOf = '2025-11-20';

test('the demo keeps changes only, and shows Parathed moved since the last close both ways', () => {
  const tables = demoTables(asOf);
  const caseload = demoCaseload(asOf);
  const closed = caseload.closedCitizens ?? [];
  expect(tables.Historik_borgere.rows.length).toBeGreaterThan(0);
  expect(tables.Historik_borgere.rows.length * 2).toBeLessThan(closed.length);
  const months = [...new Set(closed.map((c) => c.month))].sort();
  const last = months[months.length - 1];
  const now = new Map(caseload.citizens.map((c) => [c.id, c.readiness]));
  const rank = (r: string | undefined) => (r === undefined ? -1 : READINESS.indexOf(r as Readiness));
  const moves = closed
    .filter((c) => c.month === last && c.readiness !== undefined && now.get(c.citizenId) !== undefined)
    .map((c) => rank(now.get(c.citizenId)) - rank(c.readiness));
  expect(moves.filter((d) => d < 0).length).toBeGreaterThan(0); // moved forward (readier now)
  expect(moves.filter((d) => d > 0).length).toBeGreaterThan(0); // moved back
});
