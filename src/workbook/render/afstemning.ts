// Afstemning (DOMAIN.md section 6): for each month with STAR's figures or a close, STAR's count, the count
// at close and the count now side by side with the differences, then the citizens whose counting changed
// since the close (a placement registered late, an end date corrected): the explanation a project leader
// needs when STAR's monitoring report disagrees with the municipality's own count. STAR's share and whether
// STAR's own figures pass the rule (what releases the money) stand beside STAR's counts, and a close made
// when Fremdrift was taken into use says "ved ibrugtagning". A note under the title says what each column
// means; counts carry thousands separators, differences their sign, shares are truncated.
import { formatDanishDate, formatDanishMonth } from '../../domain/dates';
import type { ReconciliationMonth, Report } from '../../domain/report';
import { truncateShare } from '../../text/format';
import { ruleName } from '../../text/rules';
import type { CellValue, SheetModel } from '../port';
import { COLORS, FORMATS, SheetBuilder, type RenderContext } from './builder';

export const RECONCILIATION_HEADERS = [
  'Måned',
  'STAR brutto',
  'STAR i indsats',
  'STAR andel',
  'STAR opfylder målet',
  'Ved lukning brutto',
  'Ved lukning i indsats',
  'Lukket',
  'Lukning',
  'Nu brutto',
  'Nu i indsats',
  'Bruttoforskel nu − STAR',
  'Forskel nu − STAR',
  'Ændret siden lukning',
];
const COL = Object.fromEntries(RECONCILIATION_HEADERS.map((h, i) => [h, i])) as Record<string, number>;

/** "Ja"/"Nej" for whether STAR's figures pass the rule; empty without STAR's figures or with gross 0. */
const passText = (star: ReconciliationMonth['star']): CellValue =>
  star?.passes === null || star?.passes === undefined ? null : star.passes ? 'Ja' : 'Nej';

/** How the month was closed: at the time, or "ved ibrugtagning" (months long past closed in one go). */
const closeText = (closed: ReconciliationMonth['closed']): CellValue =>
  closed ? (closed.atAdoption ? 'ved ibrugtagning' : 'ved månedsafslutning') : 'ikke lukket';

const diff = (a: number | null | undefined, b: number | null | undefined): CellValue =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

/** What each column means, under the title: a reader holding STAR's report should not have to guess. */
const NOTE =
  'STAR: tallene fra STARs overvågningsrapport (tabellen STAR_tal). Ved lukning: Fremdrifts tal, da måneden blev lukket ' +
  '(gemt i Historik; "Lukket" er datoen). Nu: Fremdrifts tal i dag, med registreringer foretaget efter lukningen. ' +
  'STAR andel: STARs i indsats / STARs brutto (afkortet). STAR opfylder målet: om STARs egne tal opfylder målreglen ' +
  '(det er STARs tal, der udløser tilskuddet). Lukning: "ved ibrugtagning" betyder, at måneden først blev lukket, da ' +
  'Fremdrift blev taget i brug, sammen med senere måneder; tallene er altså ikke fra dengang. ' +
  'Bruttoforskel nu − STAR: bruttomålgruppen nu minus STARs. ' +
  'Forskel nu − STAR: borgere i indsats nu minus STARs tal; positiv betyder, at Fremdrift tæller flere end STAR. ' +
  'Ændret siden lukning: antal borgere, der tælles anderledes nu end ved lukningen (listen står under tabellen).';

const TEXT_COLUMNS = new Set(['Måned']);

/** One month's row, in the order of RECONCILIATION_HEADERS. */
function monthCells(m: ReconciliationMonth): CellValue[] {
  return [
    formatDanishMonth(m.month),
    m.star?.gross ?? null,
    m.star?.active ?? null,
    truncateShare(m.star?.share ?? null),
    passText(m.star),
    m.closed?.gross ?? null,
    m.closed?.active ?? null,
    m.closed ? formatDanishDate(m.closed.closedOn) : null,
    closeText(m.closed),
    m.now?.gross ?? null,
    m.now?.active ?? null,
    m.grossDifference,
    diff(m.now?.active, m.star?.active),
    m.closed ? m.changedSinceClose.length : null,
  ];
}

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
    const r = b.row(monthCells(m));
    const flag = (col: number) => b.format({ row: r, col, fill: COLORS.near, fontColor: COLORS.nearText });
    if (m.star && m.now && m.star.active !== m.now.active) flag(COL['Forskel nu − STAR']);
    if (m.grossDifference) flag(COL['Bruttoforskel nu − STAR']);
    if (m.star?.passes === false) flag(COL['STAR opfylder målet']);
    if (m.closed?.atAdoption) flag(COL['Lukning']);
  }
  const rows = months.length;
  type Look = Omit<Parameters<SheetBuilder['format']>[0], 'row' | 'col'>;
  const body = (first: string, cols: number, look: Look) =>
    b.format({ ...look, row: header + 1, col: COL[first], rows, cols });
  body('STAR brutto', 2, { numberFormat: FORMATS.thousands });
  body('STAR andel', 1, { numberFormat: FORMATS.percent });
  body('STAR opfylder målet', 1, { hAlign: 'right' });
  body('Ved lukning brutto', 2, { numberFormat: FORMATS.thousands });
  body('Lukket', 2, { hAlign: 'right' });
  body('Nu brutto', 2, { numberFormat: FORMATS.thousands });
  body('Bruttoforskel nu − STAR', 2, { numberFormat: FORMATS.signedInteger });
  body('Ændret siden lukning', 1, { numberFormat: FORMATS.integer });
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
    columnWidths: b.fitHeaders([16, 12, 14, 11, 12, 18, 20, 12, 18, 11, 13, 14, 18, 20], b.headerRows),
    freeze: { rows: header + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#7F6000',
  });
}
