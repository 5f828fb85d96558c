import { h } from 'preact';
import { MessagePage } from '../../ui/pages/MessagePage';
import { getT } from '../../lib/i18n';
import type { Lang } from '../../lib/languages';
import { errorResponse } from './error-response';

const MESSAGES = { 400: 'badRequest.unreadable', 413: 'badRequest.tooLarge', 415: 'badRequest.unsupported' } as const;

/** Why a readable form was still refused, when the status alone does not say it. */
export const FORM_PROBLEMS = {
  /** Its hidden version is no version of a dossier: an old, copied or altered form. */
  oldForm: 'badRequest.oldForm',
} as const;

/**
 * A refused request body, explained in the person's language: a page, or JSON for scripts.
 * @example badRequest(400, 'nl', false, FORM_PROBLEMS.oldForm)
 */
export function badRequest(
  status: keyof typeof MESSAGES,
  lang: Lang,
  json = false,
  key: string = MESSAGES[status],
): Response {
  const t = getT(lang);
  return errorResponse({
    status,
    lang,
    json,
    problems: [{ field: 'form', key }],
    page: () => h(MessagePage, { lang, title: t('badRequest.title'), text: t(key) }),
  });
}
