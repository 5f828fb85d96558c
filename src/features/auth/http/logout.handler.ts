import { audit, candidateActor } from '../../../platform/db/audit';
import { redirect } from '../../../platform/http/respond';
import { clearSessionCookie, endSessionByHash } from '../session';
import { readSessionPost } from './session-post';

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
  return redirect(`/${post.lang}/signed-out/`, 303, {
    'Set-Cookie': clearSessionCookie(),
    'Cache-Control': 'no-store',
  });
}
