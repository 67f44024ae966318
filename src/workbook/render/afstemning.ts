// Afstemning (DOMAIN.md section 6): for each month with STAR's figures or a close, STAR's count, the count
// at close and the count now side by side with the differences, then the citizens whose counting changed
// since the close (a placement registered late, an end date corrected): the explanation a project leader
// needs when STAR's monitoring report disagrees with the municipality's own count.
import { formatDanishDate, formatDanishMonth } from '../../domain/dates';
import type { Report } from '../../domain/report';
import { ruleName } from '../../text/rules';
import type { CellValue, SheetModel } from '../port';
import { COLORS, SheetBuilder, type RenderContext } from './builder';

export const RECONCILIATION_HEADERS = [
  'Måned', 'STAR brutto', 'STAR i indsats', 'Ved lukning brutto', 'Ved lukning i indsats', 'Lukket',
  'Nu brutto', 'Nu i indsats', 'Forskel nu − STAR', 'Ændret siden lukning',
];

const diff = (a: number | null | undefined, b: number | null | undefined): CellValue =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

export function renderAfstemning(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Afstemning');
  b.titleBlock('Afstemning med STAR', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  const months = report.reconciliation;
  if (months.length === 0) {
    b.row(['Ingen måneder at afstemme endnu: skriv STARs tal i tabellen STAR_tal (arket STAR-tal), eller vent til en måned er lukket.']);
    b.row(['En måned lukkes første gang Fremdrift opdaterer den 10. i den følgende måned eller senere; tallene gemmes i Historik.']);
    return b.build({ columnWidths: [110], tabColor: '#7F6000' });
  }
  const header = b.headerRow(RECONCILIATION_HEADERS);
  for (const m of months) {
    const r = b.row([
      formatDanishMonth(m.month),
      m.star?.gross ?? null, m.star?.active ?? null,
      m.closed?.gross ?? null, m.closed?.active ?? null, m.closed ? formatDanishDate(m.closed.closedOn) : null,
      m.now?.gross ?? null, m.now?.active ?? null,
      diff(m.now?.active, m.star?.active),
      m.closed ? m.changedSinceClose.length : null,
    ]);
    if (m.star && m.now && m.star.active !== m.now.active) b.format({ row: r, col: 8, fill: COLORS.near, fontColor: COLORS.nearText });
  }
  const changed = months.filter((m) => m.changedSinceClose.length > 0);
  if (changed.length > 0) {
    b.blank();
    b.heading('Borgere, hvis optælling er ændret siden lukning');
    const h2 = b.headerRow(['Måned', 'Borger-ID', 'Talt med ved lukning', 'Talt med nu']);
    for (const m of changed) {
      for (const c of m.changedSinceClose) b.row([formatDanishMonth(m.month), c.citizenId, c.was ? 'Ja' : 'Nej', c.now ? 'Ja' : 'Nej']);
    }
    void h2;
  }
  return b.build({
    columnWidths: [16, 12, 14, 18, 20, 12, 11, 13, 18, 20],
    freeze: { rows: header + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#7F6000',
  });
}
