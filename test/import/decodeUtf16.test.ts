// Issue 27: UTF-16 without a byte-order mark is recognised (NULs at odd or even offsets only) and
// decoded, not refused as "binary data"; binary files with NULs everywhere are still refused.
import fc from 'fast-check';
import { decodeBytes, utf16WithoutBom } from '../../src/import/decode';

const danishText = fc.string({
  unit: fc.constantFrom(...'abcæøåABCÆØÅ0123456789;,.- "\r\n'.split('')),
  minLength: 4,
  maxLength: 300,
});
const be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());

test('property: Danish export text in UTF-16 LE or BE without a BOM decodes to itself', () => {
  fc.assert(
    fc.property(danishText, (text) => {
      expect(decodeBytes(Uint8Array.from(Buffer.from(text, 'utf16le')))).toEqual({
        ok: true,
        text,
        encoding: 'utf-16le',
        bom: false,
      });
      expect(decodeBytes(be(text))).toEqual({ ok: true, text, encoding: 'utf-16be', bom: false });
    }),
    { numRuns: 300 },
  );
});

test('a UTF-16 file without a BOM cut in the middle of a character is named as truncated UTF-16', () => {
  const bytes = Uint8Array.from(Buffer.from('Borger-ID;Navn\r\nB1;Ærø', 'utf16le')).subarray(0, 41);
  expect(decodeBytes(bytes)).toEqual({ ok: false, problem: { code: 'truncatedUtf16', params: {} } });
});

test('bytes with NULs at both offsets are still binary data, and UTF-8 text is not UTF-16', () => {
  const binary = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256));
  expect(utf16WithoutBom(binary)).toBeNull();
  expect(decodeBytes(binary)).toMatchObject({ ok: false, problem: { code: 'binaryData' } });
  expect(utf16WithoutBom(new TextEncoder().encode('Borger-ID;Navn\nB1;Ærø'))).toBeNull();
});
