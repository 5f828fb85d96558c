import { dossierPageRequest, dossierPostRequest } from '../../dossier/index';
import { badRequest, FORM_PROBLEMS } from '../../../platform/http/bad-request';
import { errorResponse } from '../../../platform/http/error-response';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { notFound } from '../../../platform/http/not-found';
import type { PathParams } from '../../../platform/http/path-params';
import { jsonResponse, redirect } from '../../../platform/http/respond';
import { giveConsent, withdraw } from '../service/consents';
import { dossierIdOf } from '../store/dossier-of';
import { PROBLEM_KEYS } from '../views/labels';
import { renderConsentPage } from './consent-page';

const DONE = new Set(['given', 'withdrawn', 'gone']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** GET /{lang}/dossier/helpers/: the candidate's consents and the form to give one. */
export async function consentPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const page = await dossierPageRequest(req, params);
  if (page instanceof Response) return page;
  const done = new URL(req.url).searchParams.get('done') ?? '';
  return renderConsentPage({
    lang: page.lang,
    csrf: page.session.csrfToken,
    dossierId: page.dossier.id,
    done: DONE.has(done) ? (done as 'given' | 'withdrawn' | 'gone') : null,
  });
}

/**
 * POST /api/dossier/consents (organisation, months, idempotencyKey): the candidate gives an
 * organisation consent. A choice missing or not on the list is a 400 with the page again, what
 * was chosen kept; then back to the page, which says until when (303).
 */
export async function givePost(req: Request): Promise<Response> {
  const post = await dossierPostRequest(req);
  if (post instanceof Response) return post;
  const { lang, json, session, values } = post;
  const key = idempotencyKeyOf(values, req);
  if (!key) return badRequest(400, lang, json, FORM_PROBLEMS.oldForm);
  const dossierId = await dossierIdOf(session.candidateId);
  if (!dossierId) return notFound(lang);
  const form = { organisation: values['organisation'], months: values['months'] };
  const result = await giveConsent({ candidateId: session.candidateId, dossierId }, form, key);
  if (!result.ok) {
    const errors = result.problems.map((problem) => ({
      field: problem === 'monthsMissing' ? 'months' : 'organisation',
      key: PROBLEM_KEYS[problem] ?? 'helpers.give.formUsed',
    }));
    return errorResponse({
      status: 400,
      lang,
      json,
      problems: errors,
      page: () =>
        renderConsentPage({
          lang,
          csrf: session.csrfToken,
          dossierId,
          errors,
          values: { organisation: values['organisation'] ?? '', months: values['months'] ?? '' },
          status: 400,
        }),
    });
  }
  return json
    ? jsonResponse({ consent: result.consentId }, { status: 201 })
    : redirect(`/${lang}/dossier/helpers/?done=given`);
}

/**
 * POST /api/dossier/consents/withdraw (consent): ends a running consent at once. A consent that
 * already ended, or is not this candidate's, changes nothing and the page says it no longer runs.
 */
export async function withdrawPost(req: Request): Promise<Response> {
  const post = await dossierPostRequest(req);
  if (post instanceof Response) return post;
  const { lang, json, session, values } = post;
  const consentId = values['consent'] ?? '';
  if (!UUID.test(consentId)) return badRequest(400, lang, json, FORM_PROBLEMS.oldForm);
  const dossierId = await dossierIdOf(session.candidateId);
  if (!dossierId) return notFound(lang);
  const done = await withdraw({ candidateId: session.candidateId, dossierId }, consentId);
  if (json) return jsonResponse({ withdrawn: done });
  return redirect(`/${lang}/dossier/helpers/?done=${done ? 'withdrawn' : 'gone'}`);
}
