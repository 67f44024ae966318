// The task pane's first view (issue 28), measured in Debian's Chromium on the production build in preview
// mode: five cold loads, each with its network log (every script and stylesheet, gzip -9 of the body as
// received), its long tasks and its time to the first usable view (support/firstView.ts defines it). Asserted:
// the build's own first-view figure (dist/bundle-size.json, printed by the build) names exactly the files the
// browser fetched before the first usable view, and they stay under the 168,909 B gzip budget; at most one
// long task (> 50 ms) before the first usable view, in the median of the loads always and in every load when
// the machine is not busy (a loaded machine stretches any task past 50 ms). The time goal (700 ms) is printed
// and written to test-results/first-view.json with the long tasks; only a bound that cannot flake is asserted.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { CHROME, DIST, RESULTS } from './support/preview';
import { loadFirstView, median, type FirstViewLoad } from './support/firstView';

const BUDGET_GZIP_BYTES = 168909;
const GOAL_MS = 700;
/** Far above the goal: a failure here means something hangs, not that the machine is busy. */
const BOUND_MS = 5000;
const LOADS = 5;
/** Issue 28: before the first usable view, at most this many long tasks (> 50 ms, the browser's measure). */
const MAX_LONG_TASKS_BEFORE_USABLE = 1;
/** Not busy: the 1-minute load average, before and after the loads, at most half the cores. */
const notBusy = (loadAverages: string[]) => loadAverages.every((l) => Number(l.split(' ')[0]) <= os.cpus().length / 2);

interface Measured {
  gzipBytes: number;
  files: { file: string; gzipBytes: number }[];
}
interface BundleReport {
  budget: number;
  firstView: { preview: Measured & { chunks: string[] }; excel: Measured & { chunks: string[] } };
}

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').trim();
const sum = (xs: readonly { gzipBytes: number }[]) => xs.reduce((s, x) => s + x.gzipBytes, 0);
const names = (xs: readonly { file: string }[]) => xs.map((x) => x.file).sort();

jest.setTimeout(600_000);

(CHROME ? describe : describe.skip)('first view of the task pane (production build, preview mode)', () => {
  const loads: FirstViewLoad[] = [];
  let build: BundleReport;
  let loadAround = { before: '', after: '' };

  beforeAll(async () => {
    build = JSON.parse(fs.readFileSync(path.join(DIST, 'bundle-size.json'), 'utf8')) as BundleReport;
    const loadBefore = loadAverage();
    for (let i = 0; i < LOADS; i++) loads.push(await loadFirstView());
    const usable = loads.map((l) => l.usableMs);
    const longTasks = loads.map((l) => l.longTasks.length);
    const beforeUsable = loads.map((l) => l.longTasks.filter((t) => t.startMs < l.usableMs).length);
    const summary = {
      measuredAt: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: loadAverage() },
      budgetGzipBytes: BUDGET_GZIP_BYTES,
      gzip: 'gzip -9 of each response body as received (the test server sends files uncompressed)',
      firstViewGzipBytes: sum(loads[0].firstView),
      buildFirstViewGzipBytes: build.firstView.preview.gzipBytes,
      medianUsableMs: median(usable),
      goalMs: GOAL_MS,
      medianLongTasks: median(longTasks),
      medianLongTasksBeforeUsable: median(beforeUsable),
      longestTaskMs: Math.max(0, ...loads.map((l) => Math.max(0, ...l.longTasks.map((t) => t.durationMs)))),
      loads: loads.map((l) => ({
        usableMs: Math.round(l.usableMs),
        domMs: Math.round(l.domMs),
        longTasks: l.longTasks.map((t) => ({ startMs: Math.round(t.startMs), durationMs: Math.round(t.durationMs) })),
        firstView: l.firstView.map((f) => ({ file: f.file, gzipBytes: f.gzipBytes, startMs: Math.round(f.startMs) })),
        later: l.later.map((f) => ({ file: f.file, gzipBytes: f.gzipBytes, startMs: Math.round(f.startMs) })),
        office: l.office.map((f) => ({ file: f.file, gzipBytes: f.gzipBytes })),
      })),
    };
    loadAround = summary.loadAverage;
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'first-view.json'), JSON.stringify(summary, null, 2));
    console.log(
      `Første visning: ${summary.firstViewGzipBytes} B gzip (budget ${BUDGET_GZIP_BYTES}) i ${loads[0].firstView.length} filer; ` +
        `første brugbare visning, median af ${LOADS}: ${Math.round(summary.medianUsableMs)} ms (mål ${GOAL_MS} ms; ` +
        `${usable.map((u) => Math.round(u)).join(', ')}); lange opgaver pr. indlæsning: ${longTasks.join(', ')}, ` +
        `heraf før brugbar visning: ${beforeUsable.join(', ')} ` +
        `(længste ${Math.round(summary.longestTaskMs)} ms; højst ${MAX_LONG_TASKS_BEFORE_USABLE} ${notBusy([loadBefore, summary.loadAverage.after]) ? 'i hver indlæsning' : 'i medianen (travl maskine)'}); ` +
        `load average ${summary.loadAverage.before} -> ${summary.loadAverage.after}`,
    );
  }, 600_000);

  it('the build’s first-view figure names exactly the files the browser fetched before the first usable view', () => {
    expect(build.firstView.preview.chunks).toContain('preview');
    for (const load of loads) expect(names(load.firstView)).toEqual(names(build.firstView.preview.files));
  });

  it('the first view loads less than the budget, summed from the network log', () => {
    expect(build.budget).toBe(BUDGET_GZIP_BYTES);
    for (const load of loads) {
      expect(sum(load.firstView)).toBeLessThan(BUDGET_GZIP_BYTES);
      // The network log's bytes are the build's bytes, file by file.
      const byFile = Object.fromEntries(load.firstView.map((f) => [f.file, f.gzipBytes]));
      for (const f of build.firstView.preview.files) expect([f.file, byFile[f.file]]).toEqual([f.file, f.gzipBytes]);
    }
    expect(build.firstView.excel.gzipBytes).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('what sits below the first view (forms, citizen list) is fetched after it, without any input', () => {
    for (const load of loads) {
      const later = names(load.later);
      expect(later.some((f) => f.startsWith('forms.'))).toBe(true);
      for (const f of later) expect(names(build.firstView.preview.files)).not.toContain(f);
    }
  });

  it(`is usable well within ${BOUND_MS} ms (the ${GOAL_MS} ms goal is printed), without page errors`, () => {
    expect(median(loads.map((l) => l.usableMs))).toBeLessThan(BOUND_MS);
    for (const load of loads) {
      expect(load.pageErrors).toEqual([]);
      expect(load.domMs).toBeLessThanOrEqual(load.usableMs);
    }
  });

  it(`has at most ${MAX_LONG_TASKS_BEFORE_USABLE} long task before the first usable view (every load when the machine is not busy)`, () => {
    const beforeUsable = loads.map((l) => l.longTasks.filter((t) => t.startMs < l.usableMs).length);
    expect(median(beforeUsable)).toBeLessThanOrEqual(MAX_LONG_TASKS_BEFORE_USABLE);
    // On a busy machine only the median is held to it (a load average over half the cores stretches tasks).
    const over = beforeUsable.filter((n) => n > MAX_LONG_TASKS_BEFORE_USABLE);
    expect(notBusy([loadAround.before, loadAround.after]) ? over : []).toEqual([]);
  });
});
