// End-to-end: "Siden sidste dialog" (issue 23) in the production build's Månedsdialog at 350 px (preview
// mode, demo data as of today): since the previous dialogue's date (the demo's agreements are from the
// 10th of last month), who moved forward or back in Parathed and who started or ended a Forløb, citizens
// as buttons; no sideways scrolling, no serious axe violations; saved as test-results/350-dialog-movement.png.
import type { Page } from 'playwright-core';
import { todayIso } from '../../src/app/today';
import { addDays, addMonths, firstDay, formatDanishDate, monthOf } from '../../src/domain/dates';
import {
  CHROME,
  openPreview,
  openView,
  pageWidth,
  screenshot,
  seriousViolations,
  type Preview,
} from './support/preview';

jest.setTimeout(300_000);

let preview: Preview;
let page: Page;

(CHROME ? describe : describe.skip)('Siden sidste dialog at 350 px', () => {
  beforeAll(async () => {
    preview = await openPreview({ width: 350 });
    page = preview.page;
    await openView(page, 'Månedsdialog');
  });
  afterAll(async () => preview?.close());

  it('says since when, and lists moved forward, moved back, started and ended', async () => {
    const since = page.getByTestId('dialog-since');
    await since.waitFor();
    // The demo's previous dialogue: the 10th of the month before today's.
    const dialogue = addDays(firstDay(addMonths(monthOf(todayIso()), -1)), 9);
    expect(await since.getByRole('heading').innerText()).toBe(`Siden dialogen ${formatDanishDate(dialogue)}`);
    const lines = await since.locator('li').allInnerTexts();
    expect(lines.slice(0, 4).map((l) => l.split(':')[0])).toEqual([
      'Rykket frem',
      'Rykket tilbage',
      'Startet',
      'Afsluttet',
    ]);
    // Forward and back need Parathed at a close (Historik_borgere): either someone moved, or the pane says
    // the earlier Parathed is not known yet (a workbook whose closes did not keep it).
    const moved = lines.slice(0, 2).some((l) => !l.endsWith('Ingen.'));
    const unknown = lines.some((l) => l.startsWith('Parathed ved lukning kendes ikke'));
    expect(moved || unknown).toBe(true);
    // Citizens are buttons that choose the citizen, with the move or the Forløb type beside them.
    expect(await since.getByRole('button').count()).toBeGreaterThan(0);
    expect(lines[2]).toMatch(/^Startet: (Ingen\.|\S+ \((Virksomhedspraktik|Løntilskud|Ordinære timer|Job)\))/);
  });

  it('has no serious axe violations, does not scroll sideways, and is saved as 350-dialog-movement.png', async () => {
    expect(await seriousViolations(page, preview.base)).toEqual([]);
    await page.getByTestId('dialog-since').scrollIntoViewIfNeeded();
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, '350-dialog-movement');
    expect(preview.pageErrors).toEqual([]);
  });
});
