// What the dialogue says about a citizen's placement in a month: the same choice the printed sheet
// makes (src/workbook/render/maanedsdialog.ts), so the pane and the paper agree.
import type { Placement } from '../../../domain/model';

export { openAgreements, personSignals, placementInMonth } from '../../../workbook/render/maanedsdialog';

export function placementsByCitizen(placements: readonly Placement[]): Map<string, Placement[]> {
  const by = new Map<string, Placement[]>();
  for (const p of placements) {
    const list = by.get(p.citizenId) ?? [];
    list.push(p);
    by.set(p.citizenId, list);
  }
  return by;
}
