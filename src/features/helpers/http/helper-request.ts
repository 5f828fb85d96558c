import { getHelperSession, getSession, getWorkSession, loginLink, type StaffSession } from '../../auth/index';
import { isLang, type Lang } from '../../../lib/languages';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { redirect } from '../../../platform/http/respond';
import { organisationName } from '../model/organisations';
import type { HelperFrame } from '../views/HelperLayout';

export interface HelperRequest {
  lang: Lang;
  helper: StaffSession;
  frame: HelperFrame;
}

/**
 * A helper's page request, or the answer instead: an unknown language is a 404; a candidate or a
 * housing company's staff member gets the 404 too; nobody logged in goes to the login, which
 * comes back here. Only a helper's session passes.
 */
export async function helperRequest(req: Request, params: PathParams, known = true): Promise<HelperRequest | Response> {
  const lang = params['lang'];
  if (!isLang(lang)) return notFound();
  if (!known) return notFound(lang);
  const helper = await getHelperSession(req);
  if (helper) {
    const frame = {
      lang,
      csrf: helper.csrfToken,
      helperName: `${helper.givenName} ${helper.familyName}`,
      organisation: organisationName(helper.company),
    };
    return { lang, helper, frame };
  }
  if ((await getSession(req)) || (await getWorkSession(req))) return notFound(lang);
  return redirect(loginLink(lang, new URL(req.url).pathname), 303, { 'Cache-Control': 'no-store' });
}
