import { h } from 'preact';
import { MessagePage } from '../components/pages/MessagePage';
import { getT } from '../lib/i18n';
import type { Lang } from '../lib/languages';
import { htmlResponse, jsonResponse } from './respond';

const MESSAGES = { 400: 'badRequest.unreadable', 413: 'badRequest.tooLarge', 415: 'badRequest.unsupported' } as const;

/** A refused request body, explained in the person's language: a page, or JSON for scripts. */
export function badRequest(status: keyof typeof MESSAGES, lang: Lang, json = false): Response {
  const t = getT(lang);
  const message = t(MESSAGES[status]);
  if (json) return jsonResponse({ errors: [{ field: 'form', key: MESSAGES[status], message }] }, { status });
  return htmlResponse(h(MessagePage, { lang, title: t('badRequest.title'), text: message }), { status });
}
