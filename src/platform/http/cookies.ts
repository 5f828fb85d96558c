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

/** True when the site runs on https: everywhere but a plain-http localhost. */
const onHttps = () => !isLocalHttp(config().BASE_URL);

/**
 * The name a site cookie goes by. On https it has the `__Host-` prefix: the browser then keeps
 * it only when it is Secure, has Path=/ and no Domain, so no other site or subdomain can set or
 * replace it (no session fixation, no login-attempt tossing). On a plain-http localhost the
 * prefix is impossible (it needs Secure), so the name stays as it is.
 * @example cookieName('bi_session') // '__Host-bi_session' on https, 'bi_session' on http://localhost
 */
export function cookieName(name: string): string {
  return onHttps() ? `__Host-${name}` : name;
}

interface CookieOptions {
  /** Seconds; 0 deletes the cookie; leave out for a cookie that ends with the browser. */
  maxAge?: number;
}

/** The value of a site cookie (by its name without prefix, see cookieName). */
export const readSiteCookie = (req: Request, name: string) => readCookie(req, cookieName(name));

/**
 * A Set-Cookie value for the whole site (Path=/, no Domain) under cookieName(name), that scripts
 * cannot read (HttpOnly), that other sites cannot send along with their forms (SameSite=Lax), and
 * that only travels over https (Secure) except on a plain-http localhost, where browsers would
 * drop a Secure cookie.
 * @example cookieHeader('bi_session', 't') // '__Host-bi_session=t; Path=/; HttpOnly; SameSite=Lax; Secure' on https
 */
export function cookieHeader(name: string, value: string, { maxAge }: CookieOptions = {}): string {
  const parts = [`${cookieName(name)}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`);
  if (onHttps()) parts.push('Secure');
  return parts.join('; ');
}
