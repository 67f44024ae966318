// Whether a worksheet part holds a formula (a `<f>` element, any namespace prefix), looked for in its raw
// bytes: an output sheet about to be replaced was decoded whole only to ask this (issue 26). The same answer
// as /<(?:\w+:)?f\b/ over the part's UTF-8 text, since every byte of a multi-byte character is >= 0x80.

/** \w of a regular expression without the u flag: ASCII letters, digits and '_'. */
function isWord(byte: number | undefined): boolean {
  return (
    byte !== undefined &&
    ((byte >= 0x30 && byte <= 0x39) ||
      (byte >= 0x41 && byte <= 0x5a) ||
      (byte >= 0x61 && byte <= 0x7a) ||
      byte === 0x5f)
  );
}

const LT = 0x3c;
const COLON = 0x3a;
const F = 0x66;

export function holdsFormula(xml: Uint8Array | null): boolean {
  if (!xml) return false;
  const bytes = Buffer.isBuffer(xml) ? xml : Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  for (let i = bytes.indexOf(LT); i >= 0; i = bytes.indexOf(LT, i + 1)) {
    // '<f' with no prefix ...
    if (bytes[i + 1] === F && !isWord(bytes[i + 2])) return true;
    // ... or a prefix: the whole run of word characters after '<', then ':', then 'f'.
    let end = i + 1;
    while (isWord(bytes[end])) end++;
    if (end > i + 1 && bytes[end] === COLON && bytes[end + 1] === F && !isWord(bytes[end + 2])) return true;
  }
  return false;
}
