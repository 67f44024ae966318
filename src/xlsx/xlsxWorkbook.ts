// The WorkbookPort for .xlsx files, by surgical edits of the package: input tables (real Excel tables)
// are read from their table parts and worksheet XML; our output sheets are rendered to their own
// worksheet parts; appended and updated rows rewrite only the rows they touch. Every other part of the
// file (charts, drawings, images, pivot tables, slicers, comments, defined names, VBA) is copied with its
// original bytes. Saves are atomic and locked (safeSave.ts). A case that cannot be done safely is
// refused with a Danish message before anything is written.
import { readFileSync } from 'fs';
import { resolve as resolvePath } from 'path';
import { normalizeKey } from '../workbook/cells';
import { OUTPUT_SHEETS, type TableDef } from '../workbook/contract';
import { assertOwnSheet } from '../workbook/ownSheets';
import type { CellUpdate, CellValue, RawTable, SetupResult, SheetModel, WorkbookPort } from '../workbook/port';
import { columnLetter, decodeRange, encodeRange } from './address';
import { drawingParts } from './drawingXml';
import { WorkbookFileError } from './errors';
import { renderSheetXml } from './renderSheet';
import { fileStamp, saveAtomically } from './safeSave';
import { cellXml, parseSharedStrings, readRect, SheetEditor, type CellProblem } from './sheetCells';
import { StyleSheet } from './styles';
import { addToList, widenDimension } from './worksheetXml';
import { CT, NS_REL, REL, relsPathOf, XlsxPackage, type SheetEntry, type TableEntry } from './xlsxPackage';
import { escapeXml, setAttr } from './xml';
import { makeEntry } from './zip';

export { WorkbookFileError };
export type { CellProblem };

const MS_PER_DAY = 86400000;

/** A JS Date at UTC midnight of a calendar day, back to an Excel serial. */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + 25569;
  // Whole days stay whole; a time part (rare in input tables) is kept as the fraction Excel holds.
  return Math.abs(serial - Math.round(serial)) < 1e-6 ? Math.round(serial) : serial;
}

/** A cell of an input table that is not empty but has no usable value, with its real cause. */
export interface TableCellProblem {
  table: string;
  /** 1-based row within the table's data body. */
  row: number;
  column: string;
  /** The cell's address on its sheet, e.g. `Borgere!C12`. */
  address: string;
  kind: 'error' | 'no-cached-value';
  /** The error value (`#N/A`, `#REF!`, ...) or the formula without a cached value. */
  detail: string;
}

