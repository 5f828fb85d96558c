import { ERRORS, TUS_RESUMABLE } from '@tus/utils';
import type { UploadInfo } from './upload-info';

/** The one answer to an unknown upload and to someone else's: the two cannot be told apart. */
export function uploadNotFound(): Response {
  return new Response(ERRORS.FILE_NOT_FOUND.body, {
    status: ERRORS.FILE_NOT_FOUND.status_code,
    headers: {
      'Tus-Resumable': TUS_RESUMABLE,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

/** A part bigger than the limit, refused before its body is read. */
export function chunkTooLarge(body: string): Response {
  return new Response(body, {
    status: 413,
    headers: { 'Tus-Resumable': TUS_RESUMABLE, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' },
  });
}

/**
 * GET of an upload: the answer its last part got once it is finished (for a client whose last
 * answer was lost), else 409 with how far it is.
 */
export function uploadOutcome(info: UploadInfo): Response {
  const headers = { 'Tus-Resumable': TUS_RESUMABLE, 'Cache-Control': 'no-store' };
  if (info.result) {
    const { status, headers: resultHeaders = {}, body } = info.result;
    return new Response(status === 204 ? null : body, { status, headers: { ...resultHeaders, ...headers } });
  }
  return Response.json({ error: 'upload-unfinished', offset: info.offset, size: info.size }, { status: 409, headers });
}
