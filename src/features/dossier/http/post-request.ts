import { h } from 'preact';
import { MessagePage } from '../../../ui/pages/MessagePage';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { lapsedSessionOf, loginLink, readSessionPost, type Session, type SessionPost } from '../../auth/index';
import { audit, candidateActor } from '../../../platform/db/audit';
import { keepAnswers } from '../../../platform/http/kept-answers';
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

/** Where a form's answers wait for a new login, and the page that shows them again. */
export interface KeepAs {
  form: string;
  returnPath: string;
}

/** Never kept: the token of a lapsed session and the key of a request that was never made. */
const NOT_KEPT = new Set(['csrf', 'idempotencyKey']);

/**
 * 401: a dossier form arrived after the session ended: nothing is saved. When the session lapsed
 * (not logged out) and the form is one worth keeping, what was typed waits for the same person
 * for an hour, and the login link leads back to that form; the page says which of the two it is.
 */
async function notSaved(req: Request, { lang, json, values }: SessionPost, keepAs?: KeepAs): Promise<Response> {
  const t = getT(lang);
  const owner = keepAs && !json ? await lapsedSessionOf(req, values) : null;
  // A NUL cannot be stored (PostgreSQL text and jsonb refuse it) and is refused on saving anyway.
  const answers = Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => !NOT_KEPT.has(name))
      .map(([name, value]) => [name, value.replaceAll('\u0000', '')]),
  );
  const cookie = owner && keepAs ? await keepAnswers(req, owner.candidateId, keepAs.form, answers) : null;
  if (owner) await audit(candidateActor(owner.candidateId), null, 'dossier.answers.kept');
  const key = cookie ? 'dossier.sessionEnded.kept' : 'dossier.sessionEnded.text';
  const back = {
    href: loginLink(lang, cookie ? keepAs?.returnPath : undefined),
    label: t('dossier.sessionEnded.logIn'),
  };
  return errorResponse({
    status: 401,
    lang,
    json,
    problems: [{ field: 'session', key }],
    page: () => h(MessagePage, { lang, title: t('dossier.sessionEnded.title'), text: t(key), back }),
    ...(cookie ? { headers: { 'Set-Cookie': cookie } } : {}),
  });
}

/**
 * What every dossier form post needs, or the refusal to give instead: an unreadable body (4xx),
 * a token or origin that is not ours (403), no live session (401, nothing saved; the answers
 * kept for a new login when `keepAs` names where they go for these values).
 */
export async function dossierPostRequest(
  req: Request,
  keepAs?: (values: Record<string, string>, lang: Lang) => KeepAs | null,
): Promise<DossierPost | Response> {
  const post = await readSessionPost(req, DOSSIER_FORM_MAX_BYTES);
  if (post instanceof Response) return post;
  const { lang, json, values, session } = post;
  if (!session) return notSaved(req, post, keepAs?.(values, lang) ?? undefined);
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
