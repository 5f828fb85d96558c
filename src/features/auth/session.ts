import { randomBytes } from 'node:crypto';
import { cookieHeader, readSiteCookie } from '../../platform/http/cookies';
import { IDLE_MINUTES, MAX_HOURS } from './session-limits';
import { db } from '../../platform/db/db';
import type { LoginMethod } from './oidc';
import { sha256Hex } from '../../lib/sha256';

export { IDLE_MINUTES, MAX_HOURS } from './session-limits';

/** A logged-in person, as a function sees it. The cookie's token itself is never kept. */
export interface Session {
  idHash: string;
  candidateId: string;
  method: LoginMethod;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The session cookie's name on http://localhost; `__Host-bi_session` on https (see cookieName). */
export const SESSION_COOKIE = 'bi_session';

interface SessionRow {
  id_hash: string;
  candidate_id: string;
  method: LoginMethod;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
}

const toSession = (row: SessionRow): Session => ({
  idHash: row.id_hash,
  candidateId: row.candidate_id,
  method: row.method,
  csrfToken: row.csrf_token,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
});

/**
 * The live session of this request (cookie → sessions row, not ended, idle < 30 min, age < 12 h),
 * touching last_seen_at; null otherwise. Both limits are checked by the database's clock in the
 * same statement that touches the row, so two requests cannot revive an ended session.
 */
export async function getSession(req: Request): Promise<Session | null> {
  const token = readSiteCookie(req, SESSION_COOKIE);
  if (!token) return null;
  const { rows } = await db().query<SessionRow>(
    `UPDATE sessions SET last_seen_at = now()
      WHERE id_hash = $1 AND ended_at IS NULL
        AND last_seen_at > now() - make_interval(mins => $2)
        AND created_at > now() - make_interval(hours => $3)
      RETURNING id_hash, candidate_id, method, csrf_token, created_at, last_seen_at`,
    [sha256Hex(token), IDLE_MINUTES, MAX_HOURS],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/**
 * The session this request's cookie names when it lapsed (idle over 30 minutes or older than
 * 12 hours) but was never ended by logging out; null otherwise. It is no longer a login: only a
 * way to know whose form arrived too late, so what they typed can wait for them.
 */
export async function lapsedSession(req: Request): Promise<Session | null> {
  const token = readSiteCookie(req, SESSION_COOKIE);
  if (!token) return null;
  const { rows } = await db().query<SessionRow>(
    `SELECT id_hash, candidate_id, method, csrf_token, created_at, last_seen_at FROM sessions
      WHERE id_hash = $1 AND ended_at IS NULL`,
    [sha256Hex(token)],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/**
 * Starts a session for a candidate who just logged in, ending the one this browser had before.
 * Returns the Set-Cookie header with a fresh random token (32 bytes).
 */
export async function startSession(req: Request, candidateId: string, method: LoginMethod): Promise<string> {
  const previous = readSiteCookie(req, SESSION_COOKIE);
  if (previous) await endSessionByHash(sha256Hex(previous));
  const token = randomBytes(32).toString('base64url');
  await db().query('INSERT INTO sessions (id_hash, candidate_id, method, csrf_token) VALUES ($1, $2, $3, $4)', [
    sha256Hex(token),
    candidateId,
    method,
    randomBytes(32).toString('base64url'),
  ]);
  // No Max-Age: the cookie ends with the browser; the server enforces 30 minutes and 12 hours.
  return cookieHeader(SESSION_COOKIE, token);
}

/** Ends a session on the server: its cookie no longer works, even if someone kept a copy. */
export async function endSessionByHash(idHash: string): Promise<void> {
  await db().query('UPDATE sessions SET ended_at = now() WHERE id_hash = $1 AND ended_at IS NULL', [idHash]);
}

/** Set-Cookie that removes the session cookie from the browser. */
export function clearSessionCookie(): string {
  return cookieHeader(SESSION_COOKIE, '', { maxAge: 0 });
}
