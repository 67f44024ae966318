// Bytes of an exported file -> text. Case-management systems export CSV as UTF-8 (with or without
// BOM), sometimes UTF-16, and often Windows-1252; æøå must survive whichever it is. Binary files
// (an .xlsx renamed to .csv, an old .xls, a PDF) and files cut off mid-character are refused with a
// code (readerProblems.ts, worded by src/text/imports.ts) instead of being imported as garbage.
// TextDecoder exists in Node and in every browser Office runs in, so this module has no Node imports.
import type { FileProblem } from './readerProblems';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; problem: FileProblem };

const fail = (code: Exclude<FileProblem['code'], 'binaryData' | 'noSuchSheet'>): DecodeResult => ({
  ok: false,
  problem: { code, params: {} },
});

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;

/** True for a zip container, which is what an .xlsx file is. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** The known binary format the bytes are in (an .xlsx, an old .xls, a PDF), else null. */
function binaryFormat(bytes: Uint8Array): 'zipNotCsv' | 'oldXls' | 'pdf' | null {
  if (looksLikeZip(bytes)) return 'zipNotCsv';
  if (startsWith(bytes, OLE2_SIGNATURE)) return 'oldXls';
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  return null;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder treats "windows-1252" as
// Latin-1 (losing €, quotes, dashes), so the table is here; undefined bytes keep their C1 code point.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let chunk = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Length of the bytes without an incomplete UTF-8 sequence at the very end. */
function withoutTrailingPartialUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  // Walk back over at most three continuation bytes to the lead byte of the last sequence.
  let i = end - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return end;
  const lead = bytes[i];
  const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  if (needed > continuation) end = i;
  return end;
}

function hasMultibyteUtf8(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) return true;
  return false;
}

/** How many leading bytes the UTF-16 heuristic looks at. */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a byte-order mark (issue 27): text that is mostly Latin letters has a NUL as the high
 * byte of nearly every character, so NULs sit at odd offsets (little-endian) or even offsets
 * (big-endian) and almost never at the other. At least 30 % of the sampled characters must show it, and
 * under 2 % the opposite; a binary file has NULs at both.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  const chars = end / 2;
  if (chars < 4) return null; // too few characters to tell text from a stray NUL
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= chars * 0.3 && evenNul < chars * 0.02) return 'utf-16le';
  if (evenNul >= chars * 0.3 && oddNul < chars * 0.02) return 'utf-16be';
  return null;
}

/**
 * Decodes an exported text file. Order: BOMs (UTF-8, UTF-16 LE/BE); known binary signatures;
 * UTF-16 without a BOM (utf16WithoutBom); other NUL bytes are refused; valid UTF-8 is UTF-8; otherwise Windows-1252 (every byte is a character there).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer): DecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      return { ok: true, text: decodeWith('utf-8', bytes.subarray(3), true), encoding: 'utf-8', bom: true };
    } catch {
      return fail('invalidUtf8');
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    if (bytes.length % 2 !== 0) return fail('truncatedUtf16');
    return { ok: true, text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    if (bytes.length % 2 !== 0) return fail('truncatedUtf16');
    return { ok: true, text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const binary = binaryFormat(bytes);
  if (binary) return fail(binary);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    if (bytes.length % 2 !== 0) return fail('truncatedUtf16');
    return { ok: true, text: decodeWith(utf16, bytes), encoding: utf16, bom: false };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: { code: 'binaryData', params: { byte: nul + 1 } } };
  try {
    return { ok: true, text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', bom: false };
  } catch {
    // Valid UTF-8 apart from a sequence cut off at the end: the file was truncated, not Windows-1252.
    const end = withoutTrailingPartialUtf8(bytes);
    if (end < bytes.length && hasMultibyteUtf8(bytes, end)) {
      try {
        decodeWith('utf-8', bytes.subarray(0, end), true);
        return fail('truncatedUtf8');
      } catch {
        // Not UTF-8 at all: fall through to Windows-1252.
      }
    }
    return { ok: true, text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', bom: false };
  }
}
