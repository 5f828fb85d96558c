import type { PathParams } from '../../../platform/http/path-params';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierChangePage } from '../views/DossierChangePage';
import { formValuesOf, isEditableSection } from '../model/sections';
import { dossierPageRequest } from './page-request';
import { notFound } from '../../../platform/http/not-found';
import { htmlResponse } from '../../../platform/http/respond';

// GET /{lang}/dossier/{section}/change/: the change form, filled in with everything we know.
export const changePage = async (req: Request, _context: unknown, params: PathParams) => {
  const section = params['section'];
  const page = await dossierPageRequest(req, params, isEditableSection(section));
  if (page instanceof Response) return page;
  if (!isEditableSection(section)) return notFound(page.lang); // already answered above; this narrows the type
  const { lang, dossier, session } = page;
  return htmlResponse(
    h(DossierChangePage, {
      lang,
      section,
      dossier,
      values: formValuesOf(section, dossier, lang),
      version: dossier.version,
      csrf: session.csrfToken,
      idempotencyKey: randomUUID(),
    }),
  );
};
