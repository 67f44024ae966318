// Files that are not .xlsx packages but are often renamed to one, recognised by their first bytes so
// the user hears what the file is and what to do (save it as .xlsx) instead of a zip detail: a CFB/OLE2
// container is an old .xls (or another legacy Office file) or, with an EncryptedPackage stream, a
// password-protected OOXML workbook; a zip whose `mimetype` is OpenDocument's is an .ods.
import { fremdriftError } from '../text/errors';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Office writes the encrypted package as a stream of this name (MS-OFFCRYPTO), its directory in UTF-16LE.
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Throws the error-family refusal when `bytes` are a CFB container (encrypted OOXML or legacy binary). */
export function refuseCfb(bytes: Buffer, file: string): void {
  if (bytes.length < CFB_MAGIC.length || !bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) return;
  if (bytes.includes(ENCRYPTED_STREAM)) throw fremdriftError('file.encrypted', { file });
  throw fremdriftError('file.legacyBinary', { file });
}

/** Throws when the package's `mimetype` part says it is an OpenDocument spreadsheet. */
export function refuseOpenDocument(mimetype: Buffer | null, file: string): void {
  if (mimetype && mimetype.toString('latin1').trim().startsWith(ODS_MIMETYPE))
    throw fremdriftError('file.openDocument', { file });
}
