// End-to-end: the Månedsdialog of the production build at 350 px (preview mode, demo data as of today).
// It opens on the dialogue month (the month just ended until the 10th), labels a running month with its
// day, lists its sections in meeting order, each opening and closing from the keyboard, has no serious
// axe violations, does not scroll sideways, and is saved as test-results/350-dialog-meeting.png.
import type { Page } from 'playwright-core';
import { todayIso } from '../../src/app/today';
import { formatDanishMonth, monthOf } from '../../src/domain/dates';
import { dialogueMonth, runningMonth } from '../../src/domain/dialogue';
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

const SECTIONS = [
  'Aftaler fra sidst',
  'Status mod milepæl og mål',
  'Signaler',
  'Klar og tæt på: næste skridt',
  'Øvrige borgere: i gang, længere fra, ikke vurderet',
  'Nye aftaler',
];

let preview: Preview;
let page: Page;

(CHROME ? describe : describe.skip)('Månedsdialog at 350 px', () => {
  beforeAll(async () => {
    preview = await openPreview({ width: 350 });
    page = preview.page;
    await openView(page, 'Månedsdialog');
  });
  afterAll(async () => preview?.close());

  it('opens on the dialogue month, and labels the running month with its day', async () => {
    const today = todayIso();
    const month = dialogueMonth(today);
    expect(await page.getByLabel('Måned', { exact: true }).inputValue()).toBe(month);
    const running = runningMonth(month, today);
    const label = running
      ? `${formatDanishMonth(month)} (i gang, dag ${running.day} af ${running.days})`
      : formatDanishMonth(month);
    expect(await page.getByTestId('dialog-month').innerText()).toBe(label);
    // The running month is in the list with its day, whichever month the dialogue opened on.
    const now = runningMonth(monthOf(today), today)!;
    const option = `${formatDanishMonth(monthOf(today))} (i gang, dag ${now.day} af ${now.days})`;
    expect(await page.locator('option', { hasText: option }).count()).toBe(1);
  });

  it('lists the sections in meeting order; each opens and closes from the keyboard', async () => {
    const toggles = page.locator('h3 > button[aria-expanded]');
    expect((await toggles.allInnerTexts()).map((t) => t.replace(/^[▾▸]\s*/, ''))).toEqual(SECTIONS);
    const status = page.getByRole('button', { name: 'Status mod milepæl og mål' });
    expect(await status.getAttribute('aria-expanded')).toBe('true');
    await status.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('h3 > button')].some(
        (b) => b.textContent?.includes('Status mod') && b.getAttribute('aria-expanded') === 'false',
      ),
    );
    expect(await page.locator('[data-kpi="Borgere i målgruppen"]').count()).toBe(0);
    await page.keyboard.press('Space');
    await page.locator('[data-kpi="Borgere i målgruppen"]').waitFor();
    expect(await status.getAttribute('aria-expanded')).toBe('true');
    // The other citizens open from the keyboard too, with VK and last activity on each line.
    const others = page.getByRole('button', { name: /^Øvrige borgere/ });
    await others.focus();
    await page.keyboard.press('Enter');
    const lines = page.getByTestId('dialog-groups-others').locator('li');
    await lines.first().waitFor();
    expect(await lines.first().innerText()).toMatch(/(VK .+|ingen VK) · (i forløb nu|sidst aktivitet|ingen aktivitet)/);
    expect(await page.getByTestId('dialog-groups-ready').innerText()).not.toContain('intet forløb');
  });

  it('has no serious axe violations, does not scroll sideways, and is saved as 350-dialog-meeting.png', async () => {
    expect(await seriousViolations(page, preview.base)).toEqual([]);
    // The meeting as it opens: the other citizens closed again (from the keyboard) for the screenshot.
    const others = page.getByRole('button', { name: /^Øvrige borgere/ });
    await others.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('dialog-groups-others').waitFor({ state: 'detached' });
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, '350-dialog-meeting');
    expect(preview.pageErrors).toEqual([]);
  });
});
