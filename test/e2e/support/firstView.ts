// One cold load of the task pane's first view, measured in the browser (issue 28): the network log of every
// script and stylesheet with its gzip size, the long tasks, and the time to the first usable view. Shared by
// the first-view e2e suite and scripts that only want the figures, so both measure the same thing the same way.
//
// First usable view: the first frame in which the view's main heading (h2), its primary figures (a [data-kpi]
// value with a digit) and a focusable tab of the view nav are all visible, and the main thread has taken its
// next task after that frame (so a click or key press would be handled). Timed from navigation start.
import zlib from 'zlib';
import { openPreview } from './preview';

/** A script or stylesheet the page fetched, as the network log shows it. */
export interface Fetched {
  /** The file name (path of the URL without the leading slash). */
  file: string;
  type: string;
  /** gzip -9 of the response body as received (the test server sends files uncompressed). */
  gzipBytes: number;
  /** When the request started, ms after navigation start (Resource Timing). */
  startMs: number;
}

export interface FirstViewLoad {
  /** Navigation start to the first usable view (see the head of this file). */
  usableMs: number;
  /** Navigation start to the DOM first holding the usable view (before its frame). */
  domMs: number;
  /** Every long task (> 50 ms) until the page settled (network idle after the first usable view). */
  longTasks: { startMs: number; durationMs: number }[];
  /** Scripts and stylesheets of the bundle requested before the first usable view. */
  firstView: Fetched[];
  /** Scripts and stylesheets of the bundle requested after it, without any user input. */
  later: Fetched[];
  /** Microsoft's office.js and its mapping table (from Microsoft's CDN in production; not the bundle's bytes). */
  office: Fetched[];
  pageErrors: string[];
}

/** How long the network must be quiet after the first usable view before the load counts as settled. */
const QUIET_MS = 1000;

/** Files that come from Microsoft's CDN in production, not from the build. */
const OFFICE_FILES = new Set(['office.js', 'o15apptofilemappingtable.js']);

interface InPage {
  longTasks: { startMs: number; durationMs: number }[];
  usableMs: number | null;
  domMs: number | null;
}

/**
 * Installed before any page script: the long-task observer and the usable-view detector. Plain JavaScript
 * text, so no transpiler helper (esbuild's __name, ts-jest's coverage counters) leaks into the page.
 */
const INSTRUMENT = `(() => {
  const fv = { longTasks: [], usableMs: null, domMs: null };
  window.__firstView = fv;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) fv.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const visible = (el) => Boolean(el && el.getClientRects().length > 0);
  const usable = () => {
    const main = document.querySelector('main');
    if (!main) return false;
    const heading = main.querySelector('h2');
    const figure = Array.from(main.querySelectorAll('[data-kpi]')).find((k) => /\\d/.test(k.textContent || ''));
    const tab = Array.from(main.querySelectorAll('[role="tablist"] [role="tab"]')).find(
      (t) => t.tabIndex >= 0 && !t.hasAttribute('disabled') && visible(t),
    );
    return visible(heading) && Boolean((heading.textContent || '').trim()) && visible(figure) && Boolean(tab);
  };
  const observer = new MutationObserver(() => {
    if (fv.domMs !== null || !usable()) return;
    fv.domMs = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { fv.usableMs = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

/** One cold load (a fresh browser profile) of the production build's task pane in preview mode. */
export async function loadFirstView(width = 350): Promise<FirstViewLoad> {
  const bodies = new Map<string, { type: string; gzipBytes: number }>();
  const pending: Promise<void>[] = [];
  // In-flight requests and the last network activity, to tell when the page has settled.
  let inFlight = 0;
  let lastActivity = Date.now();
  const preview = await openPreview({
    width,
    // The bundle's files straight from the local server (office.js still through the CDN route).
    interceptLocal: false,
    beforeGoto: async (context, page) => {
      await context.addInitScript({ content: INSTRUMENT });
      const started = () => {
        inFlight++;
        lastActivity = Date.now();
      };
      const ended = () => {
        inFlight--;
        lastActivity = Date.now();
      };
      page.on('request', started);
      page.on('requestfinished', ended);
      page.on('requestfailed', ended);
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        const url = response.url();
        pending.push(
          response
            .body()
            .then((body) => void bodies.set(url, { type, gzipBytes: zlib.gzipSync(body, { level: 9 }).length }))
            .catch(() => undefined),
        );
      });
    },
  });
  try {
    const { page } = preview;
    await page.waitForFunction(
      () => (window as unknown as { __firstView?: InPage }).__firstView?.usableMs != null,
      undefined,
      { timeout: 60_000 },
    );
    // Settled: what the first view fetches on its own (after its first paint) has arrived and run: no
    // request in flight for QUIET_MS after the usable view. (Playwright's 'networkidle' may have fired
    // already during the first view's computation, so it is no measure here.)
    lastActivity = Date.now();
    const quietSince = () => (inFlight > 0 ? 0 : Date.now() - lastActivity);
    while (quietSince() < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(pending);
    const { fv, resources } = await page.evaluate(() => ({
      fv: (window as unknown as { __firstView: InPage }).__firstView,
      resources: performance.getEntriesByType('resource').map((r) => ({ url: r.name, startMs: r.startTime })),
    }));
    const startOf = new Map(resources.map((r) => [r.url, r.startMs]));
    const usableMs = fv.usableMs as number;
    const fetched: Fetched[] = [...bodies].map(([url, b]) => {
      const { hostname, pathname } = new URL(url);
      const file = hostname === 'appsforoffice.microsoft.com' ? pathname.split('/').pop()! : pathname.slice(1);
      return { file, type: b.type, gzipBytes: b.gzipBytes, startMs: startOf.get(url) ?? Number.NaN };
    });
    const own = fetched.filter((f) => !OFFICE_FILES.has(f.file) && !f.file.startsWith('__test__/'));
    return {
      usableMs,
      domMs: fv.domMs as number,
      longTasks: fv.longTasks,
      firstView: own.filter((f) => f.startMs < usableMs),
      later: own.filter((f) => !(f.startMs < usableMs)),
      office: fetched.filter((f) => OFFICE_FILES.has(f.file)),
      pageErrors: preview.pageErrors,
    };
  } finally {
    await preview.close();
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
