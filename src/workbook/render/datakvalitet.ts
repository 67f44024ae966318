// Datakvalitet: every issue found while reading and measuring, naming table, row and column.
import type { Report } from '../../domain/report';
import { issueText } from '../../text/issues';
import { ruleName } from '../../text/rules';
import type { SheetModel } from '../port';
import { COLORS, SheetBuilder, type RenderContext } from './builder';

export const ISSUE_HEADERS = ['Tabel', 'Række', 'Kolonne', 'Alvor', 'Besked'];

export function renderDatakvalitet(report: Report, ctx: RenderContext): SheetModel {
  const b = new SheetBuilder('Datakvalitet');
  b.titleBlock('Datakvalitet', ctx, ruleName(report.rule.id, 'da'), report.rule.id, report.asOf);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.length - errors;
  b.row(['Fejl', errors]);
  b.row(['Advarsler', warnings]);
  b.blank();
  if (report.issues.length === 0) {
    b.row(['Ingen problemer fundet.']);
  } else {
    const header = b.headerRow(ISSUE_HEADERS);
    for (const i of report.issues)
      b.row([i.table, i.row, i.column, i.severity === 'error' ? 'Fejl' : 'Advarsel', issueText(i, 'da')]);
    const rows = report.issues.length;
    b.conditionalFills.push(
      { row: header + 1, col: 3, rows, equals: 'Fejl', fill: COLORS.bad, fontColor: COLORS.badText },
      { row: header + 1, col: 3, rows, equals: 'Advarsel', fill: COLORS.near, fontColor: COLORS.nearText },
    );
    return b.build({
      columnWidths: [14, 8, 20, 10, 90],
      freeze: { rows: header + 1, columns: 0 },
      print: { landscape: true, fitToWidth: true, titleRows: [header, header] },
      tabColor: '#C00000',
    });
  }
  return b.build({ columnWidths: [14, 8, 20, 10, 90], tabColor: '#C00000' });
}