const EMPTY_PACKAGE: Record<string, string> = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Fremdrift</Application></Properties>`,
  'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Fremdrift</dc:creator></cp:coreProperties>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
};

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
  bodyTop: number;
  bodyBottom: number;
}

/** A read-only view of the sheet list, in the shape tests and callers used from ExcelJS. */
interface SheetList {
  worksheets: { name: string }[];
  getWorksheet(name: string): { name: string } | undefined;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly editors = new Map<string, SheetEditor>();
  private shared: string[] | null = null;
  private styleSheet: StyleSheet | null = null;
  private tableCache: TableEntry[] | null = null;
  private problems: TableCellProblem[] = [];

  private constructor(
    private readonly pkg: XlsxPackage,
    private readonly openedFrom?: { path: string; stamp: { size: number; mtimeMs: number } | null },
  ) {}

  static create(): XlsxWorkbook {
    const entries = Object.entries(EMPTY_PACKAGE).map(([name, xml]) => makeEntry(name, Buffer.from(xml, 'utf8')));
    return new XlsxWorkbook(new XlsxPackage(entries));
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    const stamp = fileStamp(path);
    if (!stamp) throw new WorkbookFileError(`Filen "${path}" findes ikke.`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new WorkbookFileError(`Filen "${path}" kan ikke åbnes: ${(e as Error).message}`);
    }
    return new XlsxWorkbook(XlsxWorkbook.parse(bytes, path), { path: resolvePath(path), stamp });
  }

  /** A workbook from bytes already in memory (no file behind it). */
  static fromBuffer(bytes: Buffer, label = 'projektmappen'): XlsxWorkbook {
    return new XlsxWorkbook(XlsxWorkbook.parse(bytes, label));
  }

  private static parse(bytes: Buffer, label: string): XlsxPackage {
    if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
      throw new WorkbookFileError(
        `Filen "${label}" er enten beskyttet med adgangskode eller en gammel .xls-fil; Fremdrift kan ikke læse den. Fjern adgangskoden, eller gem den som .xlsx i Excel.`,
      );
    }
    try {
      const pkg = XlsxPackage.fromBuffer(bytes);
      const wbPart = pkg.workbookPart();
      if (!wbPart.toLowerCase().endsWith('.xml'))
        throw new Error('binære projektmapper (.xlsb) understøttes ikke; gem filen som .xlsx');
      pkg.sheets();
      return pkg;
    } catch (e) {
      throw new WorkbookFileError(
        `Filen "${label}" kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`,
      );
    }
  }

  async save(path: string): Promise<void> {
    const bytes = await this.toBuffer();
    const same = this.openedFrom && this.openedFrom.path === resolvePath(path);
    saveAtomically(path, bytes, { expectUnchanged: same ? this.openedFrom!.stamp : undefined });
    if (same) this.openedFrom!.stamp = fileStamp(path);
  }

  async toBuffer(): Promise<Buffer> {
    this.flush();
    if (this.pkg.sheets().length === 0) throw new WorkbookFileError('Projektmappen har ingen ark og kan ikke gemmes.');
    return this.pkg.toBuffer();
  }

  /** The sheet names in workbook order. */
  sheetNames(): string[] {
    return this.pkg.sheets().map((s) => s.name);
  }

  /** Sheet list in the shape of ExcelJS's (name only), kept for callers that inspected `workbook.worksheets`. */
  get workbook(): SheetList {
    const worksheets = this.sheetNames().map((name) => ({ name }));
    return { worksheets, getWorksheet: (name) => worksheets.find((w) => w.name === name) };
  }

  /** Part names in the package (for tests and diagnostics). */
  partNames(): string[] {
    this.flush();
    return this.pkg.names();
  }

  /** Uncompressed bytes of a part (for tests and diagnostics). */
  partBytes(part: string): Buffer | null {
    this.flush();
    return this.pkg.bytes(part);
  }

  /**
   * Cells of the tables read by the last readTables that are not empty but hold an error value or a
   * formula without a cached value. Error cells read as their error text (`#N/A`); formulas without a
   * cached value read as null. The caller can name the real cause instead of "mangler".
   */
  cellProblems(): TableCellProblem[] {
    return [...this.problems];
  }

  // ---- package helpers ----

  private flush() {
    for (const [part, editor] of this.editors) {
      this.pkg.setText(part, editor.toXml());
      if (editor.replacedFormula) this.dropCalcChain();
    }
    this.editors.clear();
    if (this.styleSheet?.isChanged) this.pkg.setText(this.stylesPart(), this.styleSheet.xml());
  }

  private editor(part: string, sheetName: string): SheetEditor {
    let e = this.editors.get(part);
    if (!e) {
      const xml = this.pkg.text(part);
      if (xml === null) throw new WorkbookFileError(`Arket "${sheetName}" mangler i pakken (${part}).`);
      if (/<\w+:worksheet\b/.test(xml)) {
        throw new WorkbookFileError(
          `Arket "${sheetName}" er gemt i en form (navnerumspræfiks), som Fremdrift ikke kan skrive i uden risiko; åbn og gem filen i Excel først.`,
        );
      }
      e = new SheetEditor(xml);
      this.editors.set(part, e);
    }
    return e;
  }

  private sheetXml(part: string): string {
    const e = this.editors.get(part);
    if (e) {
      this.pkg.setText(part, e.toXml());
      this.editors.delete(part);
      if (e.replacedFormula) this.dropCalcChain();
    }
    return this.pkg.text(part) ?? '';
  }

  private sharedStrings(): string[] {
    if (!this.shared) {
      const wb = this.pkg.workbookPart();
      const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/sharedStrings'));
      this.shared = parseSharedStrings(rel ? this.pkg.text(rel.part) : null);
    }
    return this.shared;
  }

  private stylesPart(): string {
    const wb = this.pkg.workbookPart();
    const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/styles'));
    if (rel) return rel.part;
    this.pkg.addRel(wb, REL.styles, 'xl/styles.xml');
    this.pkg.addOverride('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    return 'xl/styles.xml';
  }

  private styles(): StyleSheet {
    if (!this.styleSheet) {
      try {
        this.styleSheet = new StyleSheet(this.pkg.text(this.stylesPart()));
      } catch (e) {
        throw new WorkbookFileError(`Projektmappens typografier kan ikke udvides: ${(e as Error).message}`);
      }
    }
    return this.styleSheet;
  }

  /** The calculation chain is a cache Excel rebuilds; it must go when a formula cell is overwritten. */
  private dropCalcChain() {
    const wb = this.pkg.workbookPart();
    const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/calcChain'));
    if (!rel) return;
    this.pkg.remove(rel.part);
    this.pkg.removeOverride(rel.part);
    const relsPath = relsPathOf(wb);
    const xml = this.pkg.text(relsPath)!;
    this.pkg.setText(relsPath, xml.replace(new RegExp(`<Relationship\\b[^>]*Id="${rel.id}"[^>]*/>`), ''));
  }

  private tables(): TableEntry[] {
    this.tableCache ??= this.pkg.tables();
    return this.tableCache;
  }

  private findTable(name: string): TableEntry | null {
    return this.tables().find((t) => normalizeKey(t.name) === normalizeKey(name)) ?? null;
  }

  private requireTable(name: string): TableEntry {
    const t = this.findTable(name);
    if (!t) throw new Error(`Projektmappen mangler tabellen "${name}"`);
    return t;
  }

  private range(t: TableEntry): Range {
    let r: { top: number; left: number; bottom: number; right: number };
    try {
      r = decodeRange(t.ref ?? '');
    } catch {
      throw new WorkbookFileError(
        `Tabellen "${t.name}" har et ugyldigt område (${t.ref ?? 'intet'}) i filen; åbn og gem projektmappen i Excel, og prøv igen.`,
      );
    }
    return { ...r, bodyTop: r.top + t.headerRows, bodyBottom: r.bottom - t.totalsRows };
  }

  private headers(t: TableEntry, r: Range): string[] {
    const fromSheet =
      t.headerRows > 0
        ? readRect(this.sheetXml(t.sheet.part), this.sharedStrings(), r.top, r.left, r.top, r.right).values[0]
        : [];
    const out: string[] = [];
    for (let c = 0; c <= r.right - r.left; c++) out.push(String(fromSheet[c] ?? t.columns[c] ?? ''));
    return out;
  }

  private columnIndex(tableName: string, headers: string[], header: string): number {
    const i = headers.findIndex((x) => normalizeKey(x) === normalizeKey(header));
    if (i < 0) throw new Error(`Tabellen "${tableName}" har ingen kolonne "${header}"`);
    return i;
  }

  /** Sets the table part's range (and its autoFilter's), optionally adding columns. */
  private setTableRange(
    t: TableEntry,
    top: number,
    left: number,
    bottom: number,
    right: number,
    newColumns: string[] = [],
  ) {
    const ref = encodeRange(top, left, bottom, right);
    let xml = this.pkg.text(t.part)!;
    xml = xml.replace(/<(?:\w+:)?table\b[^>]*>/, (tag) => setAttr(tag, 'ref', ref));
    const filterRef = t.totalsRows > 0 ? encodeRange(top, left, bottom - t.totalsRows, right) : ref;
    xml = xml.replace(/<((?:\w+:)?autoFilter)\b([^>]*?)(\/?)>/, (tag) => setAttr(tag, 'ref', filterRef));
    if (newColumns.length > 0) {
      const ids = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
      let next = Math.max(0, ...ids) + 1;
      const prefix = /<(\w+:)?tableColumns\b/.exec(xml)?.[1] ?? '';
      const cols = newColumns.map((h) => `<${prefix}tableColumn id="${next++}" name="${escapeXml(h)}"/>`);
      xml = xml.replace(
        /<((?:\w+:)?tableColumns)\b([^>]*)>([\s\S]*?)<\/\1>/,
        (_, name: string, a: string, inner: string) => {
          const count = (inner.match(/<(?:\w+:)?tableColumn\b/g) ?? []).length + cols.length;
          return `<${name}${a.replace(/\scount="\d*"/, '')} count="${count}">${inner}${cols.join('')}</${name}>`;
        },
      );
    }
    this.pkg.setText(t.part, xml);
    this.tableCache = null;
  }

  // ---- WorkbookPort ----

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    const out: Record<string, RawTable | null> = {};
    this.problems = [];
    for (const name of names) {
      const t = this.findTable(name);
      if (!t || !t.sheet.part) {
        out[name] = null;
        continue;
      }
      const r = this.range(t);
      const headers = this.headers(t, r);
      const grid = readRect(
        this.sheetXml(t.sheet.part),
        this.sharedStrings(),
        r.bodyTop,
        r.left,
        r.bodyBottom,
        r.right,
      );
      for (const p of grid.problems) {
        this.problems.push({
          table: t.name,
          row: p.row - r.bodyTop + 1,
          column: headers[p.col - r.left],
          address: `${t.sheet.name}!${columnLetter(p.col)}${p.row}`,
          kind: p.kind,
          detail: p.kind === 'error' ? p.error : p.formula,
        });
      }
      // A new table has one empty body row (Excel needs one); trailing blank rows are not data (as in Office.js).
      const rows = grid.values;
      while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === undefined)) rows.pop();
      const noValue = grid.problems
        .filter((p) => p.kind === 'no-cached-value')
        .map((p) => ({ row: p.row - r.bodyTop + 1, column: headers[p.col - r.left] }));
      out[name] = { name: t.name, headers, rows, ...(noValue.length > 0 ? { formulasWithoutValue: noValue } : {}) };
    }
    return out;
  }

  async writeOutputSheets(models: readonly SheetModel[]): Promise<void> {
    // Check every sheet first, so a refusal leaves the workbook as it was.
    const sheets = this.pkg.sheets();
    for (const model of models) {
      const existing = sheets.find((s) => s.name.toLowerCase() === model.name.toLowerCase());
      // The shared rule (workbook/ownSheets.ts), checked for every sheet before any is changed.
      assertOwnSheet(model.name, !!existing && this.tables().some((t) => t.sheet.rid === existing.rid));
      if (existing && !existing.part) {
        throw new WorkbookFileError(
          `Arket "${model.name}" er et diagramark, ikke et regneark; omdøb det, så Fremdrift kan skrive sit eget ark`,
        );
      }
    }
    const printTitles: Record<string, string | undefined> = {};
    for (const model of models) {
      const existing = this.pkg.sheets().find((s) => s.name.toLowerCase() === model.name.toLowerCase());
      let part: string;
      if (existing) {
        part = existing.part;
        if (/<(?:\w+:)?f\b/.test(this.pkg.text(part) ?? '')) this.dropCalcChain();
        this.dropRelatedParts(part);
        this.editors.delete(part);
      } else {
        part = this.addSheet(model.name);
      }
      let drawingRel: string | undefined;
      if ((model.charts ?? []).length > 0) drawingRel = this.addCharts(part, model);
      const rendered = renderSheetXml(model, this.styles(), drawingRel);
      this.pkg.setText(part, rendered.xml);
      printTitles[existing?.name ?? model.name] = rendered.printTitles;
    }
    this.orderSheets(printTitles);
    this.tableCache = null;
  }

  async appendRows(tableName: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    if (rows.length === 0) return;
    const t = this.requireTable(tableName);
    const r = this.range(t);
    const headers = this.headers(t, r);
    if (t.totalsRows > 0) {
      throw new WorkbookFileError(
        `Tabellen "${t.name}" har en totalrække, og Fremdrift tilføjer ikke rækker under den. Slå totalrækken fra (Tabeldesign → Totalrække), og prøv igen.`,
      );
    }
    const indexOf = new Map<string, number>();
    const column = (h: string) => {
      let i = indexOf.get(h);
      if (i === undefined) indexOf.set(h, (i = this.columnIndex(tableName, headers, h)));
      return i;
    };
    const resolved = rows.map((values) => Object.entries(values).map(([h, v]) => [column(h), v] as const));
    const ed = this.editor(t.sheet.part, t.sheet.name);
    let next = r.bodyBottom + 1;
    // A new table is created with one blank body row (Excel needs one); the first append fills it.
    if (r.bodyBottom === r.bodyTop && this.rowIsBlank(ed, r.bodyTop, r.left, r.right)) next = r.bodyTop;
    const last = next + rows.length - 1;
    // Never write over the user's own cells below the table.
    for (let row = Math.max(next, r.bodyBottom + 1); row <= last; row++) {
      for (let c = r.left; c <= r.right; c++) {
        if (ed.hasContent(row, c)) {
          throw new WorkbookFileError(
            `Tabellen "${t.name}" kan ikke udvides med ${rows.length} ${rows.length === 1 ? 'række' : 'rækker'}: cellen ${columnLetter(c)}${row} på arket "${t.sheet.name}" lige under tabellen er ikke tom. Flyt indholdet eller tabellen, og prøv igen; intet er ændret.`,
          );
        }
      }
    }
    const template = r.bodyBottom >= r.bodyTop ? r.bodyBottom : null;
    const styleAt = (c: number) => (template !== null ? ed.styleOf(template, c) : undefined);
    let row = next;
    for (const cells of resolved) {
      const given = new Map(cells.map(([i, v]) => [r.left + i, v]));
      for (let c = r.left; c <= r.right; c++) {
        const v = given.has(c) ? given.get(c)! : null;
        if (row > r.bodyBottom) ed.setCell(row, c, v, styleAt(c));
        else if (given.has(c)) ed.setCell(row, c, v);
      }
      row++;
    }
    const bottom = Math.max(last, r.bodyBottom);
    ed.editOutside((before, after) => [widenDimension(before, bottom, r.right), after]);
    if (bottom !== r.bottom) this.setTableRange(t, r.top, r.left, bottom, r.right);
  }

  async updateCells(tableName: string, updates: readonly CellUpdate[]): Promise<void> {
    const t = this.requireTable(tableName);
    const r = this.range(t);
    const headers = this.headers(t, r);
    const targets = updates.map((u) => {
      const i = this.columnIndex(tableName, headers, u.column);
      const row = r.bodyTop + u.row - 1;
      if (!Number.isInteger(u.row) || u.row < 1 || row > r.bodyBottom)
        throw new Error(`Tabellen "${tableName}" har ingen række ${u.row}`);
      return { row, col: r.left + i, value: u.value };
    });
    if (targets.length === 0) return;
    const ed = this.editor(t.sheet.part, t.sheet.name);
    for (const x of targets) {
      if (ed.isSharedFormulaMaster(x.row, x.col)) {
        throw new WorkbookFileError(
          `Cellen ${columnLetter(x.col)}${x.row} på arket "${t.sheet.name}" holder en formel, som andre celler deler; Fremdrift overskriver den ikke. Intet er ændret.`,
        );
      }
    }
    for (const x of targets) ed.setCell(x.row, x.col, x.value);
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    const result: SetupResult = { created: [], upgraded: {}, unchanged: [] };
    for (const def of contract) {
      const t = this.findTable(def.name);
      if (!t) {
        this.createTable(def);
        result.created.push(def.name);
        continue;
      }
      const r = this.range(t);
      const have = new Set(this.headers(t, r).map(normalizeKey));
      const missing = def.columns.filter((c) => !have.has(normalizeKey(c.header)));
      if (missing.length === 0) {
        result.unchanged.push(def.name);
        continue;
      }
      if (t.headerRows === 0)
        throw new WorkbookFileError(
          `Tabellen "${t.name}" har ingen overskriftsrække, så Fremdrift kan ikke tilføje kolonner til den.`,
        );
      const ed = this.editor(t.sheet.part, t.sheet.name);
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
        this.validationsFor(def, col.header, r.right + 1 + k, r.bodyTop, Math.max(r.bodyBottom, r.bodyTop + 999)),
      );
      const right = r.right + missing.length;
      ed.editOutside((before, after) => [
        widenDimension(before, r.bottom, right),
        addToList(after, 'dataValidations', validations),
      ]);
      this.setTableRange(
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
  createTable(def: TableDef, rows: readonly CellValue[][] = [], extraHeaders: readonly string[] = []): void {
    if (this.findTable(def.name))
      throw new WorkbookFileError(`Projektmappen har allerede en tabel ved navn "${def.name}".`);
    const headers = [...def.columns.map((c) => c.header), ...extraHeaders];
    const existing = this.pkg.sheets().find((s) => s.name.toLowerCase() === def.sheet.toLowerCase());
    let part: string;
    if (existing) {
      this.refuseOccupiedSheet(def, existing);
      part = existing.part;
      this.editors.delete(part);
    } else part = this.addSheet(def.sheet);
    const body = rows.length > 0 ? rows.map((r) => headers.map((_, i) => r[i] ?? null)) : [headers.map(() => null)];
    const styles = this.styles();
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
    const validations = headers.flatMap((h, i) => this.validationsFor(def, h, i + 1, 2, Math.max(bottom, 1000)));
    const tableId = Math.max(0, ...this.tables().map((t) => t.id || 0)) + 1;
    let n = tableId;
    while (this.pkg.has(`xl/tables/table${n}.xml`)) n++;
    const tablePart = `xl/tables/table${n}.xml`;
    const ref = `A1:${lastCol}${bottom}`;
    this.pkg.setText(
      tablePart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableId}" name="${escapeXml(def.name)}" displayName="${escapeXml(def.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${headers
        .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
        .join(
          '',
        )}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
    this.pkg.addOverride(tablePart, CT.table);
    this.pkg.removeRels(part);
    const rid = this.pkg.addRel(part, REL.table, tablePart);
    this.pkg.setText(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><dimension ref="${ref}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rowXml.join('')}</sheetData>${
        validations.length > 0
          ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
          : ''
      }<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="${rid}"/></tableParts></worksheet>`,
    );
    this.tableCache = null;
  }

  /** A sheet named like an input table that already has content is refused, never converted silently. */
  private refuseOccupiedSheet(def: TableDef, sheet: SheetEntry) {
    if (!sheet.part)
      throw new WorkbookFileError(
        `Arket "${sheet.name}" er et diagramark; omdøb det, så Fremdrift kan oprette tabellen ${def.name}.`,
      );
    const xml = this.sheetXml(sheet.part);
    const hasContent = /<(?:\w+:)?c\b[^>]*>\s*<(?:\w+:)?(?:v|is|f)\b/.test(xml);
    const hasParts = this.pkg.rels(sheet.part).length > 0;
    if (!hasContent && !hasParts) return;
    const grid = readRect(xml, this.sharedStrings(), 1, 1, 30, 60).values;
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
  private validationsFor(def: TableDef, header: string, col: number, from: number, to: number): string[] {
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

  private rowIsBlank(ed: SheetEditor, row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (ed.hasContent(row, c)) return false;
    return true;
  }

  /** Adds a worksheet part and its `<sheet>` entry at the end of the workbook; returns the part name. */
  private addSheet(name: string): string {
    const wbPart = this.pkg.workbookPart();
    let n = this.pkg.sheets().length + 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.pkg.setText(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
    );
    this.pkg.addOverride(part, CT.worksheet);
    const rid = this.pkg.addRel(wbPart, REL.worksheet, part);
    const xml = this.pkg.text(wbPart)!;
    const mainPrefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
    const relPrefix = new RegExp(`xmlns:(\\w+)="${NS_REL.replace(/[./]/g, '\\$&')}"`).exec(xml)?.[1];
    const sheetId = Math.max(0, ...this.pkg.sheets().map((s) => s.sheetId || 0)) + 1;
    const idAttr = relPrefix ? `${relPrefix}:id="${rid}"` : `xmlns:r="${NS_REL}" r:id="${rid}"`;
    const tag = `<${mainPrefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`;
    const closeSheets = new RegExp(`</${mainPrefix}sheets>`);
    const updated = closeSheets.test(xml)
      ? xml.replace(closeSheets, `${tag}</${mainPrefix}sheets>`)
      : xml.replace(new RegExp(`<${mainPrefix}sheets\\s*/>`), `<${mainPrefix}sheets>${tag}</${mainPrefix}sheets>`);
    this.pkg.setText(wbPart, updated);
    return part;
  }

  /** Removes a sheet's relationships and the parts only it referred to (its old drawings and charts). */
  private dropRelatedParts(part: string) {
    const rels = this.pkg.rels(part);
    const relsPath = relsPathOf(part);
    this.pkg.remove(relsPath);
    for (const rel of rels) {
      if (rel.external || !this.pkg.has(rel.part) || this.referencedElsewhere(rel.part)) continue;
      this.dropRelatedParts(rel.part);
      this.pkg.remove(rel.part);
      this.pkg.removeOverride(rel.part);
    }
  }

  private referencedElsewhere(target: string): boolean {
    for (const name of this.pkg.names()) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1').replace(/^\//, '');
      if (this.pkg.rels(source).some((r) => !r.external && r.part.toLowerCase() === target.toLowerCase())) return true;
    }
    return false;
  }

  /** Adds a drawing with the model's charts to a sheet part; returns the sheet's relationship id for it. */
  private addCharts(sheetPart: string, model: SheetModel): string {
    let n = 1;
    while (this.pkg.has(`xl/drawings/drawing${n}.xml`)) n++;
    const drawingPart = `xl/drawings/drawing${n}.xml`;
    const charts = model.charts ?? [];
    const chartParts: string[] = [];
    let c = 1;
    for (let i = 0; i < charts.length; i++) {
      while (this.pkg.has(`xl/charts/chart${c}.xml`)) c++;
      chartParts.push(`xl/charts/chart${c}.xml`);
      c++;
    }
    const rids: string[] = [];
    const built = drawingParts(model, (i, xml) => {
      this.pkg.setText(chartParts[i], xml);
      this.pkg.addOverride(chartParts[i], CT.chart);
      rids.push(this.pkg.addRel(drawingPart, REL.chart, chartParts[i]));
      return rids[i];
    });
    this.pkg.setText(drawingPart, built);
    this.pkg.addOverride(drawingPart, CT.drawing);
    return this.pkg.addRel(sheetPart, REL.drawing, drawingPart);
  }

  /**
   * Output sheets first, in contract order; other sheets keep their relative order after them. Sheet-local
   * defined names and the active tab follow their sheets; print titles of output sheets are set.
   */
  private orderSheets(printTitles: Record<string, string | undefined>) {
    const wbPart = this.pkg.workbookPart();
    let xml = this.pkg.text(wbPart)!;
    const sheets = this.pkg.sheets();
    const rank = (name: string) => {
      const i = OUTPUT_SHEETS.indexOf(name as never);
      return i >= 0 ? i : OUTPUT_SHEETS.length;
    };
    const order = sheets.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i);
    const newIndex = new Map(order.map((o, k) => [o.i, k]));
    const moved = order.some((o, k) => o.i !== k);
    if (moved) {
      const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
      xml = xml.replace(
        new RegExp(`(<${prefix}sheets\\b[^>]*>)[\\s\\S]*?(</${prefix}sheets>)`),
        (_, open: string, close: string) => open + order.map((o) => o.s.tag).join('') + close,
      );
      xml = xml.replace(
        /(<(?:\w+:)?definedName\b[^>]*\blocalSheetId=")(\d+)(")/g,
        (_, a: string, i: string, b: string) => a + (newIndex.get(Number(i)) ?? i) + b,
      );
      xml = xml.replace(
        /(<(?:\w+:)?workbookView\b[^>]*\b(?:activeTab|firstSheet)=")(\d+)(")/g,
        (_, a: string, i: string, b: string) => a + (newIndex.get(Number(i)) ?? i) + b,
      );
    }
    // Print titles: one sheet-local _xlnm.Print_Titles per output sheet that asks for them.
    const finalOrder = order.map((o) => o.s.name);
    for (const [name, titles] of Object.entries(printTitles)) {
      const idx = finalOrder.indexOf(name);
      const re = new RegExp(
        `<(?:\\w+:)?definedName\\b[^>]*name="_xlnm\\.Print_Titles"[^>]*localSheetId="${idx}"[^>]*>[\\s\\S]*?</(?:\\w+:)?definedName>|<(?:\\w+:)?definedName\\b[^>]*localSheetId="${idx}"[^>]*name="_xlnm\\.Print_Titles"[^>]*>[\\s\\S]*?</(?:\\w+:)?definedName>`,
      );
      xml = xml.replace(re, '');
      if (!titles) continue;
      const def = `<definedName name="_xlnm.Print_Titles" localSheetId="${idx}">${escapeXml(titles)}</definedName>`;
      if (/<\w+:workbook\b/.test(xml)) continue; // prefixed workbook: leave names alone rather than guess
      if (/<definedNames\b[^>]*>/.test(xml)) xml = xml.replace(/<\/definedNames>/, `${def}</definedNames>`);
      else if (/<definedNames\s*\/>/.test(xml))
        xml = xml.replace(/<definedNames\s*\/>/, `<definedNames>${def}</definedNames>`);
      else {
        // definedNames comes after sheets, functionGroups and externalReferences, before calcPr and the rest.
        const later =
          /<(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(
            xml,
          );
        if (later) xml = xml.slice(0, later.index) + `<definedNames>${def}</definedNames>` + xml.slice(later.index);
      }
    }
    // Empty definedNames are invalid.
    xml = xml.replace(/<definedNames>\s*<\/definedNames>/, '');
    this.pkg.setText(wbPart, xml);
  }
}
