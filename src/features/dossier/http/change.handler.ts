import type { PathParams } from '../../../platform/http/path-params';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierChangePage } from '../views/DossierChangePage';
import { formValuesOf, isEditableSection } from '../model/sections';
import { dossierPageRequest } from './page-request';
import { notFound } from '../../../platform/http/not-found';
import { htmlResponse } from '../../../platform/http/respond';
import { keptAnswers } from '../../../platform/http/kept-answers';
import { keptChangeForm } from './kept-change-form';
import { formVersion } from './post-request';

// GET /{lang}/dossier/{section}/change/: the change form, filled in with everything we know, or
// with what the person typed when their session lapsed (kept for them, see post-request.ts).
export const changePage = async (req: Request, _context: unknown, params: PathParams) => {
  const section = params['section'];
  const page = await dossierPageRequest(req, params, isEditableSection(section));
  if (page instanceof Response) return page;
  if (!isEditableSection(section)) return notFound(page.lang); // already answered above; this narrows the type
  const { lang, dossier, session } = page;
  // What the person typed before their session lapsed, with the version it started from.
  const kept = await keptAnswers(req, session.candidateId, keptChangeForm(section));
  return htmlResponse(
    h(DossierChangePage, {
      lang,
      section,
      dossier,
      values: kept ?? formValuesOf(section, dossier, lang),
      version: (kept && formVersion(kept)) ?? dossier.version,
      kept: kept !== null,
      csrf: session.csrfToken,
      idempotencyKey: randomUUID(),
    }),
  );
};
