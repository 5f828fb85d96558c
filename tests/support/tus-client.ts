import type { Citizen } from './login';

type SiteRequest = (path: string, init?: RequestInit) => Promise<Response>;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** What a tus upload of one file says at its start: its name, what it proves, the language of its messages. */
export interface TusFile {
  bytes: Uint8Array;
  name: string;
  kind?: string;
  lang?: string;
}

/**
 * A tus 1.0 client for function tests, speaking the protocol as the browser script does: the
 * creation POST (with the page's CSRF token), then PATCHes of `chunk` bytes, HEAD to learn where
 * to go on, each with `?lang=`. Each call is one request, so a test can stop, resume, or send a
 * part twice.
 */
export function tusClient(request: SiteRequest, person: Citizen, lang = 'nl') {
  // As the page's script: every request names the language of its messages.
  const at = (path: string) => `${path}?lang=${lang}`;
  const headers = (extra: Record<string, string> = {}) => ({
    Cookie: person.cookie,
    'Tus-Resumable': '1.0.0',
    'X-CSRF-Token': person.csrf,
    ...extra,
  });
  return {
    /** POST /api/uploads: the answer, and the upload's path (from Location) when created. */
    async create(file: TusFile, size = file.bytes.byteLength, extra: Record<string, string> = {}) {
      const metadata = [
        `filename ${base64(file.name)}`,
        ...(file.kind === '' ? [] : [`kind ${base64(file.kind ?? 'income-proof')}`]),
        `lang ${base64(file.lang ?? 'nl')}`,
      ].join(',');
      const response = await request(at('/api/uploads'), {
        method: 'POST',
        headers: headers({ 'Upload-Length': String(size), 'Upload-Metadata': metadata, ...extra }),
      });
      const location = response.headers.get('location');
      return { response, path: location ? new URL(location, 'http://localhost').pathname : null };
    },
    /** One PATCH of `bytes` at `offset`. */
    patch(path: string, offset: number, bytes: Uint8Array, extra: Record<string, string> = {}) {
      return request(at(path), {
        method: 'PATCH',
        headers: headers({
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream',
          ...extra,
        }),
        body: bytes.slice(),
      });
    },
    /** HEAD: where the server stands (Upload-Offset), or 404. */
    async offset(path: string): Promise<number | null> {
      const response = await request(at(path), { method: 'HEAD', headers: headers() });
      return response.status === 200 ? Number(response.headers.get('upload-offset')) : null;
    },
    /** Sends from `from` to the end in parts of `chunk` bytes; the last answer. */
    async sendFrom(path: string, bytes: Uint8Array, from: number, chunk = 1024 * 1024): Promise<Response> {
      let offset = from;
      let last: Response | null = null;
      while (offset < bytes.byteLength) {
        const part = bytes.subarray(offset, Math.min(bytes.byteLength, offset + chunk));
        last = await this.patch(path, offset, part);
        if (last.status !== 204) return last;
        offset += part.byteLength;
      }
      if (!last) throw new Error('nothing to send');
      return last;
    },
    /** Creates an upload and sends it whole; the last answer. */
    async sendWhole(file: TusFile): Promise<Response> {
      const created = await this.create(file);
      if (!created.path) return created.response;
      return this.sendFrom(created.path, file.bytes, 0);
    },
    remove: (path: string) => request(at(path), { method: 'DELETE', headers: headers() }),
  };
}
