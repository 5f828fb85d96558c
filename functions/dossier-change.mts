import type { Config, Context } from '@netlify/functions';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierChangePage } from '../src/components/pages/DossierChangePage';
import { formValuesOf } from '../src/lib/dossier-form-values';
import { isEditableSection } from '../src/lib/dossier-sections';
import { dossierPageRequest } from '../src/server/dossier-page-request';
import { notFound } from '../src/server/not-found';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /{lang}/dossier/{section}/change/: the change form, filled in with everything we know.
export default handler(async (req: Request, context: Context) => {
  const section = context.params['section'];
  const page = await dossierPageRequest(req, context, isEditableSection(section));
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
});

export const config: Config = { path: '/:lang/dossier/:section/change', excludedPath: '/api/*', method: 'GET' };
