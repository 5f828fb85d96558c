import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../../lib/languages';
import { config } from '../../../platform/config';
import { cookieHeader, readCookie } from '../../../platform/http/cookies';

/** The cookie that carries one login from /api/auth/login to /api/auth/callback. */
export const LOGIN_COOKIE = 'bi_login';
/** Only the two auth addresses need it. */
const LOGIN_COOKIE_PATH = '/api/auth';
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

const sign = (payload: string) =>
  createHmac('sha256', config().SESSION_SECRET).update(`login-attempt.${payload}`).digest('base64url');

/** Set-Cookie for a new login attempt: signed (HMAC with SESSION_SECRET) and gone after 10 minutes. */
export function loginAttemptCookie(attempt: LoginAttempt, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...attempt, expiresAt: now + LOGIN_MINUTES * 60_000 })).toString(
    'base64url',
  );
  return cookieHeader(LOGIN_COOKIE, `${payload}.${sign(payload)}`, {
    path: LOGIN_COOKIE_PATH,
    maxAge: LOGIN_MINUTES * 60,
  });
}

/** Set-Cookie that removes the attempt: one login, one use. */
export function clearLoginAttemptCookie(): string {
  return cookieHeader(LOGIN_COOKIE, '', { path: LOGIN_COOKIE_PATH, maxAge: 0 });
}

/** The attempt this browser started, if its signature is right and it has not expired; else null. */
export function readLoginAttempt(req: Request, now = Date.now()): LoginAttempt | null {
  const [payload, signature] = (readCookie(req, LOGIN_COOKIE) ?? '').split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = attemptSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.expiresAt < now) return null;
    const { state, nonce, verifier, lang, returnPath } = parsed.data;
    return { state, nonce, verifier, lang, returnPath };
  } catch {
    return null;
  }
}
