// The central directory of a zip file, read from plain bytes (no Node Buffer, no zlib) so the task pane
// can list an .xlsx export's parts in the browser with the same checks the Node adapter makes. Inflating
// is left to the caller: zip.ts uses Node's zlib, packageReader.ts the browser's DecompressionStream.
import { FremdriftError } from '../workbook/errors';

/**
 * Why the zip package cannot be read or written (Danish; code file.zip). `damaged` marks an entry whose
 * bytes are broken (bad deflate data, wrong length or checksum), which the adapter reports as a damaged
 * file, rather than a package Fremdrift cannot handle.
 */
export class ZipFormatError extends FremdriftError<'file.zip'> {
  constructor(
    message: string,
    readonly damaged = false,
  ) {
    super('file.zip', { message }, message);
    this.name = 'ZipFormatError';
  }
}

export interface ZipRecord {
  name: string;
  /** Compression method of `raw`: 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed length, as the directory states it. */
  size: number;
  /** The compressed bytes as found in the file (a view into the input, not a copy). */
  raw: Uint8Array;
  /** General-purpose flags of the entry. */
  flags: number;
  dosTime: number;
  dosDate: number;
}

/** Record signatures, shared with the writer in zip.ts. */
export const SIG_EOCD = 0x06054b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_LOCAL = 0x04034b50;

const utf8 = new TextDecoder('utf-8');

/** Byte-for-byte Latin-1 (TextDecoder's 'latin1' is really windows-1252). */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Reads the central directory and slices each entry's compressed bytes out of `bytes`. */
export function readZipDirectory(bytes: Uint8Array): ZipRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ZipFormatError('ingen zip-indholdsfortegnelse (filen er ikke en .xlsx-pakke eller er afkortet)');
  const count = u16(eocd + 10);
  const cdOffset = u32(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff)
    throw new ZipFormatError('ZIP64-pakker (over 4 GB) understøttes ikke');
  const entries: ZipRecord[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(p) !== SIG_CENTRAL) throw new ZipFormatError('beskadiget zip-indholdsfortegnelse');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const nameLen = u16(p + 28);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    const csize = u32(p + 20);
    const local = u32(p + 42);
    const record = {
      name,
      method,
      flags,
      crc: u32(p + 16),
      size: u32(p + 24),
      dosTime: u16(p + 12),
      dosDate: u16(p + 14),
    };
    p += 46 + nameLen + u16(p + 30) + u16(p + 32);
    if (local + 30 > bytes.length || u32(local) !== SIG_LOCAL)
      throw new ZipFormatError(`beskadiget zip-post ${name}`, true);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + csize > bytes.length) throw new ZipFormatError(`zip-posten ${name} er afkortet`, true);
    if (method !== 0 && method !== 8)
      throw new ZipFormatError(`zip-posten ${name} bruger en ukendt komprimering (${method})`);
    if (flags & 1) throw new ZipFormatError('pakken er krypteret (adgangskodebeskyttet)');
    entries.push({ ...record, raw: bytes.subarray(start, start + csize) });
  }
  return entries;
}
