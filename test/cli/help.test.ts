// `fremdrift <kommando> --help` through the real bin: every command says what it does, lists its options and
// gives an example; report's help says that a month close cannot be undone and what "ved ibrugtagning" is.
import { spawnCli } from './helpers';

jest.setTimeout(180000);

test.each([
  ['report', 'fremdrift report sagsstamme.xlsx --as-of 2026-12-02'],
  ['demo', 'fremdrift demo demo.xlsx --as-of 2026-12-02'],
  ['consolidate', 'fremdrift consolidate nord.xlsx syd.xlsx vest.xlsx --out samlet.xlsx'],
  ['import', 'fremdrift import borgere.csv --into sagsstamme.xlsx --table Borgere --dry-run'],
  ['upgrade', 'fremdrift upgrade sagsstamme.xlsx'],
])('%s --help prints its own usage, options and an example on standard output (exit 0)', (command, example) => {
  const r = spawnCli([command, '--help']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout.startsWith(`Brug: fremdrift ${command} `)).toBe(true);
  expect(r.stdout).toMatch(/\nEksemp(el|ler):\n/);
  expect(r.stdout).toContain(`  ${example}\n`);
  expect(r.stdout).toContain('Slutkoder: 0 udført');
  // Only its own command: another command's usage line is not there.
  for (const other of ['report', 'demo', 'consolidate', 'upgrade'].filter((c) => c !== command))
    expect(r.stdout).not.toContain(`Brug: fremdrift ${other}`);
});

test('report --help says a close cannot be undone and marks months long past "lukket ved ibrugtagning"', () => {
  const r = spawnCli(['report', '-h']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('En lukning kan ikke fortrydes');
  expect(r.stdout).toContain('"lukket ved ibrugtagning"');
  expect(r.stdout).toContain('--write');
});

test('fremdrift --help lists every command and points to the help per command', () => {
  const r = spawnCli(['--help']);
  expect(r.code).toBe(0);
  for (const c of ['report', 'demo', 'consolidate', 'import', 'upgrade']) expect(r.stdout).toContain(`fremdrift ${c}`);
  expect(r.stdout).toContain('fremdrift <kommando> --help');
});
