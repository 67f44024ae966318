// Proves the layer check in `npm run lint` can fail: dependency-cruiser runs with the project's own
// .dependency-cruiser.cjs over small throwaway trees in the temp folder, one clean and one breaking every rule.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');
const config = path.join(root, '.dependency-cruiser.cjs');

type Violation = { rule: { name: string }; from: string; to: string };

function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-boundaries-'));
  const all = { 'tsconfig.json': '{ "compilerOptions": { "strict": true, "jsx": "react-jsx" } }', ...files };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The violations as data (JSON report), plus the exit status of the plain run exactly as scripts/lint.js does it. */
function cruise(dir: string): { status: number | null; violations: Violation[] } {
  const json = spawnSync(depcruise, ['src', '--config', config, '--output-type', 'json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const violations = json.stdout ? (JSON.parse(json.stdout).summary.violations as Violation[]) : [];
  const plain = spawnSync(depcruise, ['src', '--config', config], { cwd: dir, encoding: 'utf8' });
  return { status: plain.status, violations };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('dependency boundaries (.dependency-cruiser.cjs)', () => {
  it('passes a tree that keeps to the layers', () => {
    const dir = fixture({
      'src/domain/dates.ts': 'export const year = (iso: string): number => Number(iso.slice(0, 4));\n',
      'src/domain/engine.ts': "import { year } from './dates';\nexport const run = (iso: string) => year(iso);\n",
      'src/workbook/port.ts': "import { run } from '../domain/engine';\nexport const read = run;\n",
      'src/excel/officeWorkbook.ts': "import '@microsoft/office-js';\nexport const office = 1;\n",
      'src/taskpane/index.tsx': "import { office } from '../excel/officeWorkbook';\nexport const boot = office;\n",
    });
    dirs.push(dir);
    const r = cruise(dir);
    expect(r.violations).toEqual([]);
    expect(r.status).toBe(0);
  }, 15000);

  it('fails on each forbidden import and names the rule', () => {
    const dir = fixture({
      'src/domain/engine.ts': "import * as fs from 'fs';\nexport const exists = (p: string) => fs.existsSync(p);\n",
      'src/app/refresh.ts': "import '@microsoft/office-js';\nexport const refresh = 1;\n",
      'src/excel/officeWorkbook.ts': 'export const office = 1;\n',
      'src/taskpane/App.tsx': "import { office } from '../excel/officeWorkbook';\nexport const app = office;\n",
      'src/workbook/read.ts': "import { refresh } from '../app/refresh';\nexport const read = refresh;\n",
      'src/import/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/import/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    dirs.push(dir);
    const r = cruise(dir);
    const found = r.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'domain-is-pure: src/domain/engine.ts -> fs',
        'office-js-only-in-adapter: src/app/refresh.ts -> @microsoft/office-js',
        'taskpane-not-to-excel: src/taskpane/App.tsx -> src/excel/officeWorkbook.ts',
        'workbook-stays-low: src/workbook/read.ts -> src/app/refresh.ts',
      ]),
    );
    expect(r.violations.some((v) => v.rule.name === 'no-circular')).toBe(true);
    expect(r.status).not.toBe(0);
  }, 15000);
});
