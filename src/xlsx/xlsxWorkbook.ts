// The WorkbookPort for .xlsx files, by surgical edits of the package: input tables (real Excel tables)
// are read from their table parts and worksheet XML (read.ts); our output sheets are rendered to their
// own worksheet parts (outputSheets.ts); appended and updated rows rewrite only the rows they touch
// (inputTables.ts). Every other part of the file (charts, drawings, images, pivot tables, slicers,
// comments, defined names, VBA) is copied with its original bytes. Saves are atomic and locked
// (safeSave.ts). A case that cannot be done safely is refused with a Danish message before anything is
// written. This class opens, saves and delegates; the package state the modules share is packageSession.ts.
import { lstatSync, readFileSync, readlinkSync } from 'fs';
import { resolve as resolvePath } from 'path';
import { OUTPUT_SHEETS, type OutputSheetName, type TableDef } from '../workbook/contract';
import type { CellUpdate, CellValue, RawTable, SetupResult, SheetModel, WorkbookPort } from '../workbook/port';
import { fileAccessError, WorkbookFileError } from './errors';
import * as inputTables from './inputTables';
import { markLegacySheets } from './legacyMarks';
import { writeOutputSheets, writeOutputSheetsEach } from './outputSheets';
import { PackageSession } from './packageSession';
import { readTables, type TableCellProblem } from './read';
import { replaceOwnTableRows } from './ownTableRows';
import { refuseCfb, refuseOpenDocument } from './fileKind';
import { contentDigest, refuseUnwritablePath, saveAtomically } from './safeSave';
import { REL, NS_REL, XlsxPackage } from './xlsxPackage';
import { undeclaredPrefixes } from './xml';
import { makeEntry } from './zip';
import { ZipFormatError } from './zipDirectory';
import { FremdriftError } from '../workbook/errors';
import { fremdriftError } from '../text/errors';

export { WorkbookFileError };
export type { TableCellProblem };

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

/** The target of `path` when it is a symbolic link (one whose target is missing, when reading failed), else null. */
function danglingTarget(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}

/** Why a workbook could not be read from disk, as an error-family error naming the file. */
function openFailure(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const link = code === 'ENOENT' ? danglingTarget(path) : null;
  if (link !== null) return fremdriftError('file.danglingLink', { file: path, target: link });
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookFileError(`Filen "${path}" findes ikke.`);
  return (
    fileAccessError(e, path) ??
    new WorkbookFileError(`Filen "${path}" kan ikke åbnes (styresystemet meldte fejlkode ${code ?? 'ukendt'}).`)
  );
}

/** The worksheet parts (lower-case) of the sheets named as Fremdrift's output sheets. */
function outputSheetParts(pkg: XlsxPackage): Set<string> {
  const own = new Set<string>(OUTPUT_SHEETS);
  return new Set(
    pkg
      .sheets()
      .filter((s) => own.has(s.name) && s.part)
      .map((s) => s.part.toLowerCase()),
  );
}

/** A read-only view of the sheet list, in the shape tests and callers used from ExcelJS. */
interface SheetList {
  worksheets: { name: string }[];
  getWorksheet(name: string): { name: string } | undefined;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly session: PackageSession;
  private problems: TableCellProblem[] = [];

  private constructor(
    private readonly pkg: XlsxPackage,
    private readonly openedFrom?: { path: string; digest: string },
    private readonly label = 'projektmappen',
  ) {
    this.session = new PackageSession(pkg);
  }

  static create(): XlsxWorkbook {
    const entries = Object.entries(EMPTY_PACKAGE).map(([name, xml]) => makeEntry(name, Buffer.from(xml, 'utf8')));
    return new XlsxWorkbook(new XlsxPackage(entries));
  }

  /** `forWriting`: the caller will save it back, so a read-only workbook is refused now, before any work. */
  static async open(path: string, opts: { forWriting?: boolean } = {}): Promise<XlsxWorkbook> {
    if (opts.forWriting) refuseUnwritablePath(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw openFailure(e, path);
    }
    const pkg = XlsxWorkbook.parse(bytes, path, !opts.forWriting);
    return new XlsxWorkbook(pkg, { path: resolvePath(path), digest: contentDigest(bytes) }, path);
  }

  /** A workbook from bytes already in memory (no file behind it). */
  static fromBuffer(bytes: Buffer, label = 'projektmappen'): XlsxWorkbook {
    return new XlsxWorkbook(XlsxWorkbook.parse(bytes, label, true), undefined, label);
  }

  /**
   * `deferOutputSheets`: the output sheets' worksheet parts (the largest parts, which a read never
   * looks at) are checked only when something unpacks them, or before a save that copies them (issue 28).
   */
  private static parse(bytes: Buffer, label: string, deferOutputSheets: boolean): XlsxPackage {
    refuseCfb(bytes, label);
    return XlsxWorkbook.reportingDamage(label, () => {
      const pkg = XlsxPackage.fromBuffer(bytes);
      refuseOpenDocument(pkg.has('mimetype') ? pkg.bytes('mimetype') : null, label);
      const wbPart = pkg.workbookPart();
      if (!wbPart.toLowerCase().endsWith('.xml')) throw fremdriftError('file.binaryWorkbook', {});
      const later = deferOutputSheets ? outputSheetParts(pkg) : new Set<string>();
      // Every other XML part is unpacked and checked now, so a damaged one is reported here, naming the
      // file, and not midway through a command; parts Fremdrift only copies (images, VBA) keep their bytes.
      // Nothing is kept from the check: a part read later is unpacked then, so none is held twice.
      for (const part of pkg.names())
        if (/\.(xml|rels)$/i.test(part) && !later.has(part.toLowerCase())) pkg.verify(part);
      return pkg;
    });
  }

