import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../../lib/languages';
import { cookieHeader, readSiteCookie } from '../../../platform/http/cookies';
import { openSealed, seal } from '../../../platform/http/sealed';

/**
 * The cookie that carries one login from /api/auth/login to /api/auth/callback; `__Host-bi_login`
 * on https. Path=/ because a `__Host-` cookie must have it; it lives 10 minutes and is sealed.
 */
export const LOGIN_COOKIE = 'bi_login';
/** Time to get through the identity provider's pages. */
export const LOGIN_MINUTES = 10;

const attemptSchema = z.object({
  state: z.string().min(16),
  nonce: z.string().min(16),
  verifier: z.string().min(43),
  lang: z.enum(LANGUAGES),
  returnPath: z.string().startsWith('/'),
  expiresAt: z.number(),
});

/** What the callback must check the provider's answer against, and where to go afterwards. */
export interface LoginAttempt {
  state: string;
  nonce: string;
  verifier: string;
  lang: Lang;
  returnPath: string;
}

/** What the cookie's encryption key is for: it opens no other sealed value. */
const PURPOSE = 'login-attempt';

/**
 * Set-Cookie for a new login attempt, gone after 10 minutes. Encrypted (AES-256-GCM, key from
 * SESSION_SECRET), not only signed: it carries the PKCE verifier and the nonce, which only this
 * site may read, and any change to it makes it unreadable.
 */
export function loginAttemptCookie(attempt: LoginAttempt, now = Date.now()): string {
  const sealed = seal(PURPOSE, JSON.stringify({ ...attempt, expiresAt: now + LOGIN_MINUTES * 60_000 }));
  return cookieHeader(LOGIN_COOKIE, sealed, { maxAge: LOGIN_MINUTES * 60 });
}

/** Set-Cookie that removes the attempt: one login, one use. */
export function clearLoginAttemptCookie(): string {
  return cookieHeader(LOGIN_COOKIE, '', { maxAge: 0 });
}

/** The attempt this browser started, if it opens (unchanged, this site's) and has not expired; else null. */
export function readLoginAttempt(req: Request, now = Date.now()): LoginAttempt | null {
  const text = openSealed(PURPOSE, readSiteCookie(req, LOGIN_COOKIE) ?? '');
  if (text === null) return null;
  try {
    const parsed = attemptSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.expiresAt < now) return null;
    const { state, nonce, verifier, lang, returnPath } = parsed.data;
    return { state, nonce, verifier, lang, returnPath };
  } catch {
    return null;
  }
}
