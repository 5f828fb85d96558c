import { h } from 'preact';
import { MessagePage } from '../components/pages/MessagePage';
import { getT } from '../lib/i18n';
import type { Lang } from '../lib/languages';
import { loginLink } from '../lib/login-link';
import { readSessionPost } from './auth/session-post';
import { htmlResponse, jsonResponse } from './respond';
import type { Session } from './session';

export interface DossierPost {
  lang: Lang;
  /** The caller asked for JSON (an island or script) rather than a page. */
  json: boolean;
  session: Session;
  values: Record<string, string>;
}

/**
 * 401: a dossier form arrived after the session ended. Unlike a page view, the person just sent
 * something: the page says plainly that it was not saved (nor kept) and leads to logging in again.
 */
function notSaved(lang: Lang, json: boolean): Response {
  const t = getT(lang);
  const key = 'dossier.sessionEnded.text';
  if (json) return jsonResponse({ errors: [{ field: 'session', key, message: t(key) }] }, { status: 401 });
  const back = { href: loginLink(lang), label: t('dossier.sessionEnded.logIn') };
  return htmlResponse(h(MessagePage, { lang, title: t('dossier.sessionEnded.title'), text: t(key), back }), {
    status: 401,
  });
}

/**
 * What every dossier form post needs, or the refusal to give instead: an unreadable body (4xx),
 * a token or origin that is not ours (403), no live session (401, nothing saved).
 */
export async function dossierPostRequest(req: Request): Promise<DossierPost | Response> {
  const post = await readSessionPost(req);
  if (post instanceof Response) return post;
  const { lang, json, values, session } = post;
  if (!session) return notSaved(lang, json);
  return { lang, json, session, values };
}
