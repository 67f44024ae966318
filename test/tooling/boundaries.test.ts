// Proves the layer check in `npm run lint` can fail: dependency-cruiser runs with the project's own
// .dependency-cruiser.cjs over small throwaway trees in the temp folder, one clean and one breaking every rule,
// and, for each rule added for issue 19, a clean tree with one violating import that only that rule reports.
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
  }, 30000);

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
  }, 30000);

  // A tree that keeps every layer rule, into which each case below writes one violating import.
  const clean: Record<string, string> = {
    'src/domain/dialogue.ts': 'export const groups = 5;\n',
    'src/ui-shared/ribbonChannel.ts': 'export const channel = 1;\n',
    'src/xlsx/zipDirectory.ts': 'export const readDirectory = (b: Uint8Array) => b.length;\n',
    'src/xlsx/zip.ts': "import { inflateRawSync } from 'zlib';\nexport const inflate = inflateRawSync;\n",
    'src/import/xlsxSource.ts':
      "import { readDirectory } from '../xlsx/zipDirectory';\nexport const read = readDirectory;\n",
    'src/taskpane/App.tsx':
      "import { channel } from '../ui-shared/ribbonChannel';\nimport { read } from '../import/xlsxSource';\n" +
      'export const app = [channel, read];\n',
    'src/commands/commands.ts': "import { channel } from '../ui-shared/ribbonChannel';\nexport const run = channel;\n",
    'src/cli/main.ts':
      "import * as fs from 'fs';\nimport { inflate } from '../xlsx/zip';\nexport const cli = [fs, inflate];\n",
  };

  it('passes the tree the single-violation cases start from', () => {
    const dir = fixture(clean);
    dirs.push(dir);
    const r = cruise(dir);
    expect(r.violations).toEqual([]);
    expect(r.status).toBe(0);
  }, 30000);

  const cases: { rule: string; files: Record<string, string>; found: string[] }[] = [
    {
      rule: 'headless-no-react',
      files: {
        'src/app/refresh.ts': "import { useState } from 'react';\nexport const refresh = useState;\n",
        'src/text/labels.ts': "import { Button } from '@fluentui/react-components';\nexport const label = Button;\n",
        'src/workbook/read.ts': "import { channel } from '../ui-shared/ribbonChannel';\nexport const read = channel;\n",
      },
      found: [
        'headless-no-react: src/app/refresh.ts -> react',
        'headless-no-react: src/text/labels.ts -> @fluentui/react-components',
        'headless-no-react: src/workbook/read.ts -> src/ui-shared/ribbonChannel.ts',
      ],
    },
    {
      rule: 'taskpane-and-commands-apart',
      files: {
        'src/taskpane/notice.ts': "import { run } from '../commands/commands';\nexport const notice = run;\n",
        'src/commands/status.ts': "import { app } from '../taskpane/App';\nexport const status = app;\n",
      },
      found: [
        'taskpane-and-commands-apart: src/commands/status.ts -> src/taskpane/App.tsx',
        'taskpane-and-commands-apart: src/taskpane/notice.ts -> src/commands/commands.ts',
      ],
    },
    {
      rule: 'browser-no-node-core',
      files: {
        // Through the import reader, so only the reachable check can see it: no browser file names 'os'.
        'src/import/xlsxSource.ts':
          "import { readDirectory } from '../xlsx/zipDirectory';\nimport { tmpdir } from 'os';\n" +
          'export const read = [readDirectory, tmpdir];\n',
      },
      found: ['browser-no-node-core: src/taskpane/App.tsx -> os'],
    },
    {
      rule: 'browser-no-node-only-code',
      files: {
        'src/ui-shared/ribbonChannel.ts': "import { inflate } from '../xlsx/zip';\nexport const channel = inflate;\n",
      },
      // The Node-only zip imports zlib, so its core check fires too; the Node-only rule names the zip itself.
      found: [
        'browser-no-node-only-code: src/commands/commands.ts -> src/xlsx/zip.ts',
        'browser-no-node-only-code: src/taskpane/App.tsx -> src/xlsx/zip.ts',
        'browser-no-node-only-code: src/ui-shared/ribbonChannel.ts -> src/xlsx/zip.ts',
      ],
    },
  ];

  it.each(cases)(
    'reports $rule for its violating import',
    ({ rule, files, found }) => {
      const dir = fixture({ ...clean, ...files });
      dirs.push(dir);
      const r = cruise(dir);
      const mine = r.violations.filter((v) => v.rule.name === rule);
      expect(mine.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()).toEqual(found);
      const others = r.violations.filter((v) => v.rule.name !== rule).map((v) => v.rule.name);
      expect(
        others.filter((name) => !(rule === 'browser-no-node-only-code' && name === 'browser-no-node-core')),
      ).toEqual([]);
      expect(r.status).not.toBe(0);
    },
    15000,
  );
});
