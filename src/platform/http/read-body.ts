export type BodyText = { ok: true; text: string } | { ok: false; status: 413 | 400 };

/**
 * A request body as text, read as a stream and counted: past `maxBytes` reading stops and the
 * answer is 413, so a body without Content-Length (chunked) is never read whole before it is
 * refused. A declared Content-Length over the limit is refused before anything is read. Every
 * body the site reads goes through here.
 * @example await readBodyText(req, 16_384) // { ok: true, text: 'lang=nl&…' }
 */
export async function readBodyText(req: Request, maxBytes: number): Promise<BodyText> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, status: 413 };
  if (!req.body) return { ok: true, text: '' };
  const reader = req.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        // Stop the sender: the rest is never read.
        reader.cancel().catch(() => undefined);
        return { ok: false, status: 413 };
      }
      text += decoder.decode(part.value, { stream: true });
    }
    return { ok: true, text: text + decoder.decode() };
  } catch {
    return { ok: false, status: 400 };
  }
}
