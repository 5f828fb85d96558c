import type { Config, Context } from '@netlify/functions';
import { h } from 'preact';
import { DossierOverviewPage } from '../src/components/pages/DossierOverviewPage';
import { dossierPageRequest } from '../src/server/dossier-page-request';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /{lang}/dossier/: the task list of the logged-in person's own dossier.
export default handler(async (req: Request, context: Context) => {
  const page = await dossierPageRequest(req, context);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierOverviewPage, { lang, dossier, csrf: session.csrfToken }));
});

export const config: Config = {
  path: '/:lang/dossier',
  // '/api/dossier' is the JSON of the dossier, not a language.
  excludedPath: '/api/*',
  method: 'GET',
};
