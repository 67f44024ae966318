// Mål og milepæle in the production build at 320, 350 and 450 px (issue 21): every team card shows the
// starts needed this month and next, and no key figure is hidden: each card line's and each plan cell's
// right edge lies inside the viewport (measured with boundingBox), the page never scrolls sideways, axe
// finds nothing serious, and the chart marks today. Screenshots: test-results/<w>-goals-teams.png.
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { CHROME, RESULTS, openPreview, openView, pageWidth, seriousViolations, type Preview } from './support/preview';

const WIDTHS = [320, 350, 450];
const measured: Record<string, unknown> = {};

/** Right edges (px) of every visible element the locator finds, with a name for the failure message. */
async function rightEdges(list: Locator): Promise<{ what: string; right: number }[]> {
  const out: { what: string; right: number }[] = [];
  for (const el of await list.all()) {
    if (!(await el.isVisible())) continue;
    const box = await el.boundingBox();
    if (box) out.push({ what: (await el.textContent())?.slice(0, 60) ?? '', right: box.x + box.width });
  }
  return out;
}

async function teamFigures(page: Page) {
  return page.locator('[data-testid="team-card"]').evaluateAll((cards) =>
    cards.map((c) => {
      const own = c.querySelector('[data-testid="slice-card"]')!;
      const value = (cell: string) => own.querySelector(`[data-cell="${cell}"] dd`)?.textContent ?? '';
      return { team: c.getAttribute('data-team'), now: value('now'), next: value('next'), status: value('Status') };
    }),
  );
}

(CHROME ? describe.each(WIDTHS) : describe.skip.each(WIDTHS))('Mål og milepæle at %i px', (width) => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await openPreview({ width });
    await openView(preview.page, 'Mål og milepæle');
    await preview.page.locator('[data-testid="team-card"]').first().waitFor({ timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await preview?.close();
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'goals-teams.json'), JSON.stringify(measured, null, 2));
  });

  it('every team card shows the starts needed this month and next as numbers', async () => {
    const figures = await teamFigures(preview.page);
    measured[width] = figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      // "3 · 1 startet indtil nu" for the running month, a plain count for next month.
      expect(f.now).toMatch(/^\d+ · \d+ startet indtil nu$/);
      expect(f.next).toMatch(/^\d+$/);
      expect(f.status).toMatch(/^(På sporet|Tæt på|Bagud)$/);
    }
  }, 120_000);

  it('keeps every card line and plan cell inside the viewport, caseworkers unfolded too', async () => {
    const { page } = preview;
    const first = page.locator('[data-testid="team-card"]').first();
    await first.locator('summary').click();
    await first.locator('details [data-testid="slice-card"]').first().waitFor();
    const edges = [
      ...(await rightEdges(page.locator('[data-testid="team-cards"] [data-cell]'))),
      ...(await rightEdges(page.locator('[data-testid="team-cards"] h4, [data-testid="team-cards"] h5'))),
      ...(await rightEdges(page.locator('[data-testid="plan"] th, [data-testid="plan"] td'))),
    ];
    expect(edges.length).toBeGreaterThan(20);
    const outside = edges.filter((e) => e.right > width + 0.5);
    expect(outside).toEqual([]);
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await first.locator('summary').click();
  }, 120_000);

  it('is axe clean, marks today on the chart and is photographed', async () => {
    const { page, base, pageErrors } = preview;
    expect(await seriousViolations(page, base)).toEqual([]);
    const chart = page.getByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' });
    await expect(chart.locator('[data-marker="I dag"]').count()).resolves.toBe(1);
    const labels = await chart.locator('text').allTextContents();
    expect(
      labels.some((t) => /^(jan\.|feb\.|mar\.|apr\.|maj|jun\.|jul\.|aug\.|sep\.|okt\.|nov\.|dec\.) \d{2}$/.test(t)),
    ).toBe(true);
    const cards = page.locator('[data-testid="team-cards"]');
    await cards.scrollIntoViewIfNeeded();
    fs.mkdirSync(RESULTS, { recursive: true });
    await cards.screenshot({ path: path.join(RESULTS, `${width}-goals-teams.png`) });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
