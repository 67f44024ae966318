// Bytes of an export -> text: every encoding a case system writes, and the files refused (with a code
// the texts word in Danish) instead of imported as garbage.
import { decodeBytes } from '../../src/import/decode';
import { readerProblemText } from '../../src/text/imports';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) =>
  Uint8Array.from(
    [...s].map(
      (ch) =>
        (({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5, '€': 0x80 }) as Record<string, number>)[ch] ??
        ch.charCodeAt(0),
    ),
  );

describe('decodeBytes', () => {
  const text = 'Borger-ID;Navn\nB1;Søren Ærø Åsen\n';

  test('UTF-8 without BOM', () => {
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8', bom: false });
  });

  test('UTF-8 with BOM drops the BOM', () => {
    const r = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(r).toEqual({ ok: true, text, encoding: 'utf-8', bom: true });
  });

  test('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le]))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, ...be]))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  test('Windows-1252 with æøå and € is detected and decoded intact', () => {
    const r = decodeBytes(cp1252('Navn;Beløb\nÆble Øster Åby;€\n'));
    expect(r).toEqual({ ok: true, text: 'Navn;Beløb\nÆble Øster Åby;€\n', encoding: 'windows-1252', bom: false });
  });

  test('a zip (xlsx) passed as CSV is refused in Danish', () => {
    const r = decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r).toEqual({ ok: false, problem: { code: 'zipNotCsv', params: {} } });
    if (!r.ok) expect(readerProblemText(r.problem)).toContain('XLSX- eller ZIP-fil, ikke en CSV-fil');
  });

  test('NUL bytes mean binary data', () => {
    const r = decodeBytes(Uint8Array.from([0x41, 0x42, 0x00, 0x43]));
    expect(r).toEqual({ ok: false, problem: { code: 'binaryData', params: { byte: 3 } } });
    if (!r.ok) expect(readerProblemText(r.problem)).toContain('binære data (et NUL-tegn ved byte 3)');
  });

  test('old .xls is named', () => {
    const r = decodeBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(r).toEqual({ ok: false, problem: { code: 'oldXls', params: {} } });
  });

  test('UTF-8 cut off in the middle of ø is reported as truncated, not read as Windows-1252', () => {
    const bytes = utf8('Navn\nSøren\nBjørn');
    const r = decodeBytes(bytes.subarray(0, bytes.length - 3)); // cuts "ø" of Bjørn after its first byte
    expect(r).toEqual({ ok: false, problem: { code: 'truncatedUtf8', params: {} } });
  });

  test('a Windows-1252 file ending in a byte that looks like a UTF-8 lead byte is still Windows-1252', () => {
    const r = decodeBytes(cp1252('Navn\nÆ'));
    expect(r).toMatchObject({ ok: true, text: 'Navn\nÆ', encoding: 'windows-1252' });
  });

  test('empty input decodes to empty text', () => {
    expect(decodeBytes(new Uint8Array(0))).toMatchObject({ ok: true, text: '' });
  });
});
