// "Opret sagsstamme" and `fremdrift upgrade`: bring a workbook up to the v2 contract by creating the
// missing input tables and appending the missing columns (never a row changed), then say what was added.
// One wording for the CLI and the add-in, Danish first.
import type { Locale } from '../text/locale';
import { INPUT_TABLES } from '../workbook/contract';
import type { SetupResult, WorkbookPort } from '../workbook/port';

/** Creates what is missing of the contract (v1 -> v2); existing rows are left exactly as they are. */
export function upgradeWorkbook(port: WorkbookPort): Promise<SetupResult> {
  return port.ensureInputTables(INPUT_TABLES);
}

/** "A, B og C" / "A, B and C". */
const list = (items: readonly string[], locale: Locale) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${locale === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;

/** What a setup added, one sentence a line; one line when nothing was missing. */
export function describeSetup(result: SetupResult, locale: Locale): string[] {
  const da = locale === 'da';
  const lines: string[] = [];
  const created = result.created;
  if (created.length > 0) {
    lines.push(
      da
        ? `Oprettet ${created.length === 1 ? 'tabellen' : 'tabellerne'} ${list(created, locale)}.`
        : `Created the ${created.length === 1 ? 'table' : 'tables'} ${list(created, locale)}.`,
    );
  }
  for (const [table, headers] of Object.entries(result.upgraded)) {
    if (headers.length === 0) continue;
    const cols = list(headers, locale);
    lines.push(
      da
        ? `Tilføjet ${headers.length === 1 ? 'kolonnen' : 'kolonnerne'} ${cols} til tabellen ${table}.`
        : `Added the ${headers.length === 1 ? 'column' : 'columns'} ${cols} to the table ${table}.`,
    );
  }
  if (lines.length === 0) {
    return [
      da
        ? 'Projektmappen har allerede alle tabeller og kolonner; intet er ændret.'
        : 'The workbook already has every table and column; nothing was changed.',
    ];
  }
  lines.push(da ? 'Ingen rækker er ændret.' : 'No rows were changed.');
  return lines;
}
