import type { Config, Context } from '@netlify/functions';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierCheckPage } from '../src/components/pages/DossierCheckPage';
import { dossierPageRequest } from '../src/server/dossier-page-request';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /{lang}/dossier/check/: check your answers, then "Confirm my dossier (bevestigen)".
export default handler(async (req: Request, context: Context) => {
  const page = await dossierPageRequest(req, context);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierCheckPage, { lang, dossier, csrf: session.csrfToken, idempotencyKey: randomUUID() }));
});

export const config: Config = { path: '/:lang/dossier/check', excludedPath: '/api/*', method: 'GET' };
