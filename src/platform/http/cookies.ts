import { config, isLocalHttp } from '../config';

/**
 * The request's cookies by name; a malformed one is skipped, never thrown on.
 * @example readCookie(new Request('http://x', { headers: { cookie: 'a=1; b=2' } }), 'b') // '2'
 */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

interface CookieOptions {
  path?: string;
  /** Seconds; 0 deletes the cookie; leave out for a cookie that ends with the browser. */
  maxAge?: number;
}

/**
 * A Set-Cookie value that scripts cannot read (HttpOnly), that other sites cannot send along
 * with their forms (SameSite=Lax), and that only travels over https (Secure) except on a
 * plain-http localhost, where browsers would drop a Secure cookie.
 */
export function cookieHeader(name: string, value: string, { path = '/', maxAge }: CookieOptions = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, 'HttpOnly', 'SameSite=Lax'];
  if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`);
  if (!isLocalHttp(config().BASE_URL)) parts.push('Secure');
  return parts.join('; ');
}
