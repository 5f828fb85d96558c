import { fileTypeFromBuffer } from 'file-type';
import type { FileKind } from '../model/kinds';

/** The media types file-type reports for each kind taken (a HEIC photo can say either). */
const KIND_OF_MIME: Record<string, FileKind> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/heif': 'heic',
  'image/tiff': 'tiff',
  'application/pdf': 'pdf',
};

/**
 * The kind of a file decided by its own bytes, whatever its name says: null for anything not
 * taken (a program, a web page, a GIF, a ZIP...) or bytes that say nothing.
 */
export async function detectKind(bytes: Uint8Array): Promise<FileKind | null> {
  const type = await fileTypeFromBuffer(bytes);
  return (type && KIND_OF_MIME[type.mime]) ?? null;
}
