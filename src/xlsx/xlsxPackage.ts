// An .xlsx file as an OPC package: its parts by name, their relationships (targets relative or absolute,
// as Excel, LibreOffice and openpyxl write them) and content types. Parts we never touch keep their
// original zip bytes; changed or new parts are re-deflated. The workbook's sheets and tables are listed
// from workbook.xml and the relationships (packageParts.ts, shared with the browser's reader), not from
// any library's object model.
import { posix } from 'path';
import { DeflateSink, type DeflatedPart } from './deflateSink';
import { deflatedEntry, entryData, readZip, writeZip, zipPieces, type ZipEntry } from './zip';
import { parseRels, parseSheets, relsPathOf, type Rel, type SheetEntry } from './packageParts';
import { ANY_PREFIX, attrs, escapeXml, reEscape, rootElementPrefix, rootPrefixFor } from './xml';
import { fremdriftError } from '../text/errors';

// Re-exported for the writers, which name them from here.
export { relsPathOf, type SheetEntry };

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const REL = {
  officeDocument: `${NS_REL}/officeDocument`,
  worksheet: `${NS_REL}/worksheet`,
  table: `${NS_REL}/table`,
  styles: `${NS_REL}/styles`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
};
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

export interface TableEntry {
  name: string;
  part: string;
  sheet: SheetEntry;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
  id: number;
}

/** A target written relative to `sourcePart`'s folder. */
export function relativeTarget(sourcePart: string, part: string): string {
  return posix.relative(posix.dirname(sourcePart), part);
}

