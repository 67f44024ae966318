// Fremdrift's input tables in an .xlsx package, changed only by explicit user actions: rows appended
// (never over the user's cells below a table), single cells updated, missing tables created and missing
// columns appended. Each refuses, before writing anything, what it cannot do safely.
import { normalizeKey } from '../workbook/cells';
import type { TableDef } from '../workbook/contract';
import type { CellUpdate, CellValue, SetupResult } from '../workbook/port';
import { isDateColumn, to1904, usesDate1904 } from './dateSystem';
import { columnLetter } from './address';
import { WorkbookFileError } from './errors';
import type { PackageSession } from './packageSession';
import { readRect } from './sheetCells';
import { cellXml, type SheetEditor } from './sheetEditor';
import { addToList, widenDimension } from './worksheetXml';
import { CT, NS_REL, REL, type SheetEntry } from './xlsxPackage';
import { escapeXml } from './xml';
import { fremdriftError } from '../text/errors';
import { maxOf } from '../domain/collections';

export function appendRows(ps: PackageSession, tableName: string, rows: readonly Record<string, CellValue>[]): void {
  if (rows.length === 0) return;
  const t = ps.requireTable(tableName);
  const r = ps.range(t);
  const headers = ps.headers(t, r);
  if (t.totalsRows > 0) {
    throw new WorkbookFileError(
      `Tabellen "${t.name}" har en totalrække, og Fremdrift tilføjer ikke rækker under den. Slå totalrækken fra (Tabeldesign → Totalrække), og prøv igen.`,
    );
  }
  const indexOf = new Map<string, number>();
  const column = (h: string) => {
    let i = indexOf.get(h);
    if (i === undefined) indexOf.set(h, (i = ps.columnIndex(tableName, headers, h)));
    return i;
  };
  const inSystem = portToWorkbookDates(ps, t.name);
  // Every row's cells by column (null where the row gives no value); unknown headers fail here, first.
  const width = r.right - r.left + 1;
  const resolved = rows.map((values) => {
    const cells: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const h in values) {
      const i = column(h);
      cells[i] = inSystem(headers[i], values[h]);
    }
    return cells;
  });
  const ed = ps.editor(t.sheet.part, t.sheet.name);
  let next = r.bodyBottom + 1;
  // A new table is created with one blank body row (Excel needs one); the first append fills it.
  if (r.bodyBottom === r.bodyTop && rowIsBlank(ed, r.bodyTop, r.left, r.right)) next = r.bodyTop;
  const last = next + rows.length - 1;
  // Rows after every row element the sheet has are rendered whole (nothing there to keep or check).
  const sheetLast = ed.lastRow();
  // Never write over the user's own cells below the table.
  for (let row = Math.max(next, r.bodyBottom + 1); row <= Math.min(last, sheetLast); row++) {
    for (let c = r.left; c <= r.right; c++) {
      if (ed.hasContent(row, c)) {
        throw new WorkbookFileError(
          `Tabellen "${t.name}" kan ikke udvides med ${rows.length} ${rows.length === 1 ? 'række' : 'rækker'}: cellen ${columnLetter(c)}${row} på arket "${t.sheet.name}" lige under tabellen er ikke tom. Flyt indholdet eller tabellen, og prøv igen; intet er ændret.`,
        );
      }
    }
  }
  const template = r.bodyBottom >= r.bodyTop ? r.bodyBottom : null;
  const styles: (string | undefined)[] = [];
  for (let c = r.left; c <= r.right; c++) styles.push(template !== null ? ed.styleOf(template, c) : undefined);
  const letters: string[] = [];
  for (let c = r.left; c <= r.right; c++) letters.push(columnLetter(c));
  const layout = { letters, styles };
  let row = next;
  for (const cells of resolved) {
    if (row > sheetLast && row > r.bodyBottom) ed.appendRowValues(row, cells, layout);
    else {
      const given = rows[row - next];
      for (let k = 0; k < width; k++) {
        if (row > r.bodyBottom) ed.setCell(row, r.left + k, cells[k], styles[k]);
        else if (givesColumn(given, k, column)) ed.setCell(row, r.left + k, cells[k]);
      }
    }
    row++;
  }
  const bottom = Math.max(last, r.bodyBottom);
  ed.editOutside((before, after) => [widenDimension(before, bottom, r.right), after]);
  if (bottom !== r.bottom) ps.setTableRange(t, r.top, r.left, bottom, r.right);
}

/** A port value for a column of `table` as the workbook stores it (date serials in its date system). */
function portToWorkbookDates(ps: PackageSession, table: string): (header: string, v: CellValue) => CellValue {
  if (!usesDate1904(ps.pkg.text(ps.pkg.workbookPart()) ?? '')) return (_h, v) => v;
  return (header, v) => (isDateColumn(table, header) ? to1904(v) : v);
}

