// What "Opret sagsstamme" and `fremdrift upgrade` added to a workbook, in words: one wording for the CLI
// (Danish) and the add-in (the pane's language), Danish first.
import type { SetupResult } from '../workbook/port';
import type { Locale } from './locale';

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
