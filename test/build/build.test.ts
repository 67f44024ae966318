// The webpack production build: pages, CSP, office.js sources, code splitting, the start bundle and the
// first view's files and budget per start mode (the e2e test test/e2e/firstView checks them against the browser).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { DIST, ROOT, distText, ensureDist } from './dist';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

beforeAll(() => ensureDist(), 240_000);

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}

function csp(html: string): Record<string, string[]> {
  const m = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('no CSP meta');
  return Object.fromEntries(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe.each(['taskpane.html', 'commands.html'])('dist/%s', (page) => {
  const html = () => distText(page);

  it('loads office.js from Microsoft’s CDN first, then only local scripts', () => {
    const sources = scriptSources(html());
    expect(sources[0]).toBe(CDN);
    for (const src of sources.slice(1)) {
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(fs.existsSync(path.join(DIST, src))).toBe(true);
    }
    expect(sources.length).toBeGreaterThan(1);
  });

  it('has the Content-Security-Policy and Danish language', () => {
    const policy = csp(html());
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(html()).toMatch(/<html lang="?da"?/);
    expect(html()).not.toMatch(/<script>(?!<\/script>)/); // no inline script the CSP would block
  });
});

it('the task pane page shows a Danish loading text', () => {
  expect(distText('taskpane.html')).toContain('Indlæser Fremdrift');
});

it('dist/office.js is the @microsoft/office-js copy, for preview and tests', () => {
  const local = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'office.js');
  expect(fs.readFileSync(path.join(DIST, 'office.js')).equals(fs.readFileSync(local))).toBe(true);
  // office.js loads this table from its own folder before Office.onReady settles.
  expect(fs.existsSync(path.join(DIST, 'o15apptofilemappingtable.js'))).toBe(true);
});

interface Measured {
  gzipBytes: number;
  files: { file: string; gzipBytes: number }[];
}

it('bundle-size.json: the start bundle stays within budget and the demo data is not in it', () => {
  const report = JSON.parse(distText('bundle-size.json')) as Measured & { initialGzipBytes: number; budget: number };
  console.log(
    `Startbundle (gzip): ${report.initialGzipBytes} bytes (budget ${report.budget}); files: ${report.files.map((f) => f.file).join(', ')}`,
  );
  expect(report.files.length).toBeGreaterThan(0);
  expect(report.initialGzipBytes).toBe(report.files.reduce((s, f) => s + f.gzipBytes, 0));
  for (const f of report.files) expect(fs.existsSync(path.join(DIST, f.file))).toBe(true);
  // The figure is real: the taskpane page loads exactly these files.
  const pageScripts = scriptSources(distText('taskpane.html')).slice(1).sort();
  expect(report.files.map((f) => f.file).sort()).toEqual(pageScripts);
  // Preview data (demo caseworker names) is code-split away from what Excel users load first.
  const initial = report.files.map((f) => distText(f.file)).join('\n');
  expect(initial).not.toContain('Camilla Østergaard');
  const all = fs.readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'office.js');
  expect(all.some((f) => distText(f).includes('Camilla Østergaard'))).toBe(true);
  expect(report.budget).toBe(168909);
  expect(report.initialGzipBytes).toBeLessThanOrEqual(report.budget);
});

describe('bundle-size.json: the first view of each start mode (issue 28)', () => {
  type Report = { budget: number; files: Measured['files']; firstRenderGzipBytes: number } & {
    firstView: Record<'preview' | 'excel', Measured & { chunks: string[] }>;
  };
  const report = () => JSON.parse(distText('bundle-size.json')) as Report;
  const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

  it.each(['preview', 'excel'] as const)(
    '%s: entry + App chunk + its data chunk, each file measured, under budget',
    (mode) => {
      const r = report();
      const view = r.firstView[mode];
      const files = view.files.map((f) => f.file);
      console.log(`Første visning, ${mode} (gzip): ${view.gzipBytes} bytes (budget ${r.budget}): ${files.join(', ')}`);
      expect(view.chunks).toEqual(['app', mode]);
      for (const f of r.files) expect(files).toContain(f.file);
      expect(files.some((f) => f.startsWith(`${mode}.`))).toBe(true);
      expect(files.some((f) => f.startsWith(`${mode === 'excel' ? 'preview' : 'excel'}.`))).toBe(false);
      expect(files.some((f) => f.startsWith('app.'))).toBe(true);
      // Lazily loaded parts are not in the first view.
      for (const lazy of ['forms.', 'row-actions.', 'caseload-list.', 'data-quality.', 'text-en.', 'goals-view.'])
        expect([lazy, files.some((f) => f.startsWith(lazy))]).toEqual([lazy, false]);
      for (const f of view.files) expect([f.file, f.gzipBytes]).toEqual([f.file, gzip(f.file)]);
      expect(view.gzipBytes).toBe(view.files.reduce((s, f) => s + f.gzipBytes, 0));
      expect(view.gzipBytes).toBeLessThan(r.budget);
    },
  );

  it('the printed first-render figure is the larger of the two modes', () => {
    const r = report();
    expect(r.firstRenderGzipBytes).toBe(Math.max(r.firstView.preview.gzipBytes, r.firstView.excel.gzipBytes));
  });

  it('the English dictionary is not in the first view, the Danish one is', () => {
    const firstView = report()
      .firstView.excel.files.map((f) => distText(f.file))
      .join('\n');
    // A Danish and an English tab label (src/text/ui/da.ts, en.ts).
    expect(firstView).toContain('Min sagsstamme');
    expect(firstView).not.toContain('My caseload');
  });
});

it('`--env preview` pages load the local ./office.js instead of the CDN', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-preview-'));
  try {
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'webpack'),
      ['--mode', 'development', '--env', 'preview', '--output-path', out],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const sources = scriptSources(fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8'));
    expect(sources[0]).toBe('office.js');
    expect(fs.existsSync(path.join(out, 'office.js'))).toBe(true);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 240_000);