export function updateCells(ps: PackageSession, tableName: string, updates: readonly CellUpdate[]): void {
  const t = ps.requireTable(tableName);
  const r = ps.range(t);
  const headers = ps.headers(t, r);
  const inSystem = portToWorkbookDates(ps, t.name);
  const targets = updates.map((u) => {
    const i = ps.columnIndex(tableName, headers, u.column);
    const row = r.bodyTop + u.row - 1;
    if (!Number.isInteger(u.row) || u.row < 1 || row > r.bodyBottom)
      throw fremdriftError('table.noRow', { table: tableName, row: u.row });
    return { row, col: r.left + i, value: inSystem(headers[i], u.value) };
  });
  if (targets.length === 0) return;
  const ed = ps.editor(t.sheet.part, t.sheet.name);
  for (const x of targets) {
    if (ed.isSharedFormulaMaster(x.row, x.col)) {
      throw new WorkbookFileError(
        `Cellen ${columnLetter(x.col)}${x.row} på arket "${t.sheet.name}" holder en formel, som andre celler deler; Fremdrift overskriver den ikke. Intet er ændret.`,
      );
    }
  }
  for (const x of targets) ed.setCell(x.row, x.col, x.value);
}

export function ensureInputTables(ps: PackageSession, contract: readonly TableDef[]): SetupResult {
  const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
  for (const def of contract) {
    const t = ps.findTable(def.name);
    if (!t) {
      createTable(ps, def);
      result.created.push(def.name);
      continue;
    }
    const r = ps.range(t);
    const have = new Set(ps.headers(t, r).map(normalizeKey));
    const missing = def.columns.filter((c) => !have.has(normalizeKey(c.header)));
    if (missing.length === 0) {
      result.unchanged.push(def.name);
      continue;
    }
    // A table without a header row (ExcelJS writes headerRowCount="0" on resave) has nowhere to name a new
    // column: optional columns are left out (the table reads as before without them), required ones refused.
    if (t.headerRows === 0 && !missing.some((c) => c.required)) {
      result.unchanged.push(def.name);
      continue;
    }
    if (t.headerRows === 0)
      throw new WorkbookFileError(
        `Tabellen "${t.name}" har ingen overskriftsrække, så Fremdrift kan ikke tilføje kolonner til den.`,
      );
    const ed = ps.editor(t.sheet.part, t.sheet.name);
    for (let k = 0; k < missing.length; k++) {
      const c = r.right + 1 + k;
      for (let row = r.top; row <= r.bottom; row++) {
        if (ed.hasContent(row, c)) {
          throw new WorkbookFileError(
            `Tabellen "${t.name}" skal have kolonnen "${missing[k].header}", men cellen ${columnLetter(c)}${row} på arket "${t.sheet.name}" lige til højre for tabellen er ikke tom. Flyt indholdet, og prøv igen; intet er ændret.`,
          );
        }
      }
    }
    const headerStyle = ed.styleOf(r.top, r.right);
    missing.forEach((col, k) => ed.setCell(r.top, r.right + 1 + k, col.header, headerStyle));
    const validations = missing.flatMap((col, k) =>
      validationsFor(def, col.header, r.right + 1 + k, r.bodyTop, Math.max(r.bodyBottom, r.bodyTop + 999)),
    );
    const right = r.right + missing.length;
    ed.editOutside((before, after) => [
      widenDimension(before, r.bottom, right),
      addToList(after, 'dataValidations', validations),
    ]);
    ps.setTableRange(
      t,
      r.top,
      r.left,
      r.bottom,
      right,
      missing.map((c) => c.header),
    );
    result.upgraded[def.name] = missing.map((c) => c.header);
  }
  return result;
}

/**
 * Writes a table with header row and the given rows on its contract sheet (used by setup, demo and
 * consolidate). A sheet of that name that already holds anything is never written over.
 */
