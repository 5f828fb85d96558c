import { h } from 'preact';
import { MessagePage } from '../../../ui/pages/MessagePage';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { loginLink, readSessionPost, type Session } from '../../auth/index';
import { errorResponse } from '../../../platform/http/error-response';
import { MAX_FORM_BYTES } from '../../../platform/http/form-body';
import { wholeNumber } from '../../../lib/validation/whole-number';
import { requestDigest, type KeyedRequest } from '../../../platform/http/idempotency';

/** The version a form started from: a whole number from 1 that fits dossiers.version, else null. */
export function formVersion(values: Record<string, string>): number | null {
  return wholeNumber(values['version'], { column: 'integer', min: 1 });
}

/** A dossier form: a section's fields (municipalities the longest) and its hidden fields. */
export const DOSSIER_FORM_MAX_BYTES = MAX_FORM_BYTES;

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
  const back = { href: loginLink(lang), label: t('dossier.sessionEnded.logIn') };
  return errorResponse({
    status: 401,
    lang,
    json,
    problems: [{ field: 'session', key }],
    page: () => h(MessagePage, { lang, title: t('dossier.sessionEnded.title'), text: t(key), back }),
  });
}

/**
 * What every dossier form post needs, or the refusal to give instead: an unreadable body (4xx),
 * a token or origin that is not ours (403), no live session (401, nothing saved).
 */
export async function dossierPostRequest(req: Request): Promise<DossierPost | Response> {
  const post = await readSessionPost(req, DOSSIER_FORM_MAX_BYTES);
  if (post instanceof Response) return post;
  const { lang, json, values, session } = post;
  if (!session) return notSaved(lang, json);
  return { lang, json, session, values };
}

/**
 * What an idempotency key is tied to: this form's fields. The same key with other fields (an old
 * form sent again after the dossier changed) gets 422 and a page that says nothing was changed.
 */
export function keyedRequest({ lang, json, values }: DossierPost, back: string): KeyedRequest {
  return {
    digest: requestDigest(values),
    reused: () => {
      const t = getT(lang);
      const key = 'dossier.form.reused.text';
      return errorResponse({
        status: 422,
        lang,
        json,
        problems: [{ field: 'idempotencyKey', key }],
        page: () =>
          h(MessagePage, {
            lang,
            title: t('dossier.form.reused.title'),
            text: t(key),
            back: { href: `/${lang}/dossier/${back}`, label: t('dossier.back') },
          }),
      });
    },
  };
}
