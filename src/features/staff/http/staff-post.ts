import {
  authError,
  csrfProblem,
  getSession,
  getStaffSession,
  getWorkSession,
  type StaffSession,
} from '../../auth/index';
import type { Lang } from '../../../lib/languages';
import { notFound } from '../../../platform/http/not-found';

/**
 * The staff member behind a posted form, or the answer instead: a candidate's session is a 404
 * (staff routes do not exist for them), as is a helper's, no session a 401 "logged out", a form from elsewhere a 403.
 */
export async function staffOfPost(
  req: Request,
  values: Record<string, string>,
  lang: Lang,
  json: boolean,
): Promise<StaffSession | Response> {
  const staff = await getStaffSession(req);
  if (!staff)
    return (await getSession(req)) || (await getWorkSession(req))
      ? notFound(lang)
      : authError('ended', lang, { returnPath: '/staff/', json });
  if (csrfProblem(req, staff, values['csrf'])) return authError('csrf', lang, { json });
  return staff;
}
