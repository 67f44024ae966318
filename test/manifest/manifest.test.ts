// Offline checks of manifest.xml against the production build (`npm run validate` runs Microsoft's
// online validator where there is a network).
import * as fs from 'fs';
import * as path from 'path';
// xml2js comes with office-addin-manifest and has no bundled types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require('xml2js') as { parseStringPromise: (xml: string) => Promise<unknown> };
import { DIST, ROOT, ensureDist } from '../build/dist';

type Xml = Record<string, unknown>;
let manifest: Xml;
let text: string;

beforeAll(async () => {
  ensureDist();
  text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  manifest = ((await parseStringPromise(text)) as Xml).OfficeApp as Xml;
}, 240_000);

/** Every object under `node` (depth first), to find elements wherever the schema nests them. */
function* walk(node: unknown): Generator<Xml> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n);
  else if (node && typeof node === 'object') {
    yield node as Xml;
    for (const v of Object.values(node)) yield* walk(v);
  }
}
const attrs = (n: Xml) => (n.$ ?? {}) as Record<string, string>;
const first = (n: Xml, key: string) => (n[key] as Xml[])[0];

function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

const LOCAL = 'https://localhost:3000/';

it('is a task pane add-in for workbooks with a GUID Id and a version', () => {
  expect(attrs(manifest)['xsi:type']).toBe('TaskPaneApp');
  expect(String(first(manifest, 'Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(String(first(manifest, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  const hosts = (first(manifest, 'Hosts').Host as Xml[]).map((h) => attrs(h).Name);
  expect(hosts).toEqual(['Workbook']);
});

it('is Danish by default with English overrides for every text', () => {
  expect(String(first(manifest, 'DefaultLocale'))).toBe('da-DK');
  for (const key of ['DisplayName', 'Description']) {
    const overrides = (first(manifest, key).Override as Xml[]).map(attrs);
    expect(overrides.map((o) => o.Locale)).toEqual(['en-US']);
  }
  const strings = [...walk(manifest)].filter((n) => 'bt:String' in n).flatMap((n) => n['bt:String'] as Xml[]);
  expect(strings.length).toBeGreaterThan(5);
  for (const s of strings) {
    const over = (s['bt:Override'] as Xml[] | undefined)?.map(attrs) ?? [];
    expect([attrs(s).id, over.map((o) => o.Locale)]).toEqual([attrs(s).id, ['en-US']]);
  }
  const labels = Object.fromEntries(strings.map((s) => [attrs(s).id, attrs(s).DefaultValue]));
  expect(Object.values(labels)).toEqual(expect.arrayContaining(['Åbn Fremdrift', 'Opdater']));
});

it('names ExcelApi 1.8 (Excel 2019) and the adapter uses 1.9 members only behind isSetSupported', () => {
  const sets = [...walk(manifest)].filter((n) => 'Set' in n).flatMap((n) => (n.Set as Xml[]).map(attrs));
  const excel = sets.find((s) => s.Name === 'ExcelApi');
  expect(excel?.MinVersion).toBe('1.8');
  // Requirement sets from @types/office-js ("[Api set: ExcelApi x.y]") for the members the adapter calls.
  const apiSets: [string, number][] = [
    ['pageLayout', 1.9],
    ['horizontalPageBreaks', 1.9],
    ['getRanges', 1.9],
    ['dataValidation', 1.8],
    ['getRangeByIndexes', 1.7],
    ['freezePanes', 1.7],
    ['onChanged', 1.7],
    ['tabColor', 1.7],
    ['conditionalFormats', 1.6],
    ['getItemOrNullObject', 1.4],
    ['getUsedRangeOrNullObject', 1.4],
    ['getResizedRange', 1.2],
  ];
  const dir = path.join(ROOT, 'src', 'excel');
  const source = fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  // Lines with a 1.9 member must sit in code guarded by the host check (an `api19` condition).
  const lines = source.split('\n');
  for (const [api, version] of apiSets) {
    if (version <= 1.8) continue;
    lines.forEach((line, i) => {
      if (!line.includes(`.${api}`) || line.trim().startsWith('//')) return;
      const context = lines.slice(Math.max(0, i - 12), i + 1).join('\n');
      expect([api, i + 1, /api19/.test(context)]).toEqual([api, i + 1, true]);
    });
  }
  expect(source).toContain("this.supports('ExcelApi', '1.9')");
  const unguarded = Math.max(...apiSets.filter(([api, v]) => v <= 1.8 && source.includes(`.${api}`)).map(([, v]) => v));
  const [major, minor] = excel!.MinVersion.split('.').map(Number);
  expect(major).toBe(1);
  expect(minor).toBeGreaterThanOrEqual(Math.round((unguarded - 1) * 10));
  console.log(
    `ExcelApi MinVersion ${excel!.MinVersion}; highest unguarded set in src/excel: ${unguarded}; 1.9 only behind isSetSupported`,
  );
});

it('has the ribbon buttons: open the task pane, and run the refresh function', () => {
  const controls = [...walk(manifest)].filter((n) => 'Control' in n).flatMap((n) => n.Control as Xml[]);
  const actions = controls.map((c) => first(c, 'Action'));
  const show = actions.find((a) => attrs(a)['xsi:type'] === 'ShowTaskpane');
  const exec = actions.find((a) => attrs(a)['xsi:type'] === 'ExecuteFunction');
  expect(show).toBeDefined();
  expect(String(first(exec!, 'FunctionName'))).toBe('refresh');
  // The function file registers that name.
  const commandsJs = fs.readdirSync(DIST).filter((f) => /^commands\..*\.js$/.test(f));
  expect(commandsJs).toHaveLength(1);
  expect(fs.readFileSync(path.join(DIST, commandsJs[0]), 'utf8')).toMatch(/associate\(\s*["']refresh["']/);
  // Every resid points at a defined resource.
  const ids = new Set([...walk(manifest)].filter((n) => attrs(n).id && attrs(n).DefaultValue).map((n) => attrs(n).id));
  const resids = [...walk(manifest)].map((n) => attrs(n).resid).filter(Boolean);
  expect(resids.length).toBeGreaterThan(10);
  for (const r of resids) expect([r, ids.has(r)]).toEqual([r, true]);
});

it('serves every https://localhost:3000/ URL from the webpack build', () => {
  const urls = [...new Set(text.match(/https:\/\/localhost:3000\/[^"'<\s]*/g) ?? [])];
  expect(urls).toEqual(expect.arrayContaining([`${LOCAL}taskpane.html`, `${LOCAL}commands.html`]));
  for (const url of urls) {
    const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
    expect([url, fs.existsSync(file) && fs.statSync(file).isFile()]).toEqual([url, true]);
  }
});

it('has every icon at the pixel size the manifest gives it', () => {
  const images = [...walk(manifest)]
    .filter((n) => 'bt:Image' in n)
    .flatMap((n) => n['bt:Image'] as Xml[])
    .map(attrs);
  const byId = Object.fromEntries(images.filter((i) => i.DefaultValue).map((i) => [i.id, i.DefaultValue]));
  const uses: [string, number][] = images.filter((i) => i.resid).map((i) => [byId[i.resid], Number(i.size)]);
  uses.push(
    [attrs(first(manifest, 'IconUrl')).DefaultValue, 32],
    [attrs(first(manifest, 'HighResolutionIconUrl')).DefaultValue, 64],
  );
  const sizes = new Set(uses.map(([, s]) => s));
  expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  for (const [url, size] of uses) {
    const rel = new URL(url).pathname;
    expect(pngSize(path.join(ROOT, rel))).toEqual([size, size]); // committed asset
    expect(pngSize(path.join(DIST, rel))).toEqual([size, size]); // served copy
  }
});
