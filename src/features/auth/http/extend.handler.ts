import { bodyResponse, redirect } from '../../../platform/http/respond';
import { authError } from './auth-error';
import { safeReturnPath } from './return-path';
import { readSessionPost } from './session-post';
import { getWorkSession } from '../staff-session';
import { csrfProblem } from '../csrf';

/**
 * POST /api/auth/extend: "Stay logged in", for a candidate, a staff member or a helper. Reading the
 * session already touched it; a form goes back to the page it came from (303), a script gets 204.
 * When the session has already ended,
 * the person is sent to the sign-in page (a script gets 401).
 */
export async function extendSession(req: Request): Promise<Response> {
  const post = await readSessionPost(req);
  if (post instanceof Response) return post;
  const { lang, json, values } = post;
  const work = post.session ? null : await getWorkSession(req);
  if (work && csrfProblem(req, work, values['csrf'])) return authError('csrf', lang, { json });
  const session = post.session ?? work;
  if (!session) return json ? authError('ended', lang, { json }) : redirect(`/${lang}/sign-in/`, 303);
  if (json) return bodyResponse(null, { status: 204 });
  return redirect(safeReturnPath(values['return'], lang), 303);
}
