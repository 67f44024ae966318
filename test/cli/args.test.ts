// One argument parser and one set of exit codes for every command (src/cli/args.ts, io.ts): the same
// Danish messages and the same code (1, usage error) whichever command gets the wrong arguments.
import { EXIT } from '../../src/cli/io';
import { runCli } from './helpers';

test.each([
  [['report', 'x.xlsx', '--frobnicate'], 'Ukendt tilvalg --frobnicate.'],
  [['demo', 'd.xlsx', '--write'], 'Ukendt tilvalg --write.'],
  [['consolidate', 'a.xlsx', '--out'], '--out mangler en værdi.'],
  [['report', 'x.xlsx', '--json=ja'], '--json tager ingen værdi.'],
  [['import', 'e.csv', '--into', 'x.xlsx', '--table'], '--table mangler en værdi.'],
  [['import', 'e.csv', '--into', 'x.xlsx', '--table', 'Borgere', '--bogus'], 'Ukendt tilvalg --bogus.'],
  [['report'], 'report kræver netop én projektmappe'],
])('%j is a usage error (exit 1) naming the problem', async (args, message) => {
  const r = await runCli(args);
  expect(r.code).toBe(EXIT.usage);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
});

test.each([
  ['2026-13-01', '--as-of 2026-13-01: måned 13 findes ikke; måneden skal være 01-12'],
  ['01-13-2026', '--as-of 01-13-2026: måned 13 findes ikke'],
  ['2026-00-10', 'måned 0 findes ikke'],
  ['2026-02-30', '--as-of 2026-02-30: dag 30 findes ikke i februar 2026'],
  ['i går', '--as-of "i går" er ikke en dato; skriv ÅÅÅÅ-MM-DD'],
])('report --as-of %s says exactly what is wrong (exit 1)', async (asOf, message) => {
  const r = await runCli(['report', 'x.xlsx', '--as-of', asOf, '--quiet']);
  expect(r.code).toBe(EXIT.usage);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
});

test.each([['report'], ['demo'], ['consolidate'], ['import']])(
  '%s --help prints its usage on standard output and exits 0',
  async (command) => {
    const r = await runCli([command, '--help']);
    expect(r).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(r.stdout).toContain(`fremdrift ${command}`);
  },
);

test('a file that cannot be used exits 2 in report and import alike', async () => {
  const report = await runCli(['report', '/findes/ikke.xlsx', '--quiet']);
  const imp = await runCli([
    'import',
    '/findes/ikke.csv',
    '--into',
    '/findes/ikke.xlsx',
    '--table',
    'Borgere',
    '--quiet',
  ]);
  expect([report.code, imp.code]).toEqual([EXIT.file, EXIT.file]);
  expect(report.stderr).toContain('findes ikke');
  expect(imp.stderr).toContain('findes ikke');
});
