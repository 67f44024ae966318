// A read-only view of an .xlsx package that runs in the browser: the zip directory (zipDirectory.ts), the
// part names and sheet list (packageParts.ts) and an inflate function the caller supplies, so no Node
// module (zlib, Buffer, path) is needed. The task pane's import reads exports through it; the Node
// adapter keeps its own synchronous XlsxPackage, which also writes.
import { parseRels, parseSheets, relsPathOf, type Rel, type SheetEntry } from './packageParts';
import { readZipDirectory, ZipFormatError, type ZipRecord } from './zipDirectory';

/** Inflates raw deflate bytes; `size` is the length the zip directory promises. */
type Inflate = (raw: Uint8Array, size: number) => Promise<Uint8Array>;

/** True where `streamInflate` can work (Chromium ≥ 103, Safari ≥ 16.4, Node ≥ 20.12). */
export function canStreamInflate(): boolean {
  if (typeof DecompressionStream === 'undefined') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's DecompressionStream('deflate-raw'). Stops as soon as the output passes `size`, so a
 * part that claims to be small cannot unpack into gigabytes.
 */
export const streamInflate: Inflate = async (raw, size) => {
  // The input comes from File.arrayBuffer() or a Node Buffer, never a SharedArrayBuffer.
  const reader = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  // Chunks are kept and joined at the end, so a false `size` in the directory allocates nothing up front.
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > size) {
      await reader.cancel();
      throw new ZipFormatError('en zip-post er længere end angivet');
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

const utf8 = new TextDecoder('utf-8');

export class PackageReader {
  private readonly byName = new Map<string, ZipRecord>();

  /** Lists the package's parts; throws ZipFormatError when the bytes are not a readable zip. */
  constructor(
    bytes: Uint8Array,
    private readonly inflate: Inflate,
  ) {
    for (const r of readZipDirectory(bytes)) this.byName.set(r.name.toLowerCase(), r);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  /** The part as text (UTF-8, byte order mark dropped), or null when the package has no such part. */
  async text(part: string): Promise<string | null> {
    const r = this.byName.get(part.toLowerCase());
    if (!r) return null;
    const data = r.method === 0 ? r.raw : await this.inflate(r.raw, r.size);
    if (data.length !== r.size) throw new ZipFormatError(`zip-posten ${r.name} har forkert længde`);
    return utf8.decode(data).replace(/^\ufeff/, '');
  }

  async rels(part: string): Promise<Rel[]> {
    return parseRels(await this.text(relsPathOf(part)), part);
  }

  /** The workbook part, from the package's root relationships (`xl/workbook.xml` as a rule). */
  async workbookPart(): Promise<string> {
    const rel = (await this.rels('')).find((r) => r.type.endsWith('/officeDocument'));
    if (rel && this.has(rel.part)) return rel.part;
    if (this.has('xl/workbook.xml')) return 'xl/workbook.xml';
    throw new ZipFormatError('pakken har ingen projektmappe-del (xl/workbook.xml)');
  }

  /** The worksheets in workbook order (chart sheets, which hold no cells, left out). */
  async worksheets(): Promise<SheetEntry[]> {
    const wbPart = await this.workbookPart();
    const sheets = parseSheets((await this.text(wbPart)) ?? '', await this.rels(wbPart));
    return sheets.filter((s) => s.part !== '' && this.has(s.part));
  }

  /** The workbook's shared strings part, found as XlsxWorkbook finds it (by relationship). */
  async sharedStringsXml(): Promise<string | null> {
    const rel = (await this.rels(await this.workbookPart())).find((r) => r.type.endsWith('/sharedStrings'));
    return rel ? this.text(rel.part) : null;
  }
}
