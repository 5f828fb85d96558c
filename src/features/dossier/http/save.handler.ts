import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierChangePage } from '../views/DossierChangePage';
import { DossierConflictPage } from '../views/DossierConflictPage';
import { SECTION_TITLES } from '../model/labels';
import { isEditableSection, type EditableSection } from '../model/sections';
import type { Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import { toFieldErrors, type FieldError } from '../../../lib/validation/issues';
import { sectionSchemas } from '../model/sections';
import { FORM_PROBLEMS, badRequest } from '../../../platform/http/bad-request';
import { dossierPostRequest, formVersion, keyedRequest, type DossierPost } from './post-request';
import { keepChangeForm, keptChangeForm } from './kept-change-form';
import { forgetAnswers } from '../../../platform/http/kept-answers';
import { loadDossier, saveSection } from '../service/index';
import { idempotencyKeyOf, once } from '../../../platform/http/idempotency';
import { errorResponse } from '../../../platform/http/error-response';
import { jsonResponse, redirect } from '../../../platform/http/respond';
import { notFound } from '../../../platform/http/not-found';

/** 400: the form again with what the person typed and each problem named (or JSON errors). */
async function invalid(
  post: DossierPost,
  section: EditableSection,
  version: number,
  key: string,
  errors: FieldError[],
) {
  const { lang, json, session, values } = post;
  return errorResponse({
    status: 400,
    lang,
    json,
    problems: errors,
    page: async () => {
      const dossier = await loadDossier(session.candidateId);
      if (!dossier) return notFound(lang);
      const props = { lang, section, dossier, values, version, errors, csrf: session.csrfToken, idempotencyKey: key };
      return h(DossierChangePage, props);
    },
  });
}

/** 409: saved meanwhile by another device or tab; both versions shown, what they typed kept. */
function conflict(post: DossierPost, section: EditableSection, current: Dossier): Response {
  const { lang, json, session, values } = post;
  const t = getT(lang);
  return errorResponse({
    status: 409,
    lang,
    json,
    problems: [{ field: 'version', key: 'dossier.conflict.text', values: { section: t(SECTION_TITLES[section]) } }],
    extra: { version: current.version },
    page: () =>
      h(DossierConflictPage, {
        lang,
        section,
        current,
        typed: values,
        csrf: session.csrfToken,
        idempotencyKey: randomUUID(),
      }),
  });
}

/**
 * POST /api/dossier/save: validates a section's change form with the shared schema and saves it
 * once (idempotency key) if the dossier is still at the version the form started from. Then 303
 * to the section page; or the form with its errors (400); or "this changed meanwhile" (409).
 */
export async function saveChangeForm(post: DossierPost, req: Request): Promise<Response> {
  const { lang, json, session, values } = post;
  const section = values['section'];
  const version = formVersion(values);
  const key = idempotencyKeyOf(values, req);
  if (version === null) return badRequest(400, lang, json, FORM_PROBLEMS.oldForm);
  if (!isEditableSection(section) || key === null) return badRequest(400, lang, json);
  const parsed = sectionSchemas[section].safeParse(values);
  if (!parsed.success) return invalid(post, section, version, key, toFieldErrors(section, parsed.error));
  const response = await once(
    session.candidateId,
    `save:${key}`,
    keyedRequest(post, `${section}/change/`),
    async () => {
      const result = await saveSection(session.candidateId, section, version, parsed.data);
      if (!result.ok) return conflict(post, section, result.conflict);
      return json ? jsonResponse({ section, version: result.version }) : redirect(`/${lang}/dossier/${section}/`);
    },
  );
  // Saved: what was kept of this form over a lapsed session has done its work.
  const forgotten = response.status < 400 ? await forgetAnswers(req, keptChangeForm(section)) : null;
  if (forgotten) response.headers.append('Set-Cookie', forgotten);
  return response;
}

// POST /api/dossier/save: a section's change form (csrf, version, idempotencyKey, section, lang, fields).
export const saveSectionPost = async (req: Request) => {
  const post = await dossierPostRequest(req, keepChangeForm);
  return post instanceof Response ? post : saveChangeForm(post, req);
};
