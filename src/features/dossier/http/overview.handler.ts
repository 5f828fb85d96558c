import type { Context } from '@netlify/functions';
import { h } from 'preact';
import { DossierOverviewPage } from '../views/DossierOverviewPage';
import { dossierPageRequest } from './page-request';
import { htmlResponse } from '../../../platform/http/respond';

// GET /{lang}/dossier/: the task list of the logged-in person's own dossier.
export const overviewPage = async (req: Request, context: Context) => {
  const page = await dossierPageRequest(req, context);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierOverviewPage, { lang, dossier, csrf: session.csrfToken }));
};
