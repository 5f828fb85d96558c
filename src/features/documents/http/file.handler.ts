import { getSession } from '../../auth/index';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { requestLang } from '../../../platform/http/request-lang';
import { bodyResponse } from '../../../platform/http/respond';
import { isDocumentId } from '../store/document-store';
import { readDocumentFile } from '../service/index';

/** The stored file's name for a download: plain ASCII from its id, never the person's own name. */
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * GET /api/documents/{id}/file: one of the person's own files, as checked, always as a download
 * (attachment) of its checked type with nosniff, so no browser runs what it holds. Another
 * dossier's id, a file in quarantine or no session: 404, nothing revealed.
 */
export const documentFile = async (req: Request, _context: unknown, params: PathParams) => {
  const lang = requestLang(req, { query: true });
  const session = await getSession(req);
  const id = params['id'];
  const found = session && isDocumentId(id) ? await readDocumentFile(session.candidateId, id) : null;
  if (!found) return notFound(lang);
  return fileDownload(found);
};

/** A checked file as a download of its checked type with nosniff: no browser runs what it holds. */
export function fileDownload({
  document,
  bytes,
}: {
  document: { id: string; contentType: string };
  bytes: Uint8Array;
}) {
  return bodyResponse(bytes.slice(), {
    headers: {
      'Content-Type': document.contentType,
      'Content-Disposition': `attachment; filename="document-${document.id.slice(0, 8)}.${EXTENSION[document.contentType] ?? 'bin'}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
