// The demo's goals and written agreements on company placements (issue 23): VKs work differently, as the
// seeds found (004 §1.4.1: 72 % of placements had goals, 65 % a written agreement). Two VKs are lax (about
// half their placements without a goal, few agreements), so their ongoing ones show placementWithoutAgreement
// and the Virksomheder view's VK filter tells them apart; the others always write the agreement. Its own
// seeded stream, so the rest of the demo is unchanged.
import type { CellValue } from '../workbook/port';
import { rng } from './rng';
import type { DemoPlacement } from './simulate';

/** The VKs who often leave goal and agreement out (Team Nord and Team Vest). */
const LAX_CONSULTANTS: readonly string[] = ['Jesper Krog', 'Bo Winther'];

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
    const lax = LAX_CONSULTANTS.includes(p.consultant);
    const goal = r.next() < (lax ? 0.5 : 0.8);
    const written = lax ? r.next() < (goal ? 0.6 : 0.15) : true;
    return {
      'Mål for forløbet': goal ? r.pick(GOALS) : null,
      'Skriftlig aftale': written ? 'Ja' : r.next() < 0.5 ? 'Nej' : null,
    };
  });
}
