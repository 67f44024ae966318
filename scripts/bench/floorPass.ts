// The parse floor itself, with no Fremdrift code and no imports beyond Node's: inflate every worksheet part
// (and the shared strings), tokenise its XML and decode each cell's value to a number or a string. The
// least work any reader of the workbook must do; floor.ts bundles this file (esbuild) and runs it as a
// process of its own, so it is measured like the CLI. Prints the number of values decoded.
import { readFileSync } from 'fs';
import { inflateRawSync } from 'zlib';

interface Entry {
  name: string;
  method: number;
  start: number;
  csize: number;
}

/** The zip's entries (central directory), as offsets into `buf`. */
function entries(buf: Buffer): Entry[] {
  let eocd = buf.length - 22;
  while (eocd > 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.push({ name, method: buf.readUInt16LE(p + 10), start, csize: buf.readUInt32LE(p + 20) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The text of every `<t>` in the shared strings part. */
function sharedStrings(xml: Buffer): string[] {
  const out: string[] = [];
  let p = 0;
  while ((p = xml.indexOf('<t', p)) >= 0) {
    const gt = xml.indexOf(GT, p);
    if (xml[p + 2] !== GT && xml[p + 2] !== 0x20) {
      p = gt;
      continue;
    }
    const end = xml.indexOf(LT, gt);
    out.push(xml.toString('utf8', gt + 1, end));
    p = end;
  }
  return out;
}

/** Decodes every cell of a worksheet part; returns how many values it decoded. */
function decodeSheet(xml: Buffer, shared: readonly string[], sink: unknown[]): number {
  let values = 0;
  let p = xml.indexOf('<sheetData');
  while (p >= 0) {
    p = xml.indexOf('<c', p + 1);
    if (p < 0) break;
    if (xml[p + 2] !== 0x20 && xml[p + 2] !== GT) continue;
    const gt = xml.indexOf(GT, p);
    if (xml[gt - 1] === SLASH) continue;
    const t = xml.indexOf(' t="', p);
    const type = t >= 0 && t < gt ? xml[t + 4] : 0x6e; // i(nlineStr), s, b, e, n
    let from = xml.indexOf(GT, gt + 1) + 1; // after <v> or <is>
    if (type === 0x69) from = xml.indexOf(GT, from) + 1; // after <t>
    const to = xml.indexOf(LT, from);
    const text = xml.toString('latin1', from, to);
    sink[values & 1023] =
      type === 0x69 ? xml.toString('utf8', from, to) : type === 0x73 ? shared[Number(text)] : Number(text);
    values++;
    p = to;
  }
  return values;
}

export function floorPass(file: string): number {
  const buf = readFileSync(file);
  const all = entries(buf);
  const inflate = (e: Entry) => {
    const raw = buf.subarray(e.start, e.start + e.csize);
    return e.method === 0 ? raw : inflateRawSync(raw);
  };
  const sst = all.find((e) => e.name === 'xl/sharedStrings.xml');
  const shared = sst ? sharedStrings(inflate(sst)) : [];
  const sink: unknown[] = new Array(1024);
  let values = 0;
  for (const e of all) if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) values += decodeSheet(inflate(e), shared, sink);
  return values;
}

if (require.main === module) console.log(floorPass(process.argv[2]));
