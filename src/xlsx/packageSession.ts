// What the .xlsx adapter's read, input-table and output-sheet modules share about one open package: the
// package itself, the sheet editors with pending edits, and the caches (shared strings, styles, tables)
// that every step reads. One instance per XlsxWorkbook; the modules are functions over it.
import { normalizeKey } from '../workbook/cells';
import type { CellValue } from '../workbook/port';
import { decodeRange, encodeRange } from './address';
import { DeflateSink } from './deflateSink';
import { WorkbookFileError } from './errors';
import { readRect } from './sheetCells';
import { SharedStringTable, type StringTable } from './sharedStrings';
import { SheetEditor } from './sheetEditor';
import { StyleSheet } from './styles';
import { NS_REL, REL, relsPathOf, CT, type XlsxPackage, type TableEntry } from './xlsxPackage';
import { mainPrefix as mainPrefixOf } from './definedNames';
import { ANY_PREFIX, escapeXml, reEscape, rootPrefixFor, setAttr } from './xml';
import { fremdriftError } from '../text/errors';
import { maxOf } from '../domain/collections';

/** A table's rectangle on its sheet (1-based rows and columns) and its data body's rows. */
export interface TableRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  bodyTop: number;
  bodyBottom: number;
}

/** The name of a part's root element (with its prefix), found without scanning the whole part. */
function rootElementName(xml: string): string {
  const m = /<(?![?!])([^\s/>]+)/.exec(xml);
  return m ? m[1] : '';
}

export class PackageSession {
  private readonly editors = new Map<string, SheetEditor>();
  private shared: StringTable | null = null;
  private styleSheet: StyleSheet | null = null;
  private tableCache: TableEntry[] | null = null;

  constructor(readonly pkg: XlsxPackage) {}

  /** Writes pending sheet edits and a changed style sheet back into the package. */
  flush() {
    for (const part of [...this.editors.keys()]) this.writePendingEdits(part);
    if (this.styleSheet?.isChanged) this.pkg.setText(this.stylesPart(), this.styleSheet.xml());
  }

  /**
   * Writes a sheet's pending edits into its part, deflated as they are written (deflateSink.ts), so a
   * large edited sheet is never held again as one string; the part is then read from its bytes.
   */
  writePendingEdits(part: string): void {
    const editor = this.editors.get(part);
    if (!editor) return;
    const sink = new DeflateSink();
    editor.writeXml(sink);
    this.pkg.setDeflated(part, sink.finish());
    this.editors.delete(part);
    if (editor.replacedFormula) this.dropCalcChain();
  }

  editor(part: string, sheetName: string): SheetEditor {
    let e = this.editors.get(part);
    if (!e) {
      const xml = this.pkg.text(part);
      if (xml === null) throw new WorkbookFileError(`Arket "${sheetName}" mangler i pakken (${part}).`);
      if (rootElementName(xml).endsWith(':worksheet')) {
        throw new WorkbookFileError(
          `Arket "${sheetName}" er gemt i en form (navnerumspræfiks), som Fremdrift ikke kan skrive i uden risiko; åbn og gem filen i Excel først.`,
        );
      }
      e = new SheetEditor(xml);
      this.editors.set(part, e);
    }
    return e;
  }

  sheetXml(part: string): string {
    this.writePendingEdits(part);
    return this.pkg.text(part) ?? '';
  }

  /** The shared strings, decoded as cells use them (sharedStrings.ts). */
  sharedStrings(): StringTable {
    if (!this.shared) {
      const wb = this.pkg.workbookPart();
      const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/sharedStrings'));
      this.shared = new SharedStringTable(rel ? this.pkg.bytes(rel.part) : null);
    }
    return this.shared;
  }

  /** Whether a sheet has edits not yet written into its part (its bytes are then out of date). */
  hasPendingEdits(part: string): boolean {
    return this.editors.has(part);
  }