export function createTable(
  ps: PackageSession,
  def: TableDef,
  rows: readonly CellValue[][] = [],
  extraHeaders: readonly string[] = [],
): void {
  if (ps.findTable(def.name))
    throw new WorkbookFileError(`Projektmappen har allerede en tabel ved navn "${def.name}".`);
  const headers = [...def.columns.map((c) => c.header), ...extraHeaders];
  const existing = ps.pkg.sheets().find((s) => s.name.toLowerCase() === def.sheet.toLowerCase());
  let part: string;
  if (existing) {
    refuseOccupiedSheet(ps, def, existing);
    part = existing.part;
    ps.discardEditor(part);
  } else part = ps.addSheet(def.sheet);
  const inSystem = portToWorkbookDates(ps, def.name);
  const body =
    rows.length > 0 ? rows.map((r) => headers.map((h, i) => inSystem(h, r[i] ?? null))) : [headers.map(() => null)];
  const styles = ps.styles();
  const colStyle = headers.map((h) => {
    const c = def.columns.find((x) => x.header === h);
    const fmt = c?.type === 'date' ? 'dd-mm-yyyy' : c?.type === 'month' ? 'yyyy-mm' : undefined;
    return fmt ? String(styles.xf({ numberFormat: fmt })) : undefined;
  });
  const lastCol = columnLetter(headers.length);
  const bottom = body.length + 1;
  const rowXml: string[] = [
    `<row r="1">${headers.map((h, i) => cellXml(`${columnLetter(i + 1)}1`, h)).join('')}</row>`,
  ];
  body.forEach((cells, k) => {
    const r = k + 2;
    rowXml.push(
      `<row r="${r}">${cells.map((v, i) => cellXml(`${columnLetter(i + 1)}${r}`, v, colStyle[i])).join('')}</row>`,
    );
  });
  const cols = headers
    .map(
      (h, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, Math.min(40, h.length + 4))}" customWidth="1"${colStyle[i] ? ` style="${colStyle[i]}"` : ''}/>`,
    )
    .join('');
  const validations = headers.flatMap((h, i) => validationsFor(def, h, i + 1, 2, Math.max(bottom, 1000)));
  const tableId =
    maxOf(
      ps.tables().map((t) => t.id || 0),
      0,
    ) + 1;
  let n = tableId;
  while (ps.pkg.has(`xl/tables/table${n}.xml`)) n++;
  const tablePart = `xl/tables/table${n}.xml`;
  const ref = `A1:${lastCol}${bottom}`;
  ps.pkg.setText(
    tablePart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableId}" name="${escapeXml(def.name)}" displayName="${escapeXml(def.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${headers
      .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
      .join(
        '',
      )}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  ps.pkg.addOverride(tablePart, CT.table);
  ps.pkg.removeRels(part);
  const rid = ps.pkg.addRel(part, REL.table, tablePart);
  ps.pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><dimension ref="${ref}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rowXml.join('')}</sheetData>${
      validations.length > 0
        ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
        : ''
    }<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="${rid}"/></tableParts></worksheet>`,
  );
  ps.tablesChanged();
}

/** A sheet named like an input table that already has content is refused, never converted silently. */
function refuseOccupiedSheet(ps: PackageSession, def: TableDef, sheet: SheetEntry) {
  if (!sheet.part)
    throw new WorkbookFileError(
      `Arket "${sheet.name}" er et diagramark; omdøb det, så Fremdrift kan oprette tabellen ${def.name}.`,
    );
  const xml = ps.sheetXml(sheet.part);
  const hasContent = /<(?:\w+:)?c\b[^>]*>\s*<(?:\w+:)?(?:v|is|f)\b/.test(xml);
  const hasParts = ps.pkg.rels(sheet.part).length > 0;
  if (!hasContent && !hasParts) return;
  const grid = readRect(xml, ps.sharedStrings(), 1, 1, 30, 60).values;
  const required = def.columns.filter((c) => c.required).map((c) => normalizeKey(c.header));
  const headerRow = grid.findIndex((row) => {
    const have = new Set(row.filter((v) => v !== null).map((v) => normalizeKey(String(v))));
    return required.length > 0 && required.every((h) => have.has(h));
  });
  if (headerRow >= 0) {
    throw new WorkbookFileError(
      `Arket "${sheet.name}" har Fremdrifts kolonner i række ${headerRow + 1}, men de er et almindeligt celleområde, ikke en Excel-tabel. ` +
        `Gør området til en tabel: markér det, vælg Indsæt → Tabel ("Tabellen har overskrifter"), og giv den navnet ${def.name} under Tabeldesign → Tabelnavn. ` +
        `Eller brug tilføjelsesprogrammets "Opret sagsstamme". Intet er ændret.`,
    );
  }
  throw new WorkbookFileError(
    `Arket "${sheet.name}" findes allerede og har indhold, men ingen tabel ved navn ${def.name}. Omdøb arket, eller gør dets data til en tabel med navnet ${def.name} (Indsæt → Tabel); intet er ændret.`,
  );
}

/** Drop-down lists (from the contract's `values`) and lower bounds for a column's cells. */
function validationsFor(def: TableDef, header: string, col: number, from: number, to: number): string[] {
  const c = def.columns.find((x) => x.header === header);
  if (!c) return [];
  const sqref = `${columnLetter(col)}${from}:${columnLetter(col)}${to}`;
  const out: string[] = [];
  if (c.values && c.values.length > 0) {
    out.push(
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(c.header)}" error="${escapeXml(`Vælg en af: ${c.values.join(', ')}`)}" sqref="${sqref}"><formula1>${escapeXml(`"${c.values.join(',')}"`)}</formula1></dataValidation>`,
    );
  }
  if (c.type === 'number' && c.min !== undefined) {
    out.push(
      `<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" error="${escapeXml(`${c.header} skal være ${c.min} eller mere`)}" sqref="${sqref}"><formula1>${c.min}</formula1></dataValidation>`,
    );
  }
  return out;
}
/** Whether a row's record names the table column at index `k` (a cell it leaves out is not touched). */
function givesColumn(values: Record<string, CellValue>, k: number, column: (h: string) => number): boolean {
  for (const h in values) if (column(h) === k) return true;
  return false;
}

function rowIsBlank(ed: SheetEditor, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (ed.hasContent(row, c)) return false;
  return true;
}
