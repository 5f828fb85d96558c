import { joinBytes } from '../../lib/join-bytes';

export type BodyBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; status: 413 | 400 };
export type BodyText = { ok: true; text: string } | { ok: false; status: 413 | 400 };

/**
 * A request body as bytes, read as a stream and counted: past `maxBytes` reading stops and the
 * answer is 413, so a body without Content-Length (chunked) is never read whole before it is
 * refused. A declared Content-Length over the limit is refused before anything is read. Every
 * body the site reads goes through here.
 * @example await readBodyBytes(req, 4_194_304) // { ok: true, bytes: Uint8Array(…) }
 */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<BodyBytes> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, status: 413 };
  if (!req.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        // Stop the sender: the rest is never read.
        reader.cancel().catch(() => undefined);
        return { ok: false, status: 413 };
      }
      parts.push(part.value);
    }
  } catch {
    return { ok: false, status: 400 };
  }
  return { ok: true, bytes: joinBytes(parts) };
}

/**
 * A request body as UTF-8 text, with the limits of readBodyBytes.
 * @example await readBodyText(req, 16_384) // { ok: true, text: 'lang=nl&…' }
 */
export async function readBodyText(req: Request, maxBytes: number): Promise<BodyText> {
  const body = await readBodyBytes(req, maxBytes);
  return body.ok ? { ok: true, text: new TextDecoder().decode(body.bytes) } : body;
}
