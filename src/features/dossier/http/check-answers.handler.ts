import type { PathParams } from '../../../platform/http/path-params';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierCheckPage } from '../views/DossierCheckPage';
import { dossierPageRequest } from './page-request';
import { htmlResponse } from '../../../platform/http/respond';

// GET /{lang}/dossier/check/: check your answers, then "Confirm my dossier (bevestigen)".
export const checkAnswersPage = async (req: Request, _context: unknown, params: PathParams) => {
  const page = await dossierPageRequest(req, params);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierCheckPage, { lang, dossier, csrf: session.csrfToken, idempotencyKey: randomUUID() }));
};