export class XlsxPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  /** Parts set since the package was read (for the check before a save). */
  private readonly changed = new Set<string>();
  /** Parts (lower-case) rendered whole by Fremdrift since the package was read. */
  private readonly rendered = new Set<string>();

  constructor(entries: ZipEntry[]) {
    this.entries = entries;
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  static fromBuffer(buf: Buffer): XlsxPackage {
    return new XlsxPackage(readZip(buf));
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  /** The part's uncompressed bytes (shared with the entry; do not modify). */
  bytes(part: string): Buffer | null {
    const e = this.byName.get(part.toLowerCase());
    return e ? entryData(e) : null;
  }

  /**
   * Inflates a part and checks its length and CRC, keeping nothing (a damaged part fails here); a part
   * checked before (or made by Fremdrift) is not unpacked again.
   */
  verify(part: string): void {
    const e = this.byName.get(part.toLowerCase());
    if (e && !e.verified) entryData(e, false);
  }

  /** Checks every XML part not checked yet (those whose check at open was deferred). */
  verifyAll(): void {
    for (const e of this.entries) if (!e.verified && /\.(xml|rels)$/i.test(e.name)) entryData(e, false);
  }

  /** The uncompressed length of a part, as its zip entry states it (0 when absent). */
  partSize(part: string): number {
    return this.byName.get(part.toLowerCase())?.size ?? 0;
  }

  /** The part's uncompressed bytes without caching them (a large part looked at once). */
  bytesOnce(part: string): Buffer | null {
    const e = this.byName.get(part.toLowerCase());
    return e ? entryData(e, false) : null;
  }

  /** The part as text without caching it (a large part looked at once, such as a sheet about to be replaced). */
  textOnce(part: string): string | null {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const e = this.byName.get(key);
    return e
      ? entryData(e, false)
          .toString('utf8')
          .replace(/^\ufeff/, '')
      : null;
  }

  /** The part as text, cached as text only (its uncompressed bytes are not kept beside it). */
  text(part: string): string | null {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const e = this.byName.get(key);
    if (!e) return null;
    const s = entryData(e, false)
      .toString('utf8')
      .replace(/^\ufeff/, '');
    this.texts.set(key, s);
    return s;
  }

  setText(part: string, xml: string): void {
    const sink = new DeflateSink();
    sink.write(xml);
    this.putEntry(part, (name) => deflatedEntry(name, sink.finish()));
    this.texts.set(part.toLowerCase(), xml);
  }

  /**
   * Sets a part from bytes deflated as they were rendered (deflateSink.ts); its text is not cached.
   * `wholeByFremdrift`: the part is Fremdrift's own rendering from scratch (an output sheet), not an edit
   * of XML someone else wrote, so the namespace check before a save has nothing to find in it.
   */
  setDeflated(part: string, deflated: DeflatedPart, wholeByFremdrift = false): void {
    this.putEntry(part, (name) => deflatedEntry(name, deflated));
    this.texts.delete(part.toLowerCase());
    if (wholeByFremdrift) this.rendered.add(part.toLowerCase());
  }

  /** Whether the part was last set whole by Fremdrift's own renderer (setDeflated). */
  renderedWhole(part: string): boolean {
    return this.rendered.has(part.toLowerCase());
  }

  private putEntry(part: string, make: (name: string) => ZipEntry) {
    const key = part.toLowerCase();
    this.rendered.delete(key);
    const existing = this.byName.get(key);
    const entry = make(existing?.name ?? part);
    if (existing) this.entries[this.entries.indexOf(existing)] = entry;
    else this.entries.push(entry);
    this.byName.set(key, entry);
    this.changed.add(entry.name);
  }

  /** The names of the parts set since the package was read that are still in it. */
  changedParts(): string[] {
    return [...this.changed].filter((p) => this.has(p));
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    const e = this.byName.get(key);
    if (!e) return;
    this.entries.splice(this.entries.indexOf(e), 1);
    this.byName.delete(key);
    this.texts.delete(key);
  }

  toBuffer(): Buffer {
    return writeZip(this.entries);
  }

  /** The package as consecutive pieces of the zip file (zipPieces), for a save without one big copy. */
  toPieces(): Buffer[] {
    return zipPieces(this.entries);
  }

  rels(part: string): Rel[] {
    return parseRels(this.text(relsPathOf(part)), part);
  }

  /** Adds a relationship from `part` to `target` (a part name); returns its new id. */
  addRel(part: string, type: string, target: string): string {
    const path = relsPathOf(part);
    const xml =
      this.text(path) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
    const used = new Set(this.rels(part).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    // The prefix the part binds to the relationships namespace ('' as a rule), never an unbound one.
    const p = rootPrefixFor(xml, NS_PKG_REL) ?? rootElementPrefix(xml);
    const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    const close = new RegExp(`(</${ANY_PREFIX}Relationships>)\\s*$`);
    this.setText(
      path,
      close.test(xml)
        ? xml.replace(close, `${rel}$1`)
        : xml.replace(
            new RegExp(`<(${ANY_PREFIX}Relationships\\b[^>]*?)\\s*/>\\s*$`),
            (_, open: string) => `<${open}>${rel}</${p}Relationships>`,
          ),
    );
    return id;
  }

  removeRels(part: string): void {
    this.remove(relsPathOf(part));
  }

  addOverride(part: string, contentType: string): void {
    const xml = this.text('[Content_Types].xml') ?? '';
    const name = `/${part}`;
    if (new RegExp(`PartName="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(xml)) return;
    const p = rootPrefixFor(xml, NS_CONTENT_TYPES) ?? rootElementPrefix(xml);
    const override = `<${p}Override PartName="${escapeXml(name)}" ContentType="${contentType}"/>`;
    this.setText(
      '[Content_Types].xml',
      xml.replace(new RegExp(`(</${ANY_PREFIX}Types>)\\s*$`), (close: string) => override + close.trim()),
    );
  }

  removeOverride(part: string): void {
    const xml = this.text('[Content_Types].xml') ?? '';
    const re = new RegExp(`<${ANY_PREFIX}Override\\b[^>]*PartName="/${reEscape(part)}"[^>]*/>`, 'i');
    if (re.test(xml)) this.setText('[Content_Types].xml', xml.replace(re, ''));
  }

  /** The workbook part (`xl/workbook.xml` as a rule), from the package's root relationships. */
  workbookPart(): string {
    const rel = this.rels('').find((r) => r.type === REL.officeDocument || r.type.endsWith('/officeDocument'));
    if (rel && this.has(rel.part)) return rel.part;
    if (this.has('xl/workbook.xml')) return 'xl/workbook.xml';
    throw fremdriftError('file.noWorkbookPart', {});
  }

  sheets(): SheetEntry[] {
    const wbPart = this.workbookPart();
    return parseSheets(this.text(wbPart) ?? '', this.rels(wbPart));
  }

  tables(): TableEntry[] {
    const out: TableEntry[] = [];
    for (const sheet of this.sheets()) {
      if (!sheet.part) continue;
      for (const rel of this.rels(sheet.part)) {
        if (!rel.type.endsWith('/table') || !this.has(rel.part)) continue;
        const xml = this.text(rel.part)!;
        const head = /<(?:\w+:)?table\b[^>]*>/.exec(xml);
        if (!head) continue;
        const a = attrs(head[0]);
        const columns = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*>/g)].map((c) => attrs(c[0]).name ?? '');
        out.push({
          name: a.displayName ?? a.name,
          part: rel.part,
          sheet,
          ref: a.ref,
          headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
          totalsRows: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount),
          columns,
          id: Number(a.id),
        });
      }
    }
    return out;
  }
}
