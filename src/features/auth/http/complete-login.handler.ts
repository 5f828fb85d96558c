import type { AuthProblem } from '../model/auth-problem';
import { findCandidateForLogin } from '../candidates';
import { requestLang } from '../../../platform/http/request-lang';
import { completeAuthorization, LoginFailed } from '../oidc';
import { forgetAnswersOfOthers } from '../../../platform/http/kept-answers';
import { redirect } from '../../../platform/http/respond';
import { startSession } from '../session';
import { authError } from './auth-error';
import { clearLoginAttemptCookie, readLoginAttempt } from './login-attempt';
import { isStaffPath } from './return-path';
import { completeStaffLogin } from './complete-staff-login';
import { clearStaffSessionCookie, endStaffSessionByHash, STAFF_SESSION_COOKIE } from '../staff-session';
import { readSiteCookie } from '../../../platform/http/cookies';
import { sha256Hex } from '../../../lib/sha256';

/**
 * GET /api/auth/callback: the provider's answer. Checks it against this browser's login attempt,
 * finds the candidate by national number, starts a session and goes on to the dossier page;
 * what this browser kept typed for another person is removed.
 * Every refusal is a page in the person's language (the attempt's, else the browser's) that says
 * what to do now.
 */
export async function completeLogin(req: Request): Promise<Response> {
  const attempt = readLoginAttempt(req);
  const lang = requestLang(req, { form: attempt ? { lang: attempt.lang } : undefined });
  const url = new URL(req.url);
  const refuse = (problem: AuthProblem) =>
    authError(problem, lang, { returnPath: attempt?.returnPath, cookies: [clearLoginAttemptCookie()] });

  if (url.searchParams.get('error') === 'access_denied') return refuse('cancelled');
  if (url.searchParams.has('error')) return refuse('failed');
  // No attempt (too late, another browser) or another attempt's state: never exchange that code.
  if (!attempt || url.searchParams.get('state') !== attempt.state) return refuse('expired');

  const identity = await completeAuthorization(url.search, attempt).catch((error: unknown) =>
    error instanceof LoginFailed ? error : Promise.reject(error),
  );
  if (identity instanceof LoginFailed) return refuse(identity.reason);
  if (identity.kind === 'staff') return completeStaffLogin(req, identity, attempt.returnPath, lang);
  const candidate = await findCandidateForLogin(identity.nationalNumber, identity.sub);
  if (!candidate) return refuse('unknown');

  const returnPath = isStaffPath(attempt.returnPath) ? `/${lang}/dossier/` : attempt.returnPath;
  const response = redirect(returnPath, 303, { 'Cache-Control': 'no-store' });
  response.headers.append('Set-Cookie', await startSession(req, candidate.id, identity.method));
  // A staff member still logged in in this browser (a shared counter computer) is logged out first.
  const staff = readSiteCookie(req, STAFF_SESSION_COOKIE);
  if (staff) {
    await endStaffSessionByHash(sha256Hex(staff));
    response.headers.append('Set-Cookie', clearStaffSessionCookie());
  }
  response.headers.append('Set-Cookie', clearLoginAttemptCookie());
  // Answers this browser kept for someone else (a shared computer) go before this person sees a page.
  const forgotten = await forgetAnswersOfOthers(req, candidate.id);
  if (forgotten) response.headers.append('Set-Cookie', forgotten);
  return response;
}
