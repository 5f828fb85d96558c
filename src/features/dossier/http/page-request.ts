import type { Dossier } from '../model/types';
import { isLang, type Lang } from '../../../lib/languages';
import type { PathParams } from '../../../platform/http/path-params';
import { requestLang } from '../../../platform/http/request-lang';
import { loadDossier } from '../service/index';
import { notFound } from '../../../platform/http/not-found';
import { requireSession, type Session } from '../../auth/index';

export interface DossierPage {
  lang: Lang;
  session: Session;
  dossier: Dossier;
}

/**
 * What every dossier page needs, or the answer to give instead: an unknown language is a 404,
 * no session a 303 to the sign-in page, no dossier a 404. The dossier is always the session's
 * own: no address names a dossier, and query parameters are never read.
 */
export async function dossierPageRequest(
  req: Request,
  /** The page's path parameters (handler.ts reads them from the path). */
  params: PathParams,
  /** False when the rest of the address names nothing we know: a 404 before anything is read. */
  known = true,
): Promise<DossierPage | Response> {
  // An address whose first part is no language of ours is not a page: the 404 in Dutch.
  if (!isLang(params['lang'])) return notFound();
  const lang = requestLang(req, { params });
  if (!known) return notFound(lang);
  const session = await requireSession(req, lang);
  if (session instanceof Response) return session;
  const dossier = await loadDossier(session.candidateId);
  if (!dossier) return notFound(lang);
  return { lang, session, dossier };
}
