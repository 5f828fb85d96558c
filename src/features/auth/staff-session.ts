import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../lib/sha256';
import { db } from '../../platform/db/db';
import { cookieHeader, readSiteCookie } from '../../platform/http/cookies';
import type { LoginIdentity } from './oidc';
import { IDLE_MINUTES, MAX_HOURS } from './session-limits';

/** Who works with candidates: a housing company's staff, or a helper of an OCMW, housing service or digipunt. */
export type WorkRole = 'housing-staff' | 'helper';

/**
 * A logged-in staff member of a housing company, or a helper, as a function sees it. For a
 * helper, `company` is the organisation's identifier from the site's list (e.g. ocmw-gent).
 */
export interface StaffSession {
  idHash: string;
  staffId: string;
  role: WorkRole;
  company: string;
  givenName: string;
  familyName: string;
  csrfToken: string;
}

/** The staff session cookie: apart from the candidates' one, so neither opens the other's pages. */
export const STAFF_SESSION_COOKIE = 'bi_staff';

interface Row {
  id_hash: string;
  staff_id: string;
  role: WorkRole;
  company: string;
  given_name: string;
  family_name: string;
  csrf_token: string;
}

const toSession = (row: Row): StaffSession => ({
  idHash: row.id_hash,
  staffId: row.staff_id,
  role: row.role,
  company: row.company,
  givenName: row.given_name,
  familyName: row.family_name,
  csrfToken: row.csrf_token,
});

/**
 * This browser's live work session (same limits as a candidate's: idle 30 min, 12 h), touched;
 * null without one, or when it is of another role than asked (a helper never passes as staff).
 */
export async function getWorkSession(req: Request, role?: WorkRole): Promise<StaffSession | null> {
  const token = readSiteCookie(req, STAFF_SESSION_COOKIE);
  if (!token) return null;
  const { rows } = await db().query<Row>(
    `UPDATE staff_sessions SET last_seen_at = now()
      WHERE id_hash = $1 AND ended_at IS NULL
        AND last_seen_at > now() - make_interval(mins => $2)
        AND created_at > now() - make_interval(hours => $3)
      RETURNING id_hash, staff_id, role, company, given_name, family_name, csrf_token`,
    [sha256Hex(token), IDLE_MINUTES, MAX_HOURS],
  );
  const row = rows[0];
  return row && (role === undefined || row.role === role) ? toSession(row) : null;
}

/** A housing company's staff member's live session; null for anyone else, a helper included. */
export const getStaffSession = (req: Request) => getWorkSession(req, 'housing-staff');

/** A helper's live session; null for anyone else, staff included. */
export const getHelperSession = (req: Request) => getWorkSession(req, 'helper');

/** What a staff login brings from the ID token (see oidc.ts), without the provider's subject. */
export type StaffLogin = Omit<Extract<LoginIdentity, { kind: 'staff' }>, 'kind' | 'sub'>;

/** Starts a staff session, ending this browser's earlier one; the Set-Cookie header. */
export async function startStaffSession(req: Request, login: StaffLogin): Promise<string> {
  const previous = readSiteCookie(req, STAFF_SESSION_COOKIE);
  if (previous) await endStaffSessionByHash(sha256Hex(previous));
  const token = randomBytes(32).toString('base64url');
  await db().query(
    `INSERT INTO staff_sessions (id_hash, staff_id, role, company, given_name, family_name, method, csrf_token)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      sha256Hex(token),
      login.staffId,
      login.role,
      login.company,
      login.givenName,
      login.familyName,
      login.method,
      randomBytes(32).toString('base64url'),
    ],
  );
  return cookieHeader(STAFF_SESSION_COOKIE, token);
}

export async function endStaffSessionByHash(idHash: string): Promise<void> {
  await db().query('UPDATE staff_sessions SET ended_at = now() WHERE id_hash = $1 AND ended_at IS NULL', [idHash]);
}

/** Set-Cookie that removes the staff cookie from the browser. */
export const clearStaffSessionCookie = (): string => cookieHeader(STAFF_SESSION_COOKIE, '', { maxAge: 0 });
