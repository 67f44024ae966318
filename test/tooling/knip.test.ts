// Proves the dead-code check in `npm run lint` can fail: knip runs with the project's own knip.jsonc over
// small throwaway trees in the temp folder, one clean and, for each kind of dead code it is there to catch,
// the same tree with one planted: an export nobody imports, a file nobody imports, a devDependency no
// code uses. Each tree takes knip about a second or two.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const knip = path.join(root, 'node_modules', '.bin', 'knip');

type Issue = {
  file: string;
  exports: { name: string }[];
  files: { name: string }[];
  devDependencies: { name: string }[];
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fremdrift-knip-'));
  dirs.push(dir);
  const all = {
    'knip.jsonc': fs.readFileSync(path.join(root, 'knip.jsonc'), 'utf8'),
    'package.json': JSON.stringify({ name: 'knip-fixture', private: true }),
    'tsconfig.json': '{ "compilerOptions": { "strict": true } }',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The findings as data (JSON report), plus the exit status of the plain run exactly as scripts/lint.js does it. */
function runKnip(dir: string): { status: number | null; found: string[] } {
  const json = spawnSync(knip, ['--no-progress', '--reporter', 'json'], { cwd: dir, encoding: 'utf8' });
  const issues = json.stdout ? (JSON.parse(json.stdout).issues as Issue[]) : [];
  const found = issues.flatMap((i) => [
    ...i.exports.map((e) => `export ${e.name} in ${i.file}`),
    ...i.files.map((f) => `file ${f.name}`),
    ...i.devDependencies.map((d) => `devDependency ${d.name}`),
  ]);
  const plain = spawnSync(knip, ['--no-progress'], { cwd: dir, encoding: 'utf8' });
  return { status: plain.status, found: found.sort() };
}

// The CLI entry (an entry in knip.jsonc) uses the one export there is; a test imports it too.
const clean: Record<string, string> = {
  'src/cli/bin.ts': "import { greet } from '../app/greet';\nconsole.log(greet('Fremdrift'));\n",
  'src/app/greet.ts': "export const greet = (name: string): string => 'Hej ' + name;\n",
  'test/app/greet.test.ts': "import { greet } from '../../src/app/greet';\nexport const said = greet('test');\n",
};

describe('dead code (knip.jsonc)', () => {
  it('passes a tree where every file and export is used', () => {
    const r = runKnip(fixture(clean));
    expect(r.found).toEqual([]);
    expect(r.status).toBe(0);
  }, 30000);

  const cases: { planted: string; files: Record<string, string>; found: string[] }[] = [
    {
      planted: 'an unused export',
      files: {
        'src/app/greet.ts':
          "export const greet = (name: string): string => 'Hej ' + name;\nexport const farewell = 'Farvel';\n",
      },
      found: ['export farewell in src/app/greet.ts'],
    },
    {
      planted: 'an unused file',
      files: { 'src/app/orphan.ts': 'export const orphan = 1;\n' },
      found: ['file src/app/orphan.ts'],
    },
    {
      planted: 'an unused devDependency',
      files: {
        'package.json': JSON.stringify({
          name: 'knip-fixture',
          private: true,
          devDependencies: { 'left-pad': '1.3.0' },
        }),
      },
      found: ['devDependency left-pad'],
    },
  ];

  it.each(cases)(
    'fails on $planted and names it',
    ({ files, found }) => {
      const r = runKnip(fixture({ ...clean, ...files }));
      expect(r.found).toEqual(found);
      expect(r.status).not.toBe(0);
    },
    30000,
  );
});
