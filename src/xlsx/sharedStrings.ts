// The shared strings table of an .xlsx package, read lazily: one pass over the part's bytes records where
// each `<si>` item starts and ends (typed arrays of offsets), and an item is decoded to text only when a
// cell refers to it (then kept). A workbook with 100,000 distinct strings costs two Uint32Arrays until its
// cells are read, not 100,000 strings up front. The decoded text is exactly parseSharedStrings's
// (sheetCells.ts): every `<t>` run, phonetic runs skipped, entities and `_x000D_` escapes expanded.
import { textRuns } from './xml';

/** Shared strings by index, as cells look them up; a plain string[] is one too. */
export interface StringTable {
  at(index: number): string | undefined;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;

/** Letters, digits and `_` (what `\w` matches), the characters of a prefix and of `si`'s word boundary. */
function isWord(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

const utf8 = new TextDecoder('utf-8');

export class SharedStringTable implements StringTable {
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private readonly decoded: (string | undefined)[] = [];
  readonly length: number;

  /** `xml`: the part's bytes (UTF-8), or null when the package has none. */
  constructor(private readonly xml: Uint8Array | null) {
    this.length = xml ? this.index(xml) : 0;
  }

  /** Records each item's content range (start = end for `<si/>` and `<si></si>`); returns the count. */
  private index(xml: Uint8Array): number {
    let n = 0;
    let p = 0;
    for (;;) {
      p = xml.indexOf(LT, p);
      if (p < 0) break;
      // `<si` or `<prefix:si`, followed by a non-word character.
      let q = p + 1;
      while (q < xml.length && isWord(xml[q])) q++;
      let nameStart = p + 1;
      if (xml[q] === COLON && q > p + 1) {
        nameStart = q + 1;
        q = nameStart;
        while (q < xml.length && isWord(xml[q])) q++;
      }
      if (q - nameStart !== 2 || xml[nameStart] !== 0x73 || xml[nameStart + 1] !== 0x69) {
        p++;
        continue;
      }
      const gt = xml.indexOf(GT, q);
      if (gt < 0) break;
      let start = gt + 1;
      let end = start;
      if (xml[gt - 1] === SLASH) p = gt + 1;
      else {
        end = closingSi(xml, start);
        if (end < 0) break;
        p = end;
      }
      if (start > end) start = end;
      if (n === this.starts.length) this.grow();
      this.starts[n] = start;
      this.ends[n] = end;
      n++;
    }
    return n;
  }

  private grow() {
    const starts = new Uint32Array(this.starts.length * 2);
    const ends = new Uint32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    let s = this.decoded[index];
    if (s === undefined) {
      const start = this.starts[index];
      const end = this.ends[index];
      s = start === end ? '' : textRuns(utf8.decode(this.xml!.subarray(start, end)));
      this.decoded[index] = s;
    }
    return s;
  }
}

/** The offset of the first `</si>` or `</prefix:si>` at or after `from`, or -1. */
function closingSi(xml: Uint8Array, from: number): number {
  let p = from;
  for (;;) {
    p = xml.indexOf(LT, p);
    if (p < 0 || p + 1 >= xml.length) return -1;
    if (xml[p + 1] !== SLASH) {
      p++;
      continue;
    }
    let q = p + 2;
    while (q < xml.length && isWord(xml[q])) q++;
    let nameStart = p + 2;
    if (xml[q] === COLON && q > p + 2) {
      nameStart = q + 1;
      q = nameStart;
      while (q < xml.length && isWord(xml[q])) q++;
    }
    if (q - nameStart === 2 && xml[nameStart] === 0x73 && xml[nameStart + 1] === 0x69 && xml[q] === GT) return p;
    p++;
  }
}