  /** Runs `work` on the package, a damaged zip entry or unreadable package reported naming the file. */
  private static reportingDamage<T>(label: string, work: () => T): T {
    try {
      return work();
    } catch (e) {
      if (e instanceof ZipFormatError && e.damaged)
        throw fremdriftError('file.corrupt', { file: label, detail: e.message });
      if (e instanceof FremdriftError && e.code === 'file.openDocument') throw e;
      throw new WorkbookFileError(
        `Filen "${label}" kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`,
      );
    }
  }

  async save(path: string): Promise<void> {
    const bytes = this.toPieces();
    const same = this.openedFrom && this.openedFrom.path === resolvePath(path);
    saveAtomically(path, bytes, { expectContent: same ? this.openedFrom!.digest : undefined });
    if (same) this.openedFrom!.digest = contentDigest(bytes);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.concat(this.toPieces());
  }

  /** The file's bytes as consecutive pieces (the save writes them without concatenating them). */
  private toPieces(): Buffer[] {
    this.session.flush();
    if (this.pkg.sheets().length === 0) throw new WorkbookFileError('Projektmappen har ingen ark og kan ikke gemmes.');
    this.refuseInvalidEdits();
    // A part whose check open deferred is copied as it is, so it is checked before its bytes leave.
    XlsxWorkbook.reportingDamage(this.label, () => this.pkg.verifyAll());
    return this.pkg.toPieces();
  }

  /**
   * The last check before bytes leave: every XML part Fremdrift changed must bind each namespace prefix it
   * uses, or Excel and LibreOffice could not open the file; then nothing is saved (and no command says it
   * succeeded). Output sheets rendered whole by Fremdrift are skipped (they declare their own namespaces),
   * and so are other worksheet parts over a few MB.
   */
  private refuseInvalidEdits(): void {
    for (const part of this.pkg.changedParts()) {
      if (!/\.(xml|rels)$/i.test(part) || this.pkg.renderedWhole(part) || this.pkg.partSize(part) > 4_000_000) continue;
      const xml = this.pkg.text(part) ?? '';
      const unbound = undeclaredPrefixes(xml);
      if (unbound.length > 0)
        throw new WorkbookFileError(
          `Fremdrift ville gemme delen ${part} med navnerumspræfikset "${unbound[0]}", som ikke er erklæret, og så kunne Excel og LibreOffice ikke åbne filen; intet er gemt. Åbn og gem projektmappen i Excel, og prøv igen.`,
          'file.save',
        );
    }
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
    this.session.flush();
    return this.pkg.names();
  }

  /** Uncompressed bytes of a part (for tests and diagnostics). */
  partBytes(part: string): Buffer | null {
    this.session.flush();
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

  // ---- WorkbookPort ----

  async readTables(names: readonly string[]): Promise<Record<string, RawTable | null>> {
    const read = readTables(this.session, names);
    this.problems = read.problems;
    return read.tables;
  }

  async writeOutputSheets(models: readonly SheetModel[]): Promise<void> {
    writeOutputSheets(this.session, models);
  }

  async writeOutputSheetsEach(
    names: readonly OutputSheetName[],
    produce: (write: (sheet: SheetModel) => void) => void,
  ): Promise<void> {
    writeOutputSheetsEach(this.session, names, produce);
  }

  async appendRows(tableName: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    inputTables.appendRows(this.session, tableName, rows);
  }

  async updateCells(tableName: string, updates: readonly CellUpdate[]): Promise<void> {
    inputTables.updateCells(this.session, tableName, updates);
  }

  async ensureInputTables(contract: readonly TableDef[]): Promise<SetupResult> {
    return inputTables.ensureInputTables(this.session, contract);
  }

  async replaceOwnRows(tableName: string, rows: readonly Record<string, CellValue>[]): Promise<void> {
    replaceOwnTableRows(this.session, tableName, rows);
  }

  /**
   * Marks the output sheets an older Fremdrift wrote (before sheets carried the mark), where their content
   * is exactly Fremdrift's layout (legacyMarks.ts); returns their names.
   */
  markLegacySheets(): string[] {
    this.session.flush();
    return markLegacySheets(this.session);
  }

  /**
   * Writes a table with header row and the given rows on its contract sheet (used by setup, demo and
   * consolidate). A sheet of that name that already holds anything is never written over.
   */
  createTable(def: TableDef, rows: readonly CellValue[][] = [], extraHeaders: readonly string[] = []): void {
    inputTables.createTable(this.session, def, rows, extraHeaders);
  }
}
