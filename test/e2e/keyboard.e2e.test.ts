// Keyboard-only entry at 350 px (issue 20): the production build in Chromium, preview mode (demo data).
// Each flow is driven with page.keyboard alone, every key counted; after each key document.activeElement
// must not be <body> (focus never drops). axe runs on each new state, and a screenshot of each flow's end
// goes to test-results/350-kbd-<flow>.png; the counts go to test-results/keyboard.json. Each flow starts
// with focus put on a control of the quick forms (the form's toggle button or a citizen's action button),
// as a user Tabbing there would; the Tab presses to reach it from the tab list are not counted.
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { CHROME, RESULTS, openPreview, screenshot, seriousViolations, type Preview } from './support/preview';

jest.setTimeout(600_000);

let preview: Preview;
let page: Page;
const counts: Record<string, number> = {};

/** Presses keys one at a time (a chord such as Control+a is one), counting them and checking focus after each. */
class Keys {
  n = 0;
  constructor(private readonly flow: string) {}
  private async focusCheck(key: string) {
    const tag = await page.evaluate(() => document.activeElement?.tagName ?? 'NONE');
    if (tag === 'BODY' || tag === 'NONE') throw new Error(`${this.flow}: focus on <body> after ${key} (key ${this.n})`);
  }
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      this.n++;
      await this.focusCheck(key);
    }
  }
  async type(text: string) {
    for (const ch of text) {
      await page.keyboard.type(ch);
      this.n++;
      await this.focusCheck(ch);
    }
  }
  /** Tab (or Shift+Tab) until focus is in `target`, at most `max` presses; every press counts. */
  async tabTo(target: Locator, max = 12, key = 'Tab') {
    for (let i = 0; i < max; i++) {
      if (await focused(target)) return;
      await this.press(key);
    }
    if (!(await focused(target))) throw new Error(`${this.flow}: ${max} × ${key} did not reach the field`);
  }
  done() {
    counts[this.flow] = this.n;
  }
}

const form = (name: string) => page.getByRole('form', { name });
const focused = (l: Locator) =>
  l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

async function startAt(target: Locator) {
  await target.focus();
  expect(await focused(target)).toBe(true);
}

async function axeAndShot(flow: string) {
  expect(await seriousViolations(page, preview.base)).toEqual([]);
  await screenshot(page, `350-kbd-${flow}`);
}

/** The citizens of the caseload list: ID and status text per row. */
async function citizenRows(): Promise<{ id: string; status: string }[]> {
  await page.locator('[data-testid="citizens"] tbody tr').first().waitFor();
  return page.locator('[data-testid="citizens"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.querySelector('th button')?.textContent ?? '',
      status: tr.querySelectorAll('td')[1]?.textContent ?? '',
    })),
  );
}

/** The shortest tail of `id` that no other ID contains (what a user would type to find it). */
function uniquePart(id: string, all: string[]): string {
  for (let n = 3; n <= id.length; n++) {
    const tail = id.slice(-n).toLowerCase();
    if (all.filter((x) => x.toLowerCase().includes(tail)).length === 1) return id.slice(-n);
  }
  return id;
}

const toggle = (name: string) => page.getByRole('group', { name: 'Hurtig registrering' }).getByRole('button', { name });

beforeAll(async () => {
  if (!CHROME) return;
  preview = await openPreview({ width: 350 });
  page = preview.page;
  await page.getByRole('heading', { name: 'Start forløb' }).waitFor({ timeout: 120_000 });
});

afterAll(async () => {
  if (!CHROME) return;
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'keyboard.json'), JSON.stringify(counts, null, 2));
  console.log(`Tastetryk pr. flow: ${JSON.stringify(counts)}`);
  await preview?.close();
});

