import { readBodyText } from './read-body';

/**
 * The largest body of a form that names no limit of its own (a dossier section): 16 kB is many
 * times a full section typed in a script of two-byte letters, each byte sent as %XX. Forms name
 * their own where it differs (LETTER_FORM_MAX_BYTES, SESSION_FORM_MAX_BYTES).
 */
export const MAX_FORM_BYTES = 16_384;

export type FormBody = { ok: true; values: Record<string, string> } | { ok: false; status: 413 | 415 | 400 };

/**
 * Reads a urlencoded (or JSON object) body as string values, refusing a body over `maxBytes`
 * (reading stops there) or of another type with a 4xx instead of throwing.
 */
export async function readFormBody(req: Request, maxBytes = MAX_FORM_BYTES): Promise<FormBody> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const form = type === 'application/x-www-form-urlencoded' || type === '';
  // A body we cannot read anyway is refused before any of it is read.
  if (!form && type !== 'application/json') return { ok: false, status: 415 };
  const body = await readBodyText(req, maxBytes);
  if (!body.ok) return body;
  const { text } = body;
  if (form) {
    return { ok: true, values: Object.fromEntries(new URLSearchParams(text)) };
  }
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
