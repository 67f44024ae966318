// The text summary of `fremdrift report` through the real bin: the teams' needed starts next month (the
// milestone plans' neededStarts, the same figures as the JSON) and the first three data issues by table,
// row and column; `report --write` says which months it closed, and how.
import { copyFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { workedExampleTables } from '../app/workedExample';
import { spawnCli, writeWorkbook } from './helpers';

jest.setTimeout(240000);
const dir = mkdtempSync(join(tmpdir(), 'fremdrift-summary-'));
const AS_OF = '2026-12-03';

interface Json {
  plan: { month: string; neededStarts: number | null }[];
  byTeam: Record<string, { plan: { month: string; neededStarts: number | null }[] }>;
  issues: { severity: string; table: string; row: number; column: string; message: string }[];
}

test("the summary names the teams' needed starts next month and the first three data issues", () => {
  const file = join(dir, 'demo.xlsx');
  expect(spawnCli(['demo', file, '--as-of', AS_OF, '--quiet']).code).toBe(0);
  const text = spawnCli(['report', file, '--as-of', AS_OF, '--quiet']);
  const json = JSON.parse(spawnCli(['report', file, '--as-of', AS_OF, '--json', '--quiet']).stdout) as Json;
  expect(text.code).toBe(0);
  const lines = text.stdout.split('\n');
  const at = lines.indexOf('Nødvendige starter i januar 2027 (næste måned) for at nå milepælen:');
  expect(at).toBeGreaterThan(0);
  const needed = (plan: Json['plan']) => String(plan.find((p) => p.month === '2027-01')!.neededStarts);
  const teams = Object.keys(json.byTeam).sort((a, b) => a.localeCompare(b, 'da'));
  expect(teams).toEqual(['Team Nord', 'Team Syd', 'Team Vest']);
  expect(lines.slice(at + 1, at + 5).map((l) => l.trim().split(/\s{2,}/))).toEqual([
    ...teams.map((t) => [t, needed(json.byTeam[t].plan)]),
    ['Alle', needed(json.plan)],
  ]);
  // Errors first, each by table, row and column with its Danish message; then how many more.
  const errors = json.issues.filter((i) => i.severity === 'error');
  const first = [...errors, ...json.issues.filter((i) => i.severity !== 'error')].slice(0, 3);
  const dq = lines.findIndex((l) => l.startsWith('Datakvalitet: '));
  expect(lines[dq]).toBe(`Datakvalitet: ${errors.length} fejl, ${json.issues.length - errors.length} advarsler`);
  expect(lines.slice(dq + 1, dq + 4)).toEqual(
    first.map(
      (i) =>
        `  ${i.severity === 'error' ? 'Fejl' : 'Advarsel'}: ${i.table}, række ${i.row}, kolonne ${i.column}: ${i.message}`,
    ),
  );
  if (json.issues.length > 3)
    expect(lines[dq + 4]).toBe(`  … og ${json.issues.length - 3} flere; se arket Datakvalitet`);
});

test('report --write says which months it closed and that the close cannot be undone', async () => {
  const file = join(dir, 'luk.xlsx');
  await writeWorkbook(file, workedExampleTables());
  const copy = join(dir, 'luk-igen.xlsx');
  copyFileSync(file, copy);
  // The worked example's months (January to March 2025) are long past: a workbook never closed closes
  // them all at once, marked as closed when Fremdrift was taken into use.
  const first = spawnCli(['report', file, '--write', '--as-of', '2025-03-31', '--quiet']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(
    'Lukkede 3 måneder i Historik: januar 2025 – marts 2025 lukket ved ibrugtagning. En lukning kan ikke fortrydes.',
  );
  const again = spawnCli(['report', file, '--write', '--as-of', '2025-03-31', '--quiet']);
  expect(again.stdout).toContain('Ingen måneder lukket nu.');
  expect(again.stdout).not.toContain('Lukkede');
  // With --json the standard output stays JSON; the close is said on standard error.
  const json = spawnCli(['report', copy, '--write', '--json', '--as-of', '2025-03-31']);
  expect(() => JSON.parse(json.stdout)).not.toThrow();
  expect(json.stderr).toContain('Lukkede 3 måneder i Historik');
});
