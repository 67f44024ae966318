// Mål og milepæle's indicators in the production build at 350 px (issue 24): the sections load in their own
// chunk after the view, one per indicator for the whole (the demo's five JS II indicators and the computed
// ones), each named by its heading; every line stays inside the pane, the page never scrolls sideways, the
// small-number warning is there, axe finds nothing serious, and the dialogue lists the person's indicators.
// Screenshot: test-results/350-indicators.png.
import fs from 'fs';
import path from 'path';
import { CHROME, RESULTS, openPreview, openView, pageWidth, seriousViolations, type Preview } from './support/preview';

const WIDTH = 350;

(CHROME ? describe : describe.skip)(`indicators at ${WIDTH} px`, () => {
  let preview: Preview;
  const chunks: string[] = [];
  beforeAll(async () => {
    preview = await openPreview({ width: WIDTH });
    preview.page.on('request', (r) => {
      if (r.url().endsWith('.js')) chunks.push(path.basename(new URL(r.url()).pathname));
    });
    await preview.page.getByRole('heading', { name: 'Min sagsstamme', level: 2 }).waitFor({ timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await preview?.close();
  });

  it('loads the indicator sections in their own chunk only when Mål og milepæle opens', async () => {
    const { page } = preview;
    expect(chunks.some((c) => c.startsWith('indicators'))).toBe(false);
    await openView(page, 'Mål og milepæle');
    await page.locator('[data-testid="indicator-section"]').first().waitFor({ timeout: 60_000 });
    expect(chunks.some((c) => c.startsWith('indicators'))).toBe(true);
  }, 120_000);

  it('shows a section per indicator with value, counts, target and the small-number warning', async () => {
    const { page } = preview;
    const names = await page.locator('[data-testid="indicator-section"] h4').allTextContents();
    expect(names.slice(0, 5)).toEqual([
      'Selvbooking af samtaler',
      'Joblog anvendt',
      'Joblog anvendt',
      'Borgerens vurdering af samtalen (positiv)',
      'Borgerens vurdering af samtalen (positiv)',
    ]);
    expect(names).toContain('CV-andel');
    const first = page.getByRole('region', { name: 'Selvbooking af samtaler' });
    await expect(first.locator('dd').first().textContent()).resolves.toMatch(/^\d+,\d\s%\s\(\d+ af \d+\)$/);
    await expect(first.locator('dd').nth(1).textContent()).resolves.toBe('≥ 40 %');
    const spark = first.getByRole('img');
    await expect(spark.getAttribute('aria-label')).resolves.toMatch(/^Andel de seneste 12 måneder: /);
    // The demo's latest survey month got few answers.
    const survey = page.locator('[data-testid="indicator-section"]').nth(3);
    await expect(survey.getByTestId('small-number').textContent()).resolves.toMatch(
      /^Få tal: nævneren er 12, under 20/,
    );
  }, 120_000);

  it('keeps every line inside the pane, never scrolls sideways, is axe clean and is photographed', async () => {
    const { page, base, pageErrors } = preview;
    const boxes = await page
      .locator(
        '[data-testid="indicator-section"] dt, [data-testid="indicator-section"] dd, [data-testid="indicator-section"] h4',
      )
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', right: e.getBoundingClientRect().right })));
    expect(boxes.length).toBeGreaterThan(30);
    expect(boxes.filter((b) => b.right > WIDTH + 0.5)).toEqual([]);
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await seriousViolations(page, base)).toEqual([]);
    const section = page.locator('[data-testid="indicators"]');
    await section.scrollIntoViewIfNeeded();
    fs.mkdirSync(RESULTS, { recursive: true });
    await section.screenshot({ path: path.join(RESULTS, `${WIDTH}-indicators.png`) });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('lists the chosen caseworker’s and team’s indicators in the dialogue', async () => {
    const { page } = preview;
    await openView(page, 'Månedsdialog');
    const block = page.locator('[data-testid="dialog-indicators"]');
    await block.waitFor({ timeout: 60_000 });
    await expect(block.getByRole('heading', { level: 4 }).textContent()).resolves.toMatch(/^Indikatorer for /);
    const items = await block.getByRole('listitem').allTextContents();
    expect(items.some((t) => t.startsWith('CV-andel: '))).toBe(true);
    expect(items.some((t) => /^Selvbooking af samtaler \(Team \w+\): /.test(t))).toBe(true);
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }, 120_000);
});
