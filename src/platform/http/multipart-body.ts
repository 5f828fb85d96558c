import { readBodyBytes } from './read-body';

export type MultipartBody =
  { ok: true; values: Record<string, string>; files: Record<string, File> } | { ok: false; status: 413 | 415 | 400 };

/**
 * Reads a multipart/form-data body (a form with a file), refusing one over `maxBytes` (reading
 * stops there), of another type (415) or that does not parse (400) with a 4xx instead of throwing.
 * Text fields come back as strings, file fields as Files; a field sent twice keeps its first value.
 */
export async function readMultipartBody(req: Request, maxBytes: number): Promise<MultipartBody> {
  const contentType = req.headers.get('content-type') ?? '';
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'multipart/form-data') return { ok: false, status: 415 };
  const body = await readBodyBytes(req, maxBytes);
  if (!body.ok) return body;
  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return { ok: false, status: 400 };
  }
  const values: Record<string, string> = {};
  const files: Record<string, File> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') values[name] ??= value;
    else files[name] ??= value;
  }
  return { ok: true, values, files };
}
