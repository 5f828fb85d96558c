import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierCheckPage } from '../components/pages/DossierCheckPage';
import { getT } from '../lib/i18n';
import { badRequest } from './bad-request';
import type { DossierPost } from './dossier-post-request';
import { formVersion } from './dossier-save-form';
import { confirmDossier } from './dossiers';
import { idempotencyKeyOf, once } from './idempotency';
import { htmlResponse, jsonResponse, redirect } from './respond';

/**
 * POST /api/dossier/confirm: confirms the person's own dossier exactly once. The same key (a
 * double click, a resent form) gets the first answer; a new key for the same version gets the
 * same confirmation from the service. Then 303 to the confirmation page; when the dossier
 * changed since the check page was shown, that page again with the news (409).
 */
export async function confirmForm(post: DossierPost, req: Request): Promise<Response> {
  const { lang, json, session, values } = post;
  const version = formVersion(values);
  const key = idempotencyKeyOf(values, req);
  if (version === null || key === null) return badRequest(400, lang, json);
  return once(session.candidateId, `confirm:${key}`, async () => {
    const result = await confirmDossier(session.candidateId, key, version);
    if (result.ok) return json ? jsonResponse(result.confirmation) : redirect(`/${lang}/dossier/confirmed/`);
    if (json) {
      const message = getT(lang)('dossier.confirm.changedMeanwhile');
      const errors = [{ field: 'version', key: 'dossier.confirm.changedMeanwhile', message }];
      return jsonResponse({ errors, version: result.conflict.version }, { status: 409 });
    }
    const page = { lang, dossier: result.conflict, csrf: session.csrfToken, idempotencyKey: randomUUID() };
    return htmlResponse(h(DossierCheckPage, { ...page, changedMeanwhile: true }), { status: 409 });
  });
}
