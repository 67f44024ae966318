// `fremdrift upgrade <fil.xlsx>`: adds the v2 tables and columns to a v1 workbook (never changing a row)
// and prints what it added in Danish, in the same words as the add-in's "Opret sagsstamme"; and marks the
// output sheets an older Fremdrift wrote (xlsx/legacyMarks.ts), so later writes know them as Fremdrift's.
import { upgradeWorkbook } from '../app/upgrade';
import { describeSetup } from '../text/setup';
import { CLI_TEXT, COMMAND_HELP } from '../text/cli';
import { EXPORT_TEXT } from '../text/export';
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
  const wb = await XlsxWorkbook.open(file, { forWriting: true });
  const result = await upgradeWorkbook(wb);
  const marked = wb.markLegacySheets();
  const tablesChanged = result.created.length > 0 || Object.values(result.upgraded).some((h) => h.length > 0);
  const compacted = result.historyCompacted;
  if (marked.length > 0 || tablesChanged || compacted || result.identityAdded.length > 0) {
    progress(CLI_TEXT.saving(file));
    await wb.save(file);
  }
  // "Nothing changed" is not said when only the workbook's identity (Fremdrift-udtræk) was added.
  if (tablesChanged || result.identityAdded.length === 0) for (const line of describeSetup(result, 'da')) io.out(line);
  if (result.identityAdded.length > 0) io.out(EXPORT_TEXT.identityAdded(result.identityAdded));
  if (marked.length > 0) io.out(CLI_TEXT.sheetsMarked(marked));
  if (compacted) io.out(CLI_TEXT.historyCompacted(compacted.before, compacted.after));
  return EXIT.ok;
}
