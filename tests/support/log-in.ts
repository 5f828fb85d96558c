import { CookieJar } from './cookie-jar';

type SiteRequest = (path: string, init?: RequestInit) => Promise<Response>;

export interface LoginOptions {
  method?: 'itsme' | 'eid';
  lang?: string;
  /** The `return` query parameter, as a link would send it; left out when undefined. */
  returnPath?: string;
  /** Press "stop" on the provider's page instead of choosing a citizen. */
  stop?: boolean;
  /** Change the callback's query before it reaches the site (an attacker's or a broken link). */
  tamper?: (query: URLSearchParams) => void;
  /** The site's cookies this browser already holds: a new login in the same browser. */
  jar?: CookieJar;
}

export interface LoginResult {
  /** The site's answer to the callback. */
  response: Response;
  /** The browser's cookies for the site afterwards. */
  jar: CookieJar;
}

/** The provider's answer, with its cookies kept, never following redirects by itself. */
async function visit(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Cookie', jar.header());
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

const found = (html: string, pattern: RegExp) => {
  const match = pattern.exec(html)?.[1];
  if (!match) throw new Error(`not on the page: ${pattern}`);
  return match.replaceAll('&amp;', '&');
};

/**
 * Logs in as a browser would, step by step: the site's /api/auth/login, the local provider's
 * pages (choose itsme or eID, then the citizen with this national number), and back to the site's
 * callback. `request` sends a path to the site with the given init.
 */
export async function logIn(
  request: SiteRequest,
  nationalNumber: string,
  options: LoginOptions = {},
): Promise<LoginResult> {
  const { method = 'itsme', lang = 'nl', returnPath, stop = false, tamper } = options;
  const site = options.jar ?? new CookieJar();
  const provider = new CookieJar();
  const query = new URLSearchParams({ lang, ...(returnPath === undefined ? {} : { return: returnPath }) });
  const start = await request(`/api/auth/login?${query}`, { headers: { Cookie: site.header() } });
  site.store(start);
  if (start.status !== 302) throw new Error(`login did not start: ${start.status}`);
  const issuer = new URL(start.headers.get('location') ?? '').origin;

  let answer = await visit(provider, start.headers.get('location') ?? '');
  const interaction = new URL(answer.headers.get('location') ?? '', issuer).href;
  const methods = await (await visit(provider, interaction)).text();
  if (stop) {
    answer = await visit(provider, new URL(found(methods, /action="([^"]+\/abort)"/), issuer).href, { method: 'POST' });
  } else {
    const citizenPage = new URL(found(methods, new RegExp(`href="([^"]+\\?method=${method})"`)), issuer).href;
    const citizens = await (await visit(provider, citizenPage)).text();
    answer = await visit(provider, new URL(found(citizens, /action="([^"]+\/login)"/), issuer).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ method, citizen: nationalNumber }).toString(),
    });
  }
  // The provider resumes the authorization and answers the site's callback address.
  while (answer.status >= 300 && answer.status < 400) {
    const next = new URL(answer.headers.get('location') ?? '', issuer);
    if (next.origin !== issuer) {
      tamper?.(next.searchParams);
      const response = await request(`${next.pathname}${next.search}`, { headers: { Cookie: site.header() } });
      site.store(response);
      return { response, jar: site };
    }
    answer = await visit(provider, next.href);
  }
  throw new Error(`the provider did not send the browser back: ${answer.status} ${await answer.text()}`);
}
