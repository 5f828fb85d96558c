import type { Lang } from '../../lib/languages';
import { redirect } from '../../platform/http/respond';
import { getSession, type Session } from './session';

/**
 * The live session, or the answer to give instead: a 303 to the static sign-in page, which
 * explains what logging in means before it sends anyone to the government's login page.
 * @example
 * const session = await requireSession(req, lang);
 * if (session instanceof Response) return session;
 */
export async function requireSession(req: Request, lang: Lang): Promise<Session | Response> {
  return (await getSession(req)) ?? redirect(`/${lang}/sign-in/`, 303);
}
