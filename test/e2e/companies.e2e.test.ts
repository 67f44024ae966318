// Virksomheder in the production build at 350 px (issue 23): the demo's companies are listed with their
// figures, a line opens to its placements, the VK filter narrows the list, the page never scrolls
// sideways, and axe finds nothing serious. Screenshot: test-results/350-virksomheder.png (one line open).
import {
  CHROME,
  openPreview,
  openView,
  pageWidth,
  screenshot,
  seriousViolations,
  type Preview,
} from './support/preview';

(CHROME ? describe : describe.skip)('Virksomheder at 350 px', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await openPreview({ width: 350 });
    await openView(preview.page, 'Virksomheder');
    await preview.page.locator('[data-testid="companies"] li[data-company]').first().waitFor({ timeout: 60_000 });
  }, 180_000);
  afterAll(async () => preview?.close());

  it('lists the demo companies with CVR and figures, opens one, filters by VK, fits 350 px, axe clean', async () => {
    const { page, base } = preview;
    const lines = page.locator('[data-testid="companies"] > li[data-company]');
    expect(await lines.count()).toBeGreaterThanOrEqual(10);
    const first = lines.first();
    expect(await first.innerText()).toMatch(/CVR \d{8}/);
    expect(await first.innerText()).toMatch(/\d+ i gang · \d+ startet · \d+ afsluttet · \d+ til løntimer\/job/);

    const toggle = first.getByRole('button').first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const placements = first.getByRole('list');
    expect(await placements.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await first.innerText()).toMatch(/Afsluttet: /);

    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const el of await lines.all()) {
      const box = await el.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(350);
    }
    expect(await seriousViolations(page, base)).toEqual([]);
    await screenshot(page, '350-virksomheder');

    const all = await lines.count();
    const vk = page.getByLabel('Virksomhedskonsulent');
    const options = await vk.locator('option').allInnerTexts();
    expect(options[0]).toBe('Alle');
    await vk.selectOption(options[1]);
    const mine = await page.locator('[data-testid="companies"] > li[data-company]').count();
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThanOrEqual(all);
  }, 180_000);
});
