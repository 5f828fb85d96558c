import { h } from 'preact';
import { AuthErrorPage, type AuthProblem } from '../../components/pages/AuthErrorPage';
import { getT } from '../../lib/i18n';
import type { Lang } from '../../lib/languages';
import { htmlResponse, jsonResponse } from '../respond';

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
  const response = json
    ? jsonResponse(
        {
          errors: [
            { field: 'session', key: `auth.error.${problem}.text`, message: getT(lang)(`auth.error.${problem}.text`) },
          ],
        },
        { status: STATUS[problem] },
      )
    : htmlResponse(h(AuthErrorPage, { lang, problem, returnPath }), { status: STATUS[problem] });
  for (const cookie of cookies) response.headers.append('Set-Cookie', cookie);
  return response;
}
