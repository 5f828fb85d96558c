import { joinBytes } from '../../src/lib/join-bytes';

/**
 * Netlify buffers a request body for a function and refuses one over 6 MB with 413; the host
 * does the same, reading at most that much, so a huge upload cannot fill the memory.
 */
export const MAX_REQUEST_BYTES = 6 * 1024 * 1024;

/** The body as bytes, or 'tooLarge' once it passes the limit (by Content-Length or by counting). */
export async function readLimitedBody(
  request: Request,
  limit = MAX_REQUEST_BYTES,
): Promise<Uint8Array<ArrayBuffer> | 'tooLarge'> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return 'tooLarge';
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > limit) return 'tooLarge';
    chunks.push(chunk);
  }
  return joinBytes(chunks);
}
