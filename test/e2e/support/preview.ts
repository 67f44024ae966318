// The browser harness every e2e suite shares: serve the production build (dist/) on a local port, launch
// Debian's Chromium with nothing allowed off the machine, open the task pane in preview mode, and measure
// what the suites assert on (axe, page width, screenshots). One place, so each suite stays about its flow.
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Chromium, Chrome or Edge (CHROME_PATH); without one the suites are skipped and counted (scripts/ensure-tools.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const CHROME: string | null = require('../../../scripts/ensure-tools').findChrome();
if (!CHROME)
  console.warn('!!! Ingen Chromium, Chrome eller Edge fundet: browsertestene springes over (sæt CHROME_PATH).');

export const ROOT = path.resolve(__dirname, '../../..');
// FREMDRIFT_DIST lets a run use its own build when others rebuild dist/ in the same work tree.
export const DIST = path.resolve(process.env.FREMDRIFT_DIST ?? path.join(ROOT, 'dist'));
export const RESULTS = path.join(ROOT, 'test-results');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface Preview {
  page: Page;
  context: BrowserContext;
  base: string;
  /** Uncaught errors of the page, for a suite to assert empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

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

/** Opens the production build's task pane in preview mode (demo data) and waits for the first view. */
export async function openPreview(
  options: {
    width?: number;
    locale?: string;
    /** Runs on the fresh (cold) browser before the page is opened, e.g. to install init scripts or listeners. */
    beforeGoto?(context: BrowserContext, page: Page): Promise<void>;
    /**
     * False: the build's own files go straight to the local server instead of through Playwright's request
     * interception (which adds a round trip through this process per file, slow on a loaded machine), and
     * other hosts are kept off by the browser's host resolver instead. For timing the first view.
     */
    interceptLocal?: boolean;
  } = {},
): Promise<Preview> {
  if (!CHROME) throw new Error('Ingen Chromium');
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('dist/ mangler: byg først (npx webpack --mode production)');
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-e2e-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROME,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Without interception, no host name but localhost resolves: nothing leaves the machine either way.
      ...(options.interceptLocal === false
        ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']
        : []),
    ],
    viewport: { width: options.width ?? 350, height: 900 },
    locale: options.locale ?? 'da-DK',
    // Fluent skips its tab-indicator animation, so screenshots show the settled page.
    reducedMotion: 'reduce',
  });
  // Microsoft's CDN is served from the local copies; nothing else may leave the machine.
  await context.route(
    options.interceptLocal === false ? 'https://appsforoffice.microsoft.com/**' : '**/*',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'appsforoffice.microsoft.com') {
        const local = path.join(DIST, path.basename(url.pathname));
        if (fs.existsSync(local)) return route.fulfill({ path: local, contentType: 'text/javascript; charset=utf-8' });
        return route.fulfill({ status: 404, body: '' });
      }
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      return route.abort();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await options.beforeGoto?.(context, page);
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
  return {
    page,
    context,
    base,
    pageErrors,
    close: async () => {
      await context.close();
      await new Promise((r) => server.close(r));
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** Opens a view by its tab and waits for its heading. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

/**
 * axe's serious/critical violations. One known false positive is dropped, node by node: Fluent's tabster
 * focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`) that only pass focus on; Microsoft's
 * own Accessibility Insights suppresses exactly these (microsoft/fluentui#27517, "By Design").
 */
export async function seriousViolations(page: Page, base: string): Promise<string[]> {
  // Injected from the same origin; retried, because office.js's own blocked telemetry frame (CSP, no network
  // here) can fail an injection that races it (seen once in CI on the dialogue suite).
  for (let attempt = 1; !(await page.evaluate(() => 'axe' in window)); attempt++) {
    try {
      await page.addScriptTag({ url: `${base}/__test__/axe.min.js` });
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
  type Result = { violations: { id: string; impact: string; nodes: { html: string; target: string[] }[] }[] };
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe.run(document);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ html: n.html, target: n.target.join(' ') })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target)
          .join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}

/** The page's own horizontal extent against the viewport: no sideways scrolling when scroll <= client. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}
