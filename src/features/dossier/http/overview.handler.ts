import type { PathParams } from '../../../platform/http/path-params';
import { h } from 'preact';
import { DossierOverviewPage } from '../views/DossierOverviewPage';
import { dossierPageRequest } from './page-request';
import { htmlResponse } from '../../../platform/http/respond';

// GET /{lang}/dossier/: the task list of the logged-in person's own dossier.
export const overviewPage = async (req: Request, _context: unknown, params: PathParams) => {
  const page = await dossierPageRequest(req, params);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierOverviewPage, { lang, dossier, csrf: session.csrfToken }));
};
