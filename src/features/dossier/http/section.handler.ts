import type { PathParams } from '../../../platform/http/path-params';
import { h } from 'preact';
import { DossierSectionPage } from '../views/DossierSectionPage';
import { isSection } from '../model/sections';
import { dossierPageRequest } from './page-request';
import { notFound } from '../../../platform/http/not-found';
import { htmlResponse } from '../../../platform/http/respond';

// GET /{lang}/dossier/{section}/: one part of the dossier in plain words; any other name is a 404.
export const sectionPage = async (req: Request, _context: unknown, params: PathParams) => {
  const section = params['section'];
  const page = await dossierPageRequest(req, params, isSection(section));
  if (page instanceof Response) return page;
  if (!isSection(section)) return notFound(page.lang); // already answered above; this narrows the type
  const { lang, dossier, session } = page;
  return htmlResponse(h(DossierSectionPage, { lang, section, dossier, csrf: session.csrfToken }));
};
