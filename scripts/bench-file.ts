// `npm run bench:file`: the file path's speed and memory. Generates a 5,700-citizen workbook (40,000
// placements, 60,000 hours rows, 36 months) with the .xlsx adapter, then measures seconds and peak RSS of
// `fremdrift report <file> --json` and of `soffice --headless --convert-to csv` on the same file, each
// under /usr/bin/time -v, three alternating runs each (median seconds, highest peak). Prints one JSON
// line. Goal: ratio <= 0.5 and <= 300 MB.
// `--compare-exceljs` also measures ExcelJS 4.4 reading and re-writing the same file, and how many parts
// of a package with a user's chart, drawing, image and comments each one keeps (extra JSON lines first).
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCaseload } from '../test/support/synthetic';
import { INPUT_TABLES } from '../src/workbook/contract';
import { caseloadToTables } from '../src/workbook/toTables';
import { XlsxWorkbook } from '../src/xlsx/xlsxWorkbook';

const ROOT = join(__dirname, '..');
const SOFFICE = '/usr/bin/soffice';
const RUNS = 3;

interface Run {
  seconds: number;
  peakMB: number;
  status: number | null;
  stderr: string;
}

/** Runs a command under GNU time; seconds are wall-clock, peak is the maximum resident set size. */
function timed(cmd: string, args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { seconds, peakMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, status: r.status, stderr: r.stderr };
}

async function makeWorkbook(file: string) {
  const caseload = generateCaseload({
    citizens: 5700,
    placements: 40_000,
    hoursRows: 60_000,
    months: 36,
    startMonth: '2023-01',
    teams: 8,
    caseworkersPerTeam: 14,
    seed: 42,
  });
  const tables = caseloadToTables(caseload);
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) {
    const t = tables[def.name];
    wb.createTable(
      { ...def, columns: def.columns.filter((c) => t.headers.includes(c.header)) },
      t.rows,
      t.headers.filter((h) => !def.columns.some((c) => c.header === h)),
    );
  }
  await wb.save(file);
  return caseload.citizens.length;
}

/** Child mode for --compare-exceljs: one measured operation in its own process. */
async function child(mode: string, file: string) {
  if (mode === 'exceljs-roundtrip') {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(file + '.exceljs.xlsx');
  } else if (mode === 'exceljs-read') {
    const ExcelJS = (await import('exceljs')).default;
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === 'fremdrift-read') {
    await (await XlsxWorkbook.open(file)).readTables(INPUT_TABLES.map((t) => t.name));
  } else if (mode === 'fremdrift-roundtrip') {
    const wb = await XlsxWorkbook.open(file);
    await wb.readTables(INPUT_TABLES.map((t) => t.name));
    await wb.updateCells('Borgere', [{ row: 1, column: 'Navn', value: 'x' }]);
    writeFileSync(file + '.fremdrift.xlsx', await wb.toBuffer());
  }
}

async function compareExcelJs(dir: string, file: string) {
  const self = ['-r', 'tsx/cjs', join(ROOT, 'scripts', 'bench-file.ts'), '--child'];
  for (const mode of ['fremdrift-read', 'exceljs-read', 'fremdrift-roundtrip', 'exceljs-roundtrip']) {
    const r = timed(process.execPath, [...self, mode, file]);
    console.log(JSON.stringify({ mode, seconds: r.seconds, peakMB: r.peakMB, ok: r.status === 0 }));
  }
  // Parts kept: a package with a user's chart, drawing, image, comments and an unknown part.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { foreignPartsWorkbook } = require('../test/xlsx/fixtures/packages');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require('jszip');
  const foreign = join(dir, 'fremmed.xlsx');
  writeFileSync(foreign, await foreignPartsWorkbook());
  const names = async (f: string) =>
    Object.keys((await JSZip.loadAsync(readFileSync(f))).files).filter((n) => !n.endsWith('/'));
  const before = await names(foreign);
  for (const mode of ['fremdrift-roundtrip', 'exceljs-roundtrip']) {
    const r = spawnSync(process.execPath, [...self, mode, foreign], { encoding: 'utf8' });
    const out = `${foreign}.${mode.split('-')[0]}.xlsx`;
    const after = r.status === 0 && existsSync(out) ? await names(out) : [];
    console.log(
      JSON.stringify({
        mode,
        partsBefore: before.length,
        partsKept: before.filter((n) => after.includes(n)).length,
        lost: before.filter((n) => !after.includes(n)),
      }),
    );
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2]);
  const dir = mkdtempSync(join(tmpdir(), 'fremdrift-bench-file-'));
  const file = join(dir, 'jobcenter.xlsx');
  const citizens = await makeWorkbook(file);
  if (args.includes('--compare-exceljs')) await compareExcelJs(dir, file);
  const profile = `file://${join(dir, 'lo-profile')}`;
  const hasSoffice = existsSync(SOFFICE);
  if (hasSoffice) {
    // A first run creates LibreOffice's profile; the measured runs come after, as a user's would.
    spawnSync(SOFFICE, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'csv',
      '--outdir',
      dir,
      file,
    ]);
  } else console.error('LibreOffice (soffice) er ikke installeret; kun Fremdrift er målt.');
  // The machine may be shared: RUNS alternating runs of each, and the median of each is reported.
  const ours: Run[] = [];
  const lo: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = timed(process.execPath, [join(ROOT, 'bin', 'fremdrift.js'), 'report', file, '--json']);
    if (r.status !== 0) throw new Error(`fremdrift report fejlede: ${r.stderr.slice(0, 2000)}`);
    ours.push(r);
    if (hasSoffice)
      lo.push(
        timed(SOFFICE, [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'csv',
          '--outdir',
          dir,
          file,
        ]),
      );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fremdriftSeconds = median(ours.map((r) => r.seconds));
  const fremdriftPeakMB = Math.max(...ours.map((r) => r.peakMB));
  const sofficeSeconds = hasSoffice ? median(lo.map((r) => r.seconds)) : null;
  const sofficePeakMB = hasSoffice ? Math.max(...lo.map((r) => r.peakMB)) : null;
  const ratio = sofficeSeconds ? Math.round((fremdriftSeconds / sofficeSeconds) * 100) / 100 : null;
  console.log(
    JSON.stringify({ citizens, fremdriftSeconds, fremdriftPeakMB, sofficeSeconds, sofficePeakMB, ratio, runs: RUNS }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
