import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { DossierChangePage } from '../components/pages/DossierChangePage';
import { DossierConflictPage } from '../components/pages/DossierConflictPage';
import { SECTION_TITLES } from '../components/dossier/labels';
import { isEditableSection, type EditableSection } from '../lib/dossier-sections';
import type { Dossier } from '../lib/dossier-types';
import { getT } from '../lib/i18n';
import { toFieldErrors, type FieldError } from '../lib/validation/issues';
import { sectionSchemas } from '../lib/validation/dossier';
import { badRequest } from './bad-request';
import type { DossierPost } from './dossier-post-request';
import { loadDossier, saveSection } from './dossiers';
import { idempotencyKeyOf, once } from './idempotency';
import { htmlResponse, jsonResponse, redirect } from './respond';
import { notFound } from './not-found';

/** The version a form started from: a whole number from 1, else null. */
export function formVersion(values: Record<string, string>): number | null {
  const version = Number(values['version']);
  return Number.isSafeInteger(version) && version >= 1 ? version : null;
}

/** 400: the form again with what the person typed and each problem named (or JSON errors). */
async function invalid(
  post: DossierPost,
  section: EditableSection,
  version: number,
  key: string,
  errors: FieldError[],
) {
  const { lang, json, session, values } = post;
  if (json) {
    const t = getT(lang);
    return jsonResponse(
      { errors: errors.map((e) => ({ ...e, message: t(e.key, { ns: 'errors' }) })) },
      { status: 400 },
    );
  }
  const dossier = await loadDossier(session.candidateId);
  if (!dossier) return notFound(lang);
  const page = { lang, section, dossier, values, version, errors, csrf: session.csrfToken, idempotencyKey: key };
  return htmlResponse(h(DossierChangePage, page), { status: 400 });
}

/** 409: saved meanwhile by another device or tab; both versions shown, what they typed kept. */
function conflict(post: DossierPost, section: EditableSection, current: Dossier): Response {
  const { lang, json, session, values } = post;
  if (json) {
    const t = getT(lang);
    const key = 'dossier.conflict.text';
    return jsonResponse(
      {
        errors: [{ field: 'version', key, message: t(key, { section: t(SECTION_TITLES[section]) }) }],
        version: current.version,
      },
      { status: 409 },
    );
  }
  const page = { lang, section, current, typed: values, csrf: session.csrfToken, idempotencyKey: randomUUID() };
  return htmlResponse(h(DossierConflictPage, page), { status: 409 });
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
  if (!isEditableSection(section) || version === null || key === null) return badRequest(400, lang, json);
  const parsed = sectionSchemas[section].safeParse(values);
  if (!parsed.success) return invalid(post, section, version, key, toFieldErrors(section, parsed.error));
  return once(session.candidateId, `save:${key}`, async () => {
    const result = await saveSection(session.candidateId, section, version, parsed.data);
    if (!result.ok) return conflict(post, section, result.conflict);
    return json ? jsonResponse({ section, version: result.version }) : redirect(`/${lang}/dossier/${section}/`);
  });
}
