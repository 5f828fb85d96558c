import { PDFDocument } from 'pdf-lib';
import { FILE_KINDS } from '../model/kinds';
import { objectsCarryActiveName } from './pdf-objects';
import { rawBytesCarryActiveName } from './pdf-raw-names';
import { refused, type CheckResult } from './result';

/**
 * pdf-lib's reading, or null when it cannot read the file at all. An encrypted one is read too
 * (its isEncrypted says so): pdf-lib's EncryptedPDFError is compiled to ES5 and fails instanceof.
 */
async function load(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    // updateMetadata: false, so reading changes nothing; the bytes are kept as they came anyway.
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return null;
  }
}

function pageCount(pdf: PDFDocument): number {
  try {
    return pdf.getPageCount();
  } catch {
    return 0;
  }
}

/**
 * A PDF the person sent, kept byte for byte when it is only a document to read: refused when it
 * is encrypted (no one at the housing company could open it), cannot be read or has no pages,
 * or carries anything active (a script, a program to start, an embedded file, a form that sends
 * itself, a link to another document).
 */
export async function checkPdf(bytes: Uint8Array): Promise<CheckResult> {
  const pdf = await load(bytes);
  if (!pdf) return refused('damaged');
  if (pdf.isEncrypted) return refused('pdfEncrypted');
  if (pageCount(pdf) === 0) return refused('damaged');
  if (objectsCarryActiveName(pdf.context) || rawBytesCarryActiveName(bytes)) return refused('pdfActiveContent');
  return {
    ok: true,
    fileKind: 'pdf',
    contentType: FILE_KINDS.pdf.mime,
    bytes,
    extension: FILE_KINDS.pdf.extensions[0],
  };
}
