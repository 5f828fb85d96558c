import { randomBytes } from 'node:crypto';
import { db } from '../db/db';
import { cookieHeader, readSiteCookie } from './cookies';
import { sha256Hex } from '../../lib/sha256';

/**
 * What a person typed into a form that arrived after their session lapsed, kept so that they
 * find it again once logged in, in the same browser. Never in a URL: the browser holds a random
 * token in a cookie, the database the answers under the token's hash, for one person only.
 */
export const KEPT_COOKIE = 'bi_kept';
/** Long enough to log in again with itsme or eID, short enough not to linger. */
export const KEPT_MINUTES = 60;

const tokenOf = (req: Request) => readSiteCookie(req, KEPT_COOKIE) || null;

/**
 * Keeps one form's answers for a candidate; returns the Set-Cookie that ties them to this
 * browser. A browser keeps one form at a time: a newer one replaces what it kept before.
 * @example headers.append('Set-Cookie', await keepAnswers(req, candidateId, 'dossier:income', values));
 */
export async function keepAnswers(
  req: Request,
  candidateId: string,
  form: string,
  answers: Record<string, string>,
): Promise<string> {
  await forgetAnswers(req);
  const token = randomBytes(32).toString('base64url');
  await db().query('INSERT INTO kept_answers (id_hash, candidate_id, form, answers) VALUES ($1, $2, $3, $4)', [
    sha256Hex(token),
    candidateId,
    form,
    JSON.stringify(answers),
  ]);
  return cookieHeader(KEPT_COOKIE, token, { maxAge: KEPT_MINUTES * 60 });
}

/** The answers this browser kept for this candidate and form, if not older than an hour; else null. */
export async function keptAnswers(
  req: Request,
  candidateId: string,
  form: string,
): Promise<Record<string, string> | null> {
  const token = tokenOf(req);
  if (!token) return null;
  const { rows } = await db().query<{ answers: Record<string, string> }>(
    `SELECT answers FROM kept_answers
      WHERE id_hash = $1 AND candidate_id = $2 AND form = $3
        AND created_at > now() - make_interval(mins => $4)`,
    [sha256Hex(token), candidateId, form, KEPT_MINUTES],
  );
  return rows[0]?.answers ?? null;
}

/**
 * Removes what this browser kept (all of it, or only the answers of `form`, just saved); returns
 * the Set-Cookie that clears the cookie, or null when nothing was removed.
 */
export async function forgetAnswers(req: Request, form?: string): Promise<string | null> {
  const token = tokenOf(req);
  if (!token) return null;
  const { rowCount } = await db().query(
    'DELETE FROM kept_answers WHERE id_hash = $1 AND ($2::text IS NULL OR form = $2)',
    [sha256Hex(token), form ?? null],
  );
  return rowCount ? cookieHeader(KEPT_COOKIE, '', { maxAge: 0 }) : null;
}

/**
 * After a login: what this browser kept for someone else is removed at once (a shared computer
 * at a digipunt), so the next person can never see it. Returns the Set-Cookie that clears the
 * cookie, or null when nothing had to go.
 */
export async function forgetAnswersOfOthers(req: Request, candidateId: string): Promise<string | null> {
  const token = tokenOf(req);
  if (!token) return null;
  const { rowCount } = await db().query('DELETE FROM kept_answers WHERE id_hash = $1 AND candidate_id <> $2', [
    sha256Hex(token),
    candidateId,
  ]);
  return rowCount ? cookieHeader(KEPT_COOKIE, '', { maxAge: 0 }) : null;
}