  stylesPart(): string {
    const wb = this.pkg.workbookPart();
    const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/styles'));
    if (rel) return rel.part;
    this.pkg.addRel(wb, REL.styles, 'xl/styles.xml');
    this.pkg.addOverride('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    return 'xl/styles.xml';
  }

  styles(): StyleSheet {
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
  dropCalcChain() {
    const wb = this.pkg.workbookPart();
    const rel = this.pkg.rels(wb).find((r) => r.type.endsWith('/calcChain'));
    if (!rel) return;
    this.pkg.remove(rel.part);
    this.pkg.removeOverride(rel.part);
    const relsPath = relsPathOf(wb);
    const xml = this.pkg.text(relsPath)!;
    this.pkg.setText(
      relsPath,
      xml.replace(new RegExp(`<${ANY_PREFIX}Relationship\\b[^>]*\\bId="${reEscape(rel.id)}"[^>]*/>`), ''),
    );
  }

  tables(): TableEntry[] {
    this.tableCache ??= this.pkg.tables();
    return this.tableCache;
  }

  findTable(name: string): TableEntry | null {
    return this.tables().find((t) => normalizeKey(t.name) === normalizeKey(name)) ?? null;
  }

  requireTable(name: string): TableEntry {
    const t = this.findTable(name);
    if (!t) throw fremdriftError('table.missing', { table: name });
    return t;
  }

  range(t: TableEntry): TableRange {
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

  headers(t: TableEntry, r: TableRange): string[] {
    // A sheet open for edits is asked directly: writing it out to read one row would make every chunk
    // of a large import rewrite (and re-deflate) the whole sheet.
    const open = this.editors.get(t.sheet.part);
    const fromSheet: CellValue[] =
      t.headerRows === 0
        ? []
        : open
          ? this.rowFromEditor(open, r.top, r.left, r.right)
          : readRect(this.sheetXml(t.sheet.part), this.sharedStrings(), r.top, r.left, r.top, r.right).values[0];
    const out: string[] = [];
    for (let c = 0; c <= r.right - r.left; c++) out.push(String(fromSheet[c] ?? t.columns[c] ?? ''));
    return out;
  }

  private rowFromEditor(editor: SheetEditor, row: number, left: number, right: number): CellValue[] {
    const out: CellValue[] = [];
    for (let c = left; c <= right; c++) out.push(editor.valueOf(row, c, this.sharedStrings()));
    return out;
  }

  columnIndex(tableName: string, headers: string[], header: string): number {
    const i = headers.findIndex((x) => normalizeKey(x) === normalizeKey(header));
    if (i < 0) throw fremdriftError('table.noColumn', { table: tableName, column: header });
    return i;
  }

  /** Sets the table part's range (and its autoFilter's), optionally adding columns. */
  setTableRange(t: TableEntry, top: number, left: number, bottom: number, right: number, newColumns: string[] = []) {
    const ref = encodeRange(top, left, bottom, right);
    let xml = this.pkg.text(t.part)!;
    xml = xml.replace(/<(?:\w+:)?table\b[^>]*>/, (tag) => setAttr(tag, 'ref', ref));
    const filterRef = t.totalsRows > 0 ? encodeRange(top, left, bottom - t.totalsRows, right) : ref;
    xml = xml.replace(/<((?:\w+:)?autoFilter)\b([^>]*?)(\/?)>/, (tag) => setAttr(tag, 'ref', filterRef));
    if (newColumns.length > 0) {
      const ids = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
      let next = maxOf(ids, 0) + 1;
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
  /** Adds a worksheet part and its `<sheet>` entry at the end of the workbook; returns the part name. */
  addSheet(name: string): string {
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
    // Prefixes resolved by namespace URI on the root element; r: is declared on the new element itself
    // when the root does not bind it (openpyxl declares it on each <sheet>, out of scope for a new one).
    const mainPrefix = mainPrefixOf(xml);
    const relPrefix = rootPrefixFor(xml, NS_REL);
    const sheetId =
      maxOf(
        this.pkg.sheets().map((s) => s.sheetId || 0),
        0,
      ) + 1;
    const idAttr = relPrefix ? `${relPrefix}id="${rid}"` : `xmlns:r="${NS_REL}" r:id="${rid}"`;
    const tag = `<${mainPrefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`;
    const p = reEscape(mainPrefix);
    const closeSheets = new RegExp(`</${p}sheets>`);
    const updated = closeSheets.test(xml)
      ? xml.replace(closeSheets, `${tag}</${mainPrefix}sheets>`)
      : xml.replace(new RegExp(`<${p}sheets\\s*/>`), `<${mainPrefix}sheets>${tag}</${mainPrefix}sheets>`);
    this.pkg.setText(wbPart, updated);
    return part;
  }
  /** Forgets the cached table list after a change to table or sheet parts. */
  tablesChanged(): void {
    this.tableCache = null;
  }

  /** Drops a sheet's pending edits (its part is about to be replaced whole). */
  discardEditor(part: string): void {
    this.editors.delete(part);
  }
}
