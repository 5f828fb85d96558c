import type { Lang } from '../../../lib/languages';
import { audit, workActor } from '../../../platform/db/audit';
import { redirect } from '../../../platform/http/respond';
import type { LoginIdentity } from '../oidc';
import { startStaffSession } from '../staff-session';
import { clearSessionCookie, endSessionByHash, SESSION_COOKIE } from '../session';
import { readSiteCookie } from '../../../platform/http/cookies';
import { sha256Hex } from '../../../lib/sha256';
import { clearLoginAttemptCookie } from './login-attempt';
import { isHelperPath, isStaffPath } from './return-path';

/**
 * A housing company's staff member or a helper came back from the provider: a work session (never
 * a candidate's; a candidate still logged in in this browser is logged out), audit `staff.login`,
 * and on to the page of their own kind asked for, else their start page (staff or helper).
 */
export async function completeStaffLogin(
  req: Request,
  identity: Extract<LoginIdentity, { kind: 'staff' }>,
  returnPath: string,
  lang: Lang,
): Promise<Response> {
  const cookie = await startStaffSession(req, identity);
  // A candidate still logged in in this browser (a shared counter computer) is logged out first.
  const candidate = readSiteCookie(req, SESSION_COOKIE);
  if (candidate) await endSessionByHash(sha256Hex(candidate));
  const helper = identity.role === 'helper';
  await audit(workActor(identity.role, identity.staffId), null, 'staff.login');
  const own = helper ? isHelperPath(returnPath) : isStaffPath(returnPath);
  const response = redirect(own ? returnPath : `/${lang}/${helper ? 'helper' : 'staff'}/`, 303, {
    'Cache-Control': 'no-store',
  });
  response.headers.append('Set-Cookie', cookie);
  if (candidate) response.headers.append('Set-Cookie', clearSessionCookie());
  response.headers.append('Set-Cookie', clearLoginAttemptCookie());
  return response;
}
