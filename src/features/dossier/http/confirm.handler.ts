import { dossierPostRequest } from './post-request';
import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierCheckPage } from '../views/DossierCheckPage';
import { sectionsToCheck } from '../model/sections';
import { FORM_PROBLEMS, badRequest } from '../../../platform/http/bad-request';
import { formVersion, keyedRequest, type DossierPost } from './post-request';
import { confirmDossier } from '../service/index';
import { idempotencyKeyOf, once } from '../../../platform/http/idempotency';
import { errorResponse } from '../../../platform/http/error-response';
import { jsonResponse, redirect } from '../../../platform/http/respond';

/**
 * POST /api/dossier/confirm: confirms the person's own dossier exactly once. The same key (a
 * double click, a resent form) gets the first answer; a new key for the same version gets the
 * same confirmation from the service. Then 303 to the confirmation page; when the dossier
 * changed since the check page was shown, or parts are still to check, that page again with
 * the news (409).
 */
export async function confirmForm(post: DossierPost, req: Request): Promise<Response> {
  const { lang, json, session, values } = post;
  const version = formVersion(values);
  const key = idempotencyKeyOf(values, req);
  if (version === null) return badRequest(400, lang, json, FORM_PROBLEMS.oldForm);
  if (key === null) return badRequest(400, lang, json);
  return once(session.candidateId, `confirm:${key}`, keyedRequest(post, 'check/'), async () => {
    const result = await confirmDossier(session.candidateId, key, version);
    if (result.ok) return json ? jsonResponse(result.confirmation) : redirect(`/${lang}/dossier/confirmed/`);
    const page = { lang, dossier: result.conflict, csrf: session.csrfToken, idempotencyKey: randomUUID() };
    const changed = result.reason === 'changed';
    return errorResponse({
      status: 409,
      lang,
      json,
      problems: changed
        ? [{ field: 'version', key: 'dossier.confirm.changedMeanwhile' }]
        : sectionsToCheck(result.conflict.sections).map((section) => ({
            field: section,
            key: 'dossier.confirm.notReady',
          })),
      extra: { version: result.conflict.version },
      page: () => h(DossierCheckPage, { ...page, refusal: result.reason }),
    });
  });
}

// POST /api/dossier/confirm: "Confirm my dossier" (csrf, version, idempotencyKey, lang).
export const confirmDossierPost = async (req: Request) => {
  const post = await dossierPostRequest(req);
  return post instanceof Response ? post : confirmForm(post, req);
};
