// End-to-end: the production build in Debian's Chromium, preview mode (no Office), demo data.
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// Chromium, Chrome or Edge (CHROME_PATH); without one the suite is skipped and counted (scripts/ensure-tools.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CHROME: string | null = require('../../scripts/ensure-tools').findChrome();
if (!CHROME) console.warn('!!! Ingen Chromium, Chrome eller Edge fundet: browsertestene springes over (sæt CHROME_PATH).');

const ROOT = path.resolve(__dirname, '../..');
// FREMDRIFT_DIST lets a run use its own build when others rebuild dist/ in the same work tree.
const DIST = path.resolve(process.env.FREMDRIFT_DIST ?? path.join(ROOT, 'dist'));
const RESULTS = path.join(ROOT, 'test-results');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

jest.setTimeout(120_000);

let server: http.Server;
let base: string;
let context: BrowserContext;
let page: Page;
let userDir: string;
const pageErrors: string[] = [];

function serve(): Promise<http.Server> {
  const s = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // axe-core is served from the same origin so the page's CSP (script-src 'self') admits it unchanged.
    if (url.pathname === '/__test__/axe.min.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] });
      fs.createReadStream(AXE).pipe(res);
      return;
    }
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

/** The share KPI of Mål og milepæle as a number (Danish "38,2 %"). */
async function goalShare(): Promise<number> {
  await openView('Mål og milepæle');
  const text = await page.locator('[data-kpi^="Andel i "]').innerText();
  return Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
}

async function openView(name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

/**
 * axe's serious/critical violations. One known false positive is dropped, node by node: Fluent's tabster
 * focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`) that only pass focus on; Microsoft's
 * own Accessibility Insights suppresses exactly these (microsoft/fluentui#27517, "By Design").
 */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ url: `${base}/__test__/axe.min.js` });
  type Result = { violations: { id: string; impact: string; nodes: { html: string; target: string[] }[] }[] };
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ html: n.html, target: n.target.join(' ') })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target).join(', ')}`);
}

async function screenshot(name: string) {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!CHROME) return;
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ mangler: byg først (npx webpack --mode production)');
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-e2e-'));
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 900, height: 900 },
    locale: 'da-DK',
    // Fluent skips its tab-indicator animation, so screenshots show the settled page.
    reducedMotion: 'reduce',
  });
  // Microsoft's CDN is served from the local copies; nothing else may leave the machine.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'appsforoffice.microsoft.com') {
      const local = path.join(DIST, path.basename(url.pathname));
      if (fs.existsSync(local)) return route.fulfill({ path: local, contentType: 'text/javascript; charset=utf-8' });
      return route.fulfill({ status: 404, body: '' });
    }
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('heading', { name: 'Min sagsstamme', level: 2 }).waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (userDir) fs.rmSync(userDir, { recursive: true, force: true });
});

(CHROME ? describe : describe.skip)('task pane in Chromium (preview mode)', () => {
  it('Min sagsstamme renders with the preview banner, without serious axe violations', async () => {
    await page.getByText('Forhåndsvisning: demodata i hukommelsen, intet gemmes i Excel').waitFor();
    await page.getByRole('heading', { name: 'Start forløb' }).waitFor();
    expect(await page.locator('[data-testid="citizens"] tbody tr').count()).toBeGreaterThan(5);
    await screenshot('min-sagsstamme');
    expect(await seriousViolations()).toEqual([]);
  });

  it('Månedsdialog renders, without serious axe violations', async () => {
    await openView('Månedsdialog');
    await page.getByRole('heading', { name: 'Sagsstamme efter parathed' }).waitFor();
    await screenshot('maanedsdialog');
    expect(await seriousViolations()).toEqual([]);
  });

  it('Mål og milepæle renders with its chart, without serious axe violations', async () => {
    await openView('Mål og milepæle');
    await page.getByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' }).waitFor();
    await screenshot('maal-og-milepaele');
    expect(await seriousViolations()).toEqual([]);
  });

  it('Importér loads its wizard lazily, without serious axe violations', async () => {
    await page.getByRole('tab', { name: 'Importér' }).click();
    await page.getByText('Importér fra fagsystem').first().waitFor();
    await screenshot('importer');
    expect(await seriousViolations()).toEqual([]);
  });

  it('a bad date gives a Danish message and writes nothing', async () => {
    const before = await goalShare();
    await openView('Min sagsstamme');
    const active = await page.locator('[data-kpi="I virksomhedsrettet indsats"]').innerText();
    const start = page.getByLabel('Startdato');
    await start.fill('31-02-2025');
    await page.getByText('"31-02-2025" er ikke en gyldig dato (dagen findes ikke)').waitFor();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Ret fejlene i formularen: intet er gemt.', { exact: true }).first().waitFor();
    await screenshot('ugyldig-dato');
    expect(await page.locator('[data-kpi="I virksomhedsrettet indsats"]').innerText()).toBe(active);
    expect(await goalShare()).toBe(before);
  });

  it('logging a new placement through the form raises the share in Mål og milepæle', async () => {
    const before = await goalShare();
    await openView('Min sagsstamme');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Start forløb' }) });
    await form.getByLabel('Type').selectOption('Virksomhedspraktik');
    await form.getByLabel('Virksomhed').fill('Bager Hansen');
    await form.getByRole('button', { name: 'Gem' }).click();
    await page.getByTestId('announcer').getByText(/^Gemt: Start forløb/).waitFor();
    const after = await goalShare();
    expect(after).toBeGreaterThan(before);
    expect(pageErrors).toEqual([]);
  });
});
