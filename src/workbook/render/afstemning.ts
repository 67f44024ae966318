// Afstemning (DOMAIN.md section 6): for each month with STAR's figures or a close, STAR's count, the count
// at close and the count now side by side with the differences, then the citizens whose counting changed
// since the close (a placement registered late, an end date corrected): the explanation a project leader
// needs when STAR's monitoring report disagrees with the municipality's own count. A note under the title
// says what each column means; counts carry thousands separators and the difference its sign.
import { formatDanishDate, formatDanishMonth } from '../../domain/dates';
import type { Report } from '../../domain/report';
import { ruleName } from '../../text/rules';
import type { CellValue, SheetModel } from '../port';
import { COLORS, FORMATS, SheetBuilder, type RenderContext } from './builder';

export const RECONCILIATION_HEADERS = [
  'Måned',
  'STAR brutto',
  'STAR i indsats',
  'Ved lukning brutto',
  'Ved lukning i indsats',
  'Lukket',
  'Nu brutto',
  'Nu i indsats',
  'Forskel nu − STAR',
  'Ændret siden lukning',
];

const diff = (a: number | null | undefined, b: number | null | undefined): CellValue =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

/** What each column means, under the title: a reader holding STAR's report should not have to guess. */
const NOTE =
  'STAR: tallene fra STARs overvågningsrapport (tabellen STAR_tal). Ved lukning: Fremdrifts tal, da måneden blev lukket ' +
  '(gemt i Historik; "Lukket" er datoen). Nu: Fremdrifts tal i dag, med registreringer foretaget efter lukningen. ' +
  'Forskel nu − STAR: borgere i indsats nu minus STARs tal; positiv betyder, at Fremdrift tæller flere end STAR. ' +
  'Ændret siden lukning: antal borgere, der tælles anderledes nu end ved lukningen (listen står under tabellen).';

const TEXT_COLUMNS = new Set(['Måned']);

export function renderAfstemning(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Afstemning');
  b.titleBlock('Afstemning med STAR', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  const months = report.reconciliation;
  if (months.length === 0) {
    b.row([
      'Ingen måneder at afstemme endnu: skriv STARs tal i tabellen STAR_tal (arket STAR-tal), eller vent til en måned er lukket.',
    ]);
    b.row([
      'En måned lukkes første gang Fremdrift opdaterer den 10. i den følgende måned eller senere; tallene gemmes i Historik.',
    ]);
    return b.build({ columnWidths: [110], tabColor: '#7F6000' });
  }
  b.note(NOTE, 120);
  b.blank();
  const header = b.headerRow(RECONCILIATION_HEADERS);
  RECONCILIATION_HEADERS.forEach((h, c) => !TEXT_COLUMNS.has(h) && b.format({ row: header, col: c, hAlign: 'right' }));
  for (const m of months) {
    const r = b.row([
      formatDanishMonth(m.month),
      m.star?.gross ?? null,
      m.star?.active ?? null,
      m.closed?.gross ?? null,
      m.closed?.active ?? null,
      m.closed ? formatDanishDate(m.closed.closedOn) : null,
      m.now?.gross ?? null,
      m.now?.active ?? null,
      diff(m.now?.active, m.star?.active),
      m.closed ? m.changedSinceClose.length : null,
    ]);
    if (m.star && m.now && m.star.active !== m.now.active)
      b.format({ row: r, col: 8, fill: COLORS.near, fontColor: COLORS.nearText });
  }
  b.format({ row: header + 1, col: 1, rows: months.length, cols: 4, numberFormat: FORMATS.thousands });
  b.format({ row: header + 1, col: 5, rows: months.length, hAlign: 'right' });
  b.format({ row: header + 1, col: 6, rows: months.length, cols: 2, numberFormat: FORMATS.thousands });
  b.format({ row: header + 1, col: 8, rows: months.length, numberFormat: FORMATS.signedInteger });
  b.format({ row: header + 1, col: 9, rows: months.length, numberFormat: FORMATS.integer });
  const changed = months.filter((m) => m.changedSinceClose.length > 0);
  if (changed.length > 0) {
    b.blank();
    b.heading('Borgere, hvis optælling er ændret siden lukning');
    b.note(
      'Ja/Nej: om borgeren blev talt med i indsats ved lukningen og nu. Slå borgeren op i Borgere og Forløb for at se, hvad der er rettet.',
      120,
    );
    b.headerRow(['Måned', 'Borger-ID', 'Talt med ved lukning', 'Talt med nu']);
    for (const m of changed) {
      for (const c of m.changedSinceClose)
        b.row([formatDanishMonth(m.month), c.citizenId, c.was ? 'Ja' : 'Nej', c.now ? 'Ja' : 'Nej']);
    }
  }
  return b.build({
    columnWidths: b.fitHeaders([16, 12, 14, 18, 20, 12, 11, 13, 18, 20], b.headerRows),
    freeze: { rows: header + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#7F6000',
  });
}
