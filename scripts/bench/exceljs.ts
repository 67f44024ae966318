// `npm run bench:file -- --compare-exceljs` part: ExcelJS 4.4 reading and re-writing the 1× workbook
// beside Fremdrift, and how many parts of a package with a user's chart, drawing, image and comments each
// keeps. Each measured operation runs in its own process (`bench-file.ts --child <mode> <file>`).
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { ROOT, timed, type BenchContext } from './common';

/** One measured operation, in the child process. */
export async function exceljsChild(mode: string, file: string): Promise<void> {
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

export async function exceljs(ctx: BenchContext): Promise<string[]> {
  if (!ctx.args.includes('--compare-exceljs')) return [];
  const file = await ctx.workbook(1);
  const self = ['-r', 'tsx/cjs', join(ROOT, 'scripts', 'bench-file.ts'), '--child'];
  const lines: string[] = [];
  for (const mode of ['fremdrift-read', 'exceljs-read', 'fremdrift-roundtrip', 'exceljs-roundtrip']) {
    const r = timed(process.execPath, [...self, mode, file]);
    lines.push(JSON.stringify({ part: 'exceljs', mode, seconds: r.seconds, peakMB: r.peakMB, ok: r.status === 0 }));
  }
  // Parts kept: a package with a user's chart, drawing, image, comments and an unknown part.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { foreignPartsWorkbook } = require('../../test/xlsx/fixtures/packages');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require('jszip');
  const foreign = join(ctx.dir, 'fremmed.xlsx');
  writeFileSync(foreign, await foreignPartsWorkbook());
  const names = async (f: string): Promise<string[]> =>
    Object.keys((await JSZip.loadAsync(readFileSync(f))).files).filter((n) => !n.endsWith('/'));
  const before = await names(foreign);
  for (const mode of ['fremdrift-roundtrip', 'exceljs-roundtrip']) {
    const r = spawnSync(process.execPath, [...self, mode, foreign], { encoding: 'utf8' });
    const out = `${foreign}.${mode.split('-')[0]}.xlsx`;
    const after = r.status === 0 && existsSync(out) ? await names(out) : [];
    lines.push(
      JSON.stringify({
        part: 'exceljs',
        mode,
        partsBefore: before.length,
        partsKept: before.filter((n) => after.includes(n)).length,
        lost: before.filter((n) => !after.includes(n)),
      }),
    );
  }
  return lines;
}