(CHROME ? describe : describe.skip)('keyboard-only entry at 350 px', () => {
  it('Ny borger: Tab to the form, type the ID, Enter saves', async () => {
    const k = new Keys('ny-borger');
    await startAt(toggle('Start forløb'));
    await k.press('End'); // the form buttons are one tab stop; End is "Ny borger"
    await k.press('Enter');
    await form('Ny borger').waitFor();
    await k.press('Tab');
    expect(await focused(form('Ny borger').getByLabel('Borger-ID'))).toBe(true);
    await k.type('KBD-1');
    await k.press('Enter');
    const status = form('Ny borger').getByRole('status');
    await status.getByText('Gemt: Ny borger KBD-1').waitFor();
    expect(await focused(status)).toBe(true);
    k.done();
    await axeAndShot('ny-borger');
  });

  it('Start forløb for a citizen chosen by typing part of the ID', async () => {
    const rows = await citizenRows();
    const target = rows.find((r) => r.status !== 'I gang') ?? rows[0];
    const part = uniquePart(
      target.id,
      rows.map((r) => r.id),
    );
    const k = new Keys('start-forloeb');
    await startAt(toggle('Start forløb'));
    await k.press('Enter'); // the toggle opens Start forløb (another flow may have left a form open)
    await k.press('Tab');
    const box = form('Start forløb').getByRole('combobox', { name: /^Borger-ID/ });
    expect(await focused(box)).toBe(true);
    await k.press('Control+a');
    await k.type(part);
    await page.getByRole('option', { name: new RegExp(`^${target.id}`) }).waitFor();
    await axeAndShot('start-forloeb-soeg');
    await k.press('ArrowDown');
    await k.press('Enter');
    expect(await box.inputValue()).toBe(target.id);
    await k.press('Tab'); // Type (Virksomhedspraktik)
    await k.press('Tab'); // Virksomhed
    await k.type('Netto');
    await k.press('Tab'); // the typed company stays; on to Startdato (today)
    await k.press('Enter'); // Enter in a text field saves the form
    const status = form('Start forløb').getByRole('status');
    const offer = form('Start forløb').getByRole('button', { name: 'Start et nyt forløb alligevel' });
    await Promise.race([status.getByText(/^Gemt/).waitFor(), offer.waitFor()]).catch(async (e: Error) => {
      throw new Error(`${e.message}\n${await form('Start forløb').innerText()}`);
    });
    expect(await status.innerText()).toContain(`Gemt: Start forløb ${target.id}`);
    expect(await box.inputValue()).toBe(target.id);
    k.done();
    await axeAndShot('start-forloeb');
  });

  it('Timer for a month that already has a row: the correction is offered and confirmed', async () => {
    const rows = await citizenRows();
    const id = rows[rows.length - 1].id;
    const k = new Keys('timer-ret');
    await startAt(page.getByRole('button', { name: `Handlinger for ${id}` }));
    await k.press('Enter');
    await page.getByRole('menuitem', { name: 'Timer' }).waitFor();
    await k.press('ArrowDown'); // Start forløb -> Timer
    await k.press('Enter');
    const f = form('Registrér timer');
    await f.waitFor();
    await expect(f.getByLabel(/^Borger-ID/).inputValue()).resolves.toBe(id);
    // Focus is on Måned (this month, "december 2026"-style); on to the hours.
    await page.waitForFunction(() => document.activeElement?.closest('[data-field="Måned"]') !== null);
    await k.press('Tab');
    await k.type('5');
    await k.press('Enter');
    const fix = f.getByRole('button', { name: /^Ret .* fra .* til 5 timer$/ });
    const status = f.getByRole('status');
    await Promise.race([status.getByText(/^Gemt/).waitFor(), fix.waitFor()]);
    if (await fix.count()) {
      await k.press('Enter'); // the month had a row already: correct it to 5
      await status.getByText(/^Gemt/).waitFor();
    }
    counts['timer-foerste'] = k.n;
    // Now the month has a row: a second entry becomes a correction, focused, applied on Enter.
    await k.tabTo(f.getByLabel(/^Ordinære timer/), 6, 'Shift+Tab'); // from the status back past Gem and Kilde
    await k.type('7');
    await k.press('Enter');
    await f.getByRole('button', { name: /^Ret .* fra 5 til 7 timer$/ }).waitFor();
    expect(await focused(f.getByRole('button', { name: /^Ret .* fra 5 til 7 timer$/ }))).toBe(true);
    await axeAndShot('timer-ret-forslag');
    await k.press('Enter');
    await status
      .getByText(/^Gemt: Ret .* fra 5 til 7 timer/)
      .waitFor()
      .catch(async (e: Error) => {
        throw new Error(`${e.message}\n${await f.innerText()}`);
      });
    k.done();
    await axeAndShot('timer-ret');
  });

  it('Registrér opfølgning from the toggle: the chosen praktik, today, Enter saves', async () => {
    const k = new Keys('opfoelgning');
    await startAt(toggle('Start forløb'));
    await k.press('ArrowRight', 2); // Afslut forløb, Registrér opfølgning
    await k.press('Enter');
    const f = form('Registrér opfølgning');
    await f.waitFor();
    await k.tabTo(f.getByLabel(/^Opfølgning/)); // past Borger-ID and the praktik (today is the default)
    await k.press('Enter');
    await f
      .getByRole('status')
      .getByText(/^Gemt: Registrér opfølgning/)
      .waitFor();
    k.done();
    await axeAndShot('opfoelgning');
  });

  it('Afslut forløb with a reason', async () => {
    const k = new Keys('afslut');
    await startAt(toggle('Start forløb'));
    await k.press('ArrowRight'); // Afslut forløb
    await k.press('Enter');
    const f = form('Afslut forløb');
    await f.waitFor();
    await k.tabTo(f.getByLabel(/^Afslutningsårsag/)); // past Borger-ID, the placement and Slutdato (today)
    await k.type('H'); // Helbred (a focused list jumps to the option by its first letter)
    await k.press('Tab'); // Gem
    await k.press('Enter');
    await f
      .getByRole('status')
      .getByText(/^Gemt: Afslut forløb/)
      .waitFor();
    k.done();
    await axeAndShot('afslut');
  });
  it('An Aftale from a dialogue group line: the menu of the line fills Borger-ID and focuses Aftale', async () => {
    await page.getByRole('tab', { name: 'Månedsdialog' }).click();
    const ready = page.getByTestId('dialog-groups-ready');
    const trigger = ready.getByRole('button', { name: /^Handlinger for / }).first();
    await trigger.waitFor();
    const id = ((await trigger.getAttribute('aria-label')) ?? '').replace('Handlinger for ', '');
    const k = new Keys('aftale-fra-dialog');
    await startAt(trigger);
    await k.press('Enter'); // the menu opens on its only item, Aftale
    await page.getByRole('menuitem', { name: 'Aftale' }).waitFor();
    await k.press('Enter');
    const f = form('Ny aftale');
    const aftale = f.getByLabel(/^Aftale/);
    await aftale.waitFor();
    // The form takes focus after the menu hands it back to its trigger (one frame): wait for it.
    for (let i = 0; i < 100 && !(await focused(aftale)); i++) await page.waitForTimeout(100);
    expect(await focused(aftale)).toBe(true);
    expect(await f.getByLabel(/^Borger-ID/).inputValue()).toContain(id);
    await k.type('Ring');
    await k.press('Enter');
    await f.getByRole('status').getByText(/^Gemt/).waitFor();
    k.done();
    await axeAndShot('aftale-fra-dialog');
  });
});
