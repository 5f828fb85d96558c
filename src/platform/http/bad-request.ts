import { h } from 'preact';
import { MessagePage } from '../../ui/pages/MessagePage';
import { getT } from '../../lib/i18n';
import type { Lang } from '../../lib/languages';
import { errorResponse } from './error-response';

const MESSAGES = { 400: 'badRequest.unreadable', 413: 'badRequest.tooLarge', 415: 'badRequest.unsupported' } as const;

/** A refused request body, explained in the person's language: a page, or JSON for scripts. */
export function badRequest(status: keyof typeof MESSAGES, lang: Lang, json = false): Response {
  const t = getT(lang);
  const key = MESSAGES[status];
  return errorResponse({
    status,
    lang,
    json,
    problems: [{ field: 'form', key }],
    page: () => h(MessagePage, { lang, title: t('badRequest.title'), text: t(key) }),
  });
}
