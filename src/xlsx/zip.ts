// The zip container of an .xlsx package, read and written by hand (Node's zlib) so that every part we do
// not change is copied with its original compressed bytes, CRC and flags: nothing Fremdrift does not own
// is re-encoded. Stored (0) and deflated (8) entries; no ZIP64 (an .xlsx beyond 4 GB is refused). Node only
// (zlib, Buffer); the directory itself is read by zipDirectory.ts, which the browser shares.
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'zlib';
import { readZipDirectory, SIG_CENTRAL, SIG_EOCD, SIG_LOCAL, ZipFormatError } from './zipDirectory';

export interface ZipEntry {
  name: string;
  /** Compression method of `raw`: 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes as found in the file (or as produced for a changed entry). */
  raw: Buffer;
  /** General-purpose flags of the original entry (bit 3, data descriptor, is dropped on write). */
  flags: number;
  dosTime: number;
  dosDate: number;
  /** Uncompressed bytes, inflated on first use (kept for parts up to 4 MB and for new ones). */
  data?: Buffer;
  /** The inflated bytes matched the CRC once (a part inflated again is not checked again). */
  verified?: boolean;
  /** A large part's bytes from its check at open, kept for the one read that follows (see `handOff`). */
  handoff?: Buffer;
}

/** Reads the central directory (zipDirectory.ts) and slices each entry's compressed bytes out of `buf`. */
export function readZip(buf: Buffer): ZipEntry[] {
  return readZipDirectory(buf).map((r) => ({
    ...r,
    raw: Buffer.from(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength),
  }));
}

/**
 * Parts larger than this are inflated again on each use instead of being kept beside their compressed
 * bytes: the large input sheets are read once, by scanning their bytes (sheetScan.ts), and the reader
 * holds one of them at a time, not all of them for the whole command.
 */
const KEEP_INFLATED_BYTES = 4 << 20;
/**
 * Opening a workbook unpacks and checks every XML part; the input sheets are read right after. So the
 * large parts' bytes from that check are handed to the next use (once) instead of being unpacked twice,
 * up to this many bytes in all; `releaseHandoffs` (after each read of tables) lets go of the rest.
 */
const HANDOFF_BUDGET = 256 << 20;
const handoffs = new Set<ZipEntry>();
let handoffBytes = 0;

/** Lets go of every large part's bytes kept since its check (the next use unpacks it again). */
export function releaseHandoffs(): void {
  for (const e of handoffs) e.handoff = undefined;
  handoffs.clear();
  handoffBytes = 0;
}

/** The largest output buffer allocated up front from a size the directory states (a lie costs no more). */
const MAX_PREALLOCATED = 1 << 30;

/**
 * The uncompressed bytes of an entry, checked against the length and CRC the directory states. `keep`
 * false never caches them on the entry (the package's text cache holds the part as text instead).
 */
export function entryData(e: ZipEntry, keep = true): Buffer {
  if (e.data) return e.data;
  if (e.handoff) {
    const kept = e.handoff;
    e.handoff = undefined;
    handoffs.delete(e);
    handoffBytes -= kept.length;
    return kept;
  }
  let data: Buffer;
  try {
    // One output buffer of the stated size (when it is true), so a large part is not also held in pieces.
    data =
      e.method === 0
        ? e.raw
        : inflateRawSync(e.raw, { chunkSize: Math.max(64 * 1024, Math.min(e.size + 1, MAX_PREALLOCATED)) });
  } catch {
    // zlib's own error (with its stack) means nothing to a user: the entry's bytes are damaged.
    throw new ZipFormatError(`zip-posten ${e.name} kan ikke pakkes ud`, true);
  }
  if (data.length !== e.size) throw new ZipFormatError(`zip-posten ${e.name} har forkert længde`, true);
  const first = !e.verified;
  if (first) {
    if (crc32(data) !== e.crc >>> 0) throw new ZipFormatError(`zip-posten ${e.name} har forkert kontrolsum`, true);
    e.verified = true;
  }
  if (keep && data.length <= KEEP_INFLATED_BYTES) e.data = data;
  else if (first && handoffBytes + data.length <= HANDOFF_BUDGET) {
    e.handoff = data;
    handoffs.add(e);
    handoffBytes += data.length;
  }
  return data;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data`; `previous` continues the CRC of the bytes before it. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (typeof zlibCrc32 === 'function') return zlibCrc32(data, previous) >>> 0;
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function dosNow(): { dosTime: number; dosDate: number } {
  const d = new Date();
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    dosDate: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Deflate level of every part Fremdrift writes: output sheets are rewritten on every refresh, so speed wins. */
export const FAST_LEVEL = 1;

/** A new entry from its bytes, deflated at the fast level (for small parts; large ones go through deflateSink.ts). */
export function makeEntry(name: string, data: Buffer): ZipEntry {
  return {
    name,
    method: 8,
    crc: crc32(data),
    size: data.length,
    raw: deflateRawSync(data, { level: FAST_LEVEL }),
    flags: 0x800,
    data,
    ...dosNow(),
  };
}

/** A new or changed entry from bytes already deflated (deflateSink.ts). */
export function deflatedEntry(name: string, part: { raw: Buffer; crc: number; size: number }): ZipEntry {
  // Made here from the bytes themselves, so its CRC needs no check when it is inflated again.
  return {
    name,
    method: 8,
    crc: part.crc >>> 0,
    size: part.size,
    raw: part.raw,
    flags: 0x800,
    verified: true,
    ...dosNow(),
  };
}

/** Writes entries in order; unchanged entries keep their original compressed bytes. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  return Buffer.concat(zipPieces(entries));
}

/**
 * The zip file as consecutive pieces (headers, each entry's compressed bytes as they are, the directory),
 * so a save writes them in turn instead of copying the whole file into one buffer first.
 */
export function zipPieces(entries: readonly ZipEntry[]): Buffer[] {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags & ~0x8) | 0x800;
    // The local header and the central directory record share these fields, the latter 2 bytes later.
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(flags, at + 2);
      b.writeUInt16LE(e.method, at + 4);
      b.writeUInt16LE(e.dosTime, at + 6);
      b.writeUInt16LE(e.dosDate, at + 8);
      b.writeUInt32LE(e.crc >>> 0, at + 10);
      b.writeUInt32LE(e.raw.length, at + 14);
      b.writeUInt32LE(e.size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    common(local, 4);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(SIG_CENTRAL, 0);
    cd.writeUInt16LE(20, 4); // version made by
    common(cd, 6);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.raw);
    central.push(cd, name);
    offset += 30 + name.length + e.raw.length;
    if (offset > 0xffffffff) throw new ZipFormatError('projektmappen bliver over 4 GB');
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  for (const c of central) chunks.push(c);
  chunks.push(end);
  return chunks;
}
