// Issue 22, "every failure a Danish message, never a stack trace", through the real bin: each file that
// cannot be used exits 2 with a Danish sentence that names the file and says what to do.
import { spawnSync } from 'child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INPUT_TABLES } from '../../src/workbook/contract';
import { crc32, writeZip, type ZipEntry } from '../../src/xlsx/zip';
import { readZipDirectory } from '../../src/xlsx/zipDirectory';
import { BIN, spawnCli, writeWorkbook } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'fremdrift-failures-'));
chmodSync(dir, 0o755);
const TABLES = Object.fromEntries(
  INPUT_TABLES.map((d) => [d.name, { name: d.name, headers: d.columns.map((c) => c.header), rows: [] }]),
);

/** The run failed the way a user can act on: exit 2, Danish, no stack trace, the file named. */
function expectUsableFailure(r: { code: number | null; stderr: string }, name: string) {
  expect(r.stderr).not.toMatch(/Uventet fejl|\n\s+at |E[A-Z]{3,}:/);
  expect(r.stderr).toContain(name);
  expect(r.code).toBe(2);
}

const report = (file: string) => spawnCli(['report', file, '--quiet', '--as-of', '2025-05-20']);

/** A CFB (OLE2) container: the magic, then the given directory names in UTF-16LE, as Excel writes them. */
function cfb(streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = streams.map((s) => Buffer.from(s, 'utf16le'));
  return Buffer.concat([magic, Buffer.alloc(504), ...names, Buffer.alloc(1024)]);
}

test('a zip corrupt in the middle', async () => {
  const file = join(dir, 'beskadiget.xlsx');
  await writeWorkbook(file, TABLES);
  const bytes = Buffer.from(readFileSync(file));
  const biggest = readZipDirectory(bytes)
    .filter((e) => e.method === 8)
    .sort((a, b) => b.raw.length - a.raw.length)[0];
  const at = biggest.raw.byteOffset - bytes.byteOffset + Math.floor(biggest.raw.length / 2);
  bytes.fill(0xa5, at, at + 16);
  writeFileSync(file, bytes);
  const r = report(file);
  expectUsableFailure(r, 'beskadiget.xlsx');
  expect(r.stderr).toMatch(/er beskadiget/);
  expect(r.stderr).toMatch(/sikkerhedskopi/);
}, 120000);

test('a directory given as the workbook (EISDIR)', () => {
  const folder = join(dir, 'en-mappe.xlsx');
  mkdirSync(folder);
  const r = report(folder);
  expectUsableFailure(r, 'en-mappe.xlsx');
  expect(r.stderr).toMatch(/er en mappe, ikke en fil/);
});

test('permission denied (EACCES): run as an unprivileged user when the tests run as root', async () => {
  const file = join(dir, 'hemmelig.xlsx');
  await writeWorkbook(file, TABLES);
  chmodSync(file, 0o000);
  spawnCli(['--help']); // builds the bundle as this user, so the unprivileged run need not write it
  const args = [BIN, 'report', file, '--quiet'];
  // Root may read any file, so as root the CLI runs as the unprivileged user "nobody" (uid/gid 65534).
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...asNobody });
  expectUsableFailure({ code: r.status, stderr: r.stderr }, 'hemmelig.xlsx');
  expect(r.stderr).toMatch(/Du har ikke adgang til/);
}, 120000);

test('a name too long (ENAMETOOLONG), read and written', () => {
  const long = join(dir, `${'n'.repeat(300)}.xlsx`);
  const read = report(long);
  expectUsableFailure(read, 'nnnnnnnn');
  expect(read.stderr).toMatch(/for langt/);
  const written = spawnCli(['demo', long, '--quiet']);
  expectUsableFailure(written, 'nnnnnnnn');
  expect(written.stderr).toMatch(/for langt/);
}, 120000);

test('a file name that is long but allowed can be saved (the lock beside it must fit too)', () => {
  const file = join(dir, `${'l'.repeat(245)}.xlsx`);
  const r = spawnCli(['demo', file, '--quiet', '--as-of', '2025-05-20']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120000);

test('a renamed .ods (OpenDocument spreadsheet)', () => {
  const stored = (name: string, text: string): ZipEntry => {
    const data = Buffer.from(text, 'utf8');
    return { name, method: 0, crc: crc32(data), size: data.length, raw: data, flags: 0, dosTime: 0, dosDate: 0, data };
  };
  const file = join(dir, 'fra-libreoffice.xlsx');
  writeFileSync(
    file,
    writeZip([
      stored('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
      stored('content.xml', '<office:document-content/>'),
    ]),
  );
  const r = report(file);
  expectUsableFailure(r, 'fra-libreoffice.xlsx');
  expect(r.stderr).toMatch(/OpenDocument/);
  expect(r.stderr).toMatch(/Gem den som \.xlsx i LibreOffice eller Excel/);
});

test('a renamed .xls (CFB/OLE2 container with a Workbook stream)', () => {
  const file = join(dir, 'gammel.xlsx');
  writeFileSync(file, cfb(['Root Entry', 'Workbook', 'SummaryInformation']));
  const r = report(file);
  expectUsableFailure(r, 'gammel.xlsx');
  expect(r.stderr).toMatch(/gammel binær Excel-fil \(\.xls\)/);
  expect(r.stderr).toMatch(/Gem den som \.xlsx i Excel eller LibreOffice/);
  expect(r.stderr).not.toMatch(/adgangskode/);
});

test('an encrypted OOXML workbook (CFB container with EncryptedPackage)', () => {
  const file = join(dir, 'krypteret.xlsx');
  writeFileSync(file, cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
  const r = report(file);
  expectUsableFailure(r, 'krypteret.xlsx');
  expect(r.stderr).toMatch(/beskyttet med adgangskode/);
  expect(r.stderr).toMatch(/Fjern adgangskoden/);
  expect(r.stderr).not.toMatch(/\.xls\)/);
});
