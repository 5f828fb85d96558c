import type { Config, Context } from '@netlify/functions';
import { h } from 'preact';
import { DossierSectionPage } from '../src/components/pages/DossierSectionPage';
import { isSection } from '../src/lib/dossier-sections';
import { dossierPageRequest } from '../src/server/dossier-page-request';
import { notFound } from '../src/server/not-found';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /{lang}/dossier/{section}/: one part of the dossier in plain words; any other name is a 404.
export default handler(async (req: Request, context: Context) => {
  const section = context.params['section'];
  const page = await dossierPageRequest(req, context, isSection(section));
  if (page instanceof Response) return page;
  if (!isSection(section)) return notFound(page.lang); // already answered above; this narrows the type
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierSectionPage, { lang, section, dossier, csrf: session.csrfToken }));
});

export const config: Config = {
  path: '/:lang/dossier/:section',
  // The check and confirmed pages have their own functions; /api/dossier/... is not a language.
  excludedPath: ['/:lang/dossier/check', '/:lang/dossier/confirmed', '/api/*'],
  method: 'GET',
};
