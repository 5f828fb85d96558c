import { requestLang } from '../../../platform/http/request-lang';
import { authorizationRequest } from '../oidc';
import { redirect } from '../../../platform/http/respond';
import { authError } from './auth-error';
import { loginAttemptCookie } from './login-attempt';
import { safeReturnPath } from './return-path';

/**
 * GET /api/auth/login?lang=xx&return=/xx/dossier/...: remembers this attempt's state, nonce and
 * PKCE verifier in a short-lived encrypted cookie, then sends the browser to the identity provider.
 */
export async function beginLogin(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const lang = requestLang(req, { query: true });
  const returnPath = safeReturnPath(url.searchParams.get('return'), lang);
  const request = await authorizationRequest(lang).catch((error: unknown) => {
    // The provider did not answer its discovery request: nothing the person did wrong.
    console.error('login: the identity provider is unavailable:', error instanceof Error ? error.message : 'unknown');
    return null;
  });
  if (!request) return authError('unavailable', lang, { returnPath });
  return redirect(request.url.href, 302, {
    'Set-Cookie': loginAttemptCookie({ ...request.checks, lang, returnPath }),
    'Cache-Control': 'no-store',
  });
}
