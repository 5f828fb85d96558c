import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { SECURITY_HEADERS } from './security-headers';

interface Options {
  status?: number;
  headers?: Record<string, string>;
}

/** A rendered page with the security headers; pages with personal data are never cached. */
export function htmlResponse<P>(page: VNode<P>, { status = 200, headers = {} }: Options = {}): Response {
  return bodyResponse(`<!DOCTYPE html>${renderToString(page)}`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
  });
}

/**
 * Any other answer (a file, an empty 204, a stored body) with the security headers, never cached.
 * @example bodyResponse(pdf, { headers: { 'Content-Type': 'application/pdf' } })
 */
export function bodyResponse(body: BodyInit | null, { status = 200, headers = {} }: Options = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers } });
}

/** A JSON answer with the security headers. */
export function jsonResponse(body: unknown, { status = 200, headers = {} }: Options = {}): Response {
  return bodyResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** A redirect with the security headers (303 after a form post: PRG). */
export function redirect(location: string, status: 302 | 303 = 303, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS, Location: location, ...headers } });
}
