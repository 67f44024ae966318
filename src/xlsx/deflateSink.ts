// Deflates a part's XML while it is being produced, so a large output sheet never exists whole as one
// string and one Buffer: text is gathered into pieces of about a megabyte, each piece is encoded and
// deflated at a fast level and ended with a sync flush (a byte-aligned empty stored block, no final bit),
// and the last piece is finished. Concatenated, the pieces are one valid raw deflate stream (as pigz
// writes it); the CRC-32 and the length run along. Node only (zlib).
import { constants, deflateRawSync } from 'zlib';
import { crc32, FAST_LEVEL } from './zip';
import { ZipFormatError } from './zipDirectory';

/** A part's compressed bytes with the CRC-32 and length of its uncompressed bytes. */
export interface DeflatedPart {
  raw: Buffer;
  crc: number;
  size: number;
}

/** Text is deflated in pieces of about this many characters. */
const PIECE_CHARS = 1 << 20;

/** Where rendered XML goes: `write` takes the next piece of text. */
export interface XmlWriter {
  write(text: string): void;
}

export class DeflateSink implements XmlWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly out: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private done = false;

  constructor(
    private readonly level = FAST_LEVEL,
    private readonly pieceChars = PIECE_CHARS,
  ) {}

  write(text: string): void {
    if (this.done) throw new Error('DeflateSink: write after finish');
    // A long text (a whole part at once) is taken in pieces, so it is never encoded whole; a piece never
    // ends between the two halves of a surrogate pair (each half alone would encode as U+FFFD).
    let at = 0;
    while (at < text.length) {
      let end = Math.min(text.length, at + this.pieceChars);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      const piece = at === 0 && end === text.length ? text : text.slice(at, end);
      at = end;
      this.pending.push(piece);
      this.pendingChars += piece.length;
      if (this.pendingChars >= this.pieceChars) this.deflatePending(constants.Z_SYNC_FLUSH);
    }
  }

  /** Deflates what is left, ends the stream and gives the part; the sink cannot be written to after it. */
  finish(): DeflatedPart {
    this.deflatePending(constants.Z_FINISH);
    this.done = true;
    const raw = this.out.length === 1 ? this.out[0] : Buffer.concat(this.out);
    this.out.length = 0;
    return { raw, crc: this.crc >>> 0, size: this.size };
  }

  private deflatePending(flush: number) {
    const data = Buffer.from(this.pending.length === 1 ? this.pending[0] : this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.size += data.length;
    if (this.size > 0xffffffff) throw new ZipFormatError('en del af projektmappen bliver over 4 GB');
    this.crc = crc32(data, this.crc);
    this.out.push(deflateRawSync(data, { level: this.level, finishFlush: flush }));
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Collects written text into one string (for tests and small parts). */
export class StringSink implements XmlWriter {
  private readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
  toString(): string {
    return this.parts.join('');
  }
}
