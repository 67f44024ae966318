// `fremdrift upgrade <fil.xlsx>`: adds the v2 tables and columns to a v1 workbook (never changing a row)
// and prints what it added in Danish, in the same words as the add-in's "Opret sagsstamme".
import { upgradeWorkbook } from '../app/upgrade';
import { describeSetup } from '../text/setup';
import { CLI_TEXT, COMMAND_HELP } from '../text/cli';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { parseCommand } from './args';
import { EXIT, progressOn, UsageError, type ExitCode, type Io } from './io';

export async function runUpgrade(argv: string[], io: Io): Promise<ExitCode> {
  const args = parseCommand(argv, {});
  if (args.flag('help')) {
    io.out(COMMAND_HELP.upgrade);
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) throw new UsageError('upgrade kræver netop én projektmappe');
  const file = args.positionals[0];
  const progress = progressOn(io, args.flag('quiet'));
  progress(CLI_TEXT.reading(file));
  const wb = await XlsxWorkbook.open(file);
  const result = await upgradeWorkbook(wb);
  const changed = result.created.length > 0 || Object.values(result.upgraded).some((h) => h.length > 0);
  if (changed) {
    progress(CLI_TEXT.saving(file));
    await wb.save(file);
  }
  for (const line of describeSetup(result, 'da')) io.out(line);
  return EXIT.ok;
}
