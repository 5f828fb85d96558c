/** Largest form body we read; letters and searches are far smaller. */
export const MAX_FORM_BYTES = 16_384;

export type FormBody = { ok: true; values: Record<string, string> } | { ok: false; status: 413 | 415 | 400 };

/**
 * Reads a urlencoded (or JSON object) body as string values, refusing oversized or other bodies
 * with a 4xx instead of throwing.
 */
export async function readFormBody(req: Request): Promise<FormBody> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (Number(req.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return { ok: false, status: 413 };
  const text = await req.text().catch(() => null);
  if (text === null) return { ok: false, status: 400 };
  if (Buffer.byteLength(text) > MAX_FORM_BYTES) return { ok: false, status: 413 };
  if (type === 'application/x-www-form-urlencoded' || type === '') {
    return { ok: true, values: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, status: 400 };
      const values = Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      return { ok: true, values };
    } catch {
      return { ok: false, status: 400 };
    }
  }
  return { ok: false, status: 415 };
}
