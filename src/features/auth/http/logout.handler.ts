import { audit, candidateActor, workActor } from '../../../platform/db/audit';
import { redirect } from '../../../platform/http/respond';
import { clearSessionCookie, endSessionByHash } from '../session';
import { readSessionPost } from './session-post';
import { clearStaffSessionCookie, endStaffSessionByHash, getWorkSession } from '../staff-session';
import { csrfProblem } from '../csrf';
import { authError } from './auth-error';

/**
 * POST /api/auth/logout: ends the session on the server (its cookie stops working everywhere),
 * removes the cookie and shows "You are logged out". Without a live session it only does the last two.
 */
export async function logout(req: Request): Promise<Response> {
  const post = await readSessionPost(req);
  if (post instanceof Response) return post;
  if (post.session) {
    await endSessionByHash(post.session.idHash);
    await audit(candidateActor(post.session.candidateId), null, 'logout');
  }
  const staff = await getWorkSession(req);
  if (staff) {
    if (csrfProblem(req, staff, post.values['csrf'])) return authError('csrf', post.lang, { json: post.json });
    await endStaffSessionByHash(staff.idHash);
    await audit(workActor(staff.role, staff.staffId), null, 'staff.logout');
  }
  const response = redirect(`/${post.lang}/signed-out/`, 303, { 'Cache-Control': 'no-store' });
  response.headers.append('Set-Cookie', clearSessionCookie());
  response.headers.append('Set-Cookie', clearStaffSessionCookie());
  return response;
}
