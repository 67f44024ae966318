import { spawnSync } from 'child_process';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { INPUT_TABLES } from '../../src/workbook/contract';
import type { RawTable } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

export const BIN = join(__dirname, '..', '..', 'bin', 'fremdrift.js');

/** Runs the real CLI in a child process, as a user would (`npx fremdrift ...`): the compiled bundle, rebuilt first when stale. */
export function spawnCli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in this process (faster), capturing its output. */
export async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

/** Writes raw tables as real Excel tables into a new .xlsx file. */
export async function writeWorkbook(file: string, tables: Record<string, RawTable | null>): Promise<void> {
  const wb = XlsxWorkbook.create();
  for (const def of INPUT_TABLES) {
    const t = tables[def.name];
    if (!t) continue;
    // The contract's columns the table has, in the contract's order, then its other columns (e.g. an older
    // form's); each row's cells put in that order.
    const columns = def.columns.filter((c) => t.headers.includes(c.header));
    const extra = t.headers.filter((h) => !columns.some((c) => c.header === h)) as string[];
    const order = [...columns.map((c) => c.header), ...extra].map((h) => t.headers.indexOf(h));
    wb.createTable(
      { ...def, columns },
      t.rows.map((cells) => order.map((i) => cells[i] ?? null)),
      extra,
    );
  }
  await wb.save(file);
}
