import { h } from 'preact';
import type { AuthProblem } from '../model/auth-problem';
import { AuthErrorPage } from '../views/AuthErrorPage';
import type { Lang } from '../../../lib/languages';
import { errorResponse } from '../../../platform/http/error-response';

const STATUS: Record<AuthProblem, number> = {
  expired: 400,
  cancelled: 400,
  failed: 400,
  unknown: 403,
  unavailable: 503,
  csrf: 403,
  ended: 401,
};

/** A login or session problem, explained in the person's language: a page, or JSON for scripts. */
export function authError(
  problem: AuthProblem,
  lang: Lang,
  {
    returnPath,
    cookies = [],
    json = false,
  }: { returnPath?: string | undefined; cookies?: string[]; json?: boolean } = {},
): Response {
  const response = errorResponse({
    status: STATUS[problem],
    lang,
    json,
    problems: [{ field: 'session', key: `auth.error.${problem}.text` }],
    page: () => h(AuthErrorPage, { lang, problem, returnPath }),
  });
  for (const cookie of cookies) response.headers.append('Set-Cookie', cookie);
  return response;
}
