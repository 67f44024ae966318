// Replacing every data row of one of Fremdrift's own tables (issue 28: `fremdrift upgrade` converts
// Historik_borgere's v2 form to the compact form). Only a table the contract marks ownedByFremdrift, and
// only when its body rows hold nothing outside the table's columns; the header row and the sheet's other
// parts are kept, the new rows are appended as a month close appends them.
import { tableDef } from '../workbook/contract';
import type { CellValue } from '../workbook/port';
import { WorkbookFileError } from './errors';
import { appendRows } from './inputTables';
import type { PackageSession } from './packageSession';
import { CELL_RE, columnOf, ROW_RE } from './sheetCells';

export function replaceOwnTableRows(
  ps: PackageSession,
  tableName: string,
  rows: readonly Record<string, CellValue>[],
): void {
  if (!tableDef(tableName)?.ownedByFremdrift)
    throw new WorkbookFileError(`Tabellen "${tableName}" er ikke Fremdrifts egen; dens rækker erstattes aldrig.`);
  const t = ps.requireTable(tableName);
  const r = ps.range(t);
  if (t.totalsRows > 0 || t.headerRows === 0)
    throw new WorkbookFileError(`Tabellen "${t.name}" har ikke Fremdrifts form (totalrække eller ingen overskrift).`);
  const xml = ps.sheetXml(t.sheet.part);
  const open = /<(?:\w+:)?sheetData\b[^>]*?>/.exec(xml);
  const end = open && !open[0].endsWith('/>') ? xml.indexOf('sheetData>', open.index + open[0].length) : -1;
  if (!open || end < 0) return appendRows(ps, tableName, rows);
  const bodyStart = open.index + open[0].length;
  const bodyEnd = xml.lastIndexOf('</', end);
  const body = xml.slice(bodyStart, bodyEnd);
  const kept: string[] = [];
  let rowNo = 0;
  ROW_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_RE.exec(body))) {
    const rAttr = /\br\s*=\s*"(\d+)"/.exec(m[1]);
    rowNo = rAttr ? Number(rAttr[1]) : rowNo + 1;
    if (rowNo < r.bodyTop || rowNo > r.bodyBottom) {
      kept.push(m[0]);
      continue;
    }
    // A body row is dropped whole, so it must hold nothing beside the table.
    const inner = m[2] ?? '';
    let col = 0;
    CELL_RE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CELL_RE.exec(inner))) {
      const ref = /\br\s*=\s*"([^"]+)"/.exec(c[1]);
      col = ref ? columnOf(ref[1]) : col + 1;
      if ((col < r.left || col > r.right) && /<(?:\w+:)?(?:v|is|f)\b/.test(c[2] ?? ''))
        throw new WorkbookFileError(
          `Arket "${t.sheet.name}" har indhold ved siden af tabellen "${t.name}" i række ${rowNo}; Fremdrift omskriver ikke tabellen. Flyt indholdet, og prøv igen; intet er ændret.`,
        );
    }
  }
  ps.discardEditor(t.sheet.part);
  ps.pkg.setText(t.sheet.part, xml.slice(0, bodyStart) + kept.join('') + xml.slice(bodyEnd));
  // Header and one blank body row (as a new table has); the rows are appended into it.
  ps.setTableRange(t, r.top, r.left, r.bodyTop, r.right);
  appendRows(ps, tableName, rows);
}
