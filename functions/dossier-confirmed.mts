import type { Config, Context } from '@netlify/functions';
import { h } from 'preact';
import { DossierConfirmedPage } from '../src/components/pages/DossierConfirmedPage';
import { dossierPageRequest } from '../src/server/dossier-page-request';
import { htmlResponse, redirect } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /{lang}/dossier/confirmed/: the reference, date and time, what happens next, the receipt.
export default handler(async (req: Request, context: Context) => {
  const page = await dossierPageRequest(req, context);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  // Nothing confirmed yet: the way to confirm is the check page.
  if (!dossier.confirmation) return redirect(`/${lang}/dossier/check/`, 303);
  return htmlResponse(
    h(DossierConfirmedPage, { lang, dossier, confirmation: dossier.confirmation, csrf: session.csrfToken }),
  );
});

export const config: Config = { path: '/:lang/dossier/confirmed', excludedPath: '/api/*', method: 'GET' };
