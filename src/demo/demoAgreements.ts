// The demo's goals and written agreements on company placements (issue 23): about 72 % of praktik and
// løntilskud rows have a goal and 65 % a written agreement, as the seeds found (004 §1.4.1), so some
// ongoing ones show placementWithoutAgreement. Its own seeded stream, so the rest of the demo is unchanged.
import type { CellValue } from '../workbook/port';
import { rng } from './rng';
import type { DemoPlacement } from './simulate';

const GOALS = [
  'Løntimer efter 8 uger',
  'Ordinære timer i butikken',
  'Afklare arbejdsevne på lageret',
  'Truckcertifikat og derefter løntimer',
  'Fast deltidsstilling efter forløbet',
  'Stabilt fremmøde 20 timer om ugen',
];

/** Mål for forløbet and Skriftlig aftale for each placement (empty for other types than praktik and løntilskud). */
export function demoAgreements(placements: readonly DemoPlacement[], seed: number): Record<string, CellValue>[] {
  const r = rng(seed ^ 0x2317);
  return placements.map((p): Record<string, CellValue> => {
    if (p.type !== 'Virksomhedspraktik' && p.type !== 'Løntilskud') return {};
    const goal = r.next() < 0.72;
    const written = goal ? r.next() < 0.85 : r.next() < 0.2;
    return {
      'Mål for forløbet': goal ? r.pick(GOALS) : null,
      'Skriftlig aftale': written ? 'Ja' : r.next() < 0.5 ? 'Nej' : null,
    };
  });
}
