// The CLI as a user gets it: `npm pack` the project, install the tarball into an empty folder (offline,
// from npm's cache) and run the installed `fremdrift` for demo, report --json and import of a CSV and an
// .xlsx export. This is what catches a bin that only works inside the source tree (issue 11: `import` of
// an .xlsx crashed at run time while the in-process tests passed). Slow (a pack and an install).
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'fremdrift-pakke-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

test('the packed and installed CLI runs demo, report --json and import of a CSV and an .xlsx export', async () => {
  const started = Date.now();
  const packDir = join(dir, 'pakke');
  const app = join(dir, 'app');
  mkdirSync(packDir);
  mkdirSync(app);

  const pack = run(npm, ['pack', '--json', '--pack-destination', packDir], root);
  expect(pack.code).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
    filename: string;
    files: { path: string }[];
  }[];
  // Only what the CLI needs is shipped.
  expect(info.files.map((f) => f.path).sort()).toEqual(
    [
      'README.md',
      'bin/fremdrift.js',
      'dist-cli/fremdrift.js',
      'package.json',
      ...(existsSync(join(root, 'LICENSE')) ? ['LICENSE'] : []),
    ].sort(),
  );
  const tarball = join(packDir, info.filename);

  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fremdrift-pakketest', private: true }));
  let install = run(npm, ['install', '--no-audit', '--no-fund', '--offline', tarball], app);
  if (install.code !== 0) install = run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  expect(install).toMatchObject({ code: 0 });
  // The bundle carries its dependencies: nothing else is installed.
  expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['fremdrift']);

  const fremdrift = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'fremdrift.cmd' : 'fremdrift');
  const cli = (...args: string[]) => run(fremdrift, args, app);

  const demo = cli('demo', 'demo.xlsx', '--as-of', '2026-11-15');
  expect(demo).toMatchObject({
    code: 0,
    stdout: expect.stringContaining('Demo-projektmappen er skrevet til demo.xlsx'),
  });

  const report = cli('report', 'demo.xlsx', '--json', '--as-of', '2026-11-15');
  expect(report.code).toBe(0);
  const json = JSON.parse(report.stdout);
  expect(json.months.length).toBeGreaterThan(0);
  expect(json.rule.id).toBe('fsm-rate3');

  const before = readFileSync(join(app, 'demo.xlsx'));
  const header = ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato'];
  writeFileSync(
    join(app, 'eksport.csv'),
    [header.join(';'), 'PK1;Andet;Team Nord;Mette Kristensen;01-11-2026'].join('\r\n'),
  );
  const csv = cli('import', 'eksport.csv', '--into', 'demo.xlsx', '--table', 'Borgere', '--dry-run', '--json');
  expect(csv.code).toBe(0);
  expect(JSON.parse(csv.stdout)).toEqual({ rows: 1, added: 1, updated: 0, unchanged: 0, rejected: [] });

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Eksport');
  ws.addRow(header);
  ws.addRow(['PK2', 'Andet', 'Team Syd', 'Sofie Jensen', '02-11-2026']);
  writeFileSync(join(app, 'eksport.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const xlsx = cli('import', 'eksport.xlsx', '--into', 'demo.xlsx', '--table', 'Borgere', '--dry-run', '--json');
  expect(xlsx.stderr).not.toMatch(/Uventet fejl|Cannot find module/);
  expect(xlsx.code).toBe(0);
  expect(JSON.parse(xlsx.stdout)).toEqual({ rows: 1, added: 1, updated: 0, unchanged: 0, rejected: [] });
  expect(readFileSync(join(app, 'demo.xlsx')).equals(before)).toBe(true);

  console.log(`packed CLI test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 300000);
