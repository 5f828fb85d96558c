import type { Lang } from '../../../lib/languages';
import { badRequest } from '../../../platform/http/bad-request';
import { CSRF_FIELD, csrfProblem } from '../csrf';
import { readFormBody } from '../../../platform/http/form-body';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { getSession, lapsedSession, type Session } from '../session';
import { authError } from './auth-error';

export interface SessionPost {
  lang: Lang;
  json: boolean;
  values: Record<string, string>;
  /** Null when the session already ended (or never was): there is nothing left to protect. */
  session: Session | null;
}

/** Logging out or staying logged in sends a token, a language and a return path: 4 kB is ample. */
export const SESSION_FORM_MAX_BYTES = 4_096;

/**
 * A posted form (or JSON) of a logged-in person, or the refusal to give instead: an unreadable
 * or too large body (4xx; over `maxBytes` reading stops), or, when there is a live session, a
 * request that may come from another site (403).
 */
export async function readSessionPost(
  req: Request,
  maxBytes = SESSION_FORM_MAX_BYTES,
): Promise<SessionPost | Response> {
  const json = wantsJson(req);
  const body = await readFormBody(req, maxBytes);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const session = await postSession(req, body.values, lang, json);
  return session instanceof Response ? session : { lang, json, values: body.values, session };
}

/**
 * The session of a post whose body was read elsewhere (a form with a file): null without one,
 * the refusal (403) when the post may come from another site.
 */
export async function postSession(
  req: Request,
  values: Record<string, string>,
  lang: Lang,
  json: boolean,
): Promise<Session | null | Response> {
  const session = await getSession(req);
  if (session && csrfProblem(req, session, values[CSRF_FIELD])) return authError('csrf', lang, { json });
  return session;
}

/**
 * Whose form this was, when it arrived after the session lapsed: that session, if the form
 * carries its token and comes from our own pages; else null, so another site's form keeps nothing.
 */
export async function lapsedSessionOf(req: Request, values: Record<string, string>): Promise<Session | null> {
  const lapsed = await lapsedSession(req);
  return lapsed && !csrfProblem(req, lapsed, values[CSRF_FIELD]) ? lapsed : null;
}
