/**
 * The `Context` a Netlify Function v2 receives, built for one request as Netlify's runtime does.
 * Left out on purpose (see README): `geo` is a fixed local place, `next` and `rewrite` throw
 * (they belong to edge functions), `account`/`site`/`deploy` carry local values, `flags` is empty.
 */
import type { Context } from '@netlify/functions';

type CookieOp = { type: 'set'; value: string } | { type: 'delete'; name: string; path: string; domain?: string };

interface CookieOptions {
  name: string;
  value: string;
  domain?: string;
  expires?: Date | number;
  httpOnly?: boolean;
  maxAge?: number;
  path?: string;
  sameSite?: 'Strict' | 'Lax' | 'None';
  secure?: boolean;
}

/** context.cookies: reads the request's Cookie header; sets and deletes become Set-Cookie lines. */
export class RequestCookies {
  readonly #ops: CookieOp[] = [];
  constructor(private readonly request: Request) {}

  get(name: string): string | undefined {
    for (const part of (this.request.headers.get('cookie') ?? '').split(';')) {
      const index = part.indexOf('=');
      if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
    }
    return undefined;
  }

  set(nameOrOptions: string | CookieOptions, value?: string): void {
    const cookie = typeof nameOrOptions === 'string' ? { name: nameOrOptions, value: value ?? '' } : nameOrOptions;
    const parts = [`${cookie.name}=${cookie.value}`];
    if (cookie.secure) parts.push('Secure');
    if (cookie.httpOnly) parts.push('HttpOnly');
    if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
    if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
    if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
    if (cookie.path) parts.push(`Path=${cookie.path}`);
    if (cookie.expires !== undefined) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
    this.#ops.push({ type: 'set', value: parts.join('; ') });
  }

  delete(input: string | { name: string; path?: string; domain?: string }): void {
    const options = typeof input === 'string' ? { name: input } : input;
    this.#ops.push({
      type: 'delete',
      name: options.name,
      path: options.path ?? '/',
      ...(options.domain ? { domain: options.domain } : {}),
    });
  }

  /** Adds what the function did with context.cookies to its response headers. */
  applyTo(headers: Headers): void {
    for (const op of this.#ops) {
      if (op.type === 'set') headers.append('Set-Cookie', op.value);
      else {
        const domain = op.domain ? `; Domain=${op.domain}` : '';
        headers.append('Set-Cookie', `${op.name}=; Expires=${new Date(0).toUTCString()}${domain}; Path=${op.path}`);
      }
    }
  }
}

export interface ContextInput {
  request: Request;
  params: Record<string, string>;
  ip: string;
  requestId: string;
  cookies: RequestCookies;
  waitUntil: (promise: Promise<unknown>) => void;
  siteUrl: string;
}

const notForFunctions = () => {
  throw new Error('`context.next` is not implemented for serverless functions');
};

/** One request's Context, with the fields the site uses and local values for the others. */
export function createContext({ request, params, ip, requestId, cookies, waitUntil, siteUrl }: ContextInput): Context {
  const context = {
    account: { id: 'local-account' },
    cookies: { get: cookies.get.bind(cookies), set: cookies.set.bind(cookies), delete: cookies.delete.bind(cookies) },
    deploy: { context: 'dev', id: 'local-deploy', published: false },
    flags: { get: () => undefined, evaluations: new Set<string>() },
    geo: { city: 'Brussel', country: { code: 'BE', name: 'Belgium' }, timezone: 'Europe/Brussels' },
    ip,
    json: (input: unknown) => Response.json(input),
    log: console.log,
    next: notForFunctions,
    params,
    rewrite: notForFunctions,
    requestId,
    server: { region: 'local' },
    site: { id: 'local-site', name: 'blijf-ingeschreven', url: siteUrl },
    url: new URL(request.url),
    waitUntil: (promise: Promise<unknown>) => waitUntil(promise),
  };
  return context as unknown as Context;
}
