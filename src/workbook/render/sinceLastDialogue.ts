// The printed Månedsdialog's "Siden sidste dialog" block (issue 23): who moved forward or back in Parathed,
// who started and who ended a counted Forløb since the previous dialogue or close. Only lines with names
// are printed, so the meeting page stays one A4 page.
import { formatDanishDate } from '../../domain/dates';
import type { Movement } from '../../domain/movement';
import { placed, type SheetBuilder } from './builder';

/** The block's heading: since when, and from what. */
export function sinceHeading(m: Movement | null): string {
  if (!m) return 'Siden sidste dialog';
  const from = m.sinceSource === 'dialogue' ? 'dialogen' : 'lukningen';
  return `Siden sidste dialog (${from} ${formatDanishDate(m.since)})`;
}

/** The block's lines as label and text; empty lists are left out, and "Ingen bevægelse" when all are. */
export function sinceLines(m: Movement | null): [string, string][] {
  if (!m) return [['', 'Ingen tidligere dialog eller lukket måned at måle fra.']];
  const lines: [string, string][] = [];
  const moved = (list: Movement['forward']) => list.map((x) => `${x.citizenId} (${x.was} → ${x.now})`).join(', ');
  if (m.forward.length > 0) lines.push(['Rykket frem', moved(m.forward)]);
  if (m.back.length > 0) lines.push(['Rykket tilbage', moved(m.back)]);
  if (m.started.length > 0) lines.push(['Startet', m.started.map((x) => `${x.citizenId} (${x.type})`).join(', ')]);
  if (m.ended.length > 0) lines.push(['Afsluttet', m.ended.map((x) => `${x.citizenId} (${x.type})`).join(', ')]);
  if (lines.length === 0) lines.push(['', 'Ingen bevægelse.']);
  if (m.closedMonth === null) lines.push(['', 'Parathed ved lukning kendes ikke: frem og tilbage kan ikke ses.']);
  return lines;
}

export function sinceLastDialogueBlock(b: SheetBuilder, m: Movement | null): void {
  b.heading(sinceHeading(m));
  for (const [label, text] of sinceLines(m)) {
    const r = b.row(
      placed([
        [0, label || null],
        [2, text],
      ]),
    );
    if (label) b.format({ row: r, col: 0, bold: true });
  }
  b.blank();
}
