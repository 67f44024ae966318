// Virksomheder (issue 23; 004 §4.5-§4.7): one row per company — by CVR, else by its folded name — with its
// ongoing placements, starts and ends in the last 12 months, the ends by Afslutningsårsag and how many were
// followed by ordinary hours or a job within three months. The sheet stays in the workbook, so counts are
// not suppressed here (the JSON report's byCompany is). Definitions: src/domain/companies.ts.
import { COMPANY_WINDOW_MONTHS, CONVERSION_MONTHS, END_REASON_KEYS, companyWindow } from '../../domain/companies';
import { formatDanishDate } from '../../domain/dates';
import type { Report } from '../../domain/report';
import { ruleName } from '../../text/rules';
import type { CellValue, SheetModel } from '../port';
import { FORMATS, SheetBuilder, rightAlignNumberHeaders, type RenderContext } from './builder';

export const COMPANY_HEADERS = [
  'Virksomhed',
  'CVR',
  'Igangværende',
  'Startet',
  'Afsluttet',
  `Fulgt af løntimer/job inden ${CONVERSION_MONTHS} mdr.`,
  ...END_REASON_KEYS.map((k) => `Afsluttet: ${k}`),
  'Virksomhedskonsulenter',
];
const TEXT_COLUMNS = ['Virksomhed', 'CVR', 'Virksomhedskonsulenter'];

export function renderVirksomheder(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Virksomheder');
  b.titleBlock('Virksomheder', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  const window = companyWindow(report.asOf);
  b.note(
    `Virksomhedspraktik og løntilskud pr. virksomhed (samme CVR, ellers samme navn uden forskel på store/små bogstaver og mellemrum). ` +
      `Igangværende: pr. ${formatDanishDate(report.asOf)}. Startet og afsluttet: de seneste ${COMPANY_WINDOW_MONTHS} måneder, ` +
      `${formatDanishDate(window.from)} til ${formatDanishDate(window.to)}. Fulgt af løntimer/job: afsluttede forløb med ` +
      `Afslutningsårsag "Ordinære timer eller job", eller hvor borgeren havde ordinære timer eller et job i de ${CONVERSION_MONTHS} ` +
      `måneder efter slutmåneden.`,
  );
  b.blank();
  const header = b.headerRow(COMPANY_HEADERS);
  rightAlignNumberHeaders(b, header, COMPANY_HEADERS, TEXT_COLUMNS);
  for (const c of report.byCompany) {
    const cells: CellValue[] = [
      c.names.length > 1 ? `${c.name} (også: ${c.names.filter((n) => n !== c.name).join(', ')})` : c.name,
      c.cvr,
      c.ongoing,
      c.starts,
      c.ends,
      c.converted,
      ...END_REASON_KEYS.map((k) => c.endsByReason[k]),
      c.consultants.join(', '),
    ];
    b.row(cells);
  }
  const rows = report.byCompany.length;
  if (rows === 0) b.row(['Ingen virksomhedspraktik eller løntilskud med virksomhed de seneste 12 måneder.']);
  else b.format({ row: header + 1, col: 2, rows, cols: 4 + END_REASON_KEYS.length, numberFormat: FORMATS.thousands });
  return b.build({
    columnWidths: b.fitHeaders([32, 10, 12, 10, 10, 16, ...END_REASON_KEYS.map(() => 14), 28], [header]),
    freeze: { rows: header + 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
    tabColor: '#375623',
  });
}
