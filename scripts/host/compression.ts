/**
 * gzip and brotli as Netlify's CDN applies them: text-like bodies only, brotli when the browser
 * accepts it, else gzip, with `Vary: Accept-Encoding`.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
/** Below this a compressed body is rarely smaller, and never worth the work. */
const MIN_BYTES = 256;

/** The encoding to answer in, or undefined for none. */
export function chooseEncoding(acceptEncoding: string | null, contentType: string | null, size: number) {
  if (size < MIN_BYTES || !COMPRESSIBLE.test(contentType ?? '')) return undefined;
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q === undefined || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

/**
 * Compresses a body. Static files are compressed once at the highest level and kept; pages a
 * function renders get a quicker level, as a CDN does for dynamic answers.
 */
export function compress(body: Uint8Array, encoding: Encoding, kind: 'static' | 'dynamic'): Promise<Buffer> {
  if (encoding === 'gzip') return gz(body, { level: kind === 'static' ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: kind === 'static' ? 11 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}
