import { getSession, getStaffSession, getWorkSession, loginLink, type StaffSession } from '../../auth/index';
import { isLang, type Lang } from '../../../lib/languages';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { redirect } from '../../../platform/http/respond';
import { staffLang } from '../model/staff-languages';

export interface StaffRequest {
  /** The language in the address (for links and the language switcher). */
  lang: Lang;
  /** The language the page is written in: nl, fr or en (see staffLang). */
  shown: Lang;
  staff: StaffSession;
}

/**
 * A staff page's request, or the answer instead: an unknown language is a 404; a logged-in
 * candidate or helper gets the 404 too (nothing says that staff pages exist); nobody logged in goes to the
 * login, which comes back here. Only a staff session of a housing company passes.
 */
export async function staffRequest(req: Request, params: PathParams, known = true): Promise<StaffRequest | Response> {
  const lang = params['lang'];
  if (!isLang(lang)) return notFound();
  if (!known) return notFound(lang);
  const staff = await getStaffSession(req);
  if (staff) return { lang, shown: staffLang(lang), staff };
  if ((await getSession(req)) || (await getWorkSession(req))) return notFound(lang);
  return redirect(loginLink(lang, new URL(req.url).pathname), 303, { 'Cache-Control': 'no-store' });
}
