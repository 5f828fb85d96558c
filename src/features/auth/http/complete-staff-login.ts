import type { Lang } from '../../../lib/languages';
import { audit, staffActor } from '../../../platform/db/audit';
import { redirect } from '../../../platform/http/respond';
import type { LoginIdentity } from '../oidc';
import { startStaffSession } from '../staff-session';
import { clearLoginAttemptCookie } from './login-attempt';
import { isStaffPath } from './return-path';

/**
 * A housing company's staff member came back from the provider: a staff session (never a
 * candidate's), audit `staff.login`, and on to the staff page asked for, else the staff start page.
 */
export async function completeStaffLogin(
  req: Request,
  identity: Extract<LoginIdentity, { kind: 'staff' }>,
  returnPath: string,
  lang: Lang,
): Promise<Response> {
  const cookie = await startStaffSession(req, identity);
  await audit(staffActor(identity.staffId), null, 'staff.login');
  const response = redirect(isStaffPath(returnPath) ? returnPath : `/${lang}/staff/`, 303, {
    'Cache-Control': 'no-store',
  });
  response.headers.append('Set-Cookie', cookie);
  response.headers.append('Set-Cookie', clearLoginAttemptCookie());
  return response;
}
